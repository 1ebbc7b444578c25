package vn.taphuan.budget.planbudget;

import java.time.LocalDate;

/**
 * A payment to record.
 *
 * @param expenditureId   id to record it under (the caller's, for safe retries, or a new one)
 * @param targetLineId    target line charged; may be null when the activity names it
 * @param trainingEventId activity the money was spent on, or null for line-level costs
 * @param source          funding source
 * @param amountVnd       whole VND, positive
 * @param documentNumber  number of the payment document
 * @param spentOn         date of the payment
 * @param overrideReason  a province administrator's reason to spend beyond the allocation, or null
 */
public record SpendingOrder(String expenditureId, String targetLineId, String trainingEventId, FundingSource source,
                            long amountVnd, String documentNumber, LocalDate spentOn, String overrideReason) {
}
