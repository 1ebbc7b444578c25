package vn.taphuan.contracts.plan.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An amount of a plan's budget envelope from one funding source.
 *
 * @param source    {@code CENTRAL} (central budget, career/sự nghiệp source), {@code CENTRAL_INVESTMENT}, {@code PROVINCE}, {@code DISTRICT}, {@code COMMUNE}, {@code SOCIAL} (xã hội hóa) or {@code OTHER} lawful source
 * @param amountVnd amount in whole VND
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FundingAmount(
        String source,
        long amountVnd) {
}
