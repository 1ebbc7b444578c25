package vn.taphuan.budget.planbudget;

import vn.taphuan.budget.norms.CostLine;

import java.time.LocalDate;
import java.util.List;

/**
 * What a command on a {@link PlanBudget} changed. Some cross the service boundary as contract events (see
 * {@link BudgetContracts}); the others only mark that state changed and must be stored.
 */
public sealed interface BudgetEvent {

    /** The plan's terms were taken from a newer plan version. */
    record PlanRecorded(int planVersion) implements BudgetEvent {
    }

    record PlanClosed(LocalDate closedOn) implements BudgetEvent {
    }

    /** A fact about an activity (scheduled, cancelled) was stored. */
    record ActivityNoted(String trainingEventId) implements BudgetEvent {
    }

    record Allocated(Allocation allocation) implements BudgetEvent {
    }

    /** The activity's cost estimate was committed, replacing any earlier one. */
    record Committed(String trainingEventId, String targetLineId, FundingSource source, long amountVnd,
                     List<CostLine> estimateLines) implements BudgetEvent {
    }

    record Released(String trainingEventId, String targetLineId, FundingSource source, long amountVnd,
                    ReleaseReason reason) implements BudgetEvent {
    }

    record Spent(Expenditure expenditure) implements BudgetEvent {
    }

    record Settled(String trainingEventId, String targetLineId, Settlement settlement) implements BudgetEvent {
    }

    enum ReleaseReason {
        CANCELLED,
        SETTLED
    }
}
