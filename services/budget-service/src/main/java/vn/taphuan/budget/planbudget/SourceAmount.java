package vn.taphuan.budget.planbudget;

/**
 * An amount from one funding source.
 *
 * @param source    funding source
 * @param amountVnd whole VND
 */
public record SourceAmount(FundingSource source, long amountVnd) {
}
