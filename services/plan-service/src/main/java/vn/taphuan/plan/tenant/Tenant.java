package vn.taphuan.plan.tenant;

import vn.taphuan.contracts.Limits;
import vn.taphuan.kit.refusal.Reason;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.plan.ValueRefusal.EndsBeforeValidFrom;
import vn.taphuan.plan.tenant.TenantRefusal.*;

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
        List<Violation> violations = violationsOf(tenantId, definition);
        if (!violations.isEmpty()) {
            throw Refused.invalid(violations);
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
            throw Refused.rule("tenantId", new TooManyProvinces(onboarded, Limits.MAX_PROVINCES, tenantId));
        }
    }

    public List<Change> onboarded() {
        return List.of(new Onboarded(this));
    }

    /** Soft offboarding: writes and new events of the tenant are refused from {@code on}; its history stays. */
    public List<Change> disable(LocalDate on, String reason) {
        if (status == TenantStatus.DISABLED) {
            throw statusForbids(new AlreadyDisabled(id, disabledOn));
        }
        if (on.isBefore(definition.validFrom())) {
            throw Refused.invalid("disabledOn", new DisabledBeforeProvinceStart(definition.validFrom()));
        }
        status = TenantStatus.DISABLED;
        disabledOn = on;
        disabledReason = reason;
        return List.of(new Disabled(id, on, reason));
    }

    /** Undoes a disabling; announced as a new onboarding, which every service treats as re-enabling. */
    public List<Change> enable() {
        if (status == TenantStatus.ACTIVE) {
            throw statusForbids(new AlreadyActive(id));
        }
        status = TenantStatus.ACTIVE;
        disabledOn = null;
        disabledReason = null;
        return List.of(new Onboarded(this));
    }

    /** The problem {@code tenant-status}; the field {@code status} is told the same. */
    private static Refused statusForbids(Reason reason) {
        return new Refused(Refused.Kind.CONFLICT, "tenant-status", reason, List.of(Violation.of("status", reason)));
    }

    static List<Violation> violationsOf(String tenantId, TenantDefinition d) {
        List<Violation> v = new ArrayList<>();
        if (!TenantContext.isValid(tenantId) || vn.taphuan.contracts.Topics.NATIONAL.equals(tenantId)) {
            v.add(Violation.of("tenantId", new MalformedTenantId()));
        }
        if (d.provinceCode() == null || !PROVINCE_CODE.matcher(d.provinceCode()).matches()) {
            v.add(Violation.of("provinceCode", new MalformedProvinceCode()));
        }
        if (d.name() == null || d.name().isBlank()) {
            v.add(Violation.required("name"));
        }
        if (d.validFrom() == null) {
            v.add(Violation.required("validFrom"));
        } else if (d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            v.add(Violation.of("validTo", new EndsBeforeValidFrom()));
        }
        if (d.successorTenantId() != null) {
            if (d.validTo() == null) {
                v.add(Violation.of("successorTenantId", new SuccessorOfCeasedProvinceOnly()));
            } else if (!TenantContext.isValid(d.successorTenantId()) || d.successorTenantId().equals(tenantId)) {
                v.add(Violation.of("successorTenantId", new InvalidSuccessor()));
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.predecessorTenantIds().size(); i++) {
            String predecessor = d.predecessorTenantIds().get(i);
            if (predecessor == null || predecessor.equals(tenantId) || !seen.add(predecessor)) {
                v.add(Violation.of("predecessorTenantIds[" + i + "]", new InvalidOrDuplicatePredecessor()));
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
