package vn.taphuan.budget.planbudget;

import vn.taphuan.contracts.budget.v1.BudgetAllocated;
import vn.taphuan.contracts.budget.v1.BudgetCommitted;
import vn.taphuan.contracts.budget.v1.CommitmentReleased;
import vn.taphuan.contracts.budget.v1.CostItem;
import vn.taphuan.contracts.budget.v1.ExpenditureRecorded;
import vn.taphuan.contracts.budget.v1.TrainingEventSettled;

import java.util.List;
import java.util.Objects;

/** Translates the domain's events into the contract events of {@code budget.events.v1}; the rest stay inside. */
final class BudgetContracts {

    static List<Record> of(String planId, List<BudgetEvent> events) {
        return events.stream().map(event -> of(planId, event)).filter(Objects::nonNull).toList();
    }

    static String commitmentId(String trainingEventId) {
        return "cm-" + trainingEventId;
    }

    private static Record of(String planId, BudgetEvent event) {
        if (event instanceof BudgetEvent.Allocated a) {
            Allocation allocation = a.allocation();
            return new BudgetAllocated(planId, allocation.allocationId(), allocation.targetLineId(),
                    allocation.source().name(), allocation.amountVnd(), allocation.decisionNumber(),
                    allocation.decisionDate().toString());
        }
        if (event instanceof BudgetEvent.Committed c) {
            return new BudgetCommitted(planId, commitmentId(c.trainingEventId()), c.trainingEventId(),
                    c.targetLineId(), c.source().name(), c.amountVnd(), c.estimateLines().stream()
                    .map(l -> new CostItem(l.normCode().name(), l.quantity(), l.unitCostVnd(), l.amountVnd())).toList());
        }
        if (event instanceof BudgetEvent.Released r) {
            return new CommitmentReleased(planId, commitmentId(r.trainingEventId()), r.trainingEventId(),
                    r.targetLineId(), r.source().name(), r.amountVnd(), r.reason().name());
        }
        if (event instanceof BudgetEvent.Spent s) {
            Expenditure e = s.expenditure();
            return new ExpenditureRecorded(planId, e.expenditureId(), e.targetLineId(), e.trainingEventId(),
                    e.source().name(), e.amountVnd(), e.documentNumber(), e.spentOn().toString(), e.overrideReason());
        }
        if (event instanceof BudgetEvent.Settled s) {
            Settlement settlement = s.settlement();
            return new TrainingEventSettled(planId, settlement.settlementId(), s.trainingEventId(), s.targetLineId(),
                    settlement.documentNumber(), settlement.settledOn().toString(), settlement.amounts().stream()
                    .map(a -> new vn.taphuan.contracts.budget.v1.SourceAmount(a.source().name(), a.amountVnd()))
                    .toList(), settlement.totalVnd());
        }
        return null; // plan recorded or closed, activity facts: state of this service only
    }

    private BudgetContracts() {
    }
}
