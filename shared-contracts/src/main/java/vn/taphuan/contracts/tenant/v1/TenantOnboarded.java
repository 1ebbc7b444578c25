package vn.taphuan.contracts.tenant.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A province became (or became again) an active tenant of the platform. The envelope's tenant id is this tenant.
 *
 * @param tenantId             tenant id, a lower-case slug such as {@code bac-giang}
 * @param provinceCode         official province code, e.g. 24 for Bắc Giang
 * @param name                 official province name (Vietnamese)
 * @param validFrom            ISO date the province exists from
 * @param validTo              ISO date the province ceased to exist as such (e.g. merged on 2025-07-01), or null
 * @param successorTenantId    tenant that took over the province after a merger, or null
 * @param predecessorTenantIds tenants merged into this one; their history rolls up here for reporting; may be null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TenantOnboarded(
        String tenantId,
        String provinceCode,
        String name,
        String validFrom,
        String validTo,
        String successorTenantId,
        List<String> predecessorTenantIds) {
}
