package vn.taphuan.budget.planbudget;

import vn.taphuan.kit.refusal.Money;
import vn.taphuan.kit.refusal.Reason;

import java.time.LocalDate;

/**
 * Why a plan's budget refuses a command, with what the officer needs to put it right; the words are in
 * {@code messages_*.properties}.
 */
public sealed interface PlanBudgetRefusal extends Reason {

    /** The problem code every "recorded before" reason is answered under (HTTP 409): recording again would count twice. */
    String ALREADY_RECORDED = "already-recorded";

    // ---------------------------------------------------------------- the plan

    record PlanNotApproved(String planId) implements PlanBudgetRefusal {
    }

    record PlanClosed(String planId, LocalDate closedOn) implements PlanBudgetRefusal {
    }

    record NoSuchBudget(String planId) implements PlanBudgetRefusal {
    }

    record LineNotInPlan(String targetLineId) implements PlanBudgetRefusal {
    }

    record SourceNotInPlan(FundingSource source) implements PlanBudgetRefusal {
    }

    record OutsidePlanPeriod(LocalDate from, LocalDate to) implements PlanBudgetRefusal {
    }

    // ---------------------------------------------------------------- allocations

    record NoSuchAllocation(String allocationId) implements PlanBudgetRefusal {
    }

    record AllocationIdUsed(String allocationId) implements PlanBudgetRefusal {
    }

    /** The same decision for the same line and source, under another id; the source by its code. */
    record DecisionRecorded(String decisionNumber, String targetLineId, String sourceCode, String allocationId)
            implements PlanBudgetRefusal {
    }

    record AllocationOutsidePlan() implements PlanBudgetRefusal {
    }

    record AllocationExceedsEstimate(FundingSource source, Money estimate, Money allocated, Money requested)
            implements PlanBudgetRefusal {
    }

    record ExceedsUnallocatedEstimate(Money unallocated) implements PlanBudgetRefusal {
    }

    // ---------------------------------------------------------------- payments

    record NoSuchExpenditure(String expenditureId) implements PlanBudgetRefusal {
    }

    record ExpenditureIdUsed(String expenditureId) implements PlanBudgetRefusal {
    }

    record DocumentRecorded(String documentNumber, String expenditureId, Money amount) implements PlanBudgetRefusal {
    }

    record PaymentOutsidePlan() implements PlanBudgetRefusal {
    }

    record UnknownActivity(String trainingEventId) implements PlanBudgetRefusal {
    }

    record OtherThanActivityLine(String targetLineId) implements PlanBudgetRefusal {
    }

    record LineRequiredWithoutActivity() implements PlanBudgetRefusal {
    }

    record ActivitySettled(String trainingEventId, LocalDate settledOn) implements PlanBudgetRefusal {
    }

    record PlanSpendingBeyondBound(Money bound, Money spent) implements PlanBudgetRefusal {
    }

    /** Spending beyond what is allocated on the line and source, which only a province administrator may allow. */
    record Overspending(String targetLineId, FundingSource source, Money allocated, Money spent, Money requested,
                        Money over) implements PlanBudgetRefusal {
    }

    record ExceedsAllocationLeft(Money left) implements PlanBudgetRefusal {
    }

    record LineAllocatedAndSpent(String targetLineId, Money allocated, Money spent) implements PlanBudgetRefusal {
    }

    record FromSource(FundingSource source) implements PlanBudgetRefusal {
    }

    /** Something was recorded before under this id or document ({@code đã được ghi nhận (mã …)}). */
    record RecordedAs(String id) implements PlanBudgetRefusal {
    }

    record AlreadyUsed() implements PlanBudgetRefusal {
    }

    // ---------------------------------------------------------------- activities and settlement

    record NoSuchActivity(String trainingEventId) implements PlanBudgetRefusal {
    }

    record PlanCommitmentsBeyondBound(Money estimate, String trainingEventId, Money bound) implements PlanBudgetRefusal {
    }

    record SettledBefore(String trainingEventId, String documentNumber, LocalDate settledOn) implements PlanBudgetRefusal {
    }

    record AlreadySettled() implements PlanBudgetRefusal {
    }

    /** The settlement date does not fit the plan or the activity (problem {@code settlement-date}). */
    record SettlementDateNotAcceptable() implements PlanBudgetRefusal {
    }

    record BeforeActivityEnd(LocalDate endDate) implements PlanBudgetRefusal {
    }

    record NothingToSettle(String trainingEventId) implements PlanBudgetRefusal {
    }

    /** Spending beyond the allocation was asked for by someone other than the province's administrator. */
    record OverrideNotAllowed() implements PlanBudgetRefusal {
    }
}
