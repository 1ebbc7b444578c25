package vn.taphuan.enrolment.trainingevent;

import org.junit.jupiter.api.Test;
import vn.taphuan.enrolment.support.TrainingEventMother;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.taphuan.enrolment.support.TrainingEventMother.MAY_10;
import static vn.taphuan.enrolment.support.TrainingEventMother.schedule;

class TrainingEventTest {

    private static final Instant NOW = Instant.parse("2023-05-01T08:00:00Z");

    @Test
    void anNtmCourseMustLastTwoDaysWithAFieldSession() {
        assertThatThrownBy(() -> TrainingEvent.schedule("te", "bac-giang",
                TrainingEventMother.ntmLine(ActivityKind.TRAINING_CLASS), schedule(1, false, 30)))
                .isInstanceOfSatisfying(Refused.class, e -> {
                    assertThat(e.problem()).isEqualTo("programme-rules");
                    assertThat(e.violations()).extracting(Violation::field).containsExactly("endDate", "sessions");
                    assertThat(e.violations().get(1).reason()).isInstanceOfSatisfying(TrainingEventRefusal.TooFewFieldSessions.class,
                            r -> assertThat(r.minFieldSessions()).isEqualTo(1));
                });
        assertThatThrownBy(() -> TrainingEvent.schedule("te", "bac-giang",
                TrainingEventMother.ntmLine(ActivityKind.TRAINING_CLASS), schedule(2, false, 30)))
                .isInstanceOfSatisfying(Refused.class, e ->
                        assertThat(e.violations()).extracting(Violation::field).containsExactly("sessions"));

        TrainingEvent course = TrainingEvent.schedule("te", "bac-giang",
                TrainingEventMother.ntmLine(ActivityKind.TRAINING_CLASS), schedule(2, true, 30));
        assertThat(course.sessionsRequired()).isEqualTo(4);
        assertThat(course.activityKind()).isEqualTo(ActivityKind.TRAINING_CLASS);
    }

    @Test
    void aOneDayWorkshopIsNotACourseAndIsNotHeldToTheCourseRules() {
        TrainingEvent workshop = TrainingEvent.schedule("te", "bac-giang",
                TrainingEventMother.ntmLine(ActivityKind.WORKSHOP), schedule(1, false, 80));
        assertThat(workshop.activityKind()).isEqualTo(ActivityKind.WORKSHOP);
    }

    @Test
    void anActivityOutsideThePlanPeriodIsRefused() {
        Schedule nextYear = new Schedule("Lớp", "07360", LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 6), 30,
                List.of(new Session(1, LocalDate.of(2024, 1, 5), SessionKind.THEORY, null)), List.of());
        assertThatThrownBy(() -> TrainingEvent.schedule("te", "bac-giang", TrainingEventMother.dttsCommunityLine(), nextYear))
                .isInstanceOfSatisfying(Refused.class, e ->
                        assertThat(e.violations()).extracting(Violation::field).containsExactly("startDate"));
    }

    @Test
    void aMalformedScheduleNamesEveryBadField() {
        Schedule bad = new Schedule(" ", "07360", MAY_10, MAY_10.minusDays(1), 0,
                List.of(new Session(1, MAY_10.plusDays(5), SessionKind.THEORY, null)), List.of());
        assertThatThrownBy(() -> TrainingEvent.schedule("te", "bac-giang", TrainingEventMother.dttsCommunityLine(), bad))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("title", "capacity", "endDate", "sessions[0].date"));
    }

    @Test
    void seatsAreTakenUpToTheCapacityAndAnEnrolmentAnotherRequestHoldsIsBusy() {
        TrainingEvent event = TrainingEventMother.scheduled(3);
        SeatReservation first = event.takeSeats("h1", List.of("e1", "e2"), NOW);
        assertThat(first.granted()).containsExactly("e1", "e2");
        assertThat(first.hold()).isEqualTo(new SeatHold("h1", SeatHold.Kind.TAKE, NOW, List.of("e1", "e2")));

        SeatReservation second = event.takeSeats("h2", List.of("e2", "e3", "e4"), NOW);
        assertThat(second.busy()).containsExactly("e2");
        assertThat(second.granted()).containsExactly("e3");
        assertThat(second.refused()).containsExactly("e4");
        assertThat(event.seatsTaken()).isEqualTo(3);
        assertThat(event.takeSeats("h3", List.of("e5"), NOW).hold()).as("nothing granted, nothing held").isNull();
        assertThat(event.seatHolds()).extracting(SeatHold::id).containsExactly("h1", "h2");
    }

    @Test
    void settlingATakeGivesBackTheSeatsItDidNotUseAndAReleaseFreesThoseItWithdrew() {
        TrainingEvent event = TrainingEventMother.scheduled(5);
        event.takeSeats("take", List.of("e1", "e2", "e3"), NOW);
        assertThat(event.settle("take", List.of("e1", "e3"))).isTrue();
        assertThat(event.seatsTaken()).as("e2 was enrolled by someone else first").isEqualTo(2);
        assertThat(event.settle("take", List.of("e1", "e3"))).as("settled once only").isFalse();
        assertThat(event.seatsTaken()).isEqualTo(2);

        SeatReservation release = event.releaseSeats("release", List.of("e1"), NOW);
        assertThat(release.granted()).containsExactly("e1");
        assertThat(event.seatsTaken()).as("the seat stays taken until the withdrawal is written").isEqualTo(2);
        assertThat(event.takeSeats("again", List.of("e1"), NOW).busy()).containsExactly("e1");
        assertThat(event.settle("release", List.of("e1"))).isTrue();
        assertThat(event.seatsTaken()).isEqualTo(1);
        assertThat(event.seatHolds()).isEmpty();
    }

    @Test
    void onlyHoldsMadeBeforeTheTimeoutAreCandidatesForHealing() {
        TrainingEvent event = TrainingEventMother.scheduled(5);
        event.takeSeats("old", List.of("e1"), NOW.minusSeconds(600));
        event.takeSeats("fresh", List.of("e2"), NOW);
        assertThat(event.seatHoldsBefore(NOW.minusSeconds(120))).extracting(SeatHold::id).containsExactly("old");
    }

    @Test
    void theRosterIsPagedFromTheCapacityUntilTheFirstSeatIsTakenAndThenCanGrowOnlyAsFarAsItsPagesHold() {
        TrainingEvent event = TrainingEventMother.scheduled(40);
        assertThat(event.rosterPages()).isEqualTo(1);
        event.reschedule(TrainingEventMother.dttsCommunityLine(), schedule(2, true, 2_000), null, 0);
        assertThat(event.rosterPages()).as("nobody enrolled yet: paged again").isEqualTo(8);
        event.reschedule(TrainingEventMother.dttsCommunityLine(), schedule(2, true, 30), null, 0);
        assertThat(event.rosterPages()).isEqualTo(1);

        event.takeSeats("h1", List.of("e1"), NOW);
        event.reschedule(TrainingEventMother.dttsCommunityLine(), schedule(2, true, 1_000), null, 0);
        assertThat(event.rosterPages()).as("a person's page never changes once enrolled").isEqualTo(1);
        assertThatThrownBy(() -> event.reschedule(TrainingEventMother.dttsCommunityLine(), schedule(2, true, 1_001),
                null, 0)).isInstanceOfSatisfying(Refused.class, e -> assertThat(e.violations())
                .extracting(Violation::field).containsExactly("capacity"));
    }

    @Test
    void theLifecycleGoesScheduledHeldClosedAndCancelledOnlyFromScheduled() {
        TrainingEvent event = TrainingEventMother.scheduled(30);
        assertThatThrownBy(() -> event.hold(MAY_10, 10)).isInstanceOfSatisfying(Refused.class,
                e -> assertThat(e.reason()).isEqualTo(new TrainingEventRefusal.ActivityNotYetEnded(MAY_10.plusDays(1))));
        assertThat(event.hold(MAY_10.plusDays(1), 25)).containsExactly(new TrainingEventChange.Held(25));
        assertThat(event.heldOn()).isEqualTo(MAY_10.plusDays(1));
        assertThatThrownBy(() -> event.cancel(MAY_10, "x")).isInstanceOf(Refused.class);
        event.requireOpenForEnrolment();
        assertThat(event.close(MAY_10.plusDays(3), 20, 25)).containsExactly(new TrainingEventChange.Closed(20, 25));
        assertThatThrownBy(event::requireOpenForEnrolment).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> event.takeSeats("late", List.of("late"), NOW)).isInstanceOf(Refused.class);
    }

    @Test
    void reschedulingCannotShrinkBelowWhatIsAlreadyThere() {
        TrainingEvent event = TrainingEventMother.scheduled(3);
        event.takeSeats("h1", List.of("e1", "e2", "e3"), NOW);
        assertThatThrownBy(() -> event.reschedule(TrainingEventMother.dttsCommunityLine(), schedule(1, true, 2), null, 4))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("capacity", "sessions"));
        assertThat(event.reschedule(TrainingEventMother.dttsCommunityLine(), schedule(2, true, 40), "Thêm chỗ", 4))
                .containsExactly(new TrainingEventChange.Rescheduled("Thêm chỗ"));
        assertThat(event.schedule().capacity()).isEqualTo(40);
    }

    @Test
    void completionWaitsForTheLastDay() {
        TrainingEvent event = TrainingEventMother.scheduled(30);
        assertThatThrownBy(() -> event.requireCompletionAllowed(MAY_10)).isInstanceOf(Refused.class);
        event.requireCompletionAllowed(MAY_10.plusDays(1));
    }

    @Test
    void theAttendanceRuleRoundsUp() {
        TrainingEvent four = TrainingEvent.schedule("te", "bac-giang", TrainingEventMother.dttsCommunityLine(), schedule(2, true, 30));
        assertThat(four.sessionCount()).isEqualTo(4);
        assertThat(four.sessionsRequired()).as("80 %% of 4 is 3.2: 4 sessions").isEqualTo(4);
        TrainingEvent ten = TrainingEvent.schedule("te", "bac-giang", TrainingEventMother.dttsCommunityLine(), schedule(5, true, 30));
        assertThat(ten.sessionsRequired()).isEqualTo(8);
    }
}
