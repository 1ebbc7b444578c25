package vn.taphuan.enrolment.enrolment;

import vn.taphuan.kit.refusal.Digits;
import vn.taphuan.kit.refusal.Reason;

/** Why a person cannot be enrolled, marked present or completed; the words are in {@code messages_*.properties}. */
public sealed interface EnrolmentRefusal extends Reason {

    record ExactlyOneParticipant() implements EnrolmentRefusal {
    }

    record AlreadyEnrolled() implements EnrolmentRefusal {
    }

    record ActivityFull(Digits capacity) implements EnrolmentRefusal {
    }

    /** Another request holds the person's enrolment at this moment: worth trying again. */
    record BeingChanged() implements EnrolmentRefusal {
    }

    record NoSuchSession(int session, int sessionsTotal) implements EnrolmentRefusal {
    }

    /** Problem {@code attendance-final}. */
    record CompletedAttendanceFinal() implements EnrolmentRefusal {
    }

    /** Problem {@code attendance-final}. */
    record WithdrawnNoAttendance() implements EnrolmentRefusal {
    }

    /** Problem {@code enrolment-status}. */
    record ParticipantWithdrawn() implements EnrolmentRefusal {
    }

    /** Problem {@code attendance-rule}: fewer sessions attended than completion requires. */
    record AttendanceBelowRule(int attended, int sessionsTotal, int sessionsRequired) implements EnrolmentRefusal {
    }

    record NoSuchEnrolment(String enrolmentId) implements EnrolmentRefusal {
    }
}
