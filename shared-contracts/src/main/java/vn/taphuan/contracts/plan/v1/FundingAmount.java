package vn.taphuan.contracts.plan.v1;

/**
 * An amount of a plan's budget envelope from one funding source.
 *
 * @param source    {@code CENTRAL}, {@code PROVINCE}, {@code DISTRICT}, {@code COMMUNE}, {@code SOCIAL} (xã hội hóa) or {@code OTHER}
 * @param amountVnd amount in whole VND
 */
public record FundingAmount(String source, long amountVnd) {
}
