package vn.taphuan.plan.plan;

/** How a plan states a target line, as the review and the plan's pages name it. */
public enum TargetKind {
    /** activities and person-turns in the plan's period */
    COUNT,
    /** a share of a named population trained by a date */
    COVERAGE,
    /** people per unit times the units in scope (the persons derived) */
    QUOTA_PER_UNIT,
    /** counts year by year in a multi-year plan */
    PER_YEAR,
    /** totals reached by a year ("đến năm 2025") */
    CUMULATIVE
}
