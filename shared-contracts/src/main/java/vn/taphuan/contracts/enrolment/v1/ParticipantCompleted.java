package vn.taphuan.contracts.enrolment.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A participant completed an activity: one person-turn (lượt người) achieved against the target line.
 * Carries every counting fact so a projection can be built from this event alone; no names.
 *
 * @param trainingEventId   id of the activity
 * @param enrolmentId       id of the enrolment (the envelope's aggregate id)
 * @param planId            plan the activity counts towards
 * @param targetLineId      target line within that plan
 * @param activityKind      kind of the activity
 * @param personKey         keyed hash (HMAC-SHA-256, hex) identifying the same person across activities; never the ID number itself
 * @param gender            {@code FEMALE}, {@code MALE} or {@code OTHER}
 * @param ethnicMinority    true if the person belongs to one of the 53 ethnic minority groups
 * @param targetGroup       {@code COMMUNITY} or {@code CADRE}
 * @param level             {@code PROVINCE}, {@code DISTRICT}, {@code COMMUNE}, {@code VILLAGE} or {@code COMMUNITY}
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
        String level,
        String unitCode,
        int sessionsAttended,
        int sessionsTotal,
        String completedOn,
        String certificateNumber) {
}
