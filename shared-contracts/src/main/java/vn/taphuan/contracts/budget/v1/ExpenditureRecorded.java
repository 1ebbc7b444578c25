package vn.taphuan.contracts.budget.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Money was spent on a target line (optionally for one activity) from one funding source.
 *
 * @param planId          plan the money is for (the envelope's aggregate id)
 * @param expenditureId   id of this expenditure, unique within the plan
 * @param targetLineId    target line charged
 * @param trainingEventId activity the money was spent on, or null for line-level costs
 * @param fundingSource   a {@code FundingSource} wire value
 * @param amountVnd       amount in whole VND, positive
 * @param documentNumber  number of the payment document
 * @param spentOn         ISO date of the payment
 * @param overrideReason  reason given when spending beyond the allocation was explicitly allowed (audited), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpenditureRecorded(
        String planId,
        String expenditureId,
        String targetLineId,
        String trainingEventId,
        String fundingSource,
        long amountVnd,
        String documentNumber,
        String spentOn,
        String overrideReason) {
}
