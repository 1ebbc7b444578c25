package vn.taphuan.contracts.enrolment.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A scheduled activity's dates, place, capacity or sessions changed; carries the new values in full.
 *
 * @param trainingEventId id of the activity (the envelope's aggregate id)
 * @param planId          plan the activity counts towards
 * @param targetLineId    target line within that plan
 * @param activityKind    {@code TRAINING_CLASS}, {@code WORKSHOP}, {@code STUDY_TOUR} or {@code E_LEARNING_COHORT}
 * @param unitCode        administrative unit where it takes place
 * @param startDate       ISO date of the first day
 * @param endDate         ISO date of the last day
 * @param capacity        maximum number of participants
 * @param sessionCount    number of sessions
 * @param fieldSessions   of which field-visit or practice sessions
 * @param trainerCount    trainers engaged, or null
 * @param reason          why it was rescheduled (Vietnamese)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingEventRescheduled(
        String trainingEventId,
        String planId,
        String targetLineId,
        String activityKind,
        String unitCode,
        String startDate,
        String endDate,
        int capacity,
        int sessionCount,
        int fieldSessions,
        Integer trainerCount,
        String reason) {
}
