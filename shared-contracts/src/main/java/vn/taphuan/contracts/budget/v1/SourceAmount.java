package vn.taphuan.contracts.budget.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An amount from one funding source.
 *
 * @param fundingSource a {@code FundingSource} wire value, e.g. {@code CENTRAL}
 * @param amountVnd     amount in whole VND
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceAmount(
        String fundingSource,
        long amountVnd) {
}
