package vn.taphuan.plan.plan;

/** Lifecycle of a plan: draft → submitted → approved → in progress → closed. */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    IN_PROGRESS,
    CLOSED
}
