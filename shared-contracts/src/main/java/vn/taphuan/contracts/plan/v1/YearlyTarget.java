package vn.taphuan.contracts.plan.v1;

/**
 * What a multi-year plan sets a target line for one calendar year, e.g. 2027: 10 classes for 400 person-turns.
 *
 * @param year               the calendar year, e.g. {@code 2027}
 * @param plannedActivities  activities planned in that year
 * @param plannedPersonTurns person-turns (lượt người) planned in that year; 0 when the plan sets none
 */
public record YearlyTarget(int year, int plannedActivities, int plannedPersonTurns) {
}
