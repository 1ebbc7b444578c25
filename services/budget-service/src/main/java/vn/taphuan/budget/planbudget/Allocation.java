package vn.taphuan.budget.planbudget;

import java.time.LocalDate;

/**
 * An allocation decision's amount for one target line from one source (giao dự toán).
 *
 * @param allocationId   id, unique within the plan
 * @param targetLineId   target line the money is for
 * @param source         funding source
 * @param amountVnd      whole VND, positive
 * @param decisionNumber number of the allocation decision, e.g. 112/QĐ-STC
 * @param decisionDate   date of the decision
 */
public record Allocation(String allocationId, String targetLineId, FundingSource source, long amountVnd,
                         String decisionNumber, LocalDate decisionDate) {

    /** Same decision, line and source: recording it again would count the money twice. */
    boolean sameDecisionAs(Allocation other) {
        return decisionNumber.equalsIgnoreCase(other.decisionNumber) && targetLineId.equals(other.targetLineId)
                && source == other.source;
    }

    boolean sameContentAs(Allocation other) {
        return sameDecisionAs(other) && amountVnd == other.amountVnd && decisionDate.equals(other.decisionDate);
    }
}
