package vn.taphuan.contracts.enrolment.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A person was enrolled in an activity. Carries counting facts only: no names, no ID numbers.
 *
 * @param trainingEventId id of the activity
 * @param enrolmentId     id of the enrolment (the envelope's aggregate id)
 * @param planId          plan the activity counts towards
 * @param targetLineId    target line within that plan
 * @param activityKind    kind of the activity
 * @param personKey       keyed hash (HMAC-SHA-256, hex) identifying the same person across activities; never the ID number itself
 * @param gender          {@code FEMALE}, {@code MALE} or {@code OTHER}
 * @param ethnicMinority  true if the person belongs to one of the 53 ethnic minority groups
 * @param targetGroup     {@code COMMUNITY} or {@code CADRE}
 * @param level           {@code PROVINCE}, {@code DISTRICT}, {@code COMMUNE}, {@code VILLAGE} or {@code COMMUNITY}
 * @param unitCode        administrative unit the person belongs to
 * @param enrolledOn      ISO date of enrolment
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantEnrolled(
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
        String enrolledOn) {
}
