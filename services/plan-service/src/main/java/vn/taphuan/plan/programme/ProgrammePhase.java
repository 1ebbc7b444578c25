package vn.taphuan.plan.programme;

import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.plan.legal.LegalBasis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One phase (giai đoạn) of a programme, with the deadline its targets are measured against, e.g. the merged
 * programme of 2026–2035 and its phase 2026–2030 approved by Decision 417/QĐ-BNNMT, targets due by 2030.
 *
 * @param code       stable id within the programme, e.g. {@code 2026-2030}
 * @param name       as documents word it, e.g. {@code Giai đoạn I (2026-2030)}
 * @param start      first day of the phase
 * @param end        last day of the phase
 * @param deadline   the date the targets of plans within the phase are measured against
 * @param legalBases the documents approving the phase
 */
public record ProgrammePhase(String code, String name, LocalDate start, LocalDate end, LocalDate deadline,
                             List<LegalBasis> legalBases) {

    public ProgrammePhase {
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
    }

    /** True if the days {@code from} … {@code to} lie within the phase. */
    public boolean covers(LocalDate from, LocalDate to) {
        return start != null && end != null && !from.isBefore(start) && !to.isAfter(end);
    }

    List<FieldViolation> violations(String at, LocalDate programmeStart, LocalDate programmeEnd) {
        List<FieldViolation> violations = new ArrayList<>();
        if (code == null || code.isBlank()) {
            violations.add(FieldViolation.of(at + "code", "là bắt buộc", "is required"));
        }
        if (start == null) {
            violations.add(FieldViolation.of(at + "start", "là bắt buộc", "is required"));
        }
        if (end == null) {
            violations.add(FieldViolation.of(at + "end", "là bắt buộc", "is required"));
        }
        if (deadline == null) {
            violations.add(FieldViolation.of(at + "deadline", "là bắt buộc", "is required"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            violations.add(FieldViolation.of(at + "end", "không được trước ngày bắt đầu", "must not be before start"));
        }
        if (start != null && deadline != null && deadline.isBefore(start)) {
            violations.add(FieldViolation.of(at + "deadline", "không được trước ngày bắt đầu giai đoạn",
                    "must not be before start"));
        }
        if (start != null && end != null && programmeStart != null && programmeEnd != null
                && (start.isBefore(programmeStart) || end.isAfter(programmeEnd))) {
            violations.add(FieldViolation.of(at + "start", "giai đoạn phải nằm trong thời gian của chương trình",
                    "the phase must lie within the programme period"));
        }
        for (int i = 0; i < legalBases.size(); i++) {
            violations.addAll(legalBases.get(i).violations(at + "legalBases[" + i + "]."));
        }
        return violations;
    }
}
