package vn.taphuan.contracts.budget.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A commitment was released: the activity was cancelled, or it was settled for less than committed.
 *
 * @param planId          plan
 * @param commitmentId    the commitment
 * @param trainingEventId activity
 * @param targetLineId    target line
 * @param fundingSource   a {@code FundingSource} wire value
 * @param amountVnd       amount released in whole VND
 * @param reason          {@code CANCELLED} or {@code SETTLED}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommitmentReleased(
        String planId,
        String commitmentId,
        String trainingEventId,
        String targetLineId,
        String fundingSource,
        long amountVnd,
        String reason) {
}
