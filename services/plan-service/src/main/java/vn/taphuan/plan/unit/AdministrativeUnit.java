package vn.taphuan.plan.unit;

import vn.taphuan.kit.problem.Dates;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;
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
        List<FieldViolation> violations = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            violations.add(FieldViolation.of("code", "phải gồm chữ in hoa, chữ số hoặc dấu gạch ngang (2–80 ký tự)",
                    "must be 2–80 upper-case letters, digits or hyphens"));
        }
        violations.addAll(violationsOf(code, definition, units));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return new AdministrativeUnit(code, definition);
    }

    /** Replaces the definition; returns nothing when nothing changed, so no event is sent for a no-op. */
    public List<Defined> revise(UnitDefinition revised, Units units) {
        List<FieldViolation> violations = violationsOf(id, revised, units);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
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

    static List<FieldViolation> violationsOf(String code, UnitDefinition d, Units units) {
        List<FieldViolation> violations = new ArrayList<>();
        required(d.name(), "name", violations);
        required(d.shortName(), "shortName", violations);
        if (d.level() == null) {
            violations.add(FieldViolation.of("level", "là bắt buộc", "is required"));
        }
        if (!TenantContext.isValid(d.provinceTenantId())) {
            violations.add(FieldViolation.of("provinceTenantId", "phải là mã tỉnh dạng chữ thường, ví dụ bac-giang",
                    "must be a lower-case province slug, e.g. bac-giang"));
        }
        if (d.validFrom() == null) {
            violations.add(FieldViolation.of("validFrom", "là bắt buộc", "is required"));
            return violations;
        }
        if (d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            violations.add(FieldViolation.of("validTo", "không được trước ngày bắt đầu hiệu lực",
                    "must not be before validFrom"));
        }
        if (d.level() != null) {
            parentViolations(d, units, violations);
        }
        successorViolations(code, d, units, violations);
        classificationViolations(d, violations);
        return violations;
    }

    private static void parentViolations(UnitDefinition d, Units units, List<FieldViolation> violations) {
        if (d.level() == UnitLevel.PROVINCE) {
            if (d.parentCode() != null) {
                violations.add(FieldViolation.of("parentCode", "tỉnh không thuộc đơn vị nào", "a province has no parent"));
            }
            return;
        }
        if (d.parentCode() == null) {
            violations.add(FieldViolation.of("parentCode", "là bắt buộc trừ cấp tỉnh", "is required below province level"));
            return;
        }
        Optional<UnitDefinition> parent = units.find(d.parentCode());
        if (parent.isEmpty()) {
            violations.add(FieldViolation.of("parentCode", "không có trong danh mục: " + d.parentCode(),
                    "unknown unit: " + d.parentCode()));
            return;
        }
        UnitDefinition p = parent.get();
        if (p.level() != null && !d.level().fitsUnder(p.level())) {
            violations.add(FieldViolation.of("parentCode", "đơn vị cấp " + p.level() + " không thể chứa đơn vị cấp " + d.level(),
                    "a " + p.level() + " cannot contain a " + d.level()));
        }
        if (!p.existsOn(d.validFrom())) {
            violations.add(FieldViolation.of("parentCode", "đơn vị cha không tồn tại vào ngày "
                    + Dates.shown(d.validFrom()),
                    "the parent did not exist on " + Dates.shown(d.validFrom())));
        } else if (p.validTo() != null && (d.validTo() == null || d.validTo().isAfter(p.validTo()))) {
            violations.add(FieldViolation.of("validTo", "không được sau ngày đơn vị cha chấm dứt ("
                    + Dates.shown(p.validTo()) + ")",
                    "must not be after the parent ended (" + Dates.shown(p.validTo()) + ")"));
        }
        if (d.provinceTenantId() != null && !d.provinceTenantId().equals(p.provinceTenantId())) {
            violations.add(FieldViolation.of("provinceTenantId", "phải giống đơn vị cha (" + p.provinceTenantId() + ")",
                    "must be the parent's (" + p.provinceTenantId() + ")"));
        }
    }

    private static void successorViolations(String code, UnitDefinition d, Units units, List<FieldViolation> violations) {
        if (d.successorCode() == null) {
            return;
        }
        if (d.validTo() == null) {
            violations.add(FieldViolation.of("successorCode", "chỉ có khi đơn vị đã chấm dứt (validTo)",
                    "only a unit that ended (validTo) has a successor"));
            return;
        }
        if (d.successorCode().equals(code)) {
            violations.add(FieldViolation.of("successorCode", "không thể là chính nó", "cannot be the unit itself"));
            return;
        }
        Optional<UnitDefinition> successor = units.find(d.successorCode());
        if (successor.isEmpty()) {
            violations.add(FieldViolation.of("successorCode", "không có trong danh mục: " + d.successorCode(),
                    "unknown unit: " + d.successorCode()));
            return;
        }
        UnitDefinition s = successor.get();
        if (d.level() != null && s.level() != null && !d.level().canBeSucceededBy(s.level())) {
            violations.add(FieldViolation.of("successorCode", "đơn vị kế thừa phải cùng cấp hoặc cấp trên",
                    "the successor must be of the same level or above"));
        }
        if (!s.existsOn(d.validTo().plusDays(1))) {
            violations.add(FieldViolation.of("successorCode", "đơn vị kế thừa phải tồn tại từ ngày "
                    + Dates.shown(d.validTo().plusDays(1)),
                    "the successor must exist from " + Dates.shown(d.validTo().plusDays(1))));
        }
    }

    private static void classificationViolations(UnitDefinition d, List<FieldViolation> violations) {
        if (d.classifications().isEmpty()) {
            return;
        }
        if (d.level() != UnitLevel.COMMUNE && d.level() != UnitLevel.VILLAGE) {
            violations.add(FieldViolation.of("classifications", "chỉ dùng cho xã, thôn", "apply to communes and villages only"));
            return;
        }
        List<ClassificationPeriod> periods = new ArrayList<>();
        for (int i = 0; i < d.classifications().size(); i++) {
            ClassificationPeriod period = d.classifications().get(i);
            String at = "classifications[" + i + "].";
            if (period.classification() == null) {
                violations.add(FieldViolation.of(at + "classification", "là bắt buộc", "is required"));
            }
            if (period.validFrom() == null) {
                violations.add(FieldViolation.of(at + "validFrom", "là bắt buộc", "is required"));
                continue;
            }
            if (period.validTo() != null && period.validTo().isBefore(period.validFrom())) {
                violations.add(FieldViolation.of(at + "validTo", "không được trước validFrom", "must not be before validFrom"));
                continue;
            }
            periods.add(period);
        }
        periods.sort(Comparator.comparing(ClassificationPeriod::validFrom));
        for (int i = 1; i < periods.size(); i++) {
            ClassificationPeriod before = periods.get(i - 1);
            if (before.validTo() == null || !before.validTo().isBefore(periods.get(i).validFrom())) {
                violations.add(FieldViolation.of("classifications", "các giai đoạn phân loại bị chồng lấn",
                        "classification periods overlap"));
                return;
            }
        }
    }

    private static void required(String value, String field, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(FieldViolation.of(field, "là bắt buộc", "is required"));
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
