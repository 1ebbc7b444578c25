package vn.taphuan.plan.plan;

/**
 * One target of a plan, e.g. "community: 102 training classes for 7,500 person-turns".
 *
 * @param lineId             stable id within the plan, kept across amendments so achieved counts stay attached
 * @param plannedPersonTurns lượt người; 0 where the plan counts activities only (workshops, study tours)
 */
public record TargetLine(String lineId, ActivityKind activityKind, TargetGroup targetGroup, CadreLevel cadreLevel,
                         String description, int plannedActivities, int plannedPersonTurns) {
}
