package vn.taphuan.plan.tenant;

import java.time.LocalDate;
import java.util.List;

/**
 * A province as a tenant of the platform.
 *
 * @param provinceCode         official province code, e.g. {@code 24}
 * @param name                 official name, e.g. {@code Bắc Giang}
 * @param validFrom            the day the province exists from
 * @param validTo              the day it ceased to exist as such (merged on 2025-06-30), or null
 * @param successorTenantId    the tenant that took it over after a merger, or null
 * @param predecessorTenantIds the tenants merged into it, whose history rolls up here for reporting
 */
public record TenantDefinition(String provinceCode, String name, LocalDate validFrom, LocalDate validTo,
                               String successorTenantId, List<String> predecessorTenantIds) {

    public TenantDefinition {
        predecessorTenantIds = predecessorTenantIds == null ? List.of() : List.copyOf(predecessorTenantIds);
    }
}
