package vn.taphuan.enrolment.trainingevent;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.taphuan.contracts.enrolment.v1.TrainingEventCancelled;
import vn.taphuan.contracts.enrolment.v1.TrainingEventClosed;
import vn.taphuan.contracts.enrolment.v1.TrainingEventHeld;
import vn.taphuan.contracts.enrolment.v1.TrainingEventRescheduled;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.enrolment.EnrolmentProperties;
import vn.taphuan.enrolment.enrolment.EnrolmentCounts;
import vn.taphuan.enrolment.participant.ParticipantForm;
import vn.taphuan.enrolment.planline.PlanLine;
import vn.taphuan.enrolment.planline.PlanReplica;
import vn.taphuan.enrolment.reference.AdministrativeUnits;
import vn.taphuan.kit.periodlock.PeriodLocks;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.Decision;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.kit.web.IdempotencyKeys;
import org.springframework.dao.DuplicateKeyException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Schedules training events under the target lines of approved plans (from the local plan replica — never a call
 * to plan-service) and walks them through their lifecycle; each change is stored with its event in one write.
 */
@Service
public class TrainingEventService {

    private final AggregateStore store;
    private final PlanReplica plans;
    private final AdministrativeUnits units;
    private final EnrolmentCounts counts;
    private final EnrolmentProperties properties;
    private final PeriodLocks locks;
    private final Clock clock;

    TrainingEventService(AggregateStore store, PlanReplica plans, AdministrativeUnits units, EnrolmentCounts counts,
                         EnrolmentProperties properties, PeriodLocks locks, Clock clock) {
        this.store = store;
        this.plans = plans;
        this.units = units;
        this.counts = counts;
        this.properties = properties;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * Schedules an activity under an open plan's target line, in a unit of the province valid on its dates,
     * following the programme's rules.
     */
    /**
     * Schedules an activity. With an idempotency key (see {@link IdempotencyKeys}) the activity's id comes from it:
     * sent again, the request finds the activity it scheduled — as it stands now — and schedules nothing more.
     */
    public Stored schedule(String planId, String targetLineId, Schedule schedule, String idempotencyKey) {
        String id = IdempotencyKeys.newId("training-event", idempotencyKey);
        if (idempotencyKey != null) {
            Optional<Stored> earlier = scheduledBefore(id, planId, targetLineId);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        PlanLine line = plans.requireOpen(planId, targetLineId);
        requireUnit(line, schedule);
        requireDaysOpen(line.programmeCode(), schedule, true);
        TrainingEvent event = TrainingEvent.schedule(id, TenantContext.require(), line, schedule);
        try {
            long version = store.insert(event, event.id(), List.of(scheduled(event)));
            return new Stored(event, version);
        } catch (DuplicateKeyException sentTwiceAtOnce) {
            // the same request, sent again while the first was being written
            return scheduledBefore(id, planId, targetLineId).orElseThrow(() -> sentTwiceAtOnce);
        }
    }

    private Optional<Stored> scheduledBefore(String id, String planId, String targetLineId) {
        return store.find(TrainingEvent.class, id).map(event -> {
            if (!event.planId().equals(planId) || !event.targetLineId().equals(targetLineId)) {
                throw IdempotencyKeys.reusedForAnotherRequest();
            }
            return new Stored(event, event.version());
        });
    }

    public Stored reschedule(String id, long expectedVersion, Schedule schedule, String reason) {
        return command(id, expectedVersion, event -> {
            PlanLine line = plans.find(event.planId(), event.targetLineId()).orElseThrow(() -> unknownTargetLine());
            requireUnit(line, schedule);
            requireDaysOpen(event.programmeCode(), event.schedule(), false);
            requireDaysOpen(event.programmeCode(), schedule, true);
            return event.reschedule(line, schedule, reason, counts.highestSessionRecorded(event));
        });
    }

    /**
     * A period's report counts an activity by its days: none may be scheduled in a locked period, nor moved into, out
     * of or across one. Checked on the first and last day and each month's first day between (a long course may span
     * a locked quarter); the fields are named only for the days the request itself sends.
     */
    private void requireDaysOpen(String programmeCode, Schedule schedule, boolean requested) {
        locks.requireOpen(programmeCode, schedule.startDate(), requested ? "startDate" : null);
        for (LocalDate month = schedule.startDate().withDayOfMonth(1).plusMonths(1);
             month.isBefore(schedule.endDate()); month = month.plusMonths(1)) {
            locks.requireOpen(programmeCode, month, null);
        }
        locks.requireOpen(programmeCode, schedule.endDate(), requested ? "endDate" : null);
    }

    /** Marks the activity as held, with the number of participants enrolled. */
    public Stored hold(String id, long expectedVersion) {
        return command(id, expectedVersion, event -> {
            int enrolled = (int) counts.ofActivity(event).enrolled();
            return event.hold(properties.today(clock), enrolled);
        });
    }

    public Stored cancel(String id, long expectedVersion, String reason) {
        return command(id, expectedVersion, event -> event.cancel(properties.today(clock), reason));
    }

    /** Closes a held activity: its attendance and completions are final. */
    public Stored close(String id, long expectedVersion) {
        return command(id, expectedVersion, event -> {
            EnrolmentCounts.ActivityCounts activity = counts.ofActivity(event);
            return event.close(properties.today(clock), (int) activity.completed(), (int) activity.enrolled());
        });
    }

    public Stored get(String id) {
        TrainingEvent event = store.find(TrainingEvent.class, id).orElseThrow(() -> notFound(id));
        return new Stored(event, event.version());
    }

    /** The activity's live participant counts, from its roster pages' tallies. */
    public EnrolmentCounts.ActivityCounts counts(TrainingEvent event) {
        return counts.ofActivity(event);
    }

    /** The activity's live participant counts and shares against its line's minimums. */
    public Shares shares(TrainingEvent event) {
        return shares(event, counts.ofActivity(event));
    }

    /** The shares of counts just read. */
    public Shares shares(TrainingEvent event, EnrolmentCounts.ActivityCounts activity) {
        PlanLine line = plans.find(event.planId(), event.targetLineId()).orElse(null);
        return Shares.of(activity.enrolled(), activity.women(), activity.ethnicMinority(), line);
    }

    /** What a participant of this activity is taken to be when a sheet or request leaves it blank. */
    public ParticipantForm.Defaults participantDefaults(TrainingEvent event) {
        PlanLine line = plans.find(event.planId(), event.targetLineId()).orElse(null);
        return new ParticipantForm.Defaults(TenantContext.require(), event.schedule().unitCode(), event.targetGroup(),
                line == null ? null : line.cadreLevel(), event.schedule().startDate(), event.schedule().endDate());
    }

    public List<TrainingEvent> list(String planId, String targetLineId, TrainingEventStatus status, int page, int size) {
        return store.list(TrainingEvent.class, criteria(planId, targetLineId, status),
                Sort.by(Sort.Direction.DESC, "schedule.startDate").and(Sort.by("_id")), page * size, size);
    }

    public long count(String planId, String targetLineId, TrainingEventStatus status) {
        return store.count(TrainingEvent.class, criteria(planId, targetLineId, status));
    }

    private static Criteria criteria(String planId, String targetLineId, TrainingEventStatus status) {
        Criteria criteria = new Criteria();
        if (planId != null) {
            criteria = criteria.and("planId").is(planId);
        }
        if (targetLineId != null) {
            criteria = criteria.and("targetLineId").is(targetLineId);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return criteria;
    }

    /** The unit must be the province's, valid on the activity's dates, and within the line's units if it names any. */
    private void requireUnit(PlanLine line, Schedule schedule) {
        String tenant = TenantContext.require();
        List<Violation> violations = new ArrayList<>();
        units.check("unitCode", schedule.unitCode(), tenant, schedule.startDate(), schedule.endDate())
                .ifPresent(violations::add);
        if (violations.isEmpty() && !line.unitCodes().isEmpty()
                && line.unitCodes().stream().noneMatch(code -> units.within(schedule.unitCode(), code))) {
            violations.add(Violation.of("unitCode", new TrainingEventRefusal.LineRunOnlyIn(line.unitCodes())));
        }
        if (!violations.isEmpty()) {
            throw Refused.rule(new TrainingEventRefusal.UnitNotAllowed(), violations);
        }
    }

    /** Runs an officer's command on the activity as they read it ({@code expectedVersion}) and stores its events. */
    private Stored command(String id, long expectedVersion,
                           Function<TrainingEvent, List<TrainingEventChange>> command) {
        AggregateStore.Executed<TrainingEvent, Void> done = store.execute(TrainingEvent.class, id, expectedVersion,
                () -> {
                    throw notFound(id);
                }, event -> Decision.write(command.apply(event).stream().map(change -> toContract(event, change))
                        .toList()));
        return new Stored(done.aggregate(), done.version());
    }

    private static TrainingEventScheduled scheduled(TrainingEvent e) {
        Schedule s = e.schedule();
        return new TrainingEventScheduled(e.id(), e.planId(), e.targetLineId(), e.activityKind().name(),
                e.targetGroup().name(), s.title(), s.unitCode(), s.startDate().toString(), s.endDate().toString(),
                s.capacity(), s.sessions().size(), (int) s.fieldSessions(), s.trainers().isEmpty() ? null : s.trainers().size());
    }

    private static Record toContract(TrainingEvent e, TrainingEventChange change) {
        Schedule s = e.schedule();
        String kind = e.activityKind().name();
        if (change instanceof TrainingEventChange.Rescheduled rescheduled) {
            return new TrainingEventRescheduled(e.id(), e.planId(), e.targetLineId(), kind, s.unitCode(),
                    s.startDate().toString(), s.endDate().toString(), s.capacity(), s.sessions().size(),
                    (int) s.fieldSessions(), s.trainers().isEmpty() ? null : s.trainers().size(), rescheduled.reason());
        }
        if (change instanceof TrainingEventChange.Held held) {
            return new TrainingEventHeld(e.id(), e.planId(), e.targetLineId(), kind, s.unitCode(),
                    e.heldOn().toString(), held.participantCount());
        }
        if (change instanceof TrainingEventChange.Cancelled cancelled) {
            return new TrainingEventCancelled(e.id(), e.planId(), e.targetLineId(), kind, e.cancelledOn().toString(),
                    cancelled.reason());
        }
        if (change instanceof TrainingEventChange.Closed closed) {
            return new TrainingEventClosed(e.id(), e.planId(), e.targetLineId(), kind, e.closedOn().toString(),
                    closed.completedCount(), closed.enrolledCount());
        }
        return scheduled(e);
    }

    private static Refused notFound(String id) {
        return Refused.notFound(new TrainingEventRefusal.NoSuchTrainingEvent(id));
    }

    private static Refused unknownTargetLine() {
        TrainingEventRefusal.LineNoLongerInPlan reason = new TrainingEventRefusal.LineNoLongerInPlan();
        return new Refused(Refused.Kind.RULE, "unknown-target-line", reason, List.of(Violation.of("targetLineId", reason)));
    }

    /** A training event with the version it was stored at. */
    public record Stored(TrainingEvent event, long version) {
    }
}
