package vn.taphuan.plan.plan;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.security.CurrentUser;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.Decision;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.plan.programme.Programme;
import vn.taphuan.plan.programme.ProgrammeCatalog;
import vn.taphuan.plan.unit.AdministrativeUnit;
import vn.taphuan.plan.unit.UnitDefinition;
import vn.taphuan.plan.unit.UnitRegistry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Application service of plans: loads a plan of the current province, runs the aggregate's command, and stores the
 * new state with the events it caused in one write (the relay then publishes them to {@code plan.events.v1}).
 * Every write names the version the caller read; a stale one is refused (409). Facts from events apply to the latest
 * state, read again when an officer's write got in between (the kit's one command path, {@link AggregateStore#execute}).
 */
@Service
public class PlanService {

    private static final Logger log = LoggerFactory.getLogger(PlanService.class);

    private final AggregateStore store;
    private final ProgrammeCatalog programmes;
    private final UnitRegistry units;
    private final KnownTenants tenants;
    private final MeterRegistry meters;

    PlanService(AggregateStore store, ProgrammeCatalog programmes, UnitRegistry units, KnownTenants tenants,
                MeterRegistry meters) {
        this.store = store;
        this.programmes = programmes;
        this.units = units;
        this.tenants = tenants;
        this.meters = meters;
    }

    /** Saves a new draft plan for the current province. */
    public Plan draft(PlanContent content) {
        return draft(UUID.randomUUID().toString(), content, null);
    }

    /** Saves a new draft under a given id (an import's confirmation, which must never create two plans). */
    public Plan draft(String planId, PlanContent content, String importId) {
        Plan plan = Plan.draft(planId, TenantContext.require(), content, references(), importId);
        store.insert(plan, plan.id(), List.of());
        return get(plan.id());
    }

    public Plan revise(String planId, long expectedVersion, PlanContent content) {
        return change(planId, expectedVersion, plan -> plan.revise(content, references()));
    }

    public Plan submit(String planId, long expectedVersion) {
        return command(planId, expectedVersion, plan -> plan.submit(references()));
    }

    public Plan reject(String planId, long expectedVersion, String reason) {
        return command(planId, expectedVersion, plan -> plan.reject(reason));
    }

    public Plan approve(String planId, long expectedVersion, LocalDate on) {
        return command(planId, expectedVersion, plan -> plan.approve(on, programmeOf(plan), approvedPlans(), actor()));
    }

    /** Plans of the current province approved so far, in force or closed. */
    private long approvedPlans() {
        return store.count(Plan.class, Criteria.where("status")
                .in(PlanStatus.APPROVED, PlanStatus.IN_PROGRESS, PlanStatus.CLOSED));
    }

    /** The officer's explicit "we have started": approved → in progress. */
    public Plan start(String planId, long expectedVersion, LocalDate on) {
        return change(planId, expectedVersion, plan -> plan.start(on));
    }

    /**
     * An activity was scheduled under the plan (from {@code enrolment.events.v1}): an approved plan is now in
     * progress. Idempotent, and run again on the newer state when it races with an officer's write.
     */
    public void startOnActivityScheduled(String planId, LocalDate on) {
        AggregateStore.Executed<Plan, Void> done = store.execute(Plan.class, planId, null, () -> null, plan -> {
            if (plan.status() != PlanStatus.APPROVED) {
                // already in progress or closed: nothing to do; a draft cannot have activities
                return Decision.unchanged();
            }
            plan.start(on);
            return Decision.write(List.of());
        });
        if (done.aggregate() == null) {
            log.warn("activity scheduled under unknown plan {} of tenant {}; ignored", planId, TenantContext.require());
        }
    }

    public Plan amend(String planId, long expectedVersion, PlanContent content, String reason, LocalDate on,
                      String amendmentDocumentNumber) {
        return command(planId, expectedVersion, plan -> plan.amend(content, reason, on, amendmentDocumentNumber,
                references(), programmeOf(plan), actor()));
    }

    public Plan close(String planId, long expectedVersion, LocalDate on, String reason) {
        return command(planId, expectedVersion, plan -> plan.close(on, reason));
    }

    /** Closes the plan out for its phase's final review (see {@link Plan#closeOut}). */
    public Plan closeOut(String planId, long expectedVersion, LocalDate on, LocalDate today, java.time.Instant now,
                         String remarks) {
        return command(planId, expectedVersion, plan -> plan.closeOut(on, today, now, remarks, programmeOf(plan)));
    }

    public Plan get(String planId) {
        return store.find(Plan.class, planId).orElseThrow(() -> notFound(planId));
    }

    public Optional<Plan> find(String planId) {
        return store.find(Plan.class, planId);
    }

    /** Filters of the plan list; null means "any". */
    public record Filter(String programmeCode, Integer year, PlanStatus status, String unitCode, String documentNumber) {
    }

    public record Page(List<Plan> items, long total) {
    }

    public Page list(Filter filter, int page, int size) {
        Criteria criteria = new Criteria();
        if (filter.programmeCode() != null) {
            criteria = criteria.and("content.programmeCode").is(filter.programmeCode());
        }
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status());
        }
        if (filter.documentNumber() != null) {
            criteria = criteria.and("content.documentNumber").is(filter.documentNumber());
        }
        if (filter.year() != null) {
            criteria = criteria.and("content.periodStart").lte(LocalDate.of(filter.year(), 12, 31))
                    .and("content.periodEnd").gte(LocalDate.of(filter.year(), 1, 1));
        }
        if (filter.unitCode() != null) {
            criteria = criteria.orOperator(Criteria.where("content.scope.unitCode").is(filter.unitCode()),
                    Criteria.where("content.targetLines.unitCodes").is(filter.unitCode()));
        }
        Sort sort = Sort.by(Sort.Direction.DESC, "content.periodStart").and(Sort.by("_id"));
        return new Page(store.list(Plan.class, criteria, sort, page * size, size), store.count(Plan.class, criteria));
    }

    private Plan command(String planId, long expectedVersion, java.util.function.Function<Plan, List<PlanEvent>> command) {
        AggregateStore.Executed<Plan, List<PlanEvent>> done = store.execute(Plan.class, planId, expectedVersion, () -> {
            throw notFound(planId);
        }, plan -> {
            List<PlanEvent> events = command.apply(plan);
            return Decision.write(events.stream().map(PlanContracts::of).toList(), events);
        });
        done.result().forEach(this::count);
        return get(planId);
    }

    /** plan.plans.approved / .amended / .closed / .closed_out, per province. */
    private void count(PlanEvent event) {
        String what = event instanceof PlanEvent.Approved ? "approved" : event instanceof PlanEvent.Amended ? "amended"
                : event instanceof PlanEvent.ClosedOut ? "closed_out" : "closed";
        meters.counter("plan.plans." + what, "tenant", TenantContext.require()).increment();
    }

    private Plan change(String planId, long expectedVersion, Consumer<Plan> change) {
        return command(planId, expectedVersion, plan -> {
            change.accept(plan);
            return List.of();
        });
    }

    private Programme programmeOf(Plan plan) {
        return programmes.get(plan.content().programmeCode());
    }

    /** The reference data the plan is checked against, read once per command. */
    private PlanReferences references() {
        String tenant = TenantContext.require();
        Set<String> provinces = new LinkedHashSet<>();
        provinces.add(tenant);
        tenants.find(tenant).ifPresent(known -> provinces.addAll(known.predecessorTenantIds()));
        Map<String, Optional<UnitDefinition>> unitCache = new HashMap<>();
        Map<String, Optional<Programme>> programmeCache = new HashMap<>();
        return new PlanReferences() {
            @Override
            public Optional<Programme> programme(String code) {
                return code == null ? Optional.empty() : programmeCache.computeIfAbsent(code, programmes::find);
            }

            @Override
            public Optional<UnitDefinition> unit(String code) {
                return unitCache.computeIfAbsent(code, c -> units.find(c).map(AdministrativeUnit::definition));
            }

            @Override
            public Set<String> provinces() {
                return provinces;
            }
        };
    }

    private static String actor() {
        return CurrentUser.get().map(CurrentUser::userId).orElse("system");
    }

    private static Refused notFound(String planId) {
        return Refused.notFound(new PlanRefusal.PlanNotFound(Objects.requireNonNull(planId)));
    }
}
