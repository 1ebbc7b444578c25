package vn.taphuan.contracts.enrolment.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A training activity (class, workshop, study tour or e-learning cohort) was scheduled under a plan's target line.
 *
 * @param trainingEventId id of the activity (the envelope's aggregate id)
 * @param planId          plan the activity counts towards
 * @param targetLineId    target line within that plan
 * @param activityKind    {@code TRAINING_CLASS}, {@code WORKSHOP}, {@code STUDY_TOUR} or {@code E_LEARNING_COHORT}
 * @param targetGroup     {@code COMMUNITY} or {@code CADRE}, from the target line
 * @param title           title of the activity (Vietnamese)
 * @param unitCode        administrative unit where it takes place
 * @param startDate       ISO date of the first day
 * @param endDate         ISO date of the last day
 * @param capacity        maximum number of participants
 * @param sessionCount    number of sessions (theory plus field/practice)
 * @param fieldSessions   of which field-visit or practice sessions
 * @param trainerCount    trainers engaged, or null if not yet known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingEventScheduled(
        String trainingEventId,
        String planId,
        String targetLineId,
        String activityKind,
        String targetGroup,
        String title,
        String unitCode,
        String startDate,
        String endDate,
        int capacity,
        int sessionCount,
        int fieldSessions,
        Integer trainerCount) {
}
