package vn.taphuan.contracts.enrolment.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A held activity was closed: its attendance and completions are final.
 *
 * @param trainingEventId id of the activity (the envelope's aggregate id)
 * @param planId          plan the activity counts towards
 * @param targetLineId    target line within that plan
 * @param activityKind    {@code TRAINING_CLASS}, {@code WORKSHOP}, {@code STUDY_TOUR} or {@code E_LEARNING_COHORT}
 * @param closedOn        ISO date it was closed
 * @param completedCount  participants who completed
 * @param enrolledCount   participants enrolled
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingEventClosed(
        String trainingEventId,
        String planId,
        String targetLineId,
        String activityKind,
        String closedOn,
        int completedCount,
        int enrolledCount) {
}
