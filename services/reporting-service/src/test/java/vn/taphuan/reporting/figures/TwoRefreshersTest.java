package vn.taphuan.reporting.figures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.taphuan.reporting.facts.DirtyPlans;
import vn.taphuan.reporting.facts.PlanKey;
import vn.taphuan.reporting.progress.Figures;
import vn.taphuan.reporting.progress.PlanFigures;
import vn.taphuan.reporting.support.ReportingIntegrationTest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of reporting-service derive the same plan at the same moment: one from the facts before an event, the
 * other from the facts after it. Whichever stores last, the figures left are the newer ones, and the plan is left
 * marked only if an event came after both.
 */
@ReportingIntegrationTest
class TwoRefreshersTest {

    @Autowired
    DirtyPlans dirty;
    @Autowired
    PlanFiguresStore figures;
    @Autowired
    FiguresRefresher refresher;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final PlanKey plan = new PlanKey("tinh-" + run, "kh-" + run);

    @Test
    void figuresDerivedFromOlderFactsNeverReplaceNewerOnesWhicheverIsStoredLast() {
        // the service's own refresher waits meanwhile (it refreshes holding itself): it would derive this plan, which
        // has no facts, under the same mark and store that over the test's figures on a slow machine
        synchronized (refresher) {
            playTwoReplicas();
        }
    }

    private void playTwoReplicas() {
        dirty.mark(plan);
        DirtyPlans.Mark older = markOf(plan);     // replica A reads the mark, then the facts
        dirty.mark(plan);                         // an event: the plan's facts change
        DirtyPlans.Mark newer = markOf(plan);     // replica B reads the mark, then the newer facts
        assertThat(newer.seq()).isGreaterThan(older.seq());

        assertThat(figures.save(derived("sau sự kiện"), newer.seq())).isTrue();   // B stores first
        assertThat(figures.save(derived("trước sự kiện"), older.seq())).isFalse(); // A, later, with older figures
        dirty.clear(newer);
        dirty.clear(older);

        assertThat(figures.find(plan)).get().extracting(f -> f.plan().title()).isEqualTo("sau sự kiện");
        assertThat(dirty.pending(10_000)).noneMatch(m -> m.plan().equals(plan));
    }

    @Test
    void aMarkMadeWhileTheFiguresWereDerivedKeepsThePlanMarkedAndItsNumberNeverStartsOver() {
        synchronized (refresher) {
            markWhileDeriving();
        }
    }

    private void markWhileDeriving() {
        dirty.mark(plan);
        DirtyPlans.Mark read = markOf(plan);
        assertThat(figures.save(derived("lần một"), read.seq())).isTrue();
        dirty.mark(plan);                         // an event while the figures were being derived
        dirty.clear(read);
        DirtyPlans.Mark again = markOf(plan);
        assertThat(again.seq()).isGreaterThan(read.seq());

        assertThat(figures.save(derived("lần hai"), again.seq())).isTrue();
        dirty.clear(again);
        assertThat(dirty.pending(10_000)).noneMatch(m -> m.plan().equals(plan));
        dirty.mark(plan);
        assertThat(markOf(plan).seq()).as("the number goes on after a clear").isGreaterThan(again.seq());
    }

    private DirtyPlans.Mark markOf(PlanKey key) {
        return dirty.pending(10_000).stream().filter(m -> m.plan().equals(key)).findFirst().orElseThrow();
    }

    private PlanFigures derived(String title) {
        return new PlanFigures(plan.tenantId(), plan.planId(), new PlanFigures.PlanInfo("MTQG_NTM_2021_2025",
                "Chương trình MTQG xây dựng nông thôn mới", title, "UBND tỉnh", "01/KH-" + run, LocalDate.of(2025, 1, 10),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31), 1,
                PlanFigures.PlanState.IN_FORCE, null, null, List.of()), Figures.empty(), List.of());
    }
}
