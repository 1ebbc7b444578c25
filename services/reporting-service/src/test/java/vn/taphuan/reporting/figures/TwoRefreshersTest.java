package vn.taphuan.reporting.figures;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.taphuan.reporting.facts.DirtyPlans;
import vn.taphuan.reporting.facts.PlanKey;
import vn.taphuan.reporting.progress.Figures;
import vn.taphuan.reporting.progress.PlanFigures;
import vn.taphuan.reporting.support.ReportingIntegrationTest;
import vn.taphuan.testsupport.StoreWatch;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
    @Autowired
    StoreWatch commands;

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

    @Test
    void clearingManyMarksAtOnceLeavesMarkedThosePlansMarkedAgainSinceTheyWereRead() {
        synchronized (refresher) {
            PlanKey other = new PlanKey(plan.tenantId(), "kh-khac-" + run);
            dirty.markAll(List.of(plan, other));
            List<DirtyPlans.Mark> read = List.of(markOf(plan), markOf(other));
            dirty.mark(plan);                     // a fact of this plan written while both were derived
            dirty.clearAll(read);

            assertThat(markOf(plan).seq()).isGreaterThan(read.get(0).seq());
            assertThat(dirty.pending(10_000)).noneMatch(m -> m.plan().equals(other));
        }
    }

    @Test
    void figuresOfManyPlansAreStoredTogetherEachOnlyOverFiguresDerivedUnderAnEarlierMark() {
        synchronized (refresher) {
            PlanKey newer = new PlanKey(plan.tenantId(), "kh-moi-" + run);
            PlanKey older = new PlanKey(plan.tenantId(), "kh-cu-" + run);
            PlanKey same = new PlanKey(plan.tenantId(), "kh-nhu-cu-" + run);
            PlanKey fresh = new PlanKey(plan.tenantId(), "kh-dau-" + run);
            assertThat(figures.saveAll(List.of(new PlanFiguresStore.Derivation(derived(newer, "mới"), 5),
                    new PlanFiguresStore.Derivation(derived(older, "cũ"), 1),
                    new PlanFiguresStore.Derivation(derived(same, "như cũ"), 1)))).hasSize(3);

            StoreWatch.Watch watch = commands.watch();
            Set<PlanKey> stored;
            try (watch) {
                stored = figures.saveAll(List.of(
                        new PlanFiguresStore.Derivation(derived(newer, "cũ hơn"), 4),  // a replica behind
                        new PlanFiguresStore.Derivation(derived(older, "mới"), 2),
                        new PlanFiguresStore.Derivation(derived(same, "như cũ"), 2),   // nothing changed
                        new PlanFiguresStore.Derivation(derived(fresh, "lần đầu"), 1)));
            }

            assertThat(stored).containsExactlyInAnyOrder(older, fresh);
            assertThat(figures.find(newer)).get().extracting(f -> f.plan().title()).isEqualTo("mới");
            assertThat(figures.find(older)).get().extracting(f -> f.plan().title()).isEqualTo("mới");
            assertThat(figures.find(fresh)).get().extracting(f -> f.plan().title()).isEqualTo("lần đầu");
            assertThat(figures.revisions().get(older)).as("two numbers taken at once")
                    .isEqualTo(figures.revisions().get(fresh) - 1);
            // the counter moved once and the index written once, for both plans stored
            assertThat(watch.of("counters", "findAndModify")).as("%s", watch).isEqualTo(1);
            assertThat(watch.of("counters", "update")).as("%s", watch).isEqualTo(1);
            assertThat(watch.of("plan_figures", "find")).as("%s", watch).isEqualTo(1);
        }
    }

    private DirtyPlans.Mark markOf(PlanKey key) {
        return dirty.pending(10_000).stream().filter(m -> m.plan().equals(key)).findFirst().orElseThrow();
    }

    private PlanFigures derived(String title) {
        return derived(plan, title);
    }

    private PlanFigures derived(PlanKey plan, String title) {
        return new PlanFigures(plan.tenantId(), plan.planId(), new PlanFigures.PlanInfo("MTQG_NTM_2021_2025",
                "Chương trình MTQG xây dựng nông thôn mới", title, "UBND tỉnh", "01/KH-" + run, LocalDate.of(2025, 1, 10),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31), 1,
                PlanFigures.PlanState.IN_FORCE, null, null, List.of()), Figures.empty(), List.of());
    }
}
