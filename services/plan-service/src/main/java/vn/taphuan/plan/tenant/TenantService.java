package vn.taphuan.plan.tenant;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;
import vn.taphuan.contracts.tenant.v1.TenantDisabled;
import vn.taphuan.contracts.tenant.v1.TenantOnboarded;
import vn.taphuan.kit.refusal.Reason;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.Decision;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.plan.VietnamTime;
import vn.taphuan.plan.unit.UnitLevel;
import vn.taphuan.plan.unit.UnitRegistry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Onboards provinces as tenants (issue 8): checks the province against the administrative-unit registry, creates its
 * first administrator in the identity provider, stores the tenant and announces {@code TenantOnboarded} on
 * {@code tenant.events.v1} with the new tenant as the envelope's tenant, so every service accepts its data from then
 * on. Disabling is a soft offboarding announced as {@code TenantDisabled}.
 */
@Service
public class TenantService {

    private final AggregateStore store;
    private final TenantRegistry registry;
    private final IdentityProvider identityProvider;
    private final UnitRegistry units;
    private final KnownTenants knownTenants;
    private final Clock clock;
    private final MeterRegistry meters;

    TenantService(AggregateStore store, TenantRegistry registry, IdentityProvider identityProvider, UnitRegistry units,
                  KnownTenants knownTenants, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.registry = registry;
        this.identityProvider = identityProvider;
        this.units = units;
        this.knownTenants = knownTenants;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Creates the tenant and its first administrator. The administrator is created first: if the identity provider
     * fails, nothing is stored and the call can be repeated; if storing fails after it, repeating the call finds the
     * same administrator and goes on.
     */
    public Tenant onboard(String tenantId, TenantDefinition definition, IdentityProvider.NewAdministrator administrator) {
        List<Violation> violations = new ArrayList<>(Tenant.violationsOf(tenantId, definition));
        if (violations.isEmpty()) {
            if (find(tenantId).isPresent()) {
                Reason onboarded = new TenantRefusal.AlreadyOnboarded(tenantId);
                throw new Refused(Refused.Kind.CONFLICT, "tenant-exists", onboarded,
                        List.of(Violation.of("status", onboarded)));
            }
            violations.addAll(referenceViolations(tenantId, definition));
        }
        if (!violations.isEmpty()) {
            throw Refused.invalid(violations);
        }
        Tenant.requireRoomFor(tenantId, registry.count());
        identityProvider.createProvinceAdministrator(administrator);
        Tenant tenant = Tenant.onboard(tenantId, definition, administrator.username(), VietnamTime.today(clock));
        long version = as(tenantId, () -> store.insert(tenant, tenantId, contracts(tenant.onboarded())));
        // this service accepts the tenant at once; the others learn it from the event a moment later
        knownTenants.onboard(tenantId, definition.name(), definition.provinceCode(), definition.predecessorTenantIds(),
                version);
        meters.counter("plan.tenants.onboarded").increment();
        return get(tenantId);
    }

    public Tenant disable(String tenantId, long expectedVersion, LocalDate on, String reason) {
        if (on.isAfter(VietnamTime.today(clock))) {
            throw Refused.invalid("disabledOn", new TenantRefusal.DisabledInFuture());
        }
        long version = command(tenantId, expectedVersion, tenant -> tenant.disable(on, reason)).version();
        knownTenants.disable(tenantId, on, version);
        meters.counter("plan.tenants.disabled").increment();
        return get(tenantId);
    }

    public Tenant enable(String tenantId, long expectedVersion) {
        AggregateStore.Executed<Tenant, Void> done = command(tenantId, expectedVersion, Tenant::enable);
        TenantDefinition d = done.aggregate().definition();
        knownTenants.onboard(tenantId, d.name(), d.provinceCode(), d.predecessorTenantIds(), done.version());
        return get(tenantId);
    }

    public Optional<Tenant> find(String tenantId) {
        if (!TenantContext.isValid(tenantId)) {
            return Optional.empty();
        }
        return as(tenantId, () -> store.find(Tenant.class, tenantId));
    }

    public Tenant get(String tenantId) {
        return find(tenantId).orElseThrow(() -> notFound(tenantId));
    }

    public record Page(List<Tenant> items, long total) {
    }

    /** Every tenant, for the platform administrator and the ministry (see {@link TenantRegistry}). */
    public Page list(TenantStatus status, int page, int size) {
        return registry.list(status, page, size);
    }

    private List<Violation> referenceViolations(String tenantId, TenantDefinition definition) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < definition.predecessorTenantIds().size(); i++) {
            String predecessor = definition.predecessorTenantIds().get(i);
            if (find(predecessor).isEmpty()) {
                violations.add(Violation.of("predecessorTenantIds[" + i + "]",
                        new TenantRefusal.PredecessorNotOnboarded(predecessor)));
            }
        }
        boolean inRegistry = units.ofProvinces(List.of(tenantId)).stream()
                .anyMatch(unit -> unit.definition().level() == UnitLevel.PROVINCE
                        && definition.provinceCode().equals(unit.definition().officialCode()));
        if (!inRegistry) {
            violations.add(Violation.of("provinceCode",
                    new TenantRefusal.ProvinceNotInRegistry(definition.provinceCode(), tenantId)));
        }
        return violations;
    }

    /** Runs an administrator's command on the tenant as they read it ({@code expectedVersion}), stored as that tenant. */
    private AggregateStore.Executed<Tenant, Void> command(String tenantId, long expectedVersion,
                                                          Function<Tenant, List<Tenant.Change>> command) {
        if (!TenantContext.isValid(tenantId)) {
            throw notFound(tenantId);
        }
        return as(tenantId, () -> store.execute(Tenant.class, tenantId, expectedVersion, () -> {
            throw notFound(tenantId);
        }, tenant -> Decision.write(contracts(command.apply(tenant)))));
    }

    private static Refused notFound(String tenantId) {
        return Refused.notFound(new TenantRefusal.TenantNotFound(tenantId));
    }

    /** A tenant's record is stored, audited and announced as that tenant, whoever administers it. */
    private static <T> T as(String tenantId, Supplier<T> work) {
        try (TenantContext.Scope ignored = TenantContext.open(tenantId)) {
            return work.get();
        }
    }

    private static List<Record> contracts(List<Tenant.Change> changes) {
        List<Record> events = new ArrayList<>();
        for (Tenant.Change change : changes) {
            if (change instanceof Tenant.Onboarded onboarded) {
                Tenant t = onboarded.tenant();
                TenantDefinition d = t.definition();
                events.add(new TenantOnboarded(t.id(), d.provinceCode(), d.name(), d.validFrom().toString(),
                        d.validTo() == null ? null : d.validTo().toString(), d.successorTenantId(),
                        d.predecessorTenantIds().isEmpty() ? null : d.predecessorTenantIds()));
            } else if (change instanceof Tenant.Disabled disabled) {
                events.add(new TenantDisabled(disabled.tenantId(), disabled.on().toString(), disabled.reason()));
            }
        }
        return events;
    }
}
