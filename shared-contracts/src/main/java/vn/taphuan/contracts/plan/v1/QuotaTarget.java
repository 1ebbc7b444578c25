package vn.taphuan.contracts.plan.v1;

/**
 * A target line stated as people per unit times the units in scope, e.g. 4 cadres per commune in 124 communes. The
 * line's planned person-turns are derived from it ({@code persons}); no consumer needs to multiply. Added in v1 as
 * an optional part of a line.
 *
 * @param perUnit      people per unit, as the plan states it
 * @param unitKind     the unit as worded in the plan (Vietnamese), e.g. {@code xã}, {@code thôn}
 * @param unitsInScope how many such units the plan covers
 * @param persons      perUnit × unitsInScope: the line's derived persons
 */
public record QuotaTarget(int perUnit, String unitKind, int unitsInScope, long persons) {
}
