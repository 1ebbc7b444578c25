package vn.taphuan.plan.programme;

import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.plan.programme.ProgrammeRefusal.PhaseDeadlineBeforeStart;
import vn.taphuan.plan.programme.ProgrammeRefusal.PhaseEndsBeforeStart;
import vn.taphuan.plan.programme.ProgrammeRefusal.PhaseOutsideProgramme;
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

    List<Violation> violations(String at, LocalDate programmeStart, LocalDate programmeEnd) {
        List<Violation> violations = new ArrayList<>();
        if (code == null || code.isBlank()) {
            violations.add(Violation.required(at + "code"));
        }
        if (start == null) {
            violations.add(Violation.required(at + "start"));
        }
        if (end == null) {
            violations.add(Violation.required(at + "end"));
        }
        if (deadline == null) {
            violations.add(Violation.required(at + "deadline"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            violations.add(Violation.of(at + "end", new PhaseEndsBeforeStart()));
        }
        if (start != null && deadline != null && deadline.isBefore(start)) {
            violations.add(Violation.of(at + "deadline", new PhaseDeadlineBeforeStart()));
        }
        if (start != null && end != null && programmeStart != null && programmeEnd != null
                && (start.isBefore(programmeStart) || end.isAfter(programmeEnd))) {
            violations.add(Violation.of(at + "start", new PhaseOutsideProgramme()));
        }
        for (int i = 0; i < legalBases.size(); i++) {
            violations.addAll(legalBases.get(i).violations(at + "legalBases[" + i + "]."));
        }
        return violations;
    }
}
