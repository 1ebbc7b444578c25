package vn.taphuan.enrolment.enrolment;

/** What a command on an {@link Enrolment} caused; the service turns each into its contract event. */
public sealed interface EnrolmentChange {

    record Enrolled() implements EnrolmentChange {
    }

    record AttendanceMarked(int session, boolean present, int sessionsAttended, int sessionsTotal)
            implements EnrolmentChange {
    }

    record Completed(int sessionsAttended, int sessionsTotal) implements EnrolmentChange {
    }

    record Withdrawn(boolean completionRevoked, String reason) implements EnrolmentChange {
    }
}
