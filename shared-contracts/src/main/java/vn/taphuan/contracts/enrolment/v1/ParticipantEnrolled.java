package vn.taphuan.contracts.enrolment.v1;

/**
 * A person was enrolled in an activity. Carries counting facts only: no names, no ID numbers.
 *
 * @param trainingEventId id of the activity (the envelope's aggregate id)
 * @param enrolmentId     id of this enrolment, unique within the tenant
 * @param planId          plan the activity counts towards
 * @param targetLineId    target line within that plan
 * @param personKey       keyed hash identifying the same person across activities (never the ID number itself)
 * @param gender          {@code FEMALE}, {@code MALE} or {@code OTHER}
 * @param ethnicMinority  true if the person belongs to one of the 53 ethnic minority groups
 * @param targetGroup     {@code COMMUNITY} or {@code CADRE}
 * @param unitCode        administrative unit the person belongs to
 */
public record ParticipantEnrolled(
        String trainingEventId,
        String enrolmentId,
        String planId,
        String targetLineId,
        String personKey,
        String gender,
        boolean ethnicMinority,
        String targetGroup,
        String unitCode) {
}
