package vn.taphuan.reporting.views;

import vn.taphuan.kit.refusal.Reason;

/** Why a progress view cannot be shown; the words are in {@code messages_*.properties}. */
public sealed interface ViewsRefusal extends Reason {

    /** The province reports no such plan (another province's plan is reported the same way). */
    record NoSuchPlan(String planId) implements ViewsRefusal {
    }

    /** A phase is named by its five years; {@code got} is what was sent. */
    record FiveYearPhaseExpected(String got) implements ViewsRefusal {
    }

    /** An analyst of a ministry names a programme another ministry owns. */
    record ProgrammeOfAnotherMinistry(String programmeCode, String ministry) implements ViewsRefusal {
    }
}
