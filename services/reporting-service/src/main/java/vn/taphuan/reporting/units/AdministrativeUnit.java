package vn.taphuan.reporting.units;

import java.time.LocalDate;

/**
 * An administrative unit with its validity: after the 1 July 2025 reorganisation a unit that ceased to exist
 * names its successor (or, abolished with no successor, hands its results to its parent).
 *
 * @param validTo the last day the unit existed, or null (the contract's example ends the district Sơn Động on
 *                2025-06-30, the eve of the reorganisation)
 */
public record AdministrativeUnit(String code, String name, UnitLevel level, String parentCode, String provinceTenantId,
                                 LocalDate validFrom, LocalDate validTo, String successorCode, String classification) {

    /** Whether the unit no longer existed on {@code day}. */
    public boolean ceasedBy(LocalDate day) {
        return validTo != null && day.isAfter(validTo);
    }
}
