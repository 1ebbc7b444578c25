package vn.taphuan.plan.unit;

import java.time.LocalDate;
import java.util.List;

/**
 * What the registry says about an administrative unit: the part a platform administrator edits.
 *
 * @param name             official name, e.g. {@code Huyện Sơn Động}
 * @param shortName        the name without its kind, as plans write it, e.g. {@code Sơn Động}
 * @param level            province, district, commune or village
 * @param officialCode     the state's code (GSO / Quyết định 19/2025/QĐ-TTg), where known
 * @param parentCode       the enclosing unit; null for a province
 * @param provinceTenantId the province (tenant) the unit belongs to, e.g. {@code bac-giang}
 * @param validFrom        first day the unit exists
 * @param validTo          last day it exists, or null
 * @param successorCode    the unit that took over its area and results when it ended, or null
 * @param classifications  commune classifications by period (communes and villages only)
 */
public record UnitDefinition(String name, String shortName, UnitLevel level, String officialCode, String parentCode,
                             String provinceTenantId, LocalDate validFrom, LocalDate validTo, String successorCode,
                             List<ClassificationPeriod> classifications) {

    public UnitDefinition {
        classifications = classifications == null ? List.of() : List.copyOf(classifications);
    }

    public boolean existsOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** True if the unit existed on at least one day of {@code from}–{@code to}. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !to.isBefore(validFrom) && (validTo == null || !from.isAfter(validTo));
    }
}
