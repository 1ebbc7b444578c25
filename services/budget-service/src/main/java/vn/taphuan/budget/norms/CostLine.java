package vn.taphuan.budget.norms;

/**
 * One line of a cost estimate: a norm's unit cost times the quantity the activity consumes.
 *
 * @param normCode    the norm
 * @param quantity    units, e.g. learner-days
 * @param unitCostVnd the norm's unit cost in whole VND
 * @param amountVnd   quantity times unit cost, whole VND
 */
public record CostLine(NormCode normCode, int quantity, long unitCostVnd, long amountVnd) {
}
