package vn.taphuan.plan.importing;

import vn.taphuan.kit.refusal.Reason;

/** Why reading a plan's text, or confirming what was read, is refused, or an import is not found. */
public sealed interface ImportRefusal extends Reason {

    record EmptyPlanText() implements ImportRefusal {
    }

    /** {@code most} characters, written ungrouped as this answer always has. */
    record PlanTextTooLong(String most) implements ImportRefusal {
    }

    /** The problem {@code import-confirmed}: the import already became a draft plan. */
    record AlreadyConfirmed(String planId) implements ImportRefusal {
    }

    record ImportNotFound(String importId) implements ImportRefusal {
    }
}
