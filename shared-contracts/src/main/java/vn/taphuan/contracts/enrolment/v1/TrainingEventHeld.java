package vn.taphuan.contracts.enrolment.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A scheduled activity took place; from now on it counts as held against its target line.
 *
 * @param trainingEventId  id of the activity (the envelope's aggregate id)
 * @param planId           plan the activity counts towards
 * @param targetLineId     target line within that plan
 * @param activityKind     {@code TRAINING_CLASS}, {@code WORKSHOP}, {@code STUDY_TOUR} or {@code E_LEARNING_COHORT}
 * @param unitCode         administrative unit where it took place
 * @param heldOn           ISO date of its last day
 * @param participantCount participants enrolled when it was held, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingEventHeld(
        String trainingEventId,
        String planId,
        String targetLineId,
        String activityKind,
        String unitCode,
        String heldOn,
        Integer participantCount) {
}
