package vn.taphuan.enrolment.reference;

import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import vn.taphuan.contracts.reference.v1.AdministrativeUnitDefined;
import vn.taphuan.enrolment.Text;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.kit.store.ProjectionStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Local replica of the nationwide administrative units ({@code reference.events.v1}), used to check the unit codes
 * of activities and participants. Version-guarded: a late or redelivered definition never overwrites a newer one.
 */
@Component
@NotTenantScoped("administrative units are nationwide reference data (tenant national), read by every province")
public class AdministrativeUnits {

    static final String COLLECTION = "administrative_units";
    private static final int MAX_DEPTH = 5;

    private final ProjectionStore projections;

    AdministrativeUnits(ProjectionStore projections) {
        this.projections = projections;
    }

    /** Applies a definition; returns false when a newer one is already stored. */
    public boolean define(AdministrativeUnitDefined unit, long sourceVersion) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", unit.name());
        fields.put("level", unit.level());
        fields.put("parentCode", unit.parentCode());
        fields.put("provinceTenantId", unit.provinceTenantId());
        fields.put("validFrom", unit.validFrom());
        fields.put("validTo", unit.validTo());
        fields.put("successorCode", unit.successorCode());
        fields.put("classification", unit.classification());
        fields.put("nameKey", Text.key(unit.name()));
        return projections.upsertIfNewer(COLLECTION, unit.unitCode(), sourceVersion, fields);
    }

    public Optional<AdministrativeUnit> find(String code) {
        return Optional.ofNullable(code).map(c -> projections.findById(COLLECTION, c)).map(AdministrativeUnits::of);
    }

    /**
     * Units of the province, for matching the names officers write on sheets: those naming the province, and
     * every unit inside them that names none (a commune often only names its district).
     */
    public List<AdministrativeUnit> ofTenant(String tenantId) {
        List<AdministrativeUnit> found = new ArrayList<>(projections.find(COLLECTION,
                Criteria.where("provinceTenantId").is(tenantId)).stream().map(AdministrativeUnits::of).toList());
        Set<String> seen = new HashSet<>(found.stream().map(AdministrativeUnit::code).toList());
        List<String> frontier = List.copyOf(seen);
        for (int depth = 0; !frontier.isEmpty() && depth <= MAX_DEPTH; depth++) {
            List<AdministrativeUnit> children = projections.find(COLLECTION, Criteria.where("parentCode").in(frontier)
                            .and("provinceTenantId").is(null)).stream()
                    .map(AdministrativeUnits::of).filter(unit -> seen.add(unit.code())).toList();
            found.addAll(children);
            frontier = children.stream().map(AdministrativeUnit::code).toList();
        }
        return found;
    }

    /**
     * Why {@code code} may not be used by {@code tenantId} from {@code from} to {@code to}, or empty when it may: it
     * must be known, belong to the province and exist on those days (after the 2025 reorganisation a dissolved
     * unit names its successor in the message).
     */
    public Optional<Violation> check(String field, String code, String tenantId, LocalDate from, LocalDate to) {
        return lookup().check(field, code, tenantId, from, to);
    }

    /** True when {@code code} is {@code ancestor} or lies inside it. */
    public boolean within(String code, String ancestor) {
        return lookup().within(code, ancestor);
    }

    /** A view that remembers every unit it has read: one per request or import, so 10,000 rows read a unit once. */
    public Lookup lookup() {
        return new Lookup();
    }

    /** Reads units through a cache; the checks of units live here. */
    public final class Lookup {

        private final Map<String, Optional<AdministrativeUnit>> cache = new HashMap<>();

        public Optional<AdministrativeUnit> find(String code) {
            return code == null ? Optional.empty() : cache.computeIfAbsent(code, AdministrativeUnits.this::find);
        }

        public Optional<Violation> check(String field, String code, String tenantId, LocalDate from, LocalDate to) {
            Optional<AdministrativeUnit> found = find(code);
            if (found.isEmpty()) {
                return Optional.of(Violation.of(field, new UnitRefusal.UnknownUnit(code)));
            }
            AdministrativeUnit unit = found.get();
            if (!tenantId.equals(provinceOf(unit))) {
                return Optional.of(Violation.of(field, new UnitRefusal.UnitOfAnotherProvince(unit.name(), code)));
            }
            if (!unit.validBetween(from, to)) {
                UnitRefusal.ValidUntil until = unit.validTo() == null ? new UnitRefusal.StillValid()
                        : new UnitRefusal.ValidTo(unit.validTo());
                return Optional.of(Violation.of(field, unit.successorCode() == null
                        ? new UnitRefusal.UnitNotValidThen(unit.name(), code, from, to, unit.validFrom(), until)
                        : new UnitRefusal.UnitNotValidThenSucceededBy(unit.name(), code, from, to, unit.validFrom(),
                        until, unit.successorCode())));
            }
            return Optional.empty();
        }

        public boolean within(String code, String ancestor) {
            String current = code;
            for (int depth = 0; current != null && depth <= MAX_DEPTH; depth++) {
                if (current.equals(ancestor)) {
                    return true;
                }
                current = find(current).map(AdministrativeUnit::parentCode).orElse(null);
            }
            return false;
        }

        /** The tenant of a unit: its own, or its nearest enclosing unit's. */
        String provinceOf(AdministrativeUnit unit) {
            AdministrativeUnit current = unit;
            for (int depth = 0; current != null && depth <= MAX_DEPTH; depth++) {
                if (current.provinceTenantId() != null) {
                    return current.provinceTenantId();
                }
                current = find(current.parentCode()).orElse(null);
            }
            return null;
        }
    }

    private static AdministrativeUnit of(Document d) {
        return new AdministrativeUnit(d.getString("_id"), d.getString("name"), d.getString("level"),
                d.getString("parentCode"), d.getString("provinceTenantId"), LocalDate.parse(d.getString("validFrom")),
                d.getString("validTo") == null ? null : LocalDate.parse(d.getString("validTo")),
                d.getString("successorCode"));
    }
}
