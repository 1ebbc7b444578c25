package vn.taphuan.enrolment.enrolment;

import vn.taphuan.enrolment.participant.Gender;
import vn.taphuan.enrolment.trainingevent.ActivityKind;
import vn.taphuan.kit.refusal.Refused;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page of an activity's roster: the unit of storage and consistency of enrolments. An activity's roster is kept
 * in a fixed number of pages (see {@code TrainingEvent.rosterPages}), a person always on the same one
 * ({@link #pageOf}), so a class of 100,000 is 400 documents of about 250 entries rather than one document per
 * learner or one unbounded document. Every write of a page is one version-guarded document write carrying exactly
 * one event, listing the entries it changed; a command that changes nothing writes nothing.
 * <p>
 * The page also keeps its {@link Tally}, so counts over an activity read a few numbers per page, never its entries.
 */
public class RosterPage {

    private String id;
    private String tenantId;
    private long version;
    private String trainingEventId;
    private int page;
    private String planId;
    private String targetLineId;
    private ActivityKind activityKind;
    private String programmeCode;
    /** In the order people were enrolled. */
    private List<Enrolment> enrolments = new ArrayList<>();
    private Tally tally = Tally.EMPTY;

    RosterPage() {
    }

    /**
     * The activity a roster belongs to, as far as its pages need to know it.
     *
     * @param trainingEventId id of the activity
     * @param planId          plan it counts towards
     * @param targetLineId    target line
     * @param activityKind    kind of activity
     * @param programmeCode   the plan's programme
     */
    public record Activity(String trainingEventId, String planId, String targetLineId, ActivityKind activityKind,
                           String programmeCode) {
    }

    /** A page nobody has written yet: empty, at version 0. */
    static RosterPage empty(String tenantId, Activity activity, int page) {
        RosterPage roster = new RosterPage();
        roster.id = idOf(activity.trainingEventId(), page);
        roster.tenantId = tenantId;
        roster.trainingEventId = activity.trainingEventId();
        roster.page = page;
        roster.planId = activity.planId();
        roster.targetLineId = activity.targetLineId();
        roster.activityKind = activity.activityKind();
        roster.programmeCode = activity.programmeCode();
        return roster;
    }

    /** {@code <trainingEventId>.<page>}. */
    public static String idOf(String trainingEventId, int page) {
        return trainingEventId + "." + page;
    }

    /**
     * The page a person's enrolment lives on: a stable hash of the person key, so people spread evenly over the
     * pages and the same person always lands on the same page of an activity.
     */
    public static int pageOf(String personKey, int pages) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(personKey.getBytes(StandardCharsets.UTF_8));
            long hash = 0;
            for (int i = 0; i < 8; i++) {
                hash = hash << 8 | (digest[i] & 0xff);
            }
            return (int) Math.floorMod(hash, (long) pages);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** The page an enrolment id names ({@code <trainingEventId>.<page>.<hash>}). */
    public static String pageIdOf(String enrolmentId) {
        int hash = enrolmentId.lastIndexOf('.');
        if (hash <= 0) {
            throw notFound(enrolmentId);
        }
        String pageId = enrolmentId.substring(0, hash);
        int page = pageId.lastIndexOf('.');
        if (page <= 0 || pageId.substring(page + 1).isEmpty()
                || !pageId.substring(page + 1).chars().allMatch(Character::isDigit)) {
            throw notFound(enrolmentId);
        }
        return pageId;
    }

    /** The page number an enrolment id names. */
    public static int pageNumberOf(String enrolmentId) {
        String pageId = pageIdOf(enrolmentId);
        try {
            return Integer.parseInt(pageId.substring(pageId.lastIndexOf('.') + 1));
        } catch (NumberFormatException e) {
            throw notFound(enrolmentId);
        }
    }

    /** The activity an enrolment id names. */
    public static String trainingEventIdOf(String enrolmentId) {
        String pageId = pageIdOf(enrolmentId);
        return pageId.substring(0, pageId.lastIndexOf('.'));
    }

    static Refused notFound(String enrolmentId) {
        return Refused.notFound(new EnrolmentRefusal.NoSuchEnrolment(enrolmentId));
    }

    /** What one command did to one entry; {@code changes} is empty when it changed nothing. */
    public record Change(Enrolment enrolment, List<EnrolmentChange> changes) {

        public boolean changed() {
            return !changes.isEmpty();
        }
    }

    public Optional<Enrolment> find(String enrolmentId) {
        return enrolments.stream().filter(e -> e.id().equals(enrolmentId)).findFirst();
    }

    public Enrolment get(String enrolmentId) {
        return find(enrolmentId).orElseThrow(() -> notFound(enrolmentId));
    }

    /**
     * Enrols a person who holds a seat under {@code seatHold}, with the attendance already known: a new entry, or
     * a withdrawn one enrolled again. Refused when the person is enrolled already.
     */
    Change enrol(String enrolmentId, String participantId, CountingFacts facts, LocalDate on, List<SessionMark> marks,
                 int sessionsTotal, String seatHold) {
        Optional<Enrolment> known = find(enrolmentId);
        if (known.isPresent()) {
            Enrolment enrolment = known.get();
            List<EnrolmentChange> changes = enrolment.reenrol(participantId, facts, on, marks, sessionsTotal, seatHold);
            // enrolled again, attendance starts afresh: the page's highest session may have gone down
            tally = Tally.of(enrolments);
            enrolment.changed();
            return new Change(enrolment, List.copyOf(changes));
        }
        Enrolment.requireSessionsExist(marks, sessionsTotal);
        Enrolment enrolment = Enrolment.enrol(enrolmentId, participantId, facts, on, seatHold);
        List<EnrolmentChange> changes = new ArrayList<>();
        changes.add(new EnrolmentChange.Enrolled());
        changes.addAll(enrolment.record(marks, sessionsTotal));
        enrolments.add(enrolment);
        tally = tally.plus(Tally.of(List.of(enrolment)));
        enrolment.changed();
        return new Change(enrolment, List.copyOf(changes));
    }

    /** Records presence per session; only what changes is recorded. */
    Change record(String enrolmentId, List<SessionMark> marks, int sessionsTotal) {
        Enrolment enrolment = get(enrolmentId);
        Tally before = Tally.of(List.of(enrolment));
        return changed(enrolment, before, enrolment.record(marks, sessionsTotal));
    }

    /** One person-turn, with its certificate number; nothing when completed already. */
    Change complete(String enrolmentId, LocalDate on, int sessionsRequired, int sessionsTotal, String certificate) {
        return complete(get(enrolmentId), on, sessionsRequired, sessionsTotal, certificate);
    }

    /** As {@link #complete(String, LocalDate, int, int, String)}, for an entry of this page already at hand. */
    Change complete(Enrolment enrolment, LocalDate on, int sessionsRequired, int sessionsTotal, String certificate) {
        Tally before = Tally.of(List.of(enrolment));
        return changed(enrolment, before, enrolment.complete(on, sessionsRequired, sessionsTotal, certificate));
    }

    /** Withdraws the enrolment (or revokes its completion), giving up its seat under {@code seatHold}. */
    Change withdraw(String enrolmentId, LocalDate on, String reason, String seatHold) {
        Enrolment enrolment = get(enrolmentId);
        Tally before = Tally.of(List.of(enrolment));
        return changed(enrolment, before, enrolment.withdraw(on, reason, seatHold));
    }

    /** Enrolled (not completed, not withdrawn) entries meeting the attendance rule, in roster order. */
    List<Enrolment> completable(int sessionsRequired) {
        return enrolments.stream().filter(e -> e.status() == EnrolmentStatus.ENROLLED
                && e.meetsAttendance(sessionsRequired)).toList();
    }

    /** Raises the enrolment's version if it changed, and moves the tally by what it counts now instead of before. */
    private Change changed(Enrolment enrolment, Tally before, List<EnrolmentChange> changes) {
        if (!changes.isEmpty()) {
            enrolment.changed();
            tally = tally.minus(before).plus(Tally.of(List.of(enrolment)));
        }
        return new Change(enrolment, List.copyOf(changes));
    }

    /**
     * Counts of one page, kept with it so that an activity's counts read a few numbers per page.
     *
     * @param enrolled                enrolled, not (yet) completed
     * @param completed               completed: person-turns
     * @param withdrawn               withdrawn
     * @param women                   of the enrolled and completed, women
     * @param ethnicMinority          of the enrolled and completed, ethnic-minority people
     * @param completedWomen          of the completed, women
     * @param completedEthnicMinority of the completed, ethnic-minority people
     * @param highestSession          the highest session with attendance recorded, 0 if none
     */
    public record Tally(int enrolled, int completed, int withdrawn, int women, int ethnicMinority, int completedWomen,
                        int completedEthnicMinority, int highestSession) {

        static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0, 0, 0);

        static Tally of(List<Enrolment> enrolments) {
            int enrolled = 0;
            int completed = 0;
            int withdrawn = 0;
            int women = 0;
            int minority = 0;
            int completedWomen = 0;
            int completedMinority = 0;
            int highest = 0;
            for (Enrolment e : enrolments) {
                highest = Math.max(highest, e.highestSessionRecorded());
                boolean woman = e.facts().gender() == Gender.FEMALE;
                switch (e.status()) {
                    case ENROLLED -> enrolled++;
                    case COMPLETED -> {
                        completed++;
                        completedWomen += woman ? 1 : 0;
                        completedMinority += e.facts().ethnicMinority() ? 1 : 0;
                    }
                    case WITHDRAWN -> withdrawn++;
                }
                if (e.status().active()) {
                    women += woman ? 1 : 0;
                    minority += e.facts().ethnicMinority() ? 1 : 0;
                }
            }
            return new Tally(enrolled, completed, withdrawn, women, minority, completedWomen, completedMinority,
                    highest);
        }

        /** Enrolled or completed: holding a seat. */
        public int active() {
            return enrolled + completed;
        }

        /** Entries with this status, or all of them for null. */
        public int count(EnrolmentStatus status) {
            if (status == null) {
                return enrolled + completed + withdrawn;
            }
            return switch (status) {
                case ENROLLED -> enrolled;
                case COMPLETED -> completed;
                case WITHDRAWN -> withdrawn;
            };
        }

        /**
         * Without what {@code other} counted. The highest session stays: attendance is only added to, except when a
         * withdrawn person enrols again, after which the page counts afresh.
         */
        Tally minus(Tally other) {
            return new Tally(enrolled - other.enrolled, completed - other.completed, withdrawn - other.withdrawn,
                    women - other.women, ethnicMinority - other.ethnicMinority, completedWomen - other.completedWomen,
                    completedEthnicMinority - other.completedEthnicMinority, highestSession);
        }

        public Tally plus(Tally other) {
            return new Tally(enrolled + other.enrolled, completed + other.completed, withdrawn + other.withdrawn,
                    women + other.women, ethnicMinority + other.ethnicMinority, completedWomen + other.completedWomen,
                    completedEthnicMinority + other.completedEthnicMinority,
                    Math.max(highestSession, other.highestSession));
        }
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String trainingEventId() {
        return trainingEventId;
    }

    public int page() {
        return page;
    }

    public String planId() {
        return planId;
    }

    public String targetLineId() {
        return targetLineId;
    }

    public ActivityKind activityKind() {
        return activityKind;
    }

    public String programmeCode() {
        return programmeCode;
    }

    public List<Enrolment> enrolments() {
        return List.copyOf(enrolments);
    }

    public Tally tally() {
        return tally;
    }
}
