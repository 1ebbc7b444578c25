package vn.taphuan.plan.plan;

/**
 * What a multi-year plan (a programme phase, e.g. 2026–2030) sets one target line for one calendar year.
 *
 * @param year               the calendar year
 * @param plannedActivities  activities planned in that year
 * @param plannedPersonTurns person-turns planned in that year; 0 where the plan counts activities only
 */
public record YearlyTarget(int year, int plannedActivities, int plannedPersonTurns) {
}
