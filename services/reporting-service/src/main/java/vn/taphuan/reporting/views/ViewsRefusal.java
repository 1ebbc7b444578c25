package vn.taphuan.reporting.views;

import vn.taphuan.kit.refusal.Reason;

/** Why a progress view cannot be shown; the words are in {@code messages_*.properties}. */
public sealed interface ViewsRefusal extends Reason {

    /** The province reports no such plan (another province's plan is reported the same way). */
    record NoSuchPlan(String planId) implements ViewsRefusal {
    }
}
