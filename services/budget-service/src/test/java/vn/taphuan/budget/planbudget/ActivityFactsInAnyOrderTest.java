package vn.taphuan.budget.planbudget;

import org.junit.jupiter.api.Test;
import vn.taphuan.budget.norms.ActivityKind;
import vn.taphuan.budget.norms.CostLine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.taphuan.budget.planbudget.BudgetMother.NORMS;
import static vn.taphuan.budget.planbudget.BudgetMother.PLAN;
import static vn.taphuan.budget.planbudget.BudgetMother.TENANT;

/**
 * The facts of one activity (its plan approved and amended, scheduled, rescheduled, people enrolled and completing,
 * held, closed or cancelled) reach the budget on two topics, in batches, redelivered or replayed: in whatever order
 * they arrive, the budget ends with the state, figures and commitment it has when they arrive in the order they
 * happened, and hearing them all again changes nothing.
 */
class ActivityFactsInAnyOrderTest {

    private static final String TE = "te-1";
    private static final String LINE = "community-classes";
    private static final LocalDate MAY_10 = LocalDate.of(2023, 5, 10);

    // ------------------------------------------------------------ the facts, as the consumers hand them over

    private static final Fact PLAN_APPROVED = new Fact("PlanApproved",
            budget -> budget.recordPlan(BudgetMother.bacGiang2023(1), NORMS));
    private static final Fact PLAN_AMENDED = new Fact("PlanAmended", budget -> budget.recordPlan(
            new PlanTerms(2, "MTQG_DTTS_MN_2021_2025", "Điều chỉnh", "45/KH-UBND", LocalDate.of(2023, 1, 1),
                    LocalDate.of(2023, 12, 31), List.of(new SourceAmount(FundingSource.CENTRAL, 7_000_000_000L)),
                    BudgetMother.bacGiang2023().lines()), NORMS));
    private static final Fact PLAN_CLOSED = new Fact("PlanClosed",
            budget -> budget.closePlan(LocalDate.of(2024, 1, 15)));
    private static final Fact SCHEDULED = new Fact("Scheduled v1",
            budget -> budget.schedule(BudgetMother.communityClass(TE, MAY_10), 1, NORMS));
    /** Three days, six sessions: another estimate than the schedule's; a rescheduling names no title. */
    private static final Fact RESCHEDULED = new Fact("Rescheduled v2", budget -> budget.schedule(
            new ScheduleFacts(TE, LINE, ActivityKind.TRAINING_CLASS, null, "X-AN-LAC", MAY_10.plusDays(7),
                    MAY_10.plusDays(9), 75, 6, 1, 2), 2, NORMS));
    /** Held and closed are kept beside the budget (they change no money), one document per activity. */
    private static final Fact HELD = progress("Held v3", progress -> progress.held(MAY_10.plusDays(9), 3, 3));
    private static final Fact CLOSED = progress("Closed v4", progress -> progress.closed(MAY_10.plusDays(12), 2, 3, 4));
    private static final Fact CANCELLED_V3 = cancelled(3);
    private static final Fact CANCELLED_V5 = cancelled(5);
    /** Roster page writes: three enrolled, then a and b completed, then b's completion revoked. */
    private static final Fact ENROLLED = roster("Enrolled", turn("a", 1, false), turn("b", 1, false), turn("c", 1, false));
    private static final Fact COMPLETED = roster("Completed", turn("a", 2, true), turn("b", 2, true));
    private static final Fact REVOKED = roster("Revoked", turn("b", 3, false));

    private static Fact cancelled(long version) {
        return new Fact("Cancelled v" + version, budget -> budget.cancel(TE, LINE, ActivityKind.TRAINING_CLASS,
                MAY_10.minusDays(5), "Mưa lũ", version));
    }

    /** A write of the activity's roster page; person-turns are kept beside the budget, not in it. */
    private static Fact roster(String name, RosterPageTurns.Heard... turns) {
        return new Fact(name, null, roster -> roster.merge(List.of(turns)), null);
    }

    private static Fact progress(String name, Predicate<ActivityProgress> change) {
        return new Fact(name, null, null, change);
    }

    private static RosterPageTurns.Heard turn(String enrolment, long version, boolean completed) {
        return new RosterPageTurns.Heard(enrolment, version, completed);
    }

    // ------------------------------------------------------------ the rules

    @Test
    void aCancelledActivityEndsTheSameInEveryOrder() {
        List<Fact> inOrder = List.of(PLAN_APPROVED, SCHEDULED, RESCHEDULED, ENROLLED, CANCELLED_V3, PLAN_AMENDED);
        Outcome expected = deliver(inOrder);

        // as the domain prescribes for a cancelled activity: the estimate of its newest schedule, released in full
        assertThat(expected.activity().status()).isEqualTo(ActivityStatus.CANCELLED);
        assertThat(expected.activity().committedVnd()).isEqualTo(RESCHEDULED_COST);
        assertThat(expected.activity().releasedVnd()).isEqualTo(RESCHEDULED_COST);
        assertThat(expected.downstream()).isEqualTo(new Downstream(RESCHEDULED_COST, RESCHEDULED_COST));
        assertThat(expected.figures().totals().committedVnd()).isZero();
        assertThat(expected.figures().totals().openCommitmentVnd()).isZero();

        assertThat(everyOrder(inOrder, expected)).isEqualTo(720);
    }

    @Test
    void aHeldAndClosedActivityEndsTheSameInEveryOrder() {
        List<Fact> inOrder = List.of(PLAN_APPROVED, SCHEDULED, RESCHEDULED, ENROLLED, HELD, COMPLETED, CLOSED,
                PLAN_AMENDED);
        Outcome expected = deliver(inOrder);

        assertThat(expected.activity().status()).isEqualTo(ActivityStatus.CLOSED);
        assertThat(expected.activity().title()).isEqualTo("Lớp tập huấn kỹ năng giám sát đầu tư cộng đồng");
        assertThat(expected.activity().startDate()).isEqualTo(MAY_10.plusDays(7));
        assertThat(expected.activity().committedVnd()).isEqualTo(RESCHEDULED_COST);
        assertThat(expected.downstream()).isEqualTo(new Downstream(RESCHEDULED_COST, 0));
        assertThat(expected.figures().totals().openCommitmentVnd()).isEqualTo(RESCHEDULED_COST);
        assertThat(expected.figures().personTurns()).isEqualTo(2);

        assertThat(everyOrder(inOrder, expected)).isEqualTo(40_320);
    }

    /**
     * What budget-service's contract test sends from the schema examples: held, closed and cancelled all at once, a
     * plan closed, a completion revoked. Eleven facts have 39,916,800 orders: a seeded sample of them, and the
     * reverse of the order they happened in, are delivered.
     */
    @Test
    void everyFactOfTheSchemaExamplesEndsTheSameInAnyOrderSampled() {
        List<Fact> inOrder = List.of(PLAN_APPROVED, SCHEDULED, RESCHEDULED, ENROLLED, HELD, COMPLETED, REVOKED, CLOSED,
                PLAN_AMENDED, PLAN_CLOSED, CANCELLED_V5);
        Outcome expected = deliver(inOrder);

        assertThat(expected.activity().status()).isEqualTo(ActivityStatus.CANCELLED);
        assertThat(expected.activity().closedOn()).isEqualTo(MAY_10.plusDays(12));
        assertThat(expected.activity().releasedVnd()).isEqualTo(RESCHEDULED_COST);
        assertThat(expected.budgetStatus()).isEqualTo(BudgetStatus.CLOSED);
        assertThat(expected.figures().personTurns()).isEqualTo(1);

        Random random = new Random(20261206L);
        List<Fact> order = new ArrayList<>(inOrder);
        for (int sample = 0; sample < 20_000; sample++) {
            Collections.shuffle(order, random);
            assertSameOutcome(order, expected);
        }
        List<Fact> reversed = new ArrayList<>(inOrder);
        Collections.reverse(reversed);
        assertSameOutcome(reversed, expected);
    }

    /** Bắc Giang's norms: 225 learner-days, 6 sessions (1 in the field), 3 venue days, 75 learners' materials. */
    private static final long RESCHEDULED_COST = 33_750_000L + 4_800_000L + 7_500_000L + 3_750_000L + 1_500_000L
            + 1_000_000L;

    // ------------------------------------------------------------ delivering

    /** Delivers the facts in every order; returns how many orders were delivered. */
    private static int everyOrder(List<Fact> facts, Outcome expected) {
        int[] orders = {0};
        permute(new ArrayList<>(facts), 0, order -> {
            assertSameOutcome(order, expected);
            orders[0]++;
        });
        return orders[0];
    }

    private static void permute(List<Fact> facts, int from, Consumer<List<Fact>> each) {
        if (from == facts.size()) {
            each.accept(facts);
            return;
        }
        for (int i = from; i < facts.size(); i++) {
            Collections.swap(facts, from, i);
            permute(facts, from + 1, each);
            Collections.swap(facts, from, i);
        }
    }

    /** The outcome of {@code order} is the expected one, and hearing every fact again changes nothing. */
    private static void assertSameOutcome(List<Fact> order, Outcome expected) {
        Heard heard = new Heard();
        order.forEach(heard::deliver);
        assertThat(heard.outcome()).as("delivered as %s", order).isEqualTo(expected);

        int caused = heard.events.size();
        int progressed = heard.progressChanges;
        order.forEach(heard::deliver);
        assertThat(heard.events).as("%s heard again causes nothing", order).hasSize(caused);
        assertThat(heard.progressChanges).as("%s heard again changes no progress", order).isEqualTo(progressed);
        assertThat(heard.outcome()).as("%s heard again", order).isEqualTo(expected);
    }

    private static Outcome deliver(List<Fact> order) {
        Heard heard = new Heard();
        order.forEach(heard::deliver);
        return heard.outcome();
    }

    /** One fact as a consumer hands it over: to the budget, to the roster page's person-turns, or to the activity's progress. */
    private record Fact(String name, Function<PlanBudget, List<BudgetEvent>> toBudget,
                        Consumer<RosterPageTurns> toRoster, Predicate<ActivityProgress> toProgress) {

        Fact(String name, Function<PlanBudget, List<BudgetEvent>> toBudget) {
            this(name, toBudget, null, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * The budget, the activity's roster page and progress, every event the budget caused in the order it caused
     * them, and how many facts changed the progress.
     */
    private static final class Heard {
        final PlanBudget budget = PlanBudget.awaitingPlan(PLAN, TENANT);
        final RosterPageTurns roster = RosterPageTurns.empty();
        final ActivityProgress progress = ActivityProgress.none();
        final List<BudgetEvent> events = new ArrayList<>();
        int progressChanges;

        void deliver(Fact fact) {
            if (fact.toBudget() != null) {
                events.addAll(fact.toBudget().apply(budget));
            } else if (fact.toRoster() != null) {
                fact.toRoster().accept(roster);
            } else if (fact.toProgress().test(progress)) {
                progressChanges++;
            }
        }

        Outcome outcome() {
            return new Outcome(budget.status(), budget.plan().map(PlanTerms::planVersion).orElse(0),
                    ActivityView.of(budget, budget.activity(TE).orElseThrow(), progress),
                    BudgetFigures.of(budget, Map.of(LINE, (long) roster.completed())), Downstream.of(events));
        }
    }

    /** Everything the budget answers about the budget and the activity, and what its consumers make of its events. */
    private record Outcome(BudgetStatus budgetStatus, int planVersion, ActivityView activity, BudgetFigures figures,
                           Downstream downstream) {
    }

    private record ActivityView(ActivityStatus status, String targetLineId, ActivityKind kind, String title,
                                String unitCode, LocalDate startDate, LocalDate endDate, int capacity,
                                int sessionCount, int fieldSessions, Integer trainerCount, LocalDate heldOn,
                                Integer participantCount, LocalDate closedOn, Integer completedCount,
                                Integer enrolledCount, LocalDate cancelledOn, String cancelReason,
                                FundingSource source, long committedVnd, long releasedVnd, long openCommitmentVnd,
                                String normSetId, List<CostLine> estimateLines, Settlement settlement) {

        static ActivityView of(PlanBudget budget, Activity a, ActivityProgress kept) {
            // as the API answers it: what is kept beside the budget, with what an older budget document held itself
            ActivityProgress p = kept.orEarlier(a.earlierProgress());
            return new ActivityView(p.statusOf(a), a.targetLineId(), a.kind(), a.title(), a.unitCode(), a.startDate(),
                    a.endDate(), a.capacity(), a.sessionCount(), a.fieldSessions(), a.trainerCount(), p.heldOn(),
                    p.participantCount(), p.closedOn(), p.completedCount(), p.enrolledCount(), a.cancelledOn(),
                    a.cancelReason(), a.source(), a.committedVnd(), a.releasedVnd(), budget.openCommitment(a),
                    a.normSetId(), a.estimateLines(), a.settlement());
        }
    }

    /**
     * The activity's commitment as a consumer of {@code budget.events.v1} (reporting) makes it out: the latest
     * {@code BudgetCommitted} replaces the earlier ones, and only the releases after it count.
     */
    private record Downstream(long committedVnd, long releasedAfterVnd) {

        static Downstream of(List<BudgetEvent> events) {
            long committed = 0;
            long released = 0;
            for (BudgetEvent event : events) {
                if (event instanceof BudgetEvent.Committed c) {
                    committed = c.amountVnd();
                    released = 0;
                } else if (event instanceof BudgetEvent.Released r) {
                    released = Math.addExact(released, r.amountVnd());
                }
            }
            return new Downstream(committed, released);
        }
    }
}
