package vn.taphuan.enrolment.enrolment;

import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * One person in one activity: enrolment, attendance per session, completion (one person-turn) and withdrawal. An
 * entry of its activity's {@link RosterPage}, which is what is stored and kept consistent; the enrolment has its
 * own {@code version}, raised by every change, so consumers keep per enrolment the newest state they heard. Its id
 * is derived from the activity, the page and the person key, so the same person can never be enrolled twice in the
 * same activity: a second enrolment is the same entry.
 */
public class Enrolment {

    private String id;
    private long version;
    private String participantId;
    private CountingFacts facts;
    private EnrolmentStatus status;
    private LocalDate enrolledOn;
    /** Sorted by session; a session not listed has no attendance recorded yet. */
    private List<SessionMark> attendance = new ArrayList<>();
    private LocalDate completedOn;
    private String certificateNumber;
    private LocalDate withdrawnOn;
    private String withdrawalReason;
    private boolean completionRevoked;
    /** The seat hold under which this enrolment last took or gave up its seat (see {@code SeatHolds}). */
    private String seatHold;

    Enrolment() {
    }

    /**
     * The enrolment id of a person in an activity, the same every time and for every replica:
     * {@code <trainingEventId>.<page>.<first 16 hex digits of SHA-256(tenant|trainingEventId|personKey)>}. The page
     * is part of it, so the entry is found from its id alone.
     */
    public static String idOf(String tenantId, String trainingEventId, int page, String personKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((tenantId + "|" + trainingEventId + "|"
                    + personKey).getBytes(StandardCharsets.UTF_8));
            return RosterPage.idOf(trainingEventId, page) + "." + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** A person who holds a seat under {@code seatHold}, enrolled; the page records their attendance next. */
    static Enrolment enrol(String id, String participantId, CountingFacts facts, LocalDate on, String seatHold) {
        Enrolment enrolment = new Enrolment();
        enrolment.id = id;
        enrolment.participantId = participantId;
        enrolment.facts = facts;
        enrolment.status = EnrolmentStatus.ENROLLED;
        enrolment.enrolledOn = on;
        enrolment.seatHold = seatHold;
        return enrolment;
    }

    /** A withdrawn person enrolled again: counts anew, with attendance recorded from scratch. */
    List<EnrolmentChange> reenrol(String participantId, CountingFacts current, LocalDate on, List<SessionMark> marks,
                                  int sessionsTotal, String hold) {
        if (status != EnrolmentStatus.WITHDRAWN) {
            throw alreadyEnrolled();
        }
        requireSessionsExist(marks, sessionsTotal);
        this.participantId = participantId;
        status = EnrolmentStatus.ENROLLED;
        facts = current;
        enrolledOn = on;
        attendance = new ArrayList<>();
        completedOn = null;
        certificateNumber = null;
        withdrawnOn = null;
        withdrawalReason = null;
        completionRevoked = false;
        seatHold = hold;
        List<EnrolmentChange> changes = new ArrayList<>();
        changes.add(new EnrolmentChange.Enrolled());
        changes.addAll(record(marks, sessionsTotal));
        return changes;
    }

    /**
     * Records presence per session. Only what changes is recorded (and announced), so the same sheet recorded twice
     * changes nothing. A completed enrolment's attendance is final: withdraw the completion to correct it.
     */
    List<EnrolmentChange> record(List<SessionMark> marks, int sessionsTotal) {
        requireSessionsExist(marks, sessionsTotal);
        List<SessionMark> changed = marks.stream().filter(mark -> !mark.equals(markOf(mark.session()))).toList();
        if (changed.isEmpty()) {
            return List.of();
        }
        if (status != EnrolmentStatus.ENROLLED) {
            EnrolmentRefusal reason = status == EnrolmentStatus.COMPLETED ? new EnrolmentRefusal.CompletedAttendanceFinal()
                    : new EnrolmentRefusal.WithdrawnNoAttendance();
            throw new Refused(Refused.Kind.RULE, "attendance-final", reason, List.of(Violation.of("sessions", reason)));
        }
        List<EnrolmentChange> changes = new ArrayList<>();
        for (SessionMark mark : changed) {
            attendance.removeIf(existing -> existing.session() == mark.session());
            attendance.add(mark);
            attendance.sort(Comparator.comparingInt(SessionMark::session));
            changes.add(new EnrolmentChange.AttendanceMarked(mark.session(), mark.present(), sessionsAttended(),
                    sessionsTotal));
        }
        return changes;
    }

    /** Refuses marks of sessions the activity does not have, naming each. */
    static void requireSessionsExist(List<SessionMark> marks, int sessionsTotal) {
        List<Violation> violations = marksOfMissingSessions(marks, sessionsTotal);
        if (!violations.isEmpty()) {
            throw Refused.invalid(violations);
        }
    }

    /** One violation per mark of a session the activity does not have. */
    static List<Violation> marksOfMissingSessions(List<SessionMark> marks, int sessionsTotal) {
        List<Violation> violations = new ArrayList<>();
        for (SessionMark mark : marks) {
            if (mark.session() < 1 || mark.session() > sessionsTotal) {
                violations.add(Violation.of("sessions", new EnrolmentRefusal.NoSuchSession(mark.session(), sessionsTotal)));
            }
        }
        return violations;
    }

    /** True when the attendance rule is met: at least {@code sessionsRequired} sessions attended. */
    public boolean meetsAttendance(int sessionsRequired) {
        return sessionsAttended() >= sessionsRequired;
    }

    /** One person-turn achieved. Refused when the attendance rule is not met. */
    List<EnrolmentChange> complete(LocalDate on, int sessionsRequired, int sessionsTotal, String certificate) {
        if (status == EnrolmentStatus.COMPLETED) {
            return List.of();
        }
        requireCompletable(sessionsRequired, sessionsTotal);
        status = EnrolmentStatus.COMPLETED;
        completedOn = on;
        certificateNumber = certificate;
        return List.of(new EnrolmentChange.Completed(sessionsAttended(), sessionsTotal));
    }

    /** Cancels the enrolment (or revokes a completion recorded in error): whatever it counted is taken back. */
    List<EnrolmentChange> withdraw(LocalDate on, String reason, String hold) {
        if (status == EnrolmentStatus.WITHDRAWN) {
            return List.of();
        }
        completionRevoked = status == EnrolmentStatus.COMPLETED;
        status = EnrolmentStatus.WITHDRAWN;
        withdrawnOn = on;
        withdrawalReason = reason;
        seatHold = hold;
        return List.of(new EnrolmentChange.Withdrawn(completionRevoked, reason));
    }

    /** Refuses a completion this enrolment may not have: withdrawn, or the attendance rule not met. */
    public void requireCompletable(int sessionsRequired, int sessionsTotal) {
        if (status == EnrolmentStatus.WITHDRAWN) {
            EnrolmentRefusal reason = new EnrolmentRefusal.ParticipantWithdrawn();
            throw new Refused(Refused.Kind.RULE, "enrolment-status", reason, List.of(Violation.of("status", reason)));
        }
        if (!meetsAttendance(sessionsRequired)) {
            EnrolmentRefusal reason = new EnrolmentRefusal.AttendanceBelowRule(sessionsAttended(), sessionsTotal,
                    sessionsRequired);
            throw new Refused(Refused.Kind.RULE, "attendance-rule", reason, List.of(Violation.of("sessions", reason)));
        }
    }

    public int sessionsAttended() {
        return (int) attendance.stream().filter(SessionMark::present).count();
    }

    /** The highest session with attendance recorded, 0 if none. */
    public int highestSessionRecorded() {
        return attendance.stream().mapToInt(SessionMark::session).max().orElse(0);
    }

    private SessionMark markOf(int session) {
        return attendance.stream().filter(mark -> mark.session() == session).findFirst().orElse(null);
    }

    public static Refused alreadyEnrolled() {
        return Refused.rule("participantId", new EnrolmentRefusal.AlreadyEnrolled());
    }

    /** Every change raises the version by one: newer states of an enrolment always have higher versions. */
    void changed() {
        version++;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    /** The activity, from the id. */
    public String trainingEventId() {
        return RosterPage.trainingEventIdOf(id);
    }

    public String participantId() {
        return participantId;
    }

    public CountingFacts facts() {
        return facts;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public LocalDate enrolledOn() {
        return enrolledOn;
    }

    public List<SessionMark> attendance() {
        return List.copyOf(attendance);
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public boolean completionRevoked() {
        return completionRevoked;
    }

    public String seatHold() {
        return seatHold;
    }
}
