package vn.taphuan.plan.tenant;

import vn.taphuan.contracts.Limits;
import vn.taphuan.kit.problem.Dates;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;
import vn.taphuan.kit.problem.RuleViolation;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.plan.StateConflict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A province using the platform. Each tenant's data is a partition of every service's store (its records carry
 * its id); onboarding creates the tenant and its first administrator, disabling is a soft offboarding.
 */
public class Tenant {

    private static final Pattern PROVINCE_CODE = Pattern.compile("^\\d{2}$");

    private String id;
    private String tenantId;
    private long version;
    private TenantDefinition definition;
    private TenantStatus status;
    private LocalDate onboardedOn;
    private LocalDate disabledOn;
    private String disabledReason;
    private String administratorUsername;

    Tenant() {
    }

    /** What happened to a tenant; announced on {@code tenant.events.v1}. */
    public sealed interface Change {
    }

    /** Onboarded or re-enabled. */
    public record Onboarded(Tenant tenant) implements Change {
    }

    public record Disabled(String tenantId, LocalDate on, String reason) implements Change {
    }

    public static Tenant onboard(String tenantId, TenantDefinition definition, String administratorUsername,
                                 LocalDate on) {
        List<FieldViolation> violations = violationsOf(tenantId, definition);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        Tenant tenant = new Tenant();
        tenant.id = tenantId;
        tenant.tenantId = tenantId;
        tenant.definition = definition;
        tenant.status = TenantStatus.ACTIVE;
        tenant.onboardedOn = on;
        tenant.administratorUsername = administratorUsername;
        return tenant;
    }

    /**
     * Refuses a new province once {@link Limits#MAX_PROVINCES} are onboarded (disabled ones count: their plans still
     * add up in the nationwide figures).
     */
    public static void requireRoomFor(String tenantId, long onboarded) {
        if (onboarded >= Limits.MAX_PROVINCES) {
            throw new RuleViolation("too-many-provinces", "tenantId", "Nền tảng đã có " + onboarded
                    + " tỉnh, mức tối đa là " + Limits.MAX_PROVINCES + "; không thể thêm " + tenantId,
                    "The platform has " + onboarded + " provinces, the most it may have is " + Limits.MAX_PROVINCES
                            + "; " + tenantId + " cannot be added");
        }
    }

    public List<Change> onboarded() {
        return List.of(new Onboarded(this));
    }

    /** Soft offboarding: writes and new events of the tenant are refused from {@code on}; its history stays. */
    public List<Change> disable(LocalDate on, String reason) {
        if (status == TenantStatus.DISABLED) {
            throw new StateConflict("tenant-status", "Tỉnh " + id + " đã ngừng sử dụng từ " + Dates.shown(disabledOn),
                    "Tenant " + id + " was already disabled on " + Dates.shown(disabledOn));
        }
        if (on.isBefore(definition.validFrom())) {
            throw new InvalidInput(FieldViolation.of("disabledOn", "không được trước ngày tỉnh bắt đầu ("
                    + Dates.shown(definition.validFrom()) + ")",
                    "must not be before the province's validFrom (" + Dates.shown(definition.validFrom()) + ")"));
        }
        status = TenantStatus.DISABLED;
        disabledOn = on;
        disabledReason = reason;
        return List.of(new Disabled(id, on, reason));
    }

    /** Undoes a disabling; announced as a new onboarding, which every service treats as re-enabling. */
    public List<Change> enable() {
        if (status == TenantStatus.ACTIVE) {
            throw new StateConflict("tenant-status", "Tỉnh " + id + " đang hoạt động", "Tenant " + id + " is active");
        }
        status = TenantStatus.ACTIVE;
        disabledOn = null;
        disabledReason = null;
        return List.of(new Onboarded(this));
    }

    static List<FieldViolation> violationsOf(String tenantId, TenantDefinition d) {
        List<FieldViolation> v = new ArrayList<>();
        if (!TenantContext.isValid(tenantId) || vn.taphuan.contracts.Topics.NATIONAL.equals(tenantId)) {
            v.add(FieldViolation.of("tenantId", "phải là tên tỉnh viết thường không dấu, nối bằng gạch ngang, ví dụ bac-giang",
                    "must be the province's name as a lower-case slug, e.g. bac-giang"));
        }
        if (d.provinceCode() == null || !PROVINCE_CODE.matcher(d.provinceCode()).matches()) {
            v.add(FieldViolation.of("provinceCode", "phải là mã tỉnh 2 chữ số, ví dụ 24", "must be the 2-digit province code, e.g. 24"));
        }
        if (d.name() == null || d.name().isBlank()) {
            v.add(FieldViolation.of("name", "là bắt buộc", "is required"));
        }
        if (d.validFrom() == null) {
            v.add(FieldViolation.of("validFrom", "là bắt buộc", "is required"));
        } else if (d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            v.add(FieldViolation.of("validTo", "không được trước validFrom", "must not be before validFrom"));
        }
        if (d.successorTenantId() != null) {
            if (d.validTo() == null) {
                v.add(FieldViolation.of("successorTenantId", "chỉ có khi tỉnh đã chấm dứt (validTo)",
                        "only a province that ceased (validTo) has a successor"));
            } else if (!TenantContext.isValid(d.successorTenantId()) || d.successorTenantId().equals(tenantId)) {
                v.add(FieldViolation.of("successorTenantId", "không hợp lệ", "is invalid"));
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.predecessorTenantIds().size(); i++) {
            String predecessor = d.predecessorTenantIds().get(i);
            if (predecessor == null || predecessor.equals(tenantId) || !seen.add(predecessor)) {
                v.add(FieldViolation.of("predecessorTenantIds[" + i + "]", "không hợp lệ hoặc bị trùng",
                        "is invalid or duplicated"));
            }
        }
        return v;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public TenantDefinition definition() {
        return definition;
    }

    public TenantStatus status() {
        return status;
    }

    public LocalDate onboardedOn() {
        return onboardedOn;
    }

    public LocalDate disabledOn() {
        return disabledOn;
    }

    public String disabledReason() {
        return disabledReason;
    }

    public String administratorUsername() {
        return administratorUsername;
    }
}
