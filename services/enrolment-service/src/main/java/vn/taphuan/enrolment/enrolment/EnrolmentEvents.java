package vn.taphuan.enrolment.enrolment;

import vn.taphuan.contracts.enrolment.v1.AttendanceRecorded;
import vn.taphuan.contracts.enrolment.v1.ParticipantCompleted;
import vn.taphuan.contracts.enrolment.v1.ParticipantEnrolled;
import vn.taphuan.contracts.enrolment.v1.ParticipantWithdrawn;

import java.util.List;

/** Turns what an enrolment caused into the contract events: counting facts only, never a name or an ID number. */
final class EnrolmentEvents {

    static List<Record> of(Enrolment e, List<EnrolmentChange> changes) {
        return changes.stream().map(change -> of(e, change)).toList();
    }

    private static Record of(Enrolment e, EnrolmentChange change) {
        CountingFacts f = e.facts();
        if (change instanceof EnrolmentChange.Enrolled) {
            return new ParticipantEnrolled(e.trainingEventId(), e.id(), e.planId(), e.targetLineId(),
                    e.activityKind().name(), f.personKey(), f.gender().name(), f.ethnicMinority(),
                    f.targetGroup().name(), level(f), f.unitCode(), e.enrolledOn().toString());
        }
        if (change instanceof EnrolmentChange.AttendanceMarked marked) {
            return new AttendanceRecorded(e.trainingEventId(), e.id(), e.planId(), e.targetLineId(), marked.session(),
                    marked.present(), marked.sessionsAttended(), marked.sessionsTotal());
        }
        if (change instanceof EnrolmentChange.Completed completed) {
            return new ParticipantCompleted(e.trainingEventId(), e.id(), e.planId(), e.targetLineId(),
                    e.activityKind().name(), f.personKey(), f.gender().name(), f.ethnicMinority(),
                    f.targetGroup().name(), level(f), f.unitCode(), completed.sessionsAttended(),
                    completed.sessionsTotal(), e.completedOn().toString(), e.certificateNumber());
        }
        EnrolmentChange.Withdrawn withdrawn = (EnrolmentChange.Withdrawn) change;
        return new ParticipantWithdrawn(e.trainingEventId(), e.id(), e.planId(), e.targetLineId(),
                e.activityKind().name(), f.personKey(), withdrawn.completionRevoked(), e.withdrawnOn().toString(),
                withdrawn.reason());
    }

    private static String level(CountingFacts f) {
        return f.level() == null ? null : f.level().name();
    }

    private EnrolmentEvents() {
    }
}
