package vn.taphuan.plan.plan;

/** Part of a plan's budget envelope from one source, in whole VND. */
public record FundingAmount(FundingSource source, long amountVnd) {
}
