package vn.taphuan.plan.legal;

import vn.taphuan.kit.refusal.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A document cited as the basis of a plan or programme, e.g. {@code Quyết định số 752/QĐ-UBDT ngày 11/10/2022 của
 * Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc}.
 *
 * @param kind   what kind of document
 * @param number its number as written, e.g. {@code 752/QĐ-UBDT}
 * @param date   the day it was issued, if known
 * @param issuer who issued it, if known
 * @param title  what it is about, if known
 */
public record LegalBasis(DocumentKind kind, String number, LocalDate date, String issuer, String title) {

    /** What is wrong with this citation; {@code at} is its JSON path, e.g. {@code legalBases[0].}. */
    public List<Violation> violations(String at) {
        List<Violation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(Violation.required(at + "kind"));
        }
        if (number == null || number.isBlank()) {
            violations.add(Violation.required(at + "number"));
        }
        return violations;
    }
}
