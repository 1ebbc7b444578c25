package vn.taphuan.plan.unit;

import java.time.LocalDate;

/**
 * A commune's classification during one period, with the decision that set it.
 *
 * @param classification the classification
 * @param validFrom      first day it applies
 * @param validTo        last day it applies, or null while in force
 * @param basis          the decision, e.g. {@code Quyết định số 861/QĐ-TTg ngày 04/6/2021}
 */
public record ClassificationPeriod(CommuneClassification classification, LocalDate validFrom, LocalDate validTo,
                                   String basis) {

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
