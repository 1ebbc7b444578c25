package vn.taphuan.contracts.enrolment.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A participant's presence or absence at one session of an activity was recorded (or corrected).
 *
 * @param trainingEventId  id of the activity
 * @param enrolmentId      id of the enrolment (the envelope's aggregate id)
 * @param planId           plan the activity counts towards
 * @param targetLineId     target line within that plan
 * @param sessionNumber    session number, from 1
 * @param present          present at the session
 * @param sessionsAttended sessions attended so far
 * @param sessionsTotal    sessions the activity has
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttendanceRecorded(
        String trainingEventId,
        String enrolmentId,
        String planId,
        String targetLineId,
        int sessionNumber,
        boolean present,
        int sessionsAttended,
        int sessionsTotal) {
}
