package vn.taphuan.contracts.enrolment.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A participant completed an activity: one person-turn (lượt người) achieved against the target line.
 * Carries every counting fact so a projection can be built from this event alone; no names.
 *
 * @param trainingEventId   id of the activity (the envelope's aggregate id)
 * @param enrolmentId       id of the enrolment that completed
 * @param planId            plan the activity counts towards
 * @param targetLineId      target line within that plan
 * @param activityKind      {@code TRAINING_CLASS}, {@code WORKSHOP}, {@code STUDY_TOUR} or {@code E_LEARNING_COHORT}
 * @param personKey         keyed hash identifying the same person across activities
 * @param gender            {@code FEMALE}, {@code MALE} or {@code OTHER}
 * @param ethnicMinority    true if the person belongs to an ethnic minority group
 * @param targetGroup       {@code COMMUNITY} or {@code CADRE}
 * @param unitCode          administrative unit the person belongs to
 * @param sessionsAttended  sessions the person attended
 * @param sessionsTotal     sessions the activity had
 * @param completedOn       ISO date of completion
 * @param certificateNumber certificate number, if one was issued
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantCompleted(
        String trainingEventId,
        String enrolmentId,
        String planId,
        String targetLineId,
        String activityKind,
        String personKey,
        String gender,
        boolean ethnicMinority,
        String targetGroup,
        String unitCode,
        int sessionsAttended,
        int sessionsTotal,
        String completedOn,
        String certificateNumber) {
}
