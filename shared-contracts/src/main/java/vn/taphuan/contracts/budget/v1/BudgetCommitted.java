package vn.taphuan.contracts.budget.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The cost estimate of a scheduled activity, computed from the tenant's unit-cost norms, was committed against its
 * target line and funding source (or re-estimated: the new amount replaces the previous commitment of the activity).
 *
 * @param planId          plan (the envelope's aggregate id)
 * @param commitmentId    id of the commitment, one per activity
 * @param trainingEventId activity the commitment is for
 * @param targetLineId    target line
 * @param fundingSource   a {@code FundingSource} wire value
 * @param amountVnd       committed amount in whole VND, replacing any earlier commitment of this activity
 * @param estimateLines   how the estimate was computed from the norms
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BudgetCommitted(
        String planId,
        String commitmentId,
        String trainingEventId,
        String targetLineId,
        String fundingSource,
        long amountVnd,
        List<CostItem> estimateLines) {
}
