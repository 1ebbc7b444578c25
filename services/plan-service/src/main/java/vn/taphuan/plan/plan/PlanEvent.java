package vn.taphuan.plan.plan;

/** What a command on a plan caused; mapped to integration events at the service edge. */
public sealed interface PlanEvent {

    record Submitted(String planId) implements PlanEvent {
    }

    /** A version of the plan now counts: its targets and budget are what progress is measured against. */
    record Approved(Plan plan) implements PlanEvent {
    }
}
