package vn.taphuan.kit.tenant;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.taphuan.contracts.Topics;
import vn.taphuan.kit.store.ProjectionStore;
import vn.taphuan.kit.store.RecentReads;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provinces this service knows as tenants, kept in its own database from {@code tenant.events.v1}. Requests and
 * events of a tenant that was never onboarded are refused; a disabled tenant's history stays readable, but nothing
 * that happened after it was disabled is accepted.
 * <p>
 * Read from the store (shared by a service's replicas, only one of which consumes each tenant event) through a
 * short-lived cache; {@link #allNow} reads past it, for what must not be a few seconds late.
 */
public class KnownTenants {

    static final String COLLECTION = "known_tenants";
    private static final Duration CACHE_TTL = Duration.ofSeconds(5);

    private final MongoTemplate mongo;
    private final ProjectionStore projections;
    private final RecentReads<String, Tenant> cache;
    private final RecentReads<String, List<Tenant>> everyTenant;

    public KnownTenants(MongoTemplate mongo) {
        this.mongo = mongo;
        this.projections = new ProjectionStore(mongo);
        this.cache = new RecentReads<>(CACHE_TTL);
        this.everyTenant = new RecentReads<>(CACHE_TTL);
    }

    /** A tenant as this service knows it. {@code disabledOn} is null while it is active. */
    public record Tenant(String tenantId, String name, String provinceCode, LocalDate disabledOn,
                         List<String> predecessorTenantIds) {

        public boolean activeAt(Instant instant) {
            return disabledOn == null || instant.isBefore(disabledOn.atStartOfDay().toInstant(ZoneOffset.UTC));
        }

        public boolean active() {
            return disabledOn == null;
        }
    }

    public Optional<Tenant> find(String tenantId) {
        if (Topics.NATIONAL.equals(tenantId)) {
            return Optional.of(new Tenant(Topics.NATIONAL, "Toàn quốc", null, null, List.of()));
        }
        return Optional.ofNullable(cache.get(tenantId, id -> {
            Document stored = mongo.findById(id, Document.class, COLLECTION);
            return stored == null ? null : tenant(stored);
        }));
    }

    private static Tenant tenant(Document stored) {
        return new Tenant(stored.getString("_id"), stored.getString("name"), stored.getString("provinceCode"),
                stored.getString("disabledOn") == null ? null : LocalDate.parse(stored.getString("disabledOn")),
                stored.getList("predecessorTenantIds", String.class, List.of()));
    }

    public boolean isActive(String tenantId) {
        return find(tenantId).map(Tenant::active).orElse(false);
    }

    /** Every tenant, as read within the last few seconds (every dashboard request asks). */
    public List<Tenant> all() {
        return everyTenant.get(COLLECTION, c -> allNow());
    }

    /** Every tenant as stored now: for counting, where a merger must not be seen a few seconds late. */
    public List<Tenant> allNow() {
        return mongo.findAll(Document.class, COLLECTION).stream().map(KnownTenants::tenant).toList();
    }

    /**
     * Records an onboarding (or a re-enabling) at version {@code tenantVersion} of the tenant (its aggregate version in
     * plan-service). Guarded by that version: a disabling event that arrives after a later re-enabling, or a redelivery,
     * changes nothing.
     */
    public void onboard(String tenantId, String name, String provinceCode, List<String> predecessorTenantIds,
                        long tenantVersion) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("provinceCode", provinceCode);
        fields.put("predecessorTenantIds", predecessorTenantIds == null ? List.of() : predecessorTenantIds);
        fields.put("disabledOn", null);
        projections.upsertIfNewer(COLLECTION, tenantId, tenantVersion, fields);
        forget(tenantId);
    }

    /** A tenant known before any of its versions (tests, bootstrapping): the tenant's own events will override it. */
    public void onboard(String tenantId, String name, String provinceCode, List<String> predecessorTenantIds) {
        onboard(tenantId, name, provinceCode, predecessorTenantIds, 0);
    }

    /** Records a soft offboarding at version {@code tenantVersion} of the tenant; guarded as {@link #onboard}. */
    public void disable(String tenantId, LocalDate on, long tenantVersion) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("disabledOn", on.toString());
        projections.upsertIfNewer(COLLECTION, tenantId, tenantVersion, fields);
        forget(tenantId);
    }

    private void forget(String tenantId) {
        cache.forget(tenantId);
        everyTenant.forgetAll();
    }
}
