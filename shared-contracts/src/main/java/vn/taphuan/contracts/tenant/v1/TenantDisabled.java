package vn.taphuan.contracts.tenant.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A tenant was disabled (soft offboarding): writes and new events of it are refused; history stays.
 *
 * @param tenantId   tenant id
 * @param disabledOn ISO date it was disabled
 * @param reason     why (Vietnamese)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TenantDisabled(
        String tenantId,
        String disabledOn,
        String reason) {
}
