package vn.taphuan.enrolment.enrolment;

import org.springframework.stereotype.Service;
import vn.taphuan.enrolment.EnrolmentProperties;
import vn.taphuan.enrolment.participant.Participant;
import vn.taphuan.enrolment.participant.ParticipantDetails;
import vn.taphuan.enrolment.trainingevent.SeatHold;
import vn.taphuan.enrolment.trainingevent.SeatReservation;
import vn.taphuan.enrolment.trainingevent.TrainingEvent;
import vn.taphuan.kit.refusal.Digits;
import vn.taphuan.enrolment.trainingevent.TrainingEventRefusal;
import vn.taphuan.kit.periodlock.PeriodLocks;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.tenant.TenantContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Enrolment, attendance, completion and withdrawal, on the activity's roster pages ({@link RosterPage}). No
 * multi-document transaction is needed to keep the counts exact:
 * <ul>
 *   <li>a person's enrolment in an activity has one possible id, on one page, so a second enrolment is the same
 *       entry;</li>
 *   <li>seats are taken on the activity BEFORE the pages are written, and settled after ({@link SeatHolds}), so
 *       the capacity holds under any concurrency and any crash;</li>
 *   <li>every page write is version-guarded and carries its one event in the same document write (the kit's
 *       store), so nothing is counted without being announced, or announced twice; a write that changes nothing is
 *       not made.</li>
 * </ul>
 * Batches (an imported sheet) and single commands go through the same code, page by page: a command on a class of
 * 100,000 reads and writes its 400 pages a few at a time, never the whole class at once.
 */
@Service
public class EnrolmentService {

    /** Enrolled participants below the attendance rule listed by a completion; the others are only counted. */
    static final int NOT_COMPLETED_LISTED = 200;
    private static final int MAX_REPAGINGS = 3;

    private final AggregateStore store;
    private final RosterPages pages;
    private final SeatHolds seats;
    private final CertificateNumbers certificates;
    private final EnrolmentProperties properties;
    private final PeriodLocks locks;
    private final Clock clock;

    EnrolmentService(AggregateStore store, RosterPages pages, SeatHolds seats, CertificateNumbers certificates,
                     EnrolmentProperties properties, PeriodLocks locks, Clock clock) {
        this.store = store;
        this.locks = locks;
        this.pages = pages;
        this.seats = seats;
        this.certificates = certificates;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A person to enrol, with the attendance already known (possibly none).
     *
     * @param participant the person, from the registry
     * @param marks       presence per session
     */
    public record Candidate(Participant participant, List<SessionMark> marks) {
    }

    /** What became of one candidate. */
    public sealed interface Outcome {
    }

    /** Enrolled by this call. */
    public record NewlyEnrolled(Enrolment enrolment) implements Outcome {
    }

    /** Was enrolled already; {@code attendanceChanged} sessions were recorded differently now. */
    public record AlreadyEnrolled(Enrolment enrolment, int attendanceChanged) implements Outcome {
    }

    /** Not enrolled: attendance not accepted, or the person cannot be enrolled, with the reason. */
    public record Refused(Violation reason) implements Outcome {
    }

    /** Not enrolled: no seat was left when the request took them (seats another request gives back may free one). */
    public record Full(Violation reason) implements Outcome {
    }

    /**
     * Not enrolled now: another request holds the person's enrolment (it is enrolling or withdrawing them at this
     * moment, or it died doing so and its hold heals after {@code enrolment.seat-hold-timeout}). Worth trying again.
     */
    public record Busy(Violation reason) implements Outcome {
    }

    /**
     * Enrols each candidate (or records their attendance if already enrolled); one outcome each, in order. When
     * the activity has too few seats left, candidates are refused. Each roster page concerned is read once and
     * written at most once (more only if another request writes it at the same moment).
     */
    public List<Outcome> enrolAll(String trainingEventId, List<Candidate> candidates) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tryEnrolAll(trainingEventId, candidates);
            } catch (SeatHolds.RosterRepaged repaged) {
                // rescheduled onto other pages before anyone was enrolled: the ids are computed again
                if (attempt == MAX_REPAGINGS) {
                    throw repaged;
                }
            }
        }
    }

    private List<Outcome> tryEnrolAll(String trainingEventId, List<Candidate> candidates) {
        String tenant = TenantContext.require();
        TrainingEvent event = loadEvent(trainingEventId);
        event.requireOpenForEnrolment();
        int sessionsTotal = event.sessionCount();
        LocalDate today = properties.today(clock);
        LocalDate enrolledOn = today.isBefore(event.schedule().startDate()) ? today : event.schedule().startDate();

        List<String> ids = new ArrayList<>(candidates.size());
        Map<Integer, List<Integer>> byPage = new TreeMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            String personKey = candidates.get(i).participant().personKey();
            int page = RosterPage.pageOf(personKey, event.rosterPages());
            ids.add(Enrolment.idOf(tenant, trainingEventId, page, personKey));
            byPage.computeIfAbsent(page, p -> new ArrayList<>()).add(i);
        }

        // who is enrolled already, and who needs a seat
        Outcome[] outcomes = new Outcome[candidates.size()];
        Map<Integer, RosterPage> read = pages.readAll(event, byPage.keySet());
        List<String> needSeats = new ArrayList<>();
        // an enrolment is dated by its enrolledOn, attendance by its sessions: none is written into a locked period
        Violation enrolmentLocked = locks.refusal(event.programmeCode(), enrolledOn, "participantId")
                .map(refused -> refused.violations().get(0)).orElse(null);
        byPage.forEach((page, indexes) -> indexes.forEach(i -> {
            boolean active = read.get(page).find(ids.get(i)).map(e -> e.status().active()).orElse(false);
            Violation locked = lockedMark(event, candidates.get(i).marks());
            if (locked != null || (!active && enrolmentLocked != null)) {
                outcomes[i] = new Refused(locked != null ? locked : enrolmentLocked);
            } else if (!active) {
                Violation badMark = badMark(candidates.get(i).marks(), sessionsTotal);
                if (badMark != null) {
                    outcomes[i] = new Refused(badMark);
                } else {
                    needSeats.add(ids.get(i));
                }
            }
        }));

        SeatHolds.Reserved reserved = seats.take(event, needSeats);
        SeatReservation reservation = reserved.reservation();
        Set<String> granted = new HashSet<>(reservation.granted());
        String holdId = reservation.hold() == null ? null : reservation.hold().id();
        for (int i = 0; i < candidates.size(); i++) {
            if (reservation.refused().contains(ids.get(i))) {
                outcomes[i] = new Full(Violation.of("capacity",
                        new EnrolmentRefusal.ActivityFull(new Digits(event.schedule().capacity()))));
            } else if (reservation.busy().contains(ids.get(i))) {
                outcomes[i] = new Busy(busy("participantId"));
            }
        }

        Map<Integer, Map<Integer, Outcome>> written;
        try {
            written = pages.apply(event, byPage.keySet(), read, page -> {
                List<RosterPage.Change> changes = new ArrayList<>();
                Map<Integer, Outcome> decided = new HashMap<>();
                for (int i : byPage.get(page.page())) {
                    if (outcomes[i] != null) {
                        continue;
                    }
                    Candidate candidate = candidates.get(i);
                    String id = ids.get(i);
                    Enrolment known = page.find(id).filter(e -> e.status().active()).orElse(null);
                    try {
                        if (known != null) {
                            RosterPage.Change change = page.record(id, candidate.marks(), sessionsTotal);
                            changes.add(change);
                            // enrolled by another request after we looked: theirs stands, the seat goes back
                            decided.put(i, new AlreadyEnrolled(change.enrolment(), change.changes().size()));
                        } else if (granted.contains(id)) {
                            RosterPage.Change change = page.enrol(id, candidate.participant().id(),
                                    factsOf(candidate.participant()), enrolledOn, candidate.marks(), sessionsTotal,
                                    holdId);
                            changes.add(change);
                            decided.put(i, new NewlyEnrolled(change.enrolment()));
                        } else {
                            // withdrawn by another request after we looked: it would need a seat we did not take
                            decided.put(i, new Busy(busy("participantId")));
                        }
                    } catch (vn.taphuan.kit.refusal.Refused refused) {
                        decided.put(i, new Refused(reasonOf(refused)));
                    }
                }
                return new RosterPages.Applied<>(changes, decided);
            });
        } catch (RuntimeException failed) {
            seats.settleFromPages(reserved);
            throw failed;
        }
        Set<String> enrolled = new HashSet<>();
        written.values().forEach(decided -> decided.forEach((i, outcome) -> {
            outcomes[i] = outcome;
            if (outcome instanceof NewlyEnrolled) {
                enrolled.add(ids.get(i));
            }
        }));
        seats.settle(reserved, enrolled);
        return List.of(outcomes);
    }

    /** Records presence per session for one enrolment; only changes are stored and announced. */
    public Enrolment recordAttendance(String enrolmentId, List<SessionMark> marks) {
        TrainingEvent event = eventOf(enrolmentId);
        event.requireOpenForEnrolment();
        Violation locked = lockedMark(event, marks);
        if (locked != null) {
            throw lockedRefusal(locked);
        }
        return onPage(event, enrolmentId, page -> page.record(enrolmentId, marks, event.sessionCount()));
    }

    /** One person-turn: completes the enrolment if the attendance rule is met; gives a certificate number. */
    public Enrolment complete(String enrolmentId, String certificateNumber) {
        TrainingEvent event = eventOf(enrolmentId);
        event.requireCompletionAllowed(properties.today(clock));
        requireCompletionsOpen(event);
        return onPage(event, enrolmentId, page -> {
            Enrolment enrolment = page.get(enrolmentId);
            if (enrolment.status() == EnrolmentStatus.COMPLETED) {
                return new RosterPage.Change(enrolment, List.of());
            }
            enrolment.requireCompletable(event.sessionsRequired(), event.sessionCount());
            String number = certificateNumber != null ? certificateNumber
                    : certificates.allocate(event.schedule().endDate().getYear(), 1).get(0);
            return page.complete(enrolmentId, event.schedule().endDate(), event.sessionsRequired(),
                    event.sessionCount(), number);
        });
    }

    private Enrolment onPage(TrainingEvent event, String enrolmentId,
                             java.util.function.Function<RosterPage, RosterPage.Change> command) {
        int page = RosterPage.pageNumberOf(enrolmentId);
        return pages.apply(event, List.of(page), roster -> {
            RosterPage.Change change = command.apply(roster);
            return new RosterPages.Applied<>(List.of(change), change.enrolment());
        }).get(page);
    }

    /**
     * Completes every enrolled participant of the activity who meets the attendance rule, page by page: one read
     * per page (a few pages per round trip) and one write (one event) per page with someone to complete, certificate
     * numbers taken per page. The others stay enrolled; they are counted, and the first
     * {@value #NOT_COMPLETED_LISTED} listed. Every page is read rather than first asking which have anyone enrolled:
     * a page never written costs only a key lookup, while asking costs the store every page's whole document once more.
     */
    public Completions completeAll(String trainingEventId) {
        TrainingEvent event = loadEvent(trainingEventId);
        event.requireCompletionAllowed(properties.today(clock));
        requireCompletionsOpen(event);
        int required = event.sessionsRequired();
        int year = event.schedule().endDate().getYear();
        List<Integer> every = java.util.stream.IntStream.range(0, event.rosterPages()).boxed().toList();
        Map<Integer, PageCompletions> done = pages.apply(event, every, page -> {
            List<Enrolment> eligible = page.completable(required);
            List<String> numbers = certificates.allocate(year, eligible.size());
            List<RosterPage.Change> changes = new ArrayList<>();
            for (int i = 0; i < eligible.size(); i++) {
                changes.add(page.complete(eligible.get(i), event.schedule().endDate(), required,
                        event.sessionCount(), numbers.get(i)));
            }
            List<NotCompleted> below = page.enrolments().stream()
                    .filter(e -> e.status() == EnrolmentStatus.ENROLLED && !e.meetsAttendance(required))
                    .map(e -> new NotCompleted(e.id(), e.participantId(), e.sessionsAttended())).toList();
            return new RosterPages.Applied<>(changes, new PageCompletions(eligible.size(), below));
        });
        int completed = 0;
        int notCompletedCount = 0;
        List<NotCompleted> listed = new ArrayList<>();
        for (PageCompletions page : done.values()) {
            completed += page.completed();
            notCompletedCount += page.notCompleted().size();
            page.notCompleted().stream().limit(NOT_COMPLETED_LISTED - listed.size()).forEach(listed::add);
        }
        return new Completions(completed, required, event.sessionCount(), notCompletedCount, listed);
    }

    private record PageCompletions(int completed, List<NotCompleted> notCompleted) {
    }

    /**
     * Result of completing an activity's participants.
     *
     * @param completed         completions recorded now
     * @param sessionsRequired  sessions a participant had to attend
     * @param sessionsTotal     sessions of the activity
     * @param notCompletedCount enrolled participants below the rule
     * @param notCompleted      the first of them (at most {@value #NOT_COMPLETED_LISTED})
     */
    public record Completions(int completed, int sessionsRequired, int sessionsTotal, int notCompletedCount,
                              List<NotCompleted> notCompleted) {
    }

    /** An enrolled participant who did not attend enough sessions. */
    public record NotCompleted(String enrolmentId, String participantId, int sessionsAttended) {
    }

    /**
     * Cancels an enrolment (or revokes a completion recorded in error) and frees its seat: the seat is marked as
     * being given up, the page written, then the seat freed ({@link SeatHolds}).
     */
    public Enrolment withdraw(String enrolmentId, String reason) {
        TrainingEvent event = eventOf(enrolmentId);
        event.requireOpenForEnrolment();
        Enrolment current = get(enrolmentId);
        if (current.status() == EnrolmentStatus.WITHDRAWN) {
            return current;
        }
        LocalDate today = properties.today(clock);
        // revoking a completion takes back a person-turn counted on its completion date; a withdrawal is dated today
        if (current.status() == EnrolmentStatus.COMPLETED) {
            locks.requireOpen(event.programmeCode(), current.completedOn(), null);
        }
        locks.requireOpen(event.programmeCode(), today, null);
        SeatHolds.Reserved reserved = seats.release(event, List.of(enrolmentId));
        if (!reserved.reservation().busy().isEmpty()) {
            throw busyRefusal(busy("id"));
        }
        SeatHold hold = reserved.hold();
        RosterPage.Change change;
        try {
            int page = RosterPage.pageNumberOf(enrolmentId);
            change = pages.apply(event, List.of(page), roster -> {
                RosterPage.Change withdrawn = roster.withdraw(enrolmentId, today, reason, hold.id());
                return new RosterPages.Applied<>(List.of(withdrawn), withdrawn);
            }).get(page);
        } catch (RuntimeException failed) {
            seats.settleFromPages(reserved);
            throw failed;
        }
        seats.settle(reserved, change.changed() ? Set.of(enrolmentId) : Set.of());
        return change.enrolment();
    }

    public Enrolment get(String enrolmentId) {
        return pages.find(RosterPage.pageIdOf(enrolmentId)).flatMap(page -> page.find(enrolmentId))
                .orElseThrow(() -> RosterPage.notFound(enrolmentId));
    }

    /**
     * One page of a listing of the activity's enrolments (with {@code status}, or all), in roster order. Finds where
     * the page starts from the roster pages' tallies and reads only the roster pages it needs.
     */
    public Listing ofActivity(String trainingEventId, EnrolmentStatus status, int page, int size) {
        TrainingEvent event = loadEvent(trainingEventId);
        Map<Integer, RosterPage.Tally> tallies = pages.tallies(event);
        long total = tallies.values().stream().mapToLong(t -> t.count(status)).sum();
        long skip = (long) page * size;
        List<Enrolment> items = new ArrayList<>();
        for (Map.Entry<Integer, RosterPage.Tally> next : tallies.entrySet()) {
            int here = next.getValue().count(status);
            if (skip >= here) {
                skip -= here;
                continue;
            }
            RosterPage roster = pages.read(event, List.of(next.getKey())).get(next.getKey());
            List<Enrolment> matching = roster.enrolments().stream()
                    .filter(e -> status == null || e.status() == status).toList();
            for (int i = (int) skip; i < matching.size() && items.size() < size; i++) {
                items.add(matching.get(i));
            }
            skip = 0;
            if (items.size() == size) {
                break;
            }
        }
        return new Listing(items, total);
    }

    /** One page of a listing, and how many there are in all. */
    public record Listing(List<Enrolment> items, long total) {
    }

    private TrainingEvent eventOf(String enrolmentId) {
        return store.find(TrainingEvent.class, RosterPage.trainingEventIdOf(enrolmentId))
                .orElseThrow(() -> RosterPage.notFound(enrolmentId));
    }

    private TrainingEvent loadEvent(String trainingEventId) {
        return store.find(TrainingEvent.class, trainingEventId)
                .orElseThrow(() -> vn.taphuan.kit.refusal.Refused.notFound(
                        new TrainingEventRefusal.NoSuchTrainingEvent(trainingEventId)));
    }

    private static CountingFacts factsOf(Participant participant) {
        ParticipantDetails d = participant.details();
        return new CountingFacts(participant.personKey(), d.gender(), participant.ethnicMinority(), d.targetGroup(),
                d.level(), d.unitCode());
    }

    /**
     * A completion is dated by the activity's last day ({@code completedOn}, the day reporting counts the person-turn
     * in), not by the day it is recorded: completions of an activity that ended in a locked period are refused, one
     * or the whole class, before anything is written.
     */
    private void requireCompletionsOpen(TrainingEvent event) {
        locks.requireOpen(event.programmeCode(), event.schedule().endDate(), null);
    }

    /** The refusal of the first mark on a session dated in a locked period, or null. */
    private Violation lockedMark(TrainingEvent event, List<SessionMark> marks) {
        List<vn.taphuan.enrolment.trainingevent.Session> sessions = event.schedule().sessions();
        for (SessionMark mark : marks) {
            // a session the activity does not have is refused as such, elsewhere
            LocalDate day = sessions.stream().filter(s -> s.number() == mark.session()).findFirst()
                    .map(vn.taphuan.enrolment.trainingevent.Session::date).orElse(null);
            java.util.Optional<vn.taphuan.kit.refusal.Refused> locked = locks.refusal(event.programmeCode(), day,
                    "sessions");
            if (locked.isPresent()) {
                return locked.get().violations().get(0);
            }
        }
        return null;
    }

    /** A write refused because of a locked period: {@code 409 period-locked}, naming the field. */
    public static vn.taphuan.kit.refusal.Refused lockedRefusal(Violation locked) {
        return vn.taphuan.kit.refusal.Refused.conflict(locked.reason(), List.of(locked));
    }

    private static Violation badMark(List<SessionMark> marks, int sessionsTotal) {
        return Enrolment.marksOfMissingSessions(marks, sessionsTotal).stream().findFirst().orElse(null);
    }

    private static Violation busy(String field) {
        return Violation.of(field, new EnrolmentRefusal.BeingChanged());
    }

    /** Another request holds the enrolment (problem {@code enrolment-busy}): the caller may try again. */
    public static vn.taphuan.kit.refusal.Refused busyRefusal(Violation busy) {
        return new vn.taphuan.kit.refusal.Refused(vn.taphuan.kit.refusal.Refused.Kind.RULE, "enrolment-busy",
                busy.reason(), List.of(busy));
    }

    /** What a refused candidate is told: the field the refusal names, else the participant. */
    private static Violation reasonOf(vn.taphuan.kit.refusal.Refused refused) {
        return refused.violations().isEmpty()
                ? Violation.of("participantId", refused.reason())
                : refused.violations().get(0);
    }
}
