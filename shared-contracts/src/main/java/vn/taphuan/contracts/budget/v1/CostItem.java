package vn.taphuan.contracts.budget.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of a cost estimate: a unit-cost norm times a quantity.
 *
 * @param normCode    code of the norm, e.g. PER_DIEM_LEARNER_DAY
 * @param quantity    quantity the norm applies to, e.g. learner-days
 * @param unitCostVnd norm's unit cost in whole VND
 * @param amountVnd   quantity times unit cost, in whole VND
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CostItem(
        String normCode,
        int quantity,
        long unitCostVnd,
        long amountVnd) {
}
