package vn.taphuan.enrolment.reference;

import java.time.LocalDate;

/**
 * An administrative unit as this service knows it from {@code AdministrativeUnitDefined}.
 *
 * @param code             unit code, unique nationwide
 * @param name             official name, e.g. xã An Lạc
 * @param level            PROVINCE, DISTRICT, COMMUNE or VILLAGE
 * @param parentCode       enclosing unit, null for a province
 * @param provinceTenantId tenant the unit belongs to, when given
 * @param validFrom        first day it exists
 * @param validTo          last day it exists, or null
 * @param successorCode    unit that took over when it ceased to exist, or null
 */
public record AdministrativeUnit(String code, String name, String level, String parentCode, String provinceTenantId,
                                 LocalDate validFrom, LocalDate validTo, String successorCode) {

    /** Exists on every day from {@code from} to {@code to}. */
    public boolean validBetween(LocalDate from, LocalDate to) {
        return !validFrom.isAfter(from) && (validTo == null || !validTo.isBefore(to));
    }
}
