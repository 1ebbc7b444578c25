package vn.taphuan.contracts.budget.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An activity's spending was settled (thanh quyết toán): the settled amounts per source are final and its commitment is closed.
 *
 * @param planId          plan
 * @param settlementId    id of the settlement
 * @param trainingEventId activity settled
 * @param targetLineId    target line
 * @param documentNumber  number of the settlement document
 * @param settledOn       ISO date of settlement
 * @param amounts         settled amounts per funding source
 * @param totalVnd        sum of amounts in whole VND
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingEventSettled(
        String planId,
        String settlementId,
        String trainingEventId,
        String targetLineId,
        String documentNumber,
        String settledOn,
        List<SourceAmount> amounts,
        long totalVnd) {
}
