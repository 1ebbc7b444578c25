package vn.taphuan.enrolment.enrolment;

import org.junit.jupiter.api.Test;
import vn.taphuan.enrolment.participant.Gender;
import vn.taphuan.enrolment.participant.Level;
import vn.taphuan.enrolment.participant.TargetGroup;
import vn.taphuan.enrolment.trainingevent.ActivityKind;
import vn.taphuan.kit.problem.InvalidInput;
import vn.taphuan.kit.problem.RuleViolation;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnrolmentTest {

    static final LocalDate ON = LocalDate.of(2023, 5, 10);
    static final Enrolment.Activity ACTIVITY = new Enrolment.Activity("te-1", "plan-1", "community-classes",
            ActivityKind.TRAINING_CLASS, 4);
    static final CountingFacts FACTS = new CountingFacts("a".repeat(64), Gender.FEMALE, true, TargetGroup.COMMUNITY,
            Level.COMMUNITY, "07360");

    static Enrolment enrolled(SessionMark... marks) {
        return Enrolment.enrol("bac-giang", ACTIVITY, "p-1", FACTS, ON, List.of(marks)).enrolment();
    }

    @Test
    void theSamePersonInTheSameActivityAlwaysHasTheSameEnrolmentId() {
        assertThat(Enrolment.idOf("bac-giang", "te-1", FACTS.personKey()))
                .isEqualTo(Enrolment.idOf("bac-giang", "te-1", FACTS.personKey()))
                .isNotEqualTo(Enrolment.idOf("bac-giang", "te-2", FACTS.personKey()))
                .isNotEqualTo(Enrolment.idOf("thanh-hoa", "te-1", FACTS.personKey()));
    }

    @Test
    void enrollingWithKnownAttendanceAnnouncesTheEnrolmentThenEachSession() {
        Enrolment.Enrolled enrolled = Enrolment.enrol("bac-giang", ACTIVITY, "p-1", FACTS, ON,
                List.of(new SessionMark(1, true), new SessionMark(2, false)));
        assertThat(enrolled.changes()).containsExactly(new EnrolmentChange.Enrolled(),
                new EnrolmentChange.AttendanceMarked(1, true, 1, 4), new EnrolmentChange.AttendanceMarked(2, false, 1, 4));
        assertThat(enrolled.enrolment().id()).isEqualTo(Enrolment.idOf("bac-giang", "te-1", FACTS.personKey()));
    }

    @Test
    void onlyAttendanceThatChangesIsRecorded() {
        Enrolment enrolment = enrolled(new SessionMark(1, true));
        assertThat(enrolment.record(List.of(new SessionMark(1, true)), 4)).isEmpty();
        assertThat(enrolment.record(List.of(new SessionMark(1, false), new SessionMark(2, true)), 4))
                .containsExactly(new EnrolmentChange.AttendanceMarked(1, false, 0, 4),
                        new EnrolmentChange.AttendanceMarked(2, true, 1, 4));
        assertThat(enrolment.highestSessionRecorded()).isEqualTo(2);
        assertThatThrownBy(() -> enrolment.record(List.of(new SessionMark(5, true)), 4)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void completionNeedsTheRequiredSessionsAndIsFinal() {
        Enrolment enrolment = enrolled(new SessionMark(1, true), new SessionMark(2, true), new SessionMark(3, true));
        assertThatThrownBy(() -> enrolment.complete(ON, 4, 4, "24-2023-000001"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("attendance-rule"));
        enrolment.record(List.of(new SessionMark(4, true)), 4);
        assertThat(enrolment.complete(ON, 4, 4, "24-2023-000001")).containsExactly(new EnrolmentChange.Completed(4, 4));
        assertThat(enrolment.complete(ON, 4, 4, "24-2023-000002")).as("completing twice counts once").isEmpty();
        assertThat(enrolment.certificateNumber()).isEqualTo("24-2023-000001");
        assertThat(enrolment.record(List.of(new SessionMark(4, true)), 4)).isEmpty();
        assertThatThrownBy(() -> enrolment.record(List.of(new SessionMark(4, false)), 4))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("attendance-final"));
    }

    @Test
    void withdrawingACompletionTakesThePersonTurnBackAndAWithdrawnPersonMayEnrolAgain() {
        Enrolment enrolment = enrolled(new SessionMark(1, true), new SessionMark(2, true), new SessionMark(3, true),
                new SessionMark(4, true));
        enrolment.complete(ON, 4, 4, "c-1");
        assertThat(enrolment.withdraw(ON, "Ghi nhầm")).containsExactly(new EnrolmentChange.Withdrawn(true, "Ghi nhầm"));
        assertThat(enrolment.withdraw(ON, "again")).isEmpty();
        assertThatThrownBy(() -> enrolment.complete(ON, 0, 4, "c-2")).isInstanceOf(RuleViolation.class);

        assertThat(enrolment.reenrol(FACTS, ON, List.of(new SessionMark(1, true)), 4))
                .containsExactly(new EnrolmentChange.Enrolled(), new EnrolmentChange.AttendanceMarked(1, true, 1, 4));
        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(enrolment.certificateNumber()).isNull();
        assertThatThrownBy(() -> enrolment.reenrol(FACTS, ON, List.of(), 4)).isInstanceOf(RuleViolation.class);
    }
}
