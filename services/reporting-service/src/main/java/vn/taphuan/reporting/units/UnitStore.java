package vn.taphuan.reporting.units;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.reference.v1.AdministrativeUnitDefined;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.kit.store.ProjectionStore;
import vn.taphuan.reporting.admin.ProjectionRebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Administrative units from {@code reference.events.v1} (tenant {@code national}), version-guarded, and the
 * {@link UnitDirectory} built from them, cached until a unit changes here (or, for changes another replica applied,
 * for at most a minute).
 */
@Component
@NotTenantScoped("administrative units are nationwide reference data (tenant national)")
public class UnitStore {

    static final String COLLECTION = "units";
    private static final Duration CACHE_TTL = Duration.ofMinutes(1);

    private final ProjectionStore projections;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final java.util.concurrent.atomic.AtomicLong revision = new java.util.concurrent.atomic.AtomicLong();
    private volatile Cached cached;

    UnitStore(ProjectionStore projections, Clock clock) {
        this.projections = projections;
        this.mongo = projections.template();
        this.clock = clock;
    }

    public void defined(EventEnvelope<AdministrativeUnitDefined> event) {
        AdministrativeUnitDefined u = event.payload();
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", u.name());
        fields.put("level", u.level());
        fields.put("parentCode", u.parentCode());
        fields.put("provinceTenantId", u.provinceTenantId());
        fields.put("validFrom", u.validFrom());
        fields.put("validTo", u.validTo());
        fields.put("successorCode", u.successorCode());
        fields.put("classification", u.classification());
        projections.upsertIfNewer(COLLECTION, u.unitCode(), event.aggregateVersion(), fields);
        revision.incrementAndGet();
        cached = null;
    }

    /** A rebuild dropped the units: the directory is read again as the replay defines them. */
    @EventListener
    void cleared(ProjectionRebuild.ProjectionsCleared cleared) {
        cached = null;
    }

    public UnitDirectory directory() {
        Cached current = cached;
        Instant now = clock.instant();
        long seen = revision.get();
        if (current != null && current.revision() == seen && current.until().isAfter(now)) {
            return current.directory();
        }
        Map<String, AdministrativeUnit> units = new HashMap<>();
        for (Document d : mongo.findAll(Document.class, COLLECTION)) {
            units.put(d.getString("_id"), new AdministrativeUnit(d.getString("_id"), d.getString("name"),
                    UnitLevel.valueOf(d.getString("level")), d.getString("parentCode"), d.getString("provinceTenantId"),
                    date(d, "validFrom"), date(d, "validTo"), d.getString("successorCode"),
                    d.getString("classification")));
        }
        UnitDirectory directory = new UnitDirectory(units);
        cached = new Cached(directory, seen, now.plus(CACHE_TTL));
        return directory;
    }

    private static LocalDate date(Document d, String field) {
        String value = d.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }

    private record Cached(UnitDirectory directory, long revision, Instant until) {
    }
}
