package vn.taphuan.plan.tenant;

import vn.taphuan.kit.refusal.Reason;

import java.time.LocalDate;

/** Why onboarding, disabling or enabling a province (tenant) is refused, or a tenant is not found. */
public sealed interface TenantRefusal extends Reason {

    record TooManyProvinces(long onboarded, long most, String tenantId) implements TenantRefusal {
    }

    /** The problem {@code tenant-exists}. */
    record AlreadyOnboarded(String tenantId) implements TenantRefusal {
    }

    /** The problem {@code tenant-status}, as is {@link AlreadyActive}. */
    record AlreadyDisabled(String tenantId, LocalDate since) implements TenantRefusal {
    }

    record AlreadyActive(String tenantId) implements TenantRefusal {
    }

    record DisabledBeforeProvinceStart(LocalDate validFrom) implements TenantRefusal {
    }

    record DisabledInFuture() implements TenantRefusal {
    }

    /** Not the province's name as a lower-case slug such as {@code bac-giang}. */
    record MalformedTenantId() implements TenantRefusal {
    }

    /** Not the 2-digit province code. */
    record MalformedProvinceCode() implements TenantRefusal {
    }

    record SuccessorOfCeasedProvinceOnly() implements TenantRefusal {
    }

    record InvalidSuccessor() implements TenantRefusal {
    }

    record InvalidOrDuplicatePredecessor() implements TenantRefusal {
    }

    record PredecessorNotOnboarded(String tenantId) implements TenantRefusal {
    }

    record ProvinceNotInRegistry(String provinceCode, String tenantId) implements TenantRefusal {
    }

    record TenantNotFound(String tenantId) implements TenantRefusal {
    }

    /** The problem {@code username-taken}: the administrator's user name belongs to someone else. */
    record UsernameTaken(String username) implements TenantRefusal {
    }

    /** What the field {@code administrator.username} is told when its name is taken. */
    record AlreadyTaken() implements TenantRefusal {
    }
}
