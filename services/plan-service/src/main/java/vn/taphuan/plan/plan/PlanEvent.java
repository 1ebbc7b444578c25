package vn.taphuan.plan.plan;

import java.time.LocalDate;

/** What a command on a plan caused; mapped to integration events at the service edge. */
public sealed interface PlanEvent {

    /** A version of the plan now counts: its targets and budget are what progress is measured against. */
    record Approved(String planId, PlanVersion version) implements PlanEvent {
    }

    /** An approved plan was amended: the complete new version replaces the previous one. */
    record Amended(String planId, PlanVersion version) implements PlanEvent {
    }

    /** The plan was closed; no new activities count under it. */
    record Closed(String planId, int versionInForce, LocalDate closedOn, String reason) implements PlanEvent {
    }

    /** The plan was closed out for its phase's final review: its figures as of {@code recordedAt} are final. */
    record ClosedOut(String planId, int versionInForce, String phase, LocalDate deadline, LocalDate closedOutOn,
                     java.time.Instant recordedAt, String remarks) implements PlanEvent {
    }
}
