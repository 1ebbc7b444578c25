package vn.taphuan.budget.planbudget;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Money paid out on a target line, optionally for one activity.
 *
 * @param expenditureId   id, unique within the plan
 * @param targetLineId    target line charged
 * @param trainingEventId activity the money was spent on, or null for line-level costs
 * @param source          funding source
 * @param amountVnd       whole VND, positive
 * @param documentNumber  number of the payment document (chứng từ)
 * @param spentOn         date of the payment
 * @param overrideReason  why spending beyond the allocation was allowed, or null when it was within it
 */
public record Expenditure(String expenditureId, String targetLineId, String trainingEventId, FundingSource source,
                          long amountVnd, String documentNumber, LocalDate spentOn, String overrideReason) {

    /** Same payment document on the same line, activity and source: recording it again would count it twice. */
    boolean sameDocumentAs(Expenditure other) {
        return documentNumber.equalsIgnoreCase(other.documentNumber) && targetLineId.equals(other.targetLineId)
                && Objects.equals(trainingEventId, other.trainingEventId) && source == other.source;
    }

    boolean sameContentAs(Expenditure other) {
        return sameDocumentAs(other) && amountVnd == other.amountVnd && spentOn.equals(other.spentOn);
    }
}
