package vn.taphuan.plan.importing;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.plan.programme.ProgrammeRefusal.ProgrammeNotInCatalogue;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.Decision;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.plan.plan.Plan;
import vn.taphuan.plan.plan.PlanContent;
import vn.taphuan.plan.plan.PlanService;
import vn.taphuan.plan.programme.ProgrammeCatalog;
import vn.taphuan.plan.unit.UnitRegistry;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Imports plans from their text (issue 3): reads the text against the catalogue and the province's units, keeps the
 * reading for review, and on the officer's confirmation creates the draft plan from the (corrected) content.
 */
@Service
public class PlanImportService {

    /** Official plans run to a few pages; this is far beyond any of them and keeps a reading to one document. */
    static final int MAX_TEXT_CHARS = 200_000;

    private final AggregateStore store;
    private final ProgrammeCatalog programmes;
    private final UnitRegistry units;
    private final KnownTenants tenants;
    private final PlanService plans;
    private final MeterRegistry meters;
    private final PlanTextParser parser = new PlanTextParser();

    PlanImportService(AggregateStore store, ProgrammeCatalog programmes, UnitRegistry units, KnownTenants tenants,
                      PlanService plans, MeterRegistry meters) {
        this.store = store;
        this.programmes = programmes;
        this.units = units;
        this.tenants = tenants;
        this.plans = plans;
        this.meters = meters;
    }

    /** Reads {@code text} into a draft for the current province; {@code programmeHint} overrides recognition. */
    public PlanImport read(String text, String programmeHint) {
        if (text == null || text.isBlank()) {
            throw Refused.invalid("text", new ImportRefusal.EmptyPlanText());
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw Refused.invalid("text", new ImportRefusal.PlanTextTooLong(String.valueOf(MAX_TEXT_CHARS)));
        }
        if (programmeHint != null && programmes.find(programmeHint).isEmpty()) {
            throw Refused.invalid("programmeCode", new ProgrammeNotInCatalogue(programmeHint));
        }
        String tenant = TenantContext.require();
        Set<String> provinces = new LinkedHashSet<>(List.of(tenant));
        tenants.find(tenant).ifPresent(known -> provinces.addAll(known.predecessorTenantIds()));
        ParsingContext context = new ParsingContext(programmes.all(), programmeHint, units.ofProvinces(provinces).stream()
                .map(unit -> new KnownUnit(unit.code(), unit.definition())).toList());
        ParsedPlan parsed = parser.parse(text, context);
        PlanImport reading = PlanImport.of(UUID.randomUUID().toString(), tenant, text, programmeHint, parsed,
                UUID.randomUUID().toString());
        store.insert(reading, reading.id(), List.of());
        meters.counter("plan.imports.read", "tenant", tenant).increment();
        return get(reading.id());
    }

    public PlanImport get(String importId) {
        return store.find(PlanImport.class, importId).orElseThrow(() -> notFound(importId));
    }

    private static Refused notFound(String importId) {
        return Refused.notFound(new ImportRefusal.ImportNotFound(importId));
    }

    public record Page(List<PlanImport> items, long total) {
    }

    public Page list(ImportStatus status, int page, int size) {
        Criteria criteria = status == null ? new Criteria() : Criteria.where("status").is(status);
        return new Page(store.list(PlanImport.class, criteria, Sort.by(Sort.Direction.DESC, "_id"), page * size, size),
                store.count(PlanImport.class, criteria));
    }

    /**
     * Creates the draft plan from the confirmed content. Safe to repeat after a failure: the plan's id was fixed by
     * the reading, so a second attempt finds the plan instead of creating another.
     */
    public Plan confirm(String importId, long expectedVersion, PlanContent content) {
        // named version: the command runs once (never again on a newer reading), so it may create the plan
        Plan plan = store.execute(PlanImport.class, importId, expectedVersion, () -> {
            throw notFound(importId);
        }, reading -> {
            reading.requirePending();
            Plan created;
            try {
                created = plans.draft(reading.planId(), content, importId);
            } catch (DuplicateKeyException createdBefore) {
                created = plans.get(reading.planId()); // an earlier attempt stored the plan but not the confirmation
            }
            reading.confirm();
            return Decision.write(List.of(), created);
        }).result();
        meters.counter("plan.imports.confirmed", "tenant", TenantContext.require()).increment();
        return plan;
    }
}
