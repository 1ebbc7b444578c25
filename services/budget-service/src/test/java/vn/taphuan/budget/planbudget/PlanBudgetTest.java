package vn.taphuan.budget.planbudget;

import org.junit.jupiter.api.Test;
import vn.taphuan.budget.norms.ActivityKind;
import vn.taphuan.contracts.Limits;
import vn.taphuan.kit.refusal.Money;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.taphuan.budget.planbudget.BudgetMother.CLOSING_DAYS;
import static vn.taphuan.budget.planbudget.BudgetMother.COMMUNITY_CLASS_COST;
import static vn.taphuan.budget.planbudget.BudgetMother.NORMS;
import static vn.taphuan.budget.planbudget.BudgetMother.PLAN;
import static vn.taphuan.budget.planbudget.BudgetMother.allocation;
import static vn.taphuan.budget.planbudget.BudgetMother.communityClass;
import static vn.taphuan.budget.planbudget.BudgetMother.payment;

class PlanBudgetTest {

    private static final LocalDate MAY_10 = LocalDate.of(2023, 5, 10);

    // ------------------------------------------------------------ plan and allocations

    @Test
    void theEnvelopeIsAllocatedOverTheLinesAndEachAllocationIsAnEvent() {
        PlanBudget budget = BudgetMother.approved();

        List<BudgetEvent> events = budget.allocate(allocation("al-1", "community-classes", 4_590_000_000L));

        assertThat(events).containsExactly(new BudgetEvent.Allocated(allocation("al-1", "community-classes", 4_590_000_000L)));
        assertThat(BudgetMother.allocated().allocatedFrom(FundingSource.CENTRAL)).isEqualTo(BudgetMother.ENVELOPE);
    }

    @Test
    void allocatingBeyondTheSourcesEstimateIsRefusedWithTheAmounts() {
        PlanBudget budget = BudgetMother.allocated();

        assertThatThrownBy(() -> budget.allocate(new Allocation("al-5", "workshops", FundingSource.CENTRAL, 1,
                "200/QĐ-STC", LocalDate.of(2023, 6, 1))))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.problem()).isEqualTo("allocation-exceeds-estimate");
                    assertThat(e.reason()).isEqualTo(new PlanBudgetRefusal.AllocationExceedsEstimate(FundingSource.CENTRAL,
                            Money.of(6_889_000_000L), Money.of(BudgetMother.ENVELOPE), Money.of(1)));
                    assertThat(e.violations()).containsExactly(Violation.of("amountVnd",
                            new PlanBudgetRefusal.ExceedsUnallocatedEstimate(Money.of(0))));
                });
    }

    @Test
    void anUnknownLineOrSourceAndADecisionOutsideThePlanPeriodAreAllNamed() {
        PlanBudget budget = BudgetMother.approved();

        assertThatThrownBy(() -> budget.allocate(new Allocation("al-x", "no-such-line", FundingSource.PROVINCE, 10,
                "1/QĐ", LocalDate.of(2024, 1, 2))))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("targetLineId", "fundingSource", "decisionDate"));
        assertThat(budget.allocations()).isEmpty();
    }

    @Test
    void theSameAllocationRecordedAgainChangesNothingButTheSameDecisionUnderAnotherIdIsRefused() {
        PlanBudget budget = BudgetMother.approved();
        budget.allocate(allocation("al-1", "community-classes", 100));

        assertThat(budget.allocate(allocation("al-1", "community-classes", 100))).isEmpty();
        assertThatThrownBy(() -> budget.allocate(allocation("al-1", "community-classes", 200)))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.reason())
                        .isEqualTo(new PlanBudgetRefusal.AllocationIdUsed("al-1")));
        assertThatThrownBy(() -> budget.allocate(allocation("al-2", "community-classes", 100)))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.problem()).isEqualTo("already-recorded");
                    assertThat(e.kind()).isEqualTo(Refused.Kind.CONFLICT);
                    assertThat(e.violations()).containsExactly(Violation.of("decisionNumber",
                            new PlanBudgetRefusal.RecordedAs("al-1")));
                });
        assertThat(budget.allocated("community-classes", FundingSource.CENTRAL)).isEqualTo(100);
    }

    @Test
    void nothingIsAllocatedToAPlanNotYetKnownOrClosed() {
        PlanBudget awaiting = PlanBudget.awaitingPlan(PLAN, "bac-giang");
        assertThatThrownBy(() -> awaiting.allocate(allocation("al-1", "community-classes", 1)))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.problem()).isEqualTo("plan-not-approved"));

        PlanBudget closed = BudgetMother.approved();
        assertThat(closed.closePlan(LocalDate.of(2023, 12, 31))).hasSize(1);
        assertThat(closed.closePlan(LocalDate.of(2023, 12, 31))).isEmpty();
        assertThatThrownBy(() -> closed.allocate(allocation("al-1", "community-classes", 1)))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.problem()).isEqualTo("plan-closed"));
    }

    @Test
    void anOlderPlanVersionHeardLateChangesNothing() {
        PlanBudget budget = PlanBudget.awaitingPlan(PLAN, "bac-giang");
        PlanTerms amended = new PlanTerms(2, "MTQG_DTTS_MN_2021_2025", "Điều chỉnh", "45/KH-UBND",
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                List.of(new SourceAmount(FundingSource.CENTRAL, 7_000_000_000L)), BudgetMother.bacGiang2023().lines());

        assertThat(budget.recordPlan(amended, NORMS)).containsExactly(new BudgetEvent.PlanRecorded(2));
        assertThat(budget.recordPlan(BudgetMother.bacGiang2023(1), NORMS)).isEmpty();
        assertThat(budget.recordPlan(amended, NORMS)).isEmpty();
        assertThat(budget.plan().orElseThrow().totalEstimate()).isEqualTo(7_000_000_000L);
    }

    // ------------------------------------------------------------ commitments

    @Test
    void aScheduledClassIsCommittedByTheNormsAgainstItsLine() {
        PlanBudget budget = BudgetMother.allocated();

        List<BudgetEvent> events = budget.schedule(communityClass("te-1", MAY_10), 1, NORMS);

        assertThat(events).hasSize(2).element(1).isInstanceOfSatisfying(BudgetEvent.Committed.class, c -> {
            assertThat(c.amountVnd()).isEqualTo(COMMUNITY_CLASS_COST);
            assertThat(c.source()).isEqualTo(FundingSource.CENTRAL);
            assertThat(c.targetLineId()).isEqualTo("community-classes");
            assertThat(c.estimateLines()).hasSize(6);
        });
        assertThat(budget.openCommitment(budget.activity("te-1").orElseThrow())).isEqualTo(COMMUNITY_CLASS_COST);
    }

    @Test
    void theSameScheduleHeardAgainOrAnOlderOneChangesNothing() {
        PlanBudget budget = BudgetMother.allocated();
        budget.schedule(communityClass("te-1", MAY_10), 2, NORMS);

        assertThat(budget.schedule(communityClass("te-1", MAY_10), 2, NORMS)).isEmpty();
        assertThat(budget.schedule(communityClass("te-1", MAY_10.plusDays(30)), 1, NORMS)).isEmpty();
        assertThat(budget.activity("te-1").orElseThrow().startDate()).isEqualTo(MAY_10);
    }

    @Test
    void reschedulingReEstimatesAndTheNewCommitmentReplacesTheOld() {
        PlanBudget budget = BudgetMother.allocated();
        budget.schedule(communityClass("te-1", MAY_10), 1, NORMS);
        ScheduleFacts threeDays = new ScheduleFacts("te-1", "community-classes", ActivityKind.TRAINING_CLASS, null,
                "X-AN-LAC", MAY_10, MAY_10.plusDays(2), 75, 6, 1, 2);

        List<BudgetEvent> events = budget.schedule(threeDays, 2, NORMS);

        // 225 learner-days, 6 sessions, 3 venue days
        long cost = 33_750_000L + 4_800_000L + 7_500_000L + 3_750_000L + 1_500_000L + 1_000_000L;
        assertThat(events).element(1).isInstanceOfSatisfying(BudgetEvent.Committed.class,
                c -> assertThat(c.amountVnd()).isEqualTo(cost));
        assertThat(budget.activity("te-1").orElseThrow().title()).isEqualTo("Lớp tập huấn kỹ năng giám sát đầu tư cộng đồng");
        assertThat(BudgetFigures.of(budget, java.util.Map.of()).totals().committedVnd()).isEqualTo(cost);
    }

    @Test
    void anActivityHeardBeforeItsPlanIsKeptAndCommittedWhenThePlanArrives() {
        PlanBudget budget = PlanBudget.awaitingPlan(PLAN, "bac-giang");

        assertThat(budget.schedule(communityClass("te-1", MAY_10), 1, NORMS))
                .containsExactly(new BudgetEvent.ActivityNoted("te-1"));
        assertThat(budget.status()).isEqualTo(BudgetStatus.AWAITING_PLAN);

        List<BudgetEvent> events = budget.recordPlan(BudgetMother.bacGiang2023(), NORMS);

        assertThat(events).hasSize(2).element(1).isInstanceOfSatisfying(BudgetEvent.Committed.class,
                c -> assertThat(c.amountVnd()).isEqualTo(COMMUNITY_CLASS_COST));
        assertThat(budget.recordPlan(BudgetMother.bacGiang2023(), NORMS)).isEmpty();
    }

    @Test
    void beforeAnythingIsAllocatedToALineTheCommitmentGoesToThePlansLargestSource() {
        PlanBudget budget = PlanBudget.awaitingPlan(PLAN, "bac-giang");
        budget.recordPlan(new PlanTerms(1, "P", "T", null, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                List.of(new SourceAmount(FundingSource.CENTRAL, 100_000_000L),
                        new SourceAmount(FundingSource.PROVINCE, 900_000_000L)), BudgetMother.bacGiang2023().lines()), NORMS);
        budget.schedule(communityClass("te-1", MAY_10), 1, NORMS);
        assertThat(budget.activity("te-1").orElseThrow().source()).isEqualTo(FundingSource.PROVINCE);

        budget.allocate(new Allocation("al-1", "community-classes", FundingSource.CENTRAL, 50_000_000L, "1/QĐ", MAY_10));
        budget.schedule(communityClass("te-2", MAY_10), 1, NORMS);
        assertThat(budget.activity("te-2").orElseThrow().source()).isEqualTo(FundingSource.CENTRAL);
    }

    @Test
    void cancellingReleasesTheCommitmentOnce() {
        PlanBudget budget = BudgetMother.allocated();
        budget.schedule(communityClass("te-1", MAY_10), 1, NORMS);

        List<BudgetEvent> events = budget.cancel("te-1", "community-classes", ActivityKind.TRAINING_CLASS, MAY_10,
                "Mưa lũ", 2);

        assertThat(events).contains(new BudgetEvent.Released("te-1", "community-classes", FundingSource.CENTRAL,
                COMMUNITY_CLASS_COST, BudgetEvent.ReleaseReason.CANCELLED));
        assertThat(budget.cancel("te-1", "community-classes", ActivityKind.TRAINING_CLASS, MAY_10, "Mưa lũ", 2)).isEmpty();
        assertThat(budget.schedule(communityClass("te-1", MAY_10), 1, NORMS)).isEmpty();
        Activity activity = budget.activity("te-1").orElseThrow();
        assertThat(activity.committedVnd()).isEqualTo(COMMUNITY_CLASS_COST);
        assertThat(activity.releasedVnd()).isEqualTo(COMMUNITY_CLASS_COST);
        Amounts totals = BudgetFigures.of(budget, java.util.Map.of()).totals();
        assertThat(totals.committedVnd()).isZero();
        assertThat(totals.openCommitmentVnd()).isZero();
    }

    @Test
    void aCancellationThatOvertookTheScheduleStillWinsAndReleasesTheEstimateOnceItIsKnown() {
        PlanBudget budget = BudgetMother.allocated();
        assertThat(budget.cancel("te-1", "community-classes", ActivityKind.TRAINING_CLASS, MAY_10, null, 2))
                .containsExactly(new BudgetEvent.ActivityNoted("te-1"));

        // as if heard in order: committed by the norms, then released in full by the cancellation
        assertThat(budget.schedule(communityClass("te-1", MAY_10), 1, NORMS)).containsExactly(
                new BudgetEvent.ActivityNoted("te-1"),
                new BudgetEvent.Committed("te-1", "community-classes", FundingSource.CENTRAL, COMMUNITY_CLASS_COST,
                        budget.activity("te-1").orElseThrow().estimateLines()),
                new BudgetEvent.Released("te-1", "community-classes", FundingSource.CENTRAL, COMMUNITY_CLASS_COST,
                        BudgetEvent.ReleaseReason.CANCELLED));
        Activity activity = budget.activity("te-1").orElseThrow();
        assertThat(ActivityProgress.none().statusOf(activity)).isEqualTo(ActivityStatus.CANCELLED);
        assertThat(activity.committedVnd()).isEqualTo(COMMUNITY_CLASS_COST);
        assertThat(activity.releasedVnd()).isEqualTo(COMMUNITY_CLASS_COST);
        assertThat(budget.openCommitment(activity)).isZero();
    }

    @Test
    void aReschedulingHeardAfterTheCancellationReplacesTheEstimateAndReleasesItInstead() {
        PlanBudget budget = BudgetMother.allocated();
        budget.schedule(communityClass("te-1", MAY_10), 1, NORMS);
        budget.cancel("te-1", "community-classes", ActivityKind.TRAINING_CLASS, MAY_10, null, 3);
        ScheduleFacts threeDays = new ScheduleFacts("te-1", "community-classes", ActivityKind.TRAINING_CLASS, null,
                "X-AN-LAC", MAY_10, MAY_10.plusDays(2), 75, 6, 1, 2);

        List<BudgetEvent> events = budget.schedule(threeDays, 2, NORMS);

        long cost = 33_750_000L + 4_800_000L + 7_500_000L + 3_750_000L + 1_500_000L + 1_000_000L;
        assertThat(events).extracting(Object::getClass).containsExactly(BudgetEvent.ActivityNoted.class,
                BudgetEvent.Committed.class, BudgetEvent.Released.class);
        assertThat(events.get(2)).isEqualTo(new BudgetEvent.Released("te-1", "community-classes",
                FundingSource.CENTRAL, cost, BudgetEvent.ReleaseReason.CANCELLED));
        Activity activity = budget.activity("te-1").orElseThrow();
        assertThat(activity.committedVnd()).isEqualTo(cost);
        assertThat(activity.releasedVnd()).as("released once, from the estimate in force").isEqualTo(cost);
        assertThat(BudgetFigures.of(budget, java.util.Map.of()).totals().committedVnd()).isZero();
    }

    @Test
    void aCancelledActivityHeardBeforeItsPlanIsCommittedAndReleasedWhenThePlanArrives() {
        PlanBudget budget = PlanBudget.awaitingPlan(PLAN, "bac-giang");
        budget.schedule(communityClass("te-1", MAY_10), 1, NORMS);
        budget.cancel("te-1", "community-classes", ActivityKind.TRAINING_CLASS, MAY_10, null, 2);

        List<BudgetEvent> events = budget.recordPlan(BudgetMother.bacGiang2023(), NORMS);

        assertThat(events).extracting(Object::getClass).containsExactly(BudgetEvent.PlanRecorded.class,
                BudgetEvent.Committed.class, BudgetEvent.Released.class);
        Activity activity = budget.activity("te-1").orElseThrow();
        assertThat(activity.committedVnd()).isEqualTo(COMMUNITY_CLASS_COST);
        assertThat(activity.releasedVnd()).isEqualTo(COMMUNITY_CLASS_COST);
    }

    @Test
    void theTitleOfTheFirstScheduleIsKeptWhenTheReschedulingArrivesFirst() {
        PlanBudget budget = BudgetMother.allocated();
        ScheduleFacts rescheduled = new ScheduleFacts("te-1", "community-classes", ActivityKind.TRAINING_CLASS, null,
                "X-AN-LAC", MAY_10.plusDays(7), MAY_10.plusDays(8), 75, 4, 1, 2);
        budget.schedule(rescheduled, 2, NORMS);

        assertThat(budget.schedule(communityClass("te-1", MAY_10), 1, NORMS))
                .containsExactly(new BudgetEvent.ActivityNoted("te-1"));

        Activity activity = budget.activity("te-1").orElseThrow();
        assertThat(activity.title()).isEqualTo("Lớp tập huấn kỹ năng giám sát đầu tư cộng đồng");
        assertThat(activity.startDate()).isEqualTo(MAY_10.plusDays(7));
    }

    // ------------------------------------------------------------ spending

    @Test
    void aPaymentWithinTheAllocationIsRecorded() {
        PlanBudget budget = BudgetMother.allocated();
        budget.schedule(communityClass("te-1", MAY_10), 1, NORMS);

        List<BudgetEvent> events = budget.spend(payment("ex-1", "te-1", 30_000_000L, "PC-0231"), CLOSING_DAYS);

        assertThat(events).containsExactly(new BudgetEvent.Spent(new Expenditure("ex-1", "community-classes", "te-1",
                FundingSource.CENTRAL, 30_000_000L, "PC-0231", LocalDate.of(2023, 5, 12), null)));
        assertThat(budget.openCommitment(budget.activity("te-1").orElseThrow())).isEqualTo(COMMUNITY_CLASS_COST - 30_000_000L);
    }

    @Test
    void spendingBeyondTheAllocationOfTheLineAndSourceIsRefusedNamingTheAmounts() {
        PlanBudget budget = BudgetMother.allocated();
        budget.spend(new SpendingOrder("ex-1", "study-tours", null, FundingSource.CENTRAL, 500_000_000L, "PC-1",
                LocalDate.of(2023, 9, 10), null), CLOSING_DAYS);

        assertThatThrownBy(() -> budget.spend(new SpendingOrder("ex-2", "study-tours", null, FundingSource.CENTRAL,
                40_000_000L, "PC-2", LocalDate.of(2023, 9, 11), null), CLOSING_DAYS))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.problem()).isEqualTo("overspending");
                    assertThat(e.kind()).isEqualTo(Refused.Kind.RULE);
                    assertThat(e.reason()).isEqualTo(new PlanBudgetRefusal.Overspending("study-tours",
                            FundingSource.CENTRAL, Money.of(539_000_000L), Money.of(500_000_000L),
                            Money.of(40_000_000L), Money.of(1_000_000L)));
                    assertThat(e.violations()).extracting(Violation::field)
                            .containsExactly("amountVnd", "targetLineId", "fundingSource");
                });
        assertThat(budget.spent("study-tours", FundingSource.CENTRAL)).isEqualTo(500_000_000L);
    }

    @Test
    void noOverrideTakesAPlansPaymentsBeyondTheBoundSoNoSumOfThemCanOverflow() {
        PlanBudget budget = PlanBudget.awaitingPlan(PLAN, BudgetMother.TENANT);
        PlanTerms largest = new PlanTerms(1, "MTQG_DTTS_MN_2021_2025", "Kế hoạch lớn nhất", "1/KH", LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31), List.of(new SourceAmount(FundingSource.CENTRAL, Limits.MAX_VND)),
                BudgetMother.bacGiang2023().lines());
        budget.recordPlan(largest, NORMS);
        budget.allocate(allocation("al-1", "workshops", Limits.MAX_VND));
        budget.spend(new SpendingOrder("ex-1", "workshops", null, FundingSource.CENTRAL, Limits.MAX_VND, "PC-1",
                LocalDate.of(2023, 9, 10), null), CLOSING_DAYS);

        assertThatThrownBy(() -> budget.spend(new SpendingOrder("ex-2", "workshops", null, FundingSource.CENTRAL,
                Limits.MAX_VND, "PC-2", LocalDate.of(2023, 9, 11), "quyết định của tỉnh"), CLOSING_DAYS))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.problem()).isEqualTo("plan-spending-beyond-bound");
                    assertThat(e.violations()).extracting(Violation::field).containsExactly("amountVnd");
                });
        assertThat(BudgetFigures.of(budget, java.util.Map.of()).totals().spentVnd()).isEqualTo(Limits.MAX_VND);
    }

    @Test
    void aCommitmentThatWouldTakeThePlanBeyondTheBoundIsRefused() {
        java.util.Map<vn.taphuan.budget.norms.NormCode, Long> rates = new java.util.EnumMap<>(
                vn.taphuan.budget.norms.NormsMother.bacGiangRates());
        // 100.000 learners × 2 days × 200.000.000 đồng = 40.000 tỷ đồng per class: three classes are beyond the bound
        rates.put(vn.taphuan.budget.norms.NormCode.PER_DIEM_LEARNER_DAY, 200_000_000L);
        vn.taphuan.budget.norms.NormSchedule absurd = new vn.taphuan.budget.norms.NormSchedule(List.of(
                vn.taphuan.budget.norms.NormSet.of("ns-absurd", LocalDate.of(2023, 1, 1), null, "thử", rates)),
                vn.taphuan.budget.norms.NormsMother.defaults());
        PlanBudget budget = BudgetMother.approved();
        budget.schedule(largestClass("ev-1"), 1, absurd);
        budget.schedule(largestClass("ev-2"), 1, absurd);

        assertThatThrownBy(() -> budget.schedule(largestClass("ev-3"), 1, absurd))
                .isInstanceOfSatisfying(Refused.class,
                        e -> assertThat(e.problem()).isEqualTo("plan-commitments-beyond-bound"));
        long perClass = budget.activity("ev-1").orElseThrow().committedVnd();
        assertThat(perClass).isGreaterThan(40_000_000_000_000L);
        assertThat(BudgetFigures.of(budget, java.util.Map.of()).totals().committedVnd()).isEqualTo(2 * perClass)
                .isLessThanOrEqualTo(Limits.MAX_VND);
    }

    private static ScheduleFacts largestClass(String id) {
        return new ScheduleFacts(id, "community-classes", ActivityKind.TRAINING_CLASS, "Lớp lớn nhất", "X-AN-LAC", MAY_10,
                MAY_10.plusDays(1), Limits.MAX_CAPACITY, 4, 1, 2);
    }

    @Test
    void anOverrideWithAReasonLetsThePaymentThroughAndTheReasonTravelsInTheEvent() {
        PlanBudget budget = BudgetMother.allocated();
        budget.spend(new SpendingOrder("ex-1", "study-tours", null, FundingSource.CENTRAL, 539_000_000L, "PC-1",
                LocalDate.of(2023, 9, 10), null), CLOSING_DAYS);

        List<BudgetEvent> events = budget.spend(new SpendingOrder("ex-2", "study-tours", null, FundingSource.CENTRAL,
                1_000_000L, "PC-2", LocalDate.of(2023, 9, 11), "  Phát sinh vé máy bay, đã xin ý kiến Sở Tài chính "),
                CLOSING_DAYS);

        assertThat(((BudgetEvent.Spent) events.get(0)).expenditure().overrideReason())
                .isEqualTo("Phát sinh vé máy bay, đã xin ý kiến Sở Tài chính");
        List<BudgetEvent> within = budget.spend(new SpendingOrder("ex-3", "workshops", null, FundingSource.CENTRAL,
                1_000_000L, "PC-3", LocalDate.of(2023, 9, 11), "không cần"), CLOSING_DAYS);
        assertThat(((BudgetEvent.Spent) within.get(0)).expenditure().overrideReason()).isNull();
    }

    @Test
    void theSamePaymentRecordedAgainChangesNothingAndTheSameDocumentUnderAnotherIdIsRefused() {
        PlanBudget budget = BudgetMother.allocated();
        budget.schedule(communityClass("te-1", MAY_10), 1, NORMS);
        budget.spend(payment("ex-1", "te-1", 30_000_000L, "PC-0231"), CLOSING_DAYS);

        assertThat(budget.spend(payment("ex-1", "te-1", 30_000_000L, "PC-0231"), CLOSING_DAYS)).isEmpty();
        assertThatThrownBy(() -> budget.spend(payment("ex-2", "te-1", 30_000_000L, "pc-0231"), CLOSING_DAYS))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.reason())
                        .isEqualTo(new PlanBudgetRefusal.DocumentRecorded("pc-0231", "ex-1", Money.of(30_000_000L))));
        assertThatThrownBy(() -> budget.spend(payment("ex-1", "te-1", 31_000_000L, "PC-0231"), CLOSING_DAYS))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.problem()).isEqualTo("already-recorded"));
        assertThat(budget.spent("community-classes", FundingSource.CENTRAL)).isEqualTo(30_000_000L);
    }

    @Test
    void paymentsAreAcceptedUntilTheClosingPeriodEndsAndNotBeforeThePlanStarts() {
        PlanBudget budget = BudgetMother.allocated();

        assertThat(budget.spend(new SpendingOrder("ex-1", "workshops", null, FundingSource.CENTRAL, 1, "PC-1",
                LocalDate.of(2024, 1, 31), null), CLOSING_DAYS)).hasSize(1);
        assertThatThrownBy(() -> budget.spend(new SpendingOrder("ex-2", "workshops", null, FundingSource.CENTRAL, 1,
                "PC-2", LocalDate.of(2024, 2, 1), null), CLOSING_DAYS))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("spentOn"));
        assertThatThrownBy(() -> budget.spend(new SpendingOrder("ex-3", "workshops", null, FundingSource.CENTRAL, 1,
                "PC-3", LocalDate.of(2022, 12, 31), null), CLOSING_DAYS)).isInstanceOf(Refused.class);
    }

    @Test
    void aPaymentForAnActivityTakesItsLineAndMustNotNameAnother() {
        PlanBudget budget = BudgetMother.allocated();
        budget.schedule(communityClass("te-1", MAY_10), 1, NORMS);

        List<BudgetEvent> events = budget.spend(new SpendingOrder("ex-1", null, "te-1", FundingSource.CENTRAL, 5,
                "PC-1", MAY_10, null), CLOSING_DAYS);
        assertThat(((BudgetEvent.Spent) events.get(0)).expenditure().targetLineId()).isEqualTo("community-classes");

        assertThatThrownBy(() -> budget.spend(new SpendingOrder("ex-2", "workshops", "te-1", FundingSource.CENTRAL, 5,
                "PC-2", MAY_10, null), CLOSING_DAYS))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.violations()).containsExactly(Violation.of("targetLineId",
                        new PlanBudgetRefusal.OtherThanActivityLine("community-classes"))));
        assertThatThrownBy(() -> budget.spend(new SpendingOrder("ex-3", null, "te-404", FundingSource.CENTRAL, 5,
                "PC-3", MAY_10, null), CLOSING_DAYS))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.problem()).isEqualTo("unknown-activity"));
        assertThatThrownBy(() -> budget.spend(new SpendingOrder("ex-4", null, null, FundingSource.CENTRAL, 5,
                "PC-4", MAY_10, null), CLOSING_DAYS))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.kind()).isEqualTo(Refused.Kind.INVALID));
    }

    // ------------------------------------------------------------ settlement

    @Test
    void settlingMakesTheSpendingFinalAndReleasesTheRestOfTheCommitment() {
        PlanBudget budget = BudgetMother.allocated();
        budget.schedule(communityClass("te-1", MAY_10), 1, NORMS);
        budget.spend(payment("ex-1", "te-1", 30_000_000L, "PC-1"), CLOSING_DAYS);
        budget.spend(payment("ex-2", "te-1", 4_500_000L, "PC-2"), CLOSING_DAYS);

        List<BudgetEvent> events = budget.settle("te-1", "st-te-1", "QT-0045", LocalDate.of(2023, 6, 30), CLOSING_DAYS);

        Settlement settlement = new Settlement("st-te-1", "QT-0045", LocalDate.of(2023, 6, 30),
                List.of(new SourceAmount(FundingSource.CENTRAL, 34_500_000L)), 34_500_000L);
        assertThat(events).containsExactly(new BudgetEvent.Settled("te-1", "community-classes", settlement),
                new BudgetEvent.Released("te-1", "community-classes", FundingSource.CENTRAL,
                        COMMUNITY_CLASS_COST - 34_500_000L, BudgetEvent.ReleaseReason.SETTLED));
        Amounts line = BudgetFigures.of(budget, java.util.Map.of()).lines().get(0).amounts();
        assertThat(line.committedVnd()).isEqualTo(34_500_000L);
        assertThat(line.openCommitmentVnd()).isZero();
        assertThat(line.settledVnd()).isEqualTo(34_500_000L);
        assertThat(line.availableVnd()).isEqualTo(4_590_000_000L - 34_500_000L);

        assertThat(budget.settle("te-1", "st-te-1", "QT-0045", LocalDate.of(2023, 6, 30), CLOSING_DAYS)).isEmpty();
        assertThatThrownBy(() -> budget.settle("te-1", "st-te-1", "QT-0046", LocalDate.of(2023, 7, 1), CLOSING_DAYS))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.reason()).isEqualTo(
                        new PlanBudgetRefusal.SettledBefore("te-1", "QT-0045", LocalDate.of(2023, 6, 30))));
        assertThatThrownBy(() -> budget.spend(payment("ex-3", "te-1", 1, "PC-3"), CLOSING_DAYS))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.problem()).isEqualTo("activity-settled"));
    }

    @Test
    void anActivityIsNotSettledBeforeItEndsNorWithoutSpending() {
        PlanBudget budget = BudgetMother.allocated();
        budget.schedule(communityClass("te-1", MAY_10), 1, NORMS);

        assertThatThrownBy(() -> budget.settle("te-1", "st", "QT-1", MAY_10.plusDays(5), CLOSING_DAYS))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.problem()).isEqualTo("nothing-to-settle"));
        budget.spend(payment("ex-1", "te-1", 30_000_000L, "PC-1"), CLOSING_DAYS);
        assertThatThrownBy(() -> budget.settle("te-1", "st", "QT-1", MAY_10, CLOSING_DAYS))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("settledOn"));
        assertThatThrownBy(() -> budget.settle("te-404", "st", "QT-1", MAY_10, CLOSING_DAYS))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.reason()).isEqualTo(new PlanBudgetRefusal.NoSuchActivity("te-404")));
    }

    @Test
    void sumsThatWouldOverflowAreRefusedRatherThanWrapped() {
        PlanBudget budget = PlanBudget.awaitingPlan(PLAN, "bac-giang");
        budget.recordPlan(new PlanTerms(1, "P", "T", null, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                List.of(new SourceAmount(FundingSource.CENTRAL, Long.MAX_VALUE)), BudgetMother.bacGiang2023().lines()), NORMS);
        budget.allocate(allocation("al-1", "community-classes", Long.MAX_VALUE));

        assertThatThrownBy(() -> budget.allocate(new Allocation("al-2", "workshops", FundingSource.CENTRAL, 1, "2/QĐ",
                MAY_10))).isInstanceOf(ArithmeticException.class);
    }
}
