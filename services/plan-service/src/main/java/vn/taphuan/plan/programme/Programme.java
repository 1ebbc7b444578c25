package vn.taphuan.plan.programme;

import java.time.LocalDate;

/**
 * A national target programme (or decision) that plans are made under, with the deadline its targets are
 * measured against. Reference data, editable by a platform administrator.
 *
 * @param id       catalogue code, e.g. {@code MTQG_DTTS_MN_2021_2025}
 * @param name     official name (Vietnamese)
 * @param legalBasis the decision that sets the training framework, e.g. {@code Quyết định số 752/QĐ-UBDT ngày 11/10/2022}
 */
public record Programme(String id, String name, String legalBasis, LocalDate periodStart, LocalDate periodEnd,
                        LocalDate deadline) {

    public boolean covers(LocalDate from, LocalDate to) {
        return !from.isBefore(periodStart) && !to.isAfter(periodEnd);
    }
}
