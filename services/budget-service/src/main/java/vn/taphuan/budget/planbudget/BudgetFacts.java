package vn.taphuan.budget.planbudget;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import vn.taphuan.budget.norms.ActivityKind;
import vn.taphuan.budget.norms.CostNormsService;
import vn.taphuan.budget.norms.NormSchedule;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.tenant.TenantContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Applies the facts heard from plan- and enrolment-service to the plan budgets a consumer batch at a time: per province,
 * the budgets the batch names are read in one query, every fact of a plan is applied to its budget in the order heard,
 * and the changed budgets are written in one bulk write (each version-guarded, with its events, as one
 * {@link AggregateStore#update} would). A budget grows with its plan's activities, so reading and rewriting it once per
 * batch rather than once per event is what keeps the store's work per person-turn flat.
 * <p>
 * Nothing is weakened: each fact is kept by its version in {@link PlanBudget}, so the outcome is the same as one write
 * per event in the order heard; a budget another writer changed meanwhile is read again and all its facts applied
 * again (the kit's batch command path, {@link AggregateStore#changeAll}). A fact
 * that fails (a commitment beyond the bound, a plan of another province) is reported with its event, after the facts
 * heard before it were written, so that event alone is retried or dead-lettered.
 */
@Component
public class BudgetFacts {

    private final AggregateStore store;
    private final CostNormsService norms;
    private final MeterRegistry meters;

    BudgetFacts(AggregateStore store, CostNormsService norms, MeterRegistry meters) {
        this.store = store;
        this.norms = norms;
        this.meters = meters;
    }

    /** What a fact does to a budget; the province's norms are read once per batch, when a fact needs them. */
    @FunctionalInterface
    interface Change {
        List<BudgetEvent> apply(PlanBudget budget, Supplier<NormSchedule> norms);
    }

    /**
     * A fact as heard, ready to apply.
     *
     * @param eventId  the event that told it
     * @param tenantId its province
     * @param planId   the budget it changes
     * @param change   what it does to the budget
     */
    public record Heard(String eventId, String tenantId, String planId, Change change) {
    }

    // ---------------------------------------------------------------- the facts

    /** A plan was approved or amended: its terms (if newer) become the budget's, waiting activities are committed. */
    public Heard planRecorded(EventEnvelope<?> event, String planId, PlanTerms terms) {
        return heard(event, planId, (budget, norms) -> budget.recordPlan(terms, norms.get()));
    }

    public Heard planClosed(EventEnvelope<?> event, String planId, LocalDate closedOn) {
        return heard(event, planId, (budget, norms) -> budget.closePlan(closedOn));
    }

    /** An activity was scheduled or rescheduled: its cost by the norms is committed (or re-estimated). */
    public Heard activityScheduled(EventEnvelope<?> event, String planId, ScheduleFacts facts) {
        return heard(event, planId, (budget, norms) -> budget.schedule(facts, event.aggregateVersion(), norms.get()));
    }

    /** An activity was cancelled: what is left of its commitment is released (now, or once it is committed). */
    public Heard activityCancelled(EventEnvelope<?> event, String planId, String trainingEventId, String targetLineId,
                                   ActivityKind kind, LocalDate cancelledOn, String reason) {
        return heard(event, planId, (budget, norms) -> budget.cancel(trainingEventId, targetLineId, kind, cancelledOn,
                reason, event.aggregateVersion()));
    }

    private static Heard heard(EventEnvelope<?> event, String planId, Change change) {
        return new Heard(event.eventId(), event.tenantId(), planId, change);
    }

    // ---------------------------------------------------------------- applying a batch

    /** A fact with its place in the batch. */
    private record Placed(int position, Heard heard) {
    }

    /** The first fact of a batch that failed. */
    private record Failure(int position, String eventId, RuntimeException cause) {

        Failure earliest(Failure other) {
            return other == null || position <= other.position() ? this : other;
        }
    }

    /**
     * Applies the facts of a batch, of any provinces, in the order heard.
     *
     * @throws EventConsumers.FailedEvent naming the first fact that failed, once every fact before it was written
     */
    public void apply(List<Heard> facts) {
        Map<String, List<Placed>> byTenant = new LinkedHashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            byTenant.computeIfAbsent(facts.get(i).tenantId(), t -> new ArrayList<>()).add(new Placed(i, facts.get(i)));
        }
        Failure first = null;
        for (Map.Entry<String, List<Placed>> tenant : byTenant.entrySet()) {
            try (TenantContext.Scope ignored = TenantContext.open(tenant.getKey())) {
                Failure failure = applyInTenant(tenant.getKey(), tenant.getValue());
                if (failure != null) {
                    first = failure.earliest(first);
                }
            }
        }
        if (first != null) {
            throw new EventConsumers.FailedEvent(first.eventId(), first.cause());
        }
    }

    /** What the facts of one plan made of its budget. */
    private record Decided(PlanBudget budget, long storedVersion, boolean stored, List<BudgetEvent> events,
                           Failure failure) {
    }

    private Failure applyInTenant(String tenant, List<Placed> facts) {
        Map<String, List<Placed>> byPlan = new LinkedHashMap<>();
        facts.forEach(fact -> byPlan.computeIfAbsent(fact.heard().planId(), p -> new ArrayList<>()).add(fact));
        NormsOnce schedule = new NormsOnce();
        // the budgets this process wrote last come from memory; one another process wrote since is read again
        AggregateStore.ChangedAll<Decided> done = store.changeAll(PlanBudget.class, byPlan.keySet(), Map.of(),
                (planId, budget) -> {
                    Decided decided = decide(tenant, planId, budget, byPlan.get(planId), schedule);
                    return decided.events().isEmpty() ? AggregateStore.Outcome.unchanged(decided)
                            : new AggregateStore.Outcome<>(decided.budget(), decided.stored() ? decided.storedVersion() : 0,
                            BudgetContracts.of(planId, decided.events()), decided);
                });
        Failure first = null;
        for (Decided decided : done.results().values()) {
            PlanBudgetService.counted(meters, decided.events());
            if (decided.failure() != null) {
                first = decided.failure().earliest(first);
            }
        }
        for (String planId : done.foreign()) {
            Placed culprit = byPlan.get(planId).get(0);
            first = new Failure(culprit.position(), culprit.heard().eventId(), new EventConsumers.RejectedEvent("event "
                    + culprit.heard().eventId() + " of tenant " + tenant + " names PlanBudget " + planId
                    + ", which belongs to another tenant")).earliest(first);
        }
        return first;
    }

    /**
     * Applies a plan's facts in order to its budget as stored ({@code budget} null: none yet), stopping at the first
     * that fails; the facts before it are then applied again to the budget read afresh, since the failed one may
     * have changed it half-way.
     */
    private Decided decide(String tenant, String planId, PlanBudget budget, List<Placed> facts, NormsOnce schedule) {
        PlanBudget working = budget != null ? budget : PlanBudget.awaitingPlan(planId, tenant);
        long version = budget != null ? budget.version() : 0;
        List<BudgetEvent> events = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            Heard heard = facts.get(i).heard();
            try {
                events.addAll(heard.change().apply(working, schedule));
            } catch (RuntimeException e) {
                Failure failure = new Failure(facts.get(i).position(), heard.eventId(), e);
                if (i == 0) {
                    return new Decided(working, version, budget != null, List.of(), failure);
                }
                Decided before = decide(tenant, planId, store.find(PlanBudget.class, planId).orElse(null),
                        facts.subList(0, i), schedule);
                return new Decided(before.budget(), before.storedVersion(), before.stored(), before.events(),
                        failure.earliest(before.failure()));
            }
        }
        return new Decided(working, version, budget != null, events, null);
    }

    /** The current province's norms, read when a fact first needs them and kept for the rest of the batch. */
    private final class NormsOnce implements Supplier<NormSchedule> {
        private NormSchedule read;

        @Override
        public NormSchedule get() {
            if (read == null) {
                read = norms.schedule();
            }
            return read;
        }
    }
}
