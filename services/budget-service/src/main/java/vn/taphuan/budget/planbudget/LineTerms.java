package vn.taphuan.budget.planbudget;

import vn.taphuan.budget.norms.ActivityKind;

/**
 * A target line of the plan as far as money is concerned.
 *
 * @param lineId             stable id of the line within the plan
 * @param activityKind       kind of activity the line counts
 * @param description        the line as worded in the plan (Vietnamese)
 * @param plannedActivities  planned number of activities
 * @param plannedPersonTurns planned person-turns
 */
public record LineTerms(String lineId, ActivityKind activityKind, String description, int plannedActivities,
                        int plannedPersonTurns) {
}
