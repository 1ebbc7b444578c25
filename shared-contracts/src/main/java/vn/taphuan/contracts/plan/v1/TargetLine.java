package vn.taphuan.contracts.plan.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One target line of a plan, e.g. "community: 102 training classes for 7,500 person-turns".
 *
 * @param lineId              stable id of the line within the plan (kept across amendments)
 * @param activityKind        {@code TRAINING_CLASS}, {@code WORKSHOP}, {@code STUDY_TOUR} or {@code E_LEARNING_COHORT}
 * @param targetGroup         {@code COMMUNITY} or {@code CADRE}
 * @param cadreLevel          for cadres: {@code PROVINCE}, {@code DISTRICT}, {@code COMMUNE}, {@code VILLAGE}, or null for all levels
 * @param description         the line as worded in the plan (Vietnamese)
 * @param plannedActivities   planned number of activities (classes, workshops, tours, cohorts)
 * @param plannedPersonTurns  planned person-turns (lượt người); 0 when the plan sets none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetLine(
        String lineId,
        String activityKind,
        String targetGroup,
        String cadreLevel,
        String description,
        int plannedActivities,
        int plannedPersonTurns) {
}
