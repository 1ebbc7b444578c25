package vn.taphuan.enrolment.trainingevent;

import vn.taphuan.enrolment.participant.TargetGroup;
import vn.taphuan.enrolment.planline.PlanLine;
import vn.taphuan.kit.refusal.Digits;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal.Action;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal.ActivityNotYetEnded;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal.AttendanceRecordedUpTo;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal.BelowEnrolled;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal.BeyondRosterPages;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal.BreaksPlanOrProgrammeRules;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal.CapacityNotPositive;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal.CourseNotYetEnded;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal.CourseTooShort;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal.EndBeforeStart;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal.NoSessions;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal.OutsidePlanPeriod;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal.RescheduleRefused;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal.SessionOutsideDates;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal.SessionsOutOfOrder;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal.StatusForbids;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal.TooFewFieldSessions;
import vn.taphuan.kit.refusal.Reason;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * A class, workshop, study tour or e-learning cohort under one target line of an approved plan. Checks the
 * programme's rules when scheduled, walks its lifecycle, and keeps the count of seats: {@code seatsTaken} and the
 * {@link SeatHold}s of requests enrolling or withdrawing people right now. The document stays small however large
 * the class: it names the enrolments of pending holds only (one chunk of an import each), never every holder. The
 * store refuses a write from a stale version, so the capacity can never be exceeded however many officers enrol at
 * once; how the holds settle is told in {@code SeatHolds}.
 * <p>
 * Its roster is kept in {@code rosterPages} pages (about {@value #PLACES_PER_PAGE} places each), fixed once the first
 * seat is taken: a person's enrolment id names its page.
 */
public class TrainingEvent {

    /** Places per roster page when the pages are counted from the capacity. */
    public static final int PLACES_PER_PAGE = 250;
    /** Enrolments a roster page may hold at most: a page is one document, written whole. */
    public static final int MAX_PER_PAGE = 1_000;

    private String id;
    private String tenantId;
    private long version;
    private String planId;
    private String targetLineId;
    private int planVersion;
    private String programmeCode;
    private ActivityKind activityKind;
    private TargetGroup targetGroup;
    private Schedule schedule;
    private int minAttendancePercent;
    private TrainingEventStatus status;
    private LocalDate heldOn;
    private LocalDate cancelledOn;
    private String cancellationReason;
    private LocalDate closedOn;
    private int rosterPages;
    /** True once a seat was ever taken: from then on the roster's pages are fixed. */
    private boolean rosterOpened;
    /** Seats of active enrolments, plus the seats taken by pending {@link SeatHold.Kind#TAKE} holds. */
    private int seatsTaken;
    private List<SeatHold> seatHolds = new ArrayList<>();

    TrainingEvent() {
    }

    /**
     * Schedules an activity under {@code line}: the schedule must be well formed (400), lie within the plan period
     * and follow the programme's rules (422). Unit codes are checked by the caller, which holds the unit replica.
     */
    public static TrainingEvent schedule(String id, String tenantId, PlanLine line, Schedule schedule) {
        requireWellFormed(schedule);
        requireRules(line, schedule);
        TrainingEvent event = new TrainingEvent();
        event.id = id;
        event.tenantId = tenantId;
        event.planId = line.planId();
        event.targetLineId = line.lineId();
        event.planVersion = line.planVersion();
        event.programmeCode = line.programmeCode();
        event.activityKind = line.activityKind();
        event.targetGroup = line.targetGroup();
        event.schedule = schedule;
        event.minAttendancePercent = line.rules().minAttendancePercent();
        event.status = TrainingEventStatus.SCHEDULED;
        event.rosterPages = pagesFor(schedule.capacity());
        return event;
    }

    public List<TrainingEventChange> reschedule(PlanLine line, Schedule newer, String reason, int highestRecordedSession) {
        requireStatus(Action.RESCHEDULE, TrainingEventStatus.SCHEDULED);
        requireWellFormed(newer);
        requireRules(line, newer);
        List<Violation> violations = new ArrayList<>();
        if (newer.capacity() < seatsTaken) {
            violations.add(Violation.of("capacity", new BelowEnrolled(new Digits(seatsTaken))));
        }
        int mostPlaces = rosterPages * MAX_PER_PAGE;
        if (rosterOpened && newer.capacity() > mostPlaces) {
            violations.add(Violation.of("capacity", new BeyondRosterPages(new Digits(mostPlaces), rosterPages)));
        }
        if (newer.sessions().size() < highestRecordedSession) {
            violations.add(Violation.of("sessions", new AttendanceRecordedUpTo(highestRecordedSession)));
        }
        if (!violations.isEmpty()) {
            throw Refused.rule(new RescheduleRefused(), violations);
        }
        schedule = newer;
        if (!rosterOpened) {
            rosterPages = pagesFor(newer.capacity());
        }
        return List.of(new TrainingEventChange.Rescheduled(reason));
    }

    /** The activity took place: it counts as held from now on. Not before its last day. */
    public List<TrainingEventChange> hold(LocalDate today, int participantCount) {
        requireStatus(Action.MARK_HELD, TrainingEventStatus.SCHEDULED);
        if (today.isBefore(schedule.endDate())) {
            throw notYetEnded(new ActivityNotYetEnded(schedule.endDate()));
        }
        status = TrainingEventStatus.HELD;
        heldOn = schedule.endDate();
        return List.of(new TrainingEventChange.Held(participantCount));
    }

    public List<TrainingEventChange> cancel(LocalDate on, String reason) {
        requireStatus(Action.CANCEL, TrainingEventStatus.SCHEDULED);
        status = TrainingEventStatus.CANCELLED;
        cancelledOn = on;
        cancellationReason = reason;
        return List.of(new TrainingEventChange.Cancelled(reason));
    }

    /** Attendance and completions become final. */
    public List<TrainingEventChange> close(LocalDate on, int completedCount, int enrolledCount) {
        requireStatus(Action.CLOSE, TrainingEventStatus.HELD);
        status = TrainingEventStatus.CLOSED;
        closedOn = on;
        return List.of(new TrainingEventChange.Closed(completedCount, enrolledCount));
    }

    /** Roster pages for a capacity: one per {@value #PLACES_PER_PAGE} places, at least one. */
    static int pagesFor(int capacity) {
        return Math.max(1, (capacity + PLACES_PER_PAGE - 1) / PLACES_PER_PAGE);
    }

    /**
     * Takes a seat for each enrolment, in order, while seats are left, under a new hold {@code holdId}. An
     * enrolment another pending hold names is busy: that request may be enrolling or withdrawing it right now.
     */
    public SeatReservation takeSeats(String holdId, List<String> enrolmentIds, Instant now) {
        requireOpenForEnrolment();
        List<String> granted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<String> busy = new ArrayList<>();
        for (String enrolmentId : new LinkedHashSet<>(enrolmentIds)) {
            if (held(enrolmentId)) {
                busy.add(enrolmentId);
            } else if (seatsTaken < schedule.capacity()) {
                seatsTaken++;
                granted.add(enrolmentId);
            } else {
                refused.add(enrolmentId);
            }
        }
        return new SeatReservation(hold(holdId, SeatHold.Kind.TAKE, now, granted), granted, refused, busy);
    }

    /**
     * Marks the enrolments as about to give up their seats, under a new hold {@code holdId}; the seats are freed when
     * it settles, for those actually withdrawn.
     */
    public SeatReservation releaseSeats(String holdId, List<String> enrolmentIds, Instant now) {
        requireOpenForEnrolment();
        List<String> granted = new ArrayList<>();
        List<String> busy = new ArrayList<>();
        for (String enrolmentId : new LinkedHashSet<>(enrolmentIds)) {
            (held(enrolmentId) ? busy : granted).add(enrolmentId);
        }
        return new SeatReservation(hold(holdId, SeatHold.Kind.RELEASE, now, granted), granted, List.of(), busy);
    }

    private SeatHold hold(String holdId, SeatHold.Kind kind, Instant now, List<String> granted) {
        if (granted.isEmpty()) {
            return null;
        }
        SeatHold hold = new SeatHold(holdId, kind, now, List.copyOf(granted));
        seatHolds.add(hold);
        rosterOpened = true;
        return hold;
    }

    private boolean held(String enrolmentId) {
        return seatHolds.stream().anyMatch(hold -> hold.enrolmentIds().contains(enrolmentId));
    }

    /**
     * Settles a hold: {@code changed} are its enrolments that the request's writes enrolled (for a take) or withdrew
     * (for a release). A take gives back the seats of the others; a release frees the seats of these. Returns false
     * when the hold was settled already (by its request, or healed).
     */
    public boolean settle(String holdId, Collection<String> changed) {
        SeatHold hold = seatHolds.stream().filter(h -> h.id().equals(holdId)).findFirst().orElse(null);
        if (hold == null) {
            return false;
        }
        int done = (int) hold.enrolmentIds().stream().filter(changed::contains).count();
        seatsTaken -= hold.kind() == SeatHold.Kind.TAKE ? hold.enrolmentIds().size() - done : done;
        if (seatsTaken < 0) {
            throw new IllegalStateException("seats of " + id + " settled below zero by hold " + holdId);
        }
        seatHolds.remove(hold);
        return true;
    }

    /** Holds made before {@code before}: their request may have crashed, so they are healed when seats are needed. */
    public List<SeatHold> seatHoldsBefore(Instant before) {
        return seatHolds.stream().filter(hold -> hold.at().isBefore(before)).toList();
    }

    /** The hold named {@code holdId}, if it has not settled. */
    public Optional<SeatHold> seatHold(String holdId) {
        return seatHolds.stream().filter(hold -> hold.id().equals(holdId)).findFirst();
    }

    public void requireOpenForEnrolment() {
        requireStatus(Action.ENROL, TrainingEventStatus.SCHEDULED,
                TrainingEventStatus.HELD);
    }

    /** Completion is recorded once the course is over, before the activity is closed. */
    public void requireCompletionAllowed(LocalDate today) {
        requireStatus(Action.RECORD_COMPLETION, TrainingEventStatus.SCHEDULED,
                TrainingEventStatus.HELD);
        if (today.isBefore(schedule.endDate())) {
            throw notYetEnded(new CourseNotYetEnded(schedule.endDate()));
        }
    }

    /** Sessions a participant must attend to complete: at least {@code minAttendancePercent} of them, rounded up. */
    public int sessionsRequired() {
        return (sessionCount() * minAttendancePercent + 99) / 100;
    }

    private static void requireWellFormed(Schedule s) {
        List<Violation> violations = new ArrayList<>();
        if (s.title() == null || s.title().isBlank()) {
            violations.add(Violation.required("title"));
        }
        if (s.capacity() < 1) {
            violations.add(Violation.of("capacity", new CapacityNotPositive()));
        }
        if (s.endDate().isBefore(s.startDate())) {
            violations.add(Violation.of("endDate", new EndBeforeStart()));
        }
        if (s.sessions().isEmpty()) {
            violations.add(Violation.of("sessions", new NoSessions()));
        }
        LocalDate previous = null;
        for (int i = 0; i < s.sessions().size(); i++) {
            LocalDate date = s.sessions().get(i).date();
            if (date.isBefore(s.startDate()) || date.isAfter(s.endDate())) {
                violations.add(Violation.of("sessions[" + i + "].date", new SessionOutsideDates(s.startDate(), s.endDate())));
            } else if (previous != null && date.isBefore(previous)) {
                violations.add(Violation.of("sessions[" + i + "].date", new SessionsOutOfOrder()));
            }
            previous = date;
        }
        if (!violations.isEmpty()) {
            throw Refused.invalid(violations);
        }
    }

    /**
     * The plan's period and the programme's rules. Duration and field sessions are rules for training courses
     * ("mỗi khóa tập huấn"): a one-day workshop under NTM is not a course.
     */
    private static void requireRules(PlanLine line, Schedule s) {
        List<Violation> violations = new ArrayList<>();
        if (line.periodStart() != null && s.startDate().isBefore(line.periodStart())
                || line.periodEnd() != null && s.endDate().isAfter(line.periodEnd())) {
            violations.add(Violation.of("startDate", new OutsidePlanPeriod(line.periodStart(), line.periodEnd())));
        }
        PlanLine.ProgrammeRules rules = line.rules();
        if (line.activityKind() == ActivityKind.TRAINING_CLASS) {
            if (rules.minDurationDays() != null && s.durationDays() < rules.minDurationDays()) {
                violations.add(Violation.of("endDate", new CourseTooShort(line.programmeCode(), rules.minDurationDays(),
                        s.durationDays())));
            }
            if (rules.minFieldSessions() != null && s.fieldSessions() < rules.minFieldSessions()) {
                violations.add(Violation.of("sessions", new TooFewFieldSessions(line.programmeCode(),
                        rules.minFieldSessions(), s.fieldSessions())));
            }
        }
        if (!violations.isEmpty()) {
            throw new Refused(Refused.Kind.RULE, "programme-rules", new BreaksPlanOrProgrammeRules(), violations);
        }
    }

    private void requireStatus(Action action, TrainingEventStatus... allowed) {
        for (TrainingEventStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        StatusForbids reason = new StatusForbids(action, status);
        throw new Refused(Refused.Kind.RULE, "training-event-status", reason, List.of(Violation.of("status", reason)));
    }

    private static Refused notYetEnded(Reason reason) {
        return new Refused(Refused.Kind.RULE, "not-yet-ended", reason, List.of(Violation.of("endDate", reason)));
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String planId() {
        return planId;
    }

    public String targetLineId() {
        return targetLineId;
    }

    public int planVersion() {
        return planVersion;
    }

    public String programmeCode() {
        return programmeCode;
    }

    public ActivityKind activityKind() {
        return activityKind;
    }

    public TargetGroup targetGroup() {
        return targetGroup;
    }

    public Schedule schedule() {
        return schedule;
    }

    public int sessionCount() {
        return schedule.sessions().size();
    }

    public int minAttendancePercent() {
        return minAttendancePercent;
    }

    public TrainingEventStatus status() {
        return status;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    /** Seats held: enrolled participants, plus seats being taken right now. */
    public int seatsTaken() {
        return seatsTaken;
    }

    public int rosterPages() {
        return rosterPages;
    }

    public List<SeatHold> seatHolds() {
        return List.copyOf(seatHolds);
    }
}
