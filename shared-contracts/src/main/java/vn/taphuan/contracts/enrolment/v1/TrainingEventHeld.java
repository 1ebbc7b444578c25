package vn.taphuan.contracts.enrolment.v1;

/**
 * A scheduled activity took place; from now on it counts as held against its target line.
 *
 * @param trainingEventId id of the activity
 * @param planId          plan the activity counts towards
 * @param targetLineId    target line within that plan
 * @param activityKind    {@code TRAINING_CLASS}, {@code WORKSHOP}, {@code STUDY_TOUR} or {@code E_LEARNING_COHORT}
 * @param unitCode        code of the administrative unit where it took place
 * @param heldOn          ISO date of its last day
 */
public record TrainingEventHeld(
        String trainingEventId,
        String planId,
        String targetLineId,
        String activityKind,
        String unitCode,
        String heldOn) {
}
