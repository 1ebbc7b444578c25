package vn.taphuan.plan.plan;

/**
 * A target stated as people per unit times the units in scope, e.g. "4 cán bộ mỗi xã" in 124 communes: the line's
 * persons are derived from it ({@link #persons()} = 496), never stated by the plan.
 *
 * @param perUnit      people per unit, as the plan states it
 * @param unitKind     the unit, as the plan words it ("xã", "thôn", "huyện")
 * @param unitsInScope how many such units the plan covers
 */
public record QuotaTarget(int perUnit, String unitKind, int unitsInScope) {

    /** The derived count of persons: the line's planned person-turns must be this. */
    public long persons() {
        return (long) perUnit * unitsInScope;
    }
}
