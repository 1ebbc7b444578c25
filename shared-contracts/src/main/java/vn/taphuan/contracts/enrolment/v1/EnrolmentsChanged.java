package vn.taphuan.contracts.enrolment.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Enrolments of one activity changed, all in one write of one page of its roster: people enrolled from an imported
 * sheet, their attendance recorded, the class completed, a correction. One event per write however many learners it
 * touched — a sheet of 500 rows is a handful of events, not thousands. Each entry carries the enrolment's whole
 * state after the write and the enrolment's own version, so a consumer keeps per enrolment the newest state it saw:
 * redelivered, replayed or reordered events change nothing. Counting facts only; no names.
 *
 * @param trainingEventId id of the activity
 * @param planId          plan the activity counts towards
 * @param targetLineId    target line within that plan
 * @param activityKind    kind of the activity
 * @param programmeCode   the programme the plan belongs to
 * @param rosterPage      the page of the activity's roster these enrolments are kept on (the envelope's aggregate is
 *                        that page: {@code <trainingEventId>.<rosterPage>}); a person's enrolment never changes page
 * @param enrolments      the enrolments the write changed, each as it now stands
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnrolmentsChanged(
        String trainingEventId,
        String planId,
        String targetLineId,
        String activityKind,
        String programmeCode,
        int rosterPage,
        List<EnrolmentState> enrolments) {

    /**
     * One enrolment as it stands after the write.
     *
     * @param enrolmentId       id of the enrolment
     * @param version           the enrolment's own version: newer states have higher versions
     * @param change            what this write did to it: {@code ENROLLED}, {@code ATTENDANCE}, {@code COMPLETED} or
     *                          {@code WITHDRAWN}
     * @param status            {@code ENROLLED}, {@code COMPLETED} (one person-turn) or {@code WITHDRAWN}
     * @param personKey         keyed hash (HMAC-SHA-256, hex) identifying the same person across activities
     * @param gender            {@code FEMALE}, {@code MALE} or {@code OTHER}
     * @param ethnicMinority    true if the person belongs to one of the 53 ethnic minority groups
     * @param targetGroup       {@code COMMUNITY} or {@code CADRE}
     * @param level             level the person works at, or {@code COMMUNITY}; absent when unknown
     * @param unitCode          administrative unit the person belongs to
     * @param enrolledOn        ISO date of enrolment
     * @param sessionsAttended  sessions attended so far
     * @param sessionsTotal     sessions the activity has
     * @param completedOn       ISO date of completion, when completed
     * @param withdrawnOn       ISO date of withdrawal, when withdrawn
     * @param completionRevoked true when the withdrawal took back a completion recorded in error
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EnrolmentState(
            String enrolmentId,
            long version,
            String change,
            String status,
            String personKey,
            String gender,
            boolean ethnicMinority,
            String targetGroup,
            String level,
            String unitCode,
            String enrolledOn,
            int sessionsAttended,
            int sessionsTotal,
            String completedOn,
            String withdrawnOn,
            boolean completionRevoked) {
    }
}
