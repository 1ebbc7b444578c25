package vn.taphuan.budget.planbudget;

import org.junit.jupiter.api.Test;
import vn.taphuan.budget.norms.ActivityKind;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.taphuan.budget.planbudget.BudgetMother.NORMS;
import static vn.taphuan.budget.planbudget.BudgetMother.communityClass;

class ActivityProgressTest {

    private static final LocalDate MAY_10 = LocalDate.of(2023, 5, 10);

    @Test
    void heldAndClosedFactsAreKeptOnceEachAndAnOlderOneHeardLateChangesNothing() {
        ActivityProgress progress = ActivityProgress.none();

        assertThat(progress.held(MAY_10.plusDays(1), 74, 3)).isTrue();
        assertThat(progress.held(MAY_10.plusDays(1), 74, 3)).isFalse();
        assertThat(progress.held(MAY_10, 70, 2)).isFalse();
        assertThat(progress.closed(MAY_10.plusDays(3), 72, 74, 4)).isTrue();
        assertThat(progress.closed(MAY_10.plusDays(3), 72, 74, 4)).isFalse();
        assertThat(progress.closed(MAY_10.plusDays(2), 1, 1, 1)).isFalse();

        assertThat(progress.heldOn()).isEqualTo(MAY_10.plusDays(1));
        assertThat(progress.participantCount()).isEqualTo(74);
        assertThat(progress.closedOn()).isEqualTo(MAY_10.plusDays(3));
        assertThat(progress.completedCount()).isEqualTo(72);
        assertThat(progress.enrolledCount()).isEqualTo(74);
    }

    @Test
    void theStatusIsTheFurthestFactAndACancellationInTheBudgetOutranksThem() {
        PlanBudget budget = BudgetMother.allocated();
        budget.schedule(communityClass("te-1", MAY_10), 1, NORMS);
        Activity activity = budget.activity("te-1").orElseThrow();
        ActivityProgress progress = ActivityProgress.none();

        assertThat(progress.statusOf(activity)).isEqualTo(ActivityStatus.SCHEDULED);
        progress.closed(MAY_10.plusDays(3), 72, 74, 4);
        assertThat(progress.statusOf(activity)).as("closed heard before held").isEqualTo(ActivityStatus.CLOSED);
        progress.held(MAY_10.plusDays(1), 74, 3);
        assertThat(progress.statusOf(activity)).isEqualTo(ActivityStatus.CLOSED);

        budget.cancel("te-1", "community-classes", ActivityKind.TRAINING_CLASS, MAY_10, "Mưa lũ", 5);
        assertThat(progress.statusOf(budget.activity("te-1").orElseThrow())).isEqualTo(ActivityStatus.CANCELLED);
    }

    /** A budget stored before these facts were kept apart still shows them, until newer ones are heard. */
    @Test
    void factsABudgetKeptItselfBeforeAreShownUnlessNewerOnesAreKeptApart() {
        ActivityProgress earlier = ActivityProgress.of(MAY_10, 70, 3, null, null, null, 0);
        ActivityProgress unversioned = ActivityProgress.of(null, null, 0, MAY_10.plusDays(2), 60, 70, 0);

        ActivityProgress none = ActivityProgress.none().orEarlier(earlier);
        assertThat(none.heldOn()).isEqualTo(MAY_10);
        assertThat(none.participantCount()).isEqualTo(70);
        assertThat(none.closedOn()).isNull();

        ActivityProgress newer = ActivityProgress.none();
        newer.held(MAY_10.plusDays(1), 74, 4);
        assertThat(newer.orEarlier(earlier).heldOn()).isEqualTo(MAY_10.plusDays(1));
        ActivityProgress older = ActivityProgress.none();
        older.held(MAY_10.minusDays(1), 10, 2);
        assertThat(older.orEarlier(earlier).participantCount()).isEqualTo(70);

        assertThat(ActivityProgress.none().orEarlier(unversioned).completedCount()).as("known only there").isEqualTo(60);
        ActivityProgress closed = ActivityProgress.none();
        closed.closed(MAY_10.plusDays(3), 72, 74, 1);
        assertThat(closed.orEarlier(unversioned).completedCount()).as("any version beats none").isEqualTo(72);
    }
}
