package vn.taphuan.enrolment.planline;

import vn.taphuan.kit.refusal.Reason;

/** Why a plan or target line cannot take an activity; the words are in {@code messages_*.properties}. */
public sealed interface PlanLineRefusal extends Reason {

    record UnknownPlan(String planId) implements PlanLineRefusal {
    }

    /** Problem {@code plan-closed}, when the plan's last day is not known. */
    record PlanClosed(String planId) implements PlanLineRefusal {
    }

    /** Problem {@code plan-closed}; the day as the plan event carried it. */
    record PlanClosedOn(String planId, String closedOn) implements PlanLineRefusal {
    }

    /** Problem {@code unknown-target-line}. */
    record NoSuchLine(String planId, String targetLineId) implements PlanLineRefusal {
    }

    record NoSuchPlan(String planId) implements PlanLineRefusal {
    }
}
