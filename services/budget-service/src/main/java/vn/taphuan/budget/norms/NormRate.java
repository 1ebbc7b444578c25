package vn.taphuan.budget.norms;

/**
 * The unit cost of one norm in a norm set.
 *
 * @param code        the norm
 * @param unitCostVnd unit cost in whole VND; 0 when the province does not pay this item
 */
public record NormRate(NormCode code, long unitCostVnd) {
}
