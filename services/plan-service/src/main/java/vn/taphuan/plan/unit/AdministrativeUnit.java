package vn.taphuan.plan.unit;

import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.plan.ValueRefusal.EndsBeforeValidFrom;
import vn.taphuan.plan.unit.UnitRefusal.*;
import vn.taphuan.kit.tenant.TenantContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A province, district, commune or village, as data with validity dates: when a unit ends (the 1 July 2025
 * reorganisation merged provinces and communes and abolished districts) it names its successor, so results
 * recorded under it roll up under the unit that took it over. Reference data of the whole country.
 */
public class AdministrativeUnit {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,79}$");

    private String id;
    private String tenantId;
    private long version;
    private UnitDefinition definition;

    AdministrativeUnit() {
    }

    private AdministrativeUnit(String code, UnitDefinition definition) {
        this.id = code;
        this.definition = definition;
    }

    /** Looks up the other units a definition refers to (its parent and successor). */
    @FunctionalInterface
    public interface Units {
        Optional<UnitDefinition> find(String code);
    }

    /** What happened to a unit; announced to the other services as {@code AdministrativeUnitDefined}. */
    public record Defined(AdministrativeUnit unit) {
    }

    public static AdministrativeUnit define(String code, UnitDefinition definition, Units units) {
        List<Violation> violations = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            violations.add(Violation.of("code", new MalformedUnitCode()));
        }
        violations.addAll(violationsOf(code, definition, units));
        if (!violations.isEmpty()) {
            throw Refused.invalid(violations);
        }
        return new AdministrativeUnit(code, definition);
    }

    /** Replaces the definition; returns nothing when nothing changed, so no event is sent for a no-op. */
    public List<Defined> revise(UnitDefinition revised, Units units) {
        List<Violation> violations = violationsOf(id, revised, units);
        if (!violations.isEmpty()) {
            throw Refused.invalid(violations);
        }
        if (revised.equals(definition)) {
            return List.of();
        }
        definition = revised;
        return List.of(new Defined(this));
    }

    public List<Defined> defined() {
        return List.of(new Defined(this));
    }

    static List<Violation> violationsOf(String code, UnitDefinition d, Units units) {
        List<Violation> violations = new ArrayList<>();
        required(d.name(), "name", violations);
        required(d.shortName(), "shortName", violations);
        if (d.level() == null) {
            violations.add(Violation.required("level"));
        }
        if (!TenantContext.isValid(d.provinceTenantId())) {
            violations.add(Violation.of("provinceTenantId", new MalformedProvinceSlug()));
        }
        if (d.validFrom() == null) {
            violations.add(Violation.required("validFrom"));
            return violations;
        }
        if (d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            violations.add(Violation.of("validTo", new EndsBeforeItStarts()));
        }
        if (d.level() != null) {
            parentViolations(d, units, violations);
        }
        successorViolations(code, d, units, violations);
        classificationViolations(d, violations);
        return violations;
    }

    private static void parentViolations(UnitDefinition d, Units units, List<Violation> violations) {
        if (d.level() == UnitLevel.PROVINCE) {
            if (d.parentCode() != null) {
                violations.add(Violation.of("parentCode", new ProvinceHasNoParent()));
            }
            return;
        }
        if (d.parentCode() == null) {
            violations.add(Violation.of("parentCode", new ParentRequiredBelowProvince()));
            return;
        }
        Optional<UnitDefinition> parent = units.find(d.parentCode());
        if (parent.isEmpty()) {
            violations.add(Violation.of("parentCode", new UnknownUnit(d.parentCode())));
            return;
        }
        UnitDefinition p = parent.get();
        if (p.level() != null && !d.level().fitsUnder(p.level())) {
            violations.add(Violation.of("parentCode", new LevelCannotContain(p.level(), d.level())));
        }
        if (!p.existsOn(d.validFrom())) {
            violations.add(Violation.of("parentCode", new ParentNotExisting(d.validFrom())));
        } else if (p.validTo() != null && (d.validTo() == null || d.validTo().isAfter(p.validTo()))) {
            violations.add(Violation.of("validTo", new OutlivesParent(p.validTo())));
        }
        if (d.provinceTenantId() != null && !d.provinceTenantId().equals(p.provinceTenantId())) {
            violations.add(Violation.of("provinceTenantId", new ProvinceOfParent(p.provinceTenantId())));
        }
    }

    private static void successorViolations(String code, UnitDefinition d, Units units, List<Violation> violations) {
        if (d.successorCode() == null) {
            return;
        }
        if (d.validTo() == null) {
            violations.add(Violation.of("successorCode", new SuccessorOfEndedUnitOnly()));
            return;
        }
        if (d.successorCode().equals(code)) {
            violations.add(Violation.of("successorCode", new SucceedsItself()));
            return;
        }
        Optional<UnitDefinition> successor = units.find(d.successorCode());
        if (successor.isEmpty()) {
            violations.add(Violation.of("successorCode", new UnknownUnit(d.successorCode())));
            return;
        }
        UnitDefinition s = successor.get();
        if (d.level() != null && s.level() != null && !d.level().canBeSucceededBy(s.level())) {
            violations.add(Violation.of("successorCode", new SuccessorBelowLevel()));
        }
        if (!s.existsOn(d.validTo().plusDays(1))) {
            violations.add(Violation.of("successorCode", new SuccessorNotExisting(d.validTo().plusDays(1))));
        }
    }

    private static void classificationViolations(UnitDefinition d, List<Violation> violations) {
        if (d.classifications().isEmpty()) {
            return;
        }
        if (d.level() != UnitLevel.COMMUNE && d.level() != UnitLevel.VILLAGE) {
            violations.add(Violation.of("classifications", new ClassifiedAboveCommune()));
            return;
        }
        List<ClassificationPeriod> periods = new ArrayList<>();
        for (int i = 0; i < d.classifications().size(); i++) {
            ClassificationPeriod period = d.classifications().get(i);
            String at = "classifications[" + i + "].";
            if (period.classification() == null) {
                violations.add(Violation.required(at + "classification"));
            }
            if (period.validFrom() == null) {
                violations.add(Violation.required(at + "validFrom"));
                continue;
            }
            if (period.validTo() != null && period.validTo().isBefore(period.validFrom())) {
                violations.add(Violation.of(at + "validTo", new EndsBeforeValidFrom()));
                continue;
            }
            periods.add(period);
        }
        periods.sort(Comparator.comparing(ClassificationPeriod::validFrom));
        for (int i = 1; i < periods.size(); i++) {
            ClassificationPeriod before = periods.get(i - 1);
            if (before.validTo() == null || !before.validTo().isBefore(periods.get(i).validFrom())) {
                violations.add(Violation.of("classifications", new ClassificationsOverlap()));
                return;
            }
        }
    }

    private static void required(String value, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.required(field));
        }
    }

    /** The classification of the latest period: what the unit is known as now (or when it ended). */
    public Optional<CommuneClassification> latestClassification() {
        return definition.classifications().stream().max(Comparator.comparing(ClassificationPeriod::validFrom))
                .map(ClassificationPeriod::classification);
    }

    public String code() {
        return id;
    }

    public long version() {
        return version;
    }

    public UnitDefinition definition() {
        return definition;
    }
}
