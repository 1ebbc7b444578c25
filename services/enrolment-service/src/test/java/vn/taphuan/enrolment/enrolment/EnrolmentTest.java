package vn.taphuan.enrolment.enrolment;

import org.junit.jupiter.api.Test;
import vn.taphuan.contracts.enrolment.v1.EnrolmentsChanged;
import vn.taphuan.enrolment.participant.Gender;
import vn.taphuan.enrolment.participant.Level;
import vn.taphuan.enrolment.participant.TargetGroup;
import vn.taphuan.enrolment.trainingevent.ActivityKind;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnrolmentTest {

    static final LocalDate ON = LocalDate.of(2023, 5, 10);
    static final RosterPage.Activity ACTIVITY = new RosterPage.Activity("te-1", "plan-1", "community-classes",
            ActivityKind.TRAINING_CLASS, "MTQG_DTTS_MN_2021_2025");
    static final CountingFacts FACTS = new CountingFacts("a".repeat(64), Gender.FEMALE, true, TargetGroup.COMMUNITY,
            Level.COMMUNITY, "07360");
    static final String ID = Enrolment.idOf("bac-giang", "te-1", 0, FACTS.personKey());

    private final RosterPage page = RosterPage.empty("bac-giang", ACTIVITY, 0);

    private Enrolment enrolled(SessionMark... marks) {
        return page.enrol(ID, "p-1", FACTS, ON, List.of(marks), 4, "hold-1").enrolment();
    }

    @Test
    void theSamePersonInTheSameActivityAlwaysHasTheSameEnrolmentIdWhichNamesItsPage() {
        assertThat(ID).isEqualTo(Enrolment.idOf("bac-giang", "te-1", 0, FACTS.personKey()))
                .isNotEqualTo(Enrolment.idOf("bac-giang", "te-2", 0, FACTS.personKey()))
                .isNotEqualTo(Enrolment.idOf("thanh-hoa", "te-1", 0, FACTS.personKey()))
                .matches("te-1\\.0\\.[0-9a-f]{16}");
        String onPage7 = Enrolment.idOf("bac-giang", "te-1", 7, FACTS.personKey());
        assertThat(RosterPage.pageIdOf(onPage7)).isEqualTo("te-1.7");
        assertThat(RosterPage.pageNumberOf(onPage7)).isEqualTo(7);
        assertThat(RosterPage.trainingEventIdOf(onPage7)).isEqualTo("te-1");
        assertThatThrownBy(() -> RosterPage.pageIdOf("not-an-enrolment"))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.reason()).isEqualTo(new EnrolmentRefusal.NoSuchEnrolment("not-an-enrolment")));
        assertThatThrownBy(() -> RosterPage.pageIdOf("te-1.x.abc"))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.kind()).isEqualTo(Refused.Kind.NOT_FOUND));
    }

    @Test
    void peopleSpreadEvenlyOverThePagesAndAlwaysLandOnTheSamePage() {
        Map<Integer, Integer> perPage = new HashMap<>();
        for (int i = 0; i < 40_000; i++) {
            perPage.merge(RosterPage.pageOf(Integer.toHexString(i * 7919), 40), 1, Integer::sum);
        }
        assertThat(perPage).hasSize(40);
        assertThat(perPage.values()).allSatisfy(n -> assertThat(n).isBetween(850, 1150));
        assertThat(RosterPage.pageOf(FACTS.personKey(), 40)).isEqualTo(RosterPage.pageOf(FACTS.personKey(), 40))
                .isBetween(0, 39);
        assertThat(RosterPage.pageOf(FACTS.personKey(), 1)).isZero();
    }

    @Test
    void enrollingWithKnownAttendanceIsOneChangeOfTheEnrolmentAtVersionOne() {
        RosterPage.Change enrolled = page.enrol(ID, "p-1", FACTS, ON,
                List.of(new SessionMark(1, true), new SessionMark(2, false)), 4, "hold-1");
        assertThat(enrolled.changes()).containsExactly(new EnrolmentChange.Enrolled(),
                new EnrolmentChange.AttendanceMarked(1, true, 1, 4), new EnrolmentChange.AttendanceMarked(2, false, 1, 4));
        assertThat(enrolled.enrolment().version()).isEqualTo(1);
        assertThat(enrolled.enrolment().seatHold()).isEqualTo("hold-1");
        assertThat(enrolled.enrolment().trainingEventId()).isEqualTo("te-1");
        assertThat(page.tally()).isEqualTo(new RosterPage.Tally(1, 0, 0, 1, 1, 0, 0, 2));
        assertThatThrownBy(() -> page.enrol(ID, "p-1", FACTS, ON, List.of(), 4, "hold-2"))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.problem()).isEqualTo("already-enrolled"));
    }

    @Test
    void onlyAttendanceThatChangesIsRecordedAndRaisesTheVersion() {
        Enrolment enrolment = enrolled(new SessionMark(1, true));
        assertThat(page.record(ID, List.of(new SessionMark(1, true)), 4).changed()).isFalse();
        assertThat(enrolment.version()).isEqualTo(1);
        assertThat(page.record(ID, List.of(new SessionMark(1, false), new SessionMark(2, true)), 4).changes())
                .containsExactly(new EnrolmentChange.AttendanceMarked(1, false, 0, 4),
                        new EnrolmentChange.AttendanceMarked(2, true, 1, 4));
        assertThat(enrolment.version()).isEqualTo(2);
        assertThat(enrolment.highestSessionRecorded()).isEqualTo(2);
        assertThatThrownBy(() -> page.record(ID, List.of(new SessionMark(5, true)), 4))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("sessions", new EnrolmentRefusal.NoSuchSession(5, 4))));
        assertThatThrownBy(() -> page.record("te-1.0.0000000000000000", List.of(), 4))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.kind()).isEqualTo(Refused.Kind.NOT_FOUND));
    }

    @Test
    void completionNeedsTheRequiredSessionsAndIsFinal() {
        Enrolment enrolment = enrolled(new SessionMark(1, true), new SessionMark(2, true), new SessionMark(3, true));
        assertThat(page.completable(4)).isEmpty();
        assertThatThrownBy(() -> page.complete(ID, ON, 4, 4, "24-2023-000001"))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.problem()).isEqualTo("attendance-rule"));
        page.record(ID, List.of(new SessionMark(4, true)), 4);
        assertThat(page.completable(4)).containsExactly(enrolment);
        assertThat(page.complete(ID, ON, 4, 4, "24-2023-000001").changes())
                .containsExactly(new EnrolmentChange.Completed(4, 4));
        assertThat(page.complete(ID, ON, 4, 4, "24-2023-000002").changed()).as("completing twice counts once").isFalse();
        assertThat(enrolment.certificateNumber()).isEqualTo("24-2023-000001");
        assertThat(enrolment.version()).isEqualTo(3);
        assertThat(page.tally()).isEqualTo(new RosterPage.Tally(0, 1, 0, 1, 1, 1, 1, 4));
        assertThat(page.record(ID, List.of(new SessionMark(4, true)), 4).changed()).isFalse();
        assertThatThrownBy(() -> page.record(ID, List.of(new SessionMark(4, false)), 4))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.problem()).isEqualTo("attendance-final"));
    }

    @Test
    void withdrawingACompletionTakesThePersonTurnBackAndAWithdrawnPersonMayEnrolAgain() {
        Enrolment enrolment = enrolled(new SessionMark(1, true), new SessionMark(2, true), new SessionMark(3, true),
                new SessionMark(4, true));
        page.complete(ID, ON, 4, 4, "c-1");
        assertThat(page.withdraw(ID, ON, "Ghi nhầm", "hold-2").changes())
                .containsExactly(new EnrolmentChange.Withdrawn(true, "Ghi nhầm"));
        assertThat(enrolment.seatHold()).isEqualTo("hold-2");
        assertThat(page.withdraw(ID, ON, "again", "hold-3").changed()).isFalse();
        assertThat(enrolment.seatHold()).as("a withdrawal that changes nothing gives up no seat").isEqualTo("hold-2");
        assertThatThrownBy(() -> page.complete(ID, ON, 0, 4, "c-2")).isInstanceOf(Refused.class);
        assertThat(page.tally()).isEqualTo(new RosterPage.Tally(0, 0, 1, 0, 0, 0, 0, 4));

        assertThat(page.enrol(ID, "p-1", FACTS, ON, List.of(new SessionMark(1, true)), 4, "hold-4").changes())
                .containsExactly(new EnrolmentChange.Enrolled(), new EnrolmentChange.AttendanceMarked(1, true, 1, 4));
        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(enrolment.certificateNumber()).isNull();
        assertThat(enrolment.version()).as("enrolled, completed, withdrawn, enrolled again").isEqualTo(4);
        assertThat(page.tally()).as("counted afresh").isEqualTo(new RosterPage.Tally(1, 0, 0, 1, 1, 0, 0, 1));
        assertThat(page.enrolments()).hasSize(1);
    }

    @Test
    void theEventOfAWriteCarriesEachChangedEnrolmentsWholeStateWithItsVersion() {
        enrolled(new SessionMark(1, true), new SessionMark(2, true), new SessionMark(3, true), new SessionMark(4, true));
        CountingFacts man = new CountingFacts("b".repeat(64), Gender.MALE, false, TargetGroup.COMMUNITY, null, "07363");
        String other = Enrolment.idOf("bac-giang", "te-1", 0, man.personKey());
        page.enrol(other, "p-2", man, ON, List.of(new SessionMark(1, true)), 4, "hold-1");

        RosterPage.Change completed = page.complete(ID, ON.plusDays(1), 4, 4, "24-2023-000009");
        RosterPage.Change marked = page.record(other, List.of(new SessionMark(2, true)), 4);
        EnrolmentsChanged event = EnrolmentEvents.of(page, List.of(completed, marked,
                new RosterPage.Change(completed.enrolment(), List.of())), 4);

        assertThat(event.trainingEventId()).isEqualTo("te-1");
        assertThat(event.rosterPage()).isZero();
        assertThat(event.programmeCode()).isEqualTo("MTQG_DTTS_MN_2021_2025");
        assertThat(event.enrolments()).containsExactly(
                new EnrolmentsChanged.EnrolmentState(ID, 2, "COMPLETED", "COMPLETED", FACTS.personKey(), "FEMALE", true,
                        "COMMUNITY", "COMMUNITY", "07360", "2023-05-10", 4, 4, "2023-05-11", null, false),
                new EnrolmentsChanged.EnrolmentState(other, 2, "ATTENDANCE", "ENROLLED", man.personKey(), "MALE", false,
                        "COMMUNITY", null, "07363", "2023-05-10", 2, 4, null, null, false));
    }
}
