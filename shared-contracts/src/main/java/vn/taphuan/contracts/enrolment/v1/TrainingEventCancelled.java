package vn.taphuan.contracts.enrolment.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A scheduled activity was cancelled; it does not count, and its budget commitment is released.
 *
 * @param trainingEventId id of the activity (the envelope's aggregate id)
 * @param planId          plan the activity counts towards
 * @param targetLineId    target line within that plan
 * @param activityKind    {@code TRAINING_CLASS}, {@code WORKSHOP}, {@code STUDY_TOUR} or {@code E_LEARNING_COHORT}
 * @param cancelledOn     ISO date of the cancellation
 * @param reason          why (Vietnamese)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingEventCancelled(
        String trainingEventId,
        String planId,
        String targetLineId,
        String activityKind,
        String cancelledOn,
        String reason) {
}
