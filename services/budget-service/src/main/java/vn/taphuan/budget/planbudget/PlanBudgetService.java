package vn.taphuan.budget.planbudget;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.taphuan.budget.BudgetProperties;
import vn.taphuan.kit.periodlock.PeriodLocks;
import vn.taphuan.kit.problem.Forbidden;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.security.CurrentUser;
import vn.taphuan.kit.security.Role;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.Decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Application service of plan budgets: applies the province's finance commands to the {@link PlanBudget} aggregate,
 * and stores its state with its events in one write; the facts heard from plan- and enrolment-service are applied by
 * {@link BudgetFacts}, a consumer batch at a time.
 * <p>
 * Commands from people may name the version they read ({@code If-Match}) and then fail with 412 when it is stale (the
 * kit's one command path, {@link AggregateStore#execute}).
 */
@Service
public class PlanBudgetService {

    private final AggregateStore store;
    private final PersonTurns personTurns;
    private final ActivityProgressFacts progress;
    private final BudgetProperties properties;
    private final MeterRegistry meters;
    private final PeriodLocks locks;

    PlanBudgetService(AggregateStore store, PersonTurns personTurns, ActivityProgressFacts progress,
                      BudgetProperties properties, MeterRegistry meters, PeriodLocks locks) {
        this.store = store;
        this.progress = progress;
        this.locks = locks;
        this.personTurns = personTurns;
        this.properties = properties;
        this.meters = meters;
        // a plan's budget holds every activity's commitments and payments (hundreds of kilobytes in a large plan), and
        // each payment or settlement changes one of them: started from what this process last wrote, not read again
        store.keepInMemory(PlanBudget.class);
    }

    // ---------------------------------------------------------------- the province's finance work

    /** Records an allocation decision's amount for a line and source ({@code allocationId} null: a new id). */
    public Stored allocate(String planId, Long expectedVersion, Allocation allocation) {
        Allocation withId = allocation.allocationId() != null ? allocation
                : new Allocation("al-" + shortId(), allocation.targetLineId(), allocation.source(),
                allocation.amountVnd(), allocation.decisionNumber(), allocation.decisionDate());
        return command(planId, expectedVersion, budget -> {
            requireOpen(budget, withId.decisionDate(), "decisionDate");
            return budget.allocate(withId);
        }).withSubject(withId.allocationId());
    }

    /**
     * Records a payment. Spending beyond the allocation of its line and source is refused unless a province
     * administrator gives the reason to allow it; the reason travels in the event and the audit trail.
     */
    public Stored spend(String planId, Long expectedVersion, SpendingOrder order) {
        boolean overriding = order.overrideReason() != null && !order.overrideReason().isBlank();
        if (overriding && CurrentUser.get().map(user -> !user.has(Role.PROVINCE_ADMIN)).orElse(true)) {
            throw new Forbidden("override-not-allowed", new PlanBudgetRefusal.OverrideNotAllowed());
        }
        SpendingOrder withId = order.expenditureId() != null ? order
                : new SpendingOrder("ex-" + shortId(), order.targetLineId(), order.trainingEventId(), order.source(),
                order.amountVnd(), order.documentNumber(), order.spentOn(), order.overrideReason());
        try {
            return command(planId, expectedVersion, budget -> {
                requireOpen(budget, withId.spentOn(), "spentOn");
                return budget.spend(withId, properties.closingDays());
            }).withSubject(withId.expenditureId());
        } catch (Refused refused) {
            if (refused.reason() instanceof PlanBudgetRefusal.Overspending) {
                meters.counter("budget.overspending.refused").increment();
            }
            throw refused;
        }
    }

    /** Settles an activity: its spending per source is final and the rest of its commitment is released. */
    public Stored settle(String planId, String trainingEventId, Long expectedVersion, String documentNumber,
                         LocalDate settledOn) {
        return command(planId, expectedVersion, budget -> {
            requireOpen(budget, settledOn, "settledOn");
            return budget.settle(trainingEventId, "st-" + trainingEventId, documentNumber, settledOn,
                    properties.closingDays());
        }).withSubject(trainingEventId);
    }

    /**
     * Money is dated by its document: an allocation by its decision, a payment by the day it was paid, a settlement
     * by the day it was settled; none is written into a period whose report the province approved (409
     * {@code period-locked}, naming the period and its approver) until the approver reopens it.
     */
    private void requireOpen(PlanBudget budget, LocalDate dated, String field) {
        budget.plan().ifPresent(plan -> locks.requireOpen(plan.programmeCode(), dated, field));
    }

    // ---------------------------------------------------------------- reading

    public Stored get(String planId) {
        PlanBudget budget = store.find(PlanBudget.class, planId).orElseThrow(() -> notFound(planId));
        return new Stored(budget, budget.version(), false, null);
    }

    /** The budget with its figures, person-turns included. */
    public Figures figures(String planId) {
        Stored stored = get(planId);
        return new Figures(stored, BudgetFigures.of(stored.budget(), personTurns.byLine(planId)),
                personTurns.byActivity(planId));
    }

    public Map<String, Long> personTurnsByActivity(String planId) {
        return personTurns.byActivity(planId);
    }

    /** Whether each of the budget's activities was held or closed (kept beside the budget). */
    public Map<String, ActivityProgress> progress(PlanBudget budget) {
        return progress.of(budget);
    }

    /** As {@link #progress(PlanBudget)}, for one of its activities (none when the budget has no such activity). */
    public ActivityProgress progress(PlanBudget budget, String trainingEventId) {
        return progress.of(budget, List.of(trainingEventId)).getOrDefault(trainingEventId, ActivityProgress.none());
    }

    public List<PlanBudget> list(BudgetStatus status, int page, int size) {
        return store.list(PlanBudget.class, criteria(status), Sort.by(Sort.Direction.DESC, "plan.periodStart")
                .and(Sort.by("_id")), page * size, size);
    }

    public long count(BudgetStatus status) {
        return store.count(PlanBudget.class, criteria(status));
    }

    private static Criteria criteria(BudgetStatus status) {
        if (status == null) {
            return new Criteria();
        }
        return switch (status) {
            case AWAITING_PLAN -> Criteria.where("plan").is(null);
            case OPEN -> Criteria.where("plan").ne(null).and("closedOn").is(null);
            case CLOSED -> Criteria.where("plan").ne(null).and("closedOn").ne(null);
        };
    }

    // ---------------------------------------------------------------- internals

    private Stored command(String planId, Long expectedVersion, Function<PlanBudget, List<BudgetEvent>> command) {
        AggregateStore.Executed<PlanBudget, List<BudgetEvent>> done = store.execute(PlanBudget.class, planId,
                expectedVersion, () -> {
                    throw notFound(planId);
                }, budget -> decided(planId, command.apply(budget)));
        if (done.written()) {
            counted(meters, done.result());
        }
        return new Stored(done.aggregate(), done.version(), done.written(), null);
    }

    /** Nothing to write when the budget caused no event; the events are counted once written. */
    private Decision<List<BudgetEvent>> decided(String planId, List<BudgetEvent> events) {
        if (events.isEmpty()) {
            return Decision.unchanged();
        }
        return Decision.write(BudgetContracts.of(planId, events), events);
    }

    /** Counts the events of a written change in the service's metrics. */
    static void counted(MeterRegistry meters, List<BudgetEvent> events) {
        for (BudgetEvent event : events) {
            if (event instanceof BudgetEvent.Allocated) {
                meters.counter("budget.allocations.recorded").increment();
            } else if (event instanceof BudgetEvent.Committed) {
                meters.counter("budget.commitments.made").increment();
            } else if (event instanceof BudgetEvent.Released released) {
                meters.counter("budget.commitments.released", "reason", released.reason().name()).increment();
            } else if (event instanceof BudgetEvent.Spent spent) {
                meters.counter("budget.expenditures.recorded", "override",
                        String.valueOf(spent.expenditure().overrideReason() != null)).increment();
            } else if (event instanceof BudgetEvent.Settled) {
                meters.counter("budget.settlements.recorded").increment();
            }
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static Refused notFound(String planId) {
        return Refused.notFound(new PlanBudgetRefusal.NoSuchBudget(planId));
    }

    /**
     * A budget with the version it was stored at.
     *
     * @param budget  the aggregate
     * @param version its version
     * @param changed false when the command had been carried out before (a safe retry): nothing new was stored
     * @param subject id of what the command recorded (allocation, expenditure, activity), if any
     */
    public record Stored(PlanBudget budget, long version, boolean changed, String subject) {

        Stored withSubject(String id) {
            return new Stored(budget, version, changed, id);
        }
    }

    /** A budget with its figures and the completed person-turns per activity. */
    public record Figures(Stored stored, BudgetFigures figures, Map<String, Long> personTurnsByActivity) {
    }
}
