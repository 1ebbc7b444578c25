package vn.taphuan.contracts.budget.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Finance allocated (giao dự toán) an amount of a plan's budget to a target line from one funding source.
 *
 * @param planId         plan the money is for (the envelope's aggregate id)
 * @param allocationId   id of this allocation, unique within the plan
 * @param targetLineId   target line the money is allocated to
 * @param fundingSource  a {@code FundingSource} wire value, e.g. {@code CENTRAL}
 * @param amountVnd      amount in whole VND, positive
 * @param decisionNumber number of the allocation decision, e.g. {@code 45/QĐ-STC}
 * @param decisionDate   ISO date of the decision
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BudgetAllocated(
        String planId,
        String allocationId,
        String targetLineId,
        String fundingSource,
        long amountVnd,
        String decisionNumber,
        String decisionDate) {
}
