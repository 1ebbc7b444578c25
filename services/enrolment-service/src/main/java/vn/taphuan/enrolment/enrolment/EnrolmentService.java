package vn.taphuan.enrolment.enrolment;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.taphuan.enrolment.EnrolmentProperties;
import vn.taphuan.enrolment.participant.Participant;
import vn.taphuan.enrolment.participant.ParticipantDetails;
import vn.taphuan.enrolment.trainingevent.SeatReservation;
import vn.taphuan.enrolment.trainingevent.TrainingEvent;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.NotFound;
import vn.taphuan.kit.problem.ProblemException;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.StaleAggregate;
import vn.taphuan.kit.tenant.TenantContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Enrolment, attendance, completion and withdrawal. No multi-document transaction is needed to keep the counts
 * exact:
 * <ul>
 *   <li>a person's enrolment in an activity has one possible id, so a second enrolment is refused by the store;</li>
 *   <li>a seat is taken on the activity (one version-guarded write, idempotent per enrolment id) BEFORE the
 *       enrolment is written, so the capacity holds under any concurrency;</li>
 *   <li>a crash in between leaves a seat held by no active enrolment: it is freed ("healed") once older than
 *       {@code enrolment.seat-hold-timeout}, the next time someone needs it;</li>
 *   <li>every enrolment write carries its events in the same document write (the kit's store), so nothing is
 *       counted without being announced, or announced twice.</li>
 * </ul>
 * Batches (an imported sheet) and single commands go through the same code.
 */
@Service
public class EnrolmentService {

    private static final int MAX_RETRIES = 5;

    private final AggregateStore store;
    private final CertificateNumbers certificates;
    private final EnrolmentProperties properties;
    private final Clock clock;

    EnrolmentService(AggregateStore store, CertificateNumbers certificates, EnrolmentProperties properties, Clock clock) {
        this.store = store;
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

    /** Not enrolled (activity full) or attendance not accepted, with the reason. */
    public record Refused(FieldViolation reason) implements Outcome {
    }

    /**
     * Enrols each candidate (or records their attendance if already enrolled), in order; one outcome each. When
     * the activity has too few seats left, the last candidates are refused.
     */
    public List<Outcome> enrolAll(String trainingEventId, List<Candidate> candidates) {
        String tenant = TenantContext.require();
        TrainingEvent event = loadEvent(trainingEventId);
        event.requireOpenForEnrolment();
        Enrolment.Activity activity = activityOf(event);
        LocalDate today = properties.today(clock);
        LocalDate enrolledOn = today.isBefore(event.schedule().startDate()) ? today : event.schedule().startDate();

        List<String> ids = candidates.stream()
                .map(c -> Enrolment.idOf(tenant, trainingEventId, c.participant().personKey())).toList();
        Map<String, Enrolment> existing = findAll(ids);
        Outcome[] outcomes = new Outcome[candidates.size()];
        List<Integer> needSeats = new ArrayList<>();
        List<Enrolment> changed = new ArrayList<>();
        Map<String, List<EnrolmentChange>> changesById = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            Enrolment known = existing.get(ids.get(i));
            if (known != null && known.status().active()) {
                try {
                    List<EnrolmentChange> changes = known.record(candidate.marks(), activity.sessionsTotal());
                    if (!changes.isEmpty()) {
                        changed.add(known);
                        changesById.put(known.id(), changes);
                    }
                    outcomes[i] = new AlreadyEnrolled(known, changes.size());
                } catch (ProblemException refused) {
                    outcomes[i] = new Refused(reasonOf(refused));
                }
            } else {
                FieldViolation badMark = badMark(candidate.marks(), activity.sessionsTotal());
                if (badMark != null) {
                    outcomes[i] = new Refused(badMark);
                } else {
                    needSeats.add(i);
                }
            }
        }

        Set<String> seated = new HashSet<>(reserveSeats(trainingEventId,
                needSeats.stream().map(ids::get).toList()).granted());
        List<AggregateStore.NewAggregate> inserts = new ArrayList<>();
        Map<String, Integer> indexOfNew = new HashMap<>();
        for (int i : needSeats) {
            Candidate candidate = candidates.get(i);
            String id = ids.get(i);
            if (!seated.contains(id)) {
                outcomes[i] = new Refused(FieldViolation.of("capacity",
                        "hoạt động đã đủ chỗ (" + event.schedule().capacity() + " người)",
                        "the activity is full (" + event.schedule().capacity() + " places)"));
                continue;
            }
            CountingFacts facts = factsOf(candidate.participant());
            Enrolment withdrawn = existing.get(id);
            if (withdrawn != null) {
                changed.add(withdrawn);
                changesById.put(id, withdrawn.reenrol(facts, enrolledOn, candidate.marks(), activity.sessionsTotal()));
                outcomes[i] = new NewlyEnrolled(withdrawn);
            } else {
                Enrolment.Enrolled enrolled = Enrolment.enrol(tenant, activity, candidate.participant().id(), facts,
                        enrolledOn, candidate.marks());
                inserts.add(new AggregateStore.NewAggregate(enrolled.enrolment(), id,
                        EnrolmentEvents.of(enrolled.enrolment(), enrolled.changes())));
                indexOfNew.put(id, i);
                outcomes[i] = new NewlyEnrolled(enrolled.enrolment());
            }
        }
        Set<String> enrolledMeanwhile = store.insertAll(inserts);
        if (!enrolledMeanwhile.isEmpty()) {
            // the same person was enrolled by a concurrent request: theirs stands, ours is not written
            Map<String, Enrolment> theirs = findAll(new ArrayList<>(enrolledMeanwhile));
            enrolledMeanwhile.forEach(id -> outcomes[indexOfNew.get(id)] = new AlreadyEnrolled(theirs.get(id), 0));
        }
        for (Enrolment enrolment : changed) {
            try {
                store.update(enrolment, enrolment.id(), enrolment.version(),
                        EnrolmentEvents.of(enrolment, changesById.get(enrolment.id())));
            } catch (StaleAggregate raced) {
                int i = ids.indexOf(enrolment.id());
                outcomes[i] = new Refused(FieldViolation.of("participantId",
                        "học viên vừa được cập nhật bởi thao tác khác; hãy thử lại",
                        "the enrolment was changed at the same moment; try again"));
            }
        }
        return List.of(outcomes);
    }

    /** Records presence per session for one enrolment; only changes are stored and announced. */
    public Enrolment recordAttendance(String enrolmentId, List<SessionMark> marks) {
        Enrolment enrolment = get(enrolmentId);
        TrainingEvent event = loadEvent(enrolment.trainingEventId());
        event.requireOpenForEnrolment();
        List<EnrolmentChange> changes = enrolment.record(marks, event.sessionCount());
        if (!changes.isEmpty()) {
            store.update(enrolment, enrolment.id(), enrolment.version(), EnrolmentEvents.of(enrolment, changes));
        }
        return get(enrolmentId);
    }

    /** One person-turn: completes the enrolment if the attendance rule is met; gives a certificate number. */
    public Enrolment complete(String enrolmentId, String certificateNumber) {
        Enrolment enrolment = get(enrolmentId);
        TrainingEvent event = loadEvent(enrolment.trainingEventId());
        event.requireCompletionAllowed(properties.today(clock));
        if (enrolment.status() == EnrolmentStatus.COMPLETED) {
            return enrolment;
        }
        enrolment.requireCompletable(event.sessionsRequired(), event.sessionCount());
        String number = certificateNumber != null ? certificateNumber
                : certificates.allocate(event.schedule().endDate().getYear(), 1).get(0);
        List<EnrolmentChange> changes = enrolment.complete(event.schedule().endDate(), event.sessionsRequired(),
                event.sessionCount(), number);
        store.update(enrolment, enrolment.id(), enrolment.version(), EnrolmentEvents.of(enrolment, changes));
        return get(enrolmentId);
    }

    /**
     * Completes every enrolled participant of the activity who meets the attendance rule (each gets a certificate
     * number); the others stay enrolled and are listed.
     */
    public Completions completeAll(String trainingEventId) {
        TrainingEvent event = loadEvent(trainingEventId);
        event.requireCompletionAllowed(properties.today(clock));
        List<Enrolment> enrolled = store.list(Enrolment.class, Criteria.where("trainingEventId").is(trainingEventId)
                .and("status").is(EnrolmentStatus.ENROLLED), Sort.by("_id"), 0, Integer.MAX_VALUE);
        List<Enrolment> eligible = enrolled.stream().filter(e -> e.meetsAttendance(event.sessionsRequired())).toList();
        List<String> numbers = certificates.allocate(event.schedule().endDate().getYear(), eligible.size());
        int completed = 0;
        for (int i = 0; i < eligible.size(); i++) {
            Enrolment enrolment = eligible.get(i);
            List<EnrolmentChange> changes = enrolment.complete(event.schedule().endDate(), event.sessionsRequired(),
                    event.sessionCount(), numbers.get(i));
            try {
                store.update(enrolment, enrolment.id(), enrolment.version(), EnrolmentEvents.of(enrolment, changes));
                completed++;
            } catch (StaleAggregate raced) {
                // changed meanwhile (withdrawn, or completed by another officer): left as it now is
            }
        }
        List<NotCompleted> notCompleted = enrolled.stream().filter(e -> !e.meetsAttendance(event.sessionsRequired()))
                .map(e -> new NotCompleted(e.id(), e.participantId(), e.sessionsAttended())).toList();
        return new Completions(completed, event.sessionsRequired(), event.sessionCount(), notCompleted);
    }

    /**
     * Result of completing an activity's participants.
     *
     * @param completed        completions recorded now
     * @param sessionsRequired sessions a participant had to attend
     * @param sessionsTotal    sessions of the activity
     * @param notCompleted     enrolled participants below the rule
     */
    public record Completions(int completed, int sessionsRequired, int sessionsTotal, List<NotCompleted> notCompleted) {
    }

    /** An enrolled participant who did not attend enough sessions. */
    public record NotCompleted(String enrolmentId, String participantId, int sessionsAttended) {
    }

    /** Cancels an enrolment (or revokes a completion recorded in error) and frees its seat. */
    public Enrolment withdraw(String enrolmentId, String reason) {
        Enrolment enrolment = get(enrolmentId);
        TrainingEvent event = loadEvent(enrolment.trainingEventId());
        event.requireOpenForEnrolment();
        List<EnrolmentChange> changes = enrolment.withdraw(properties.today(clock), reason);
        if (!changes.isEmpty()) {
            store.update(enrolment, enrolment.id(), enrolment.version(), EnrolmentEvents.of(enrolment, changes));
        }
        // a crash before this write leaves the seat held by a withdrawn enrolment; the healer frees it later
        releaseSeat(enrolment.trainingEventId(), enrolmentId);
        return get(enrolmentId);
    }

    public Enrolment get(String enrolmentId) {
        return store.find(Enrolment.class, enrolmentId)
                .orElseThrow(() -> new NotFound("ghi danh", "enrolment", enrolmentId));
    }

    public List<Enrolment> ofActivity(String trainingEventId, EnrolmentStatus status, int page, int size) {
        return store.list(Enrolment.class, activityCriteria(trainingEventId, status), Sort.by("enrolledOn").and(Sort.by("_id")),
                page * size, size);
    }

    public long countOfActivity(String trainingEventId, EnrolmentStatus status) {
        return store.count(Enrolment.class, activityCriteria(trainingEventId, status));
    }

    private static Criteria activityCriteria(String trainingEventId, EnrolmentStatus status) {
        Criteria criteria = Criteria.where("trainingEventId").is(trainingEventId);
        return status == null ? criteria : criteria.and("status").is(status);
    }

    /**
     * Takes the seats in one version-guarded write, retrying when another write got there first. If seats are
     * short, first frees seats held too long by enrolments that never became (or no longer are) active.
     */
    private SeatReservation reserveSeats(String trainingEventId, List<String> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return new SeatReservation(List.of(), List.of());
        }
        for (int attempt = 1; ; attempt++) {
            TrainingEvent event = loadEvent(trainingEventId);
            Instant now = clock.instant();
            int newSeats = (int) enrolmentIds.stream().filter(id -> !event.holdsSeat(id)).count();
            if (event.seatsTaken() + newSeats > event.schedule().capacity()) {
                heal(event, now, new HashSet<>(enrolmentIds));
            }
            SeatReservation reservation = event.reserveSeats(enrolmentIds, now);
            try {
                store.update(event, event.id(), event.version(), List.of());
                return reservation;
            } catch (StaleAggregate raced) {
                if (attempt == MAX_RETRIES) {
                    throw raced;
                }
            }
        }
    }

    /** Frees seats taken before the timeout whose enrolment is missing or not active. */
    private void heal(TrainingEvent event, Instant now, Set<String> beingReserved) {
        List<String> suspects = event.seatsTakenBefore(now.minus(properties.seatHoldTimeout())).stream()
                .filter(id -> !beingReserved.contains(id)).toList();
        if (suspects.isEmpty()) {
            return;
        }
        Map<String, Enrolment> enrolments = findAll(suspects);
        event.releaseSeats(suspects.stream()
                .filter(id -> !enrolments.containsKey(id) || !enrolments.get(id).status().active()).toList());
    }

    private void releaseSeat(String trainingEventId, String enrolmentId) {
        for (int attempt = 1; attempt <= MAX_RETRIES; attempt++) {
            TrainingEvent event = loadEvent(trainingEventId);
            if (!event.releaseSeats(List.of(enrolmentId))) {
                return;
            }
            try {
                store.update(event, event.id(), event.version(), List.of());
                return;
            } catch (StaleAggregate raced) {
                // try again on the newer version
            }
        }
    }

    private Map<String, Enrolment> findAll(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return store.findAll(Enrolment.class, ids).stream()
                .collect(Collectors.toMap(Enrolment::id, Function.identity()));
    }

    private TrainingEvent loadEvent(String trainingEventId) {
        return store.find(TrainingEvent.class, trainingEventId)
                .orElseThrow(() -> new NotFound("hoạt động", "training event", trainingEventId));
    }

    private static Enrolment.Activity activityOf(TrainingEvent event) {
        return new Enrolment.Activity(event.id(), event.planId(), event.targetLineId(), event.activityKind(),
                event.sessionCount());
    }

    private static CountingFacts factsOf(Participant participant) {
        ParticipantDetails d = participant.details();
        return new CountingFacts(participant.personKey(), d.gender(), participant.ethnicMinority(), d.targetGroup(),
                d.level(), d.unitCode());
    }

    private static FieldViolation badMark(List<SessionMark> marks, int sessionsTotal) {
        return marks.stream().filter(m -> m.session() < 1 || m.session() > sessionsTotal).findFirst()
                .map(m -> FieldViolation.of("sessions", "buổi " + m.session() + " không có (hoạt động có "
                        + sessionsTotal + " buổi)", "session " + m.session() + " does not exist (the activity has "
                        + sessionsTotal + ")"))
                .orElse(null);
    }

    private static FieldViolation reasonOf(ProblemException problem) {
        return problem.violations().isEmpty()
                ? FieldViolation.of("participantId", problem.detailVi(), problem.detailEn())
                : problem.violations().get(0);
    }
}
