package vn.taphuan.contracts.reference.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An administrative unit was defined or changed. Units are data with validity dates: after the 1 July 2025
 * reorganisation a unit that ceased to exist names its successor, so results recorded under it roll up under the new one.
 * Published with tenant id {@code national} (reference data of the whole country).
 *
 * @param unitCode         unit code, unique nationwide
 * @param name             official name (Vietnamese), e.g. huyện Sơn Động
 * @param level            {@code PROVINCE}, {@code DISTRICT}, {@code COMMUNE} or {@code VILLAGE}
 * @param parentCode       code of the enclosing unit, or null for a province
 * @param provinceTenantId tenant (province) the unit belongs to, e.g. {@code bac-giang}
 * @param validFrom        ISO date the unit exists from
 * @param validTo          ISO date the unit ceased to exist, or null
 * @param successorCode    unit that took over its area and results when it ceased to exist, or null
 * @param classification   commune classification ({@code ESPECIALLY_DIFFICULT}, {@code REGION_III}, {@code REGION_II}, {@code REGION_I}, {@code NONE}), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdministrativeUnitDefined(
        String unitCode,
        String name,
        String level,
        String parentCode,
        String provinceTenantId,
        String validFrom,
        String validTo,
        String successorCode,
        String classification) {
}
