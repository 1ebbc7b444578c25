package vn.taphuan.contracts.enrolment.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An enrolment was cancelled, or a completion recorded in error was revoked; whatever it counted is taken back.
 *
 * @param trainingEventId   id of the activity
 * @param enrolmentId       id of the enrolment (the envelope's aggregate id)
 * @param planId            plan the activity counts towards
 * @param targetLineId      target line within that plan
 * @param activityKind      kind of the activity
 * @param personKey         keyed hash of the person
 * @param completionRevoked true if the enrolment had completed, so its person-turn is taken back
 * @param withdrawnOn       ISO date
 * @param reason            why (Vietnamese)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantWithdrawn(
        String trainingEventId,
        String enrolmentId,
        String planId,
        String targetLineId,
        String activityKind,
        String personKey,
        boolean completionRevoked,
        String withdrawnOn,
        String reason) {
}
