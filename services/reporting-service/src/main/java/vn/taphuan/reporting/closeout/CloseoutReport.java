package vn.taphuan.reporting.closeout;

import vn.taphuan.reporting.progress.Figures;
import vn.taphuan.reporting.progress.PlanFigures.PlanState;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The close-out report of a phase (báo cáo tổng kết) for a province or the country: what each programme achieved
 * against the targets of the phase's plans, and what was not reached and by how much. Counts only, no personal data.
 *
 * @param scope       {@code PROVINCE} or {@code NATIONAL}
 * @param tenantId    the province, or null nationwide
 * @param total       every programme of the phase together (unique persons are not added across programmes: null)
 * @param provinces   nationwide only: each province under each programme it reported
 * @param notReached  each target of a plan line not reached, with by how much
 */
public record CloseoutReport(String phase, LocalDate phaseStart, LocalDate phaseEnd, String scope, String tenantId,
                             String scopeName, LocalDate asOf, Instant dataAsOf, Result total,
                             List<ProgrammeResult> programmes, List<PlanResult> plans, List<ProvinceResult> provinces,
                             List<Shortfall> notReached) {

    /** As documents write it: {@code giai đoạn 2021-2025}. */
    public String phaseVi() {
        return "giai đoạn " + phase;
    }

    /**
     * What a scope (a plan, a programme, a province, the country) achieved against its targets.
     *
     * @param plans                    plans of the phase in the scope
     * @param plansClosedOut           of them, those closed out: their figures are final
     * @param activities               activities held against planned
     * @param personTurns              person-turns achieved against the target
     * @param women                    women's person-turns and share
     * @param ethnicMinority           ethnic-minority person-turns and share
     * @param coverage                 persons trained against the persons the roster targets require; null if none
     * @param uniquePersons            persons trained, each once; null where they cannot be told (across programmes)
     * @param womenShortfall           person-turns of women missing for the lines' minimum shares to be met
     * @param ethnicMinorityShortfall  the same for ethnic-minority learners
     * @param linesNotReached          target lines with at least one target not reached
     * @param budget                   money by source: envelope, allocated, committed, spent, settled, cost per
     *                                 person-turn
     */
    public record Result(int plans, int plansClosedOut, Gap activities, Gap personTurns, Figures.Share women,
                         Figures.Share ethnicMinority, Gap coverage, Long uniquePersons, long womenShortfall,
                         long ethnicMinorityShortfall, int linesNotReached, Figures.BudgetFigures budget) {
    }

    /**
     * An achievement against its target.
     *
     * @param shortfall what was not reached, added up target line by target line: one line's surplus never covers
     *                  another's shortfall (so it may exceed {@code target − achieved} of a sum)
     */
    public record Gap(long target, long achieved, BigDecimal percent, long shortfall) {
    }

    public record ProgrammeResult(String programmeCode, String programmeName, LocalDate deadline, Result result) {
    }

    /**
     * @param closedOutOn          day the plan was closed out, or null while it is not (its figures may still move)
     * @param changesAfterCloseOut events recorded for it after its close-out: kept, not counted in its figures
     */
    public record PlanResult(String tenantId, String planId, String title, String documentNumber, String programmeCode,
                             LocalDate periodStart, LocalDate periodEnd, LocalDate deadline, PlanState state,
                             LocalDate closedOutOn, long changesAfterCloseOut, Result result) {
    }

    public record ProvinceResult(String tenantId, String name, String programmeCode, String programmeName,
                                 Result result) {
    }

    /** What a measure is: the wording the report uses for it. */
    public enum Measure {
        ACTIVITIES("Số hoạt động"),
        PERSON_TURNS("Lượt người"),
        COVERAGE("Số người được đào tạo theo danh sách"),
        WOMEN("Lượt người là nữ (tỷ lệ tối thiểu)"),
        ETHNIC_MINORITY("Lượt người DTTS (tỷ lệ tối thiểu)");

        private final String vi;

        Measure(String vi) {
            this.vi = vi;
        }

        public String vi() {
            return vi;
        }
    }

    /** One target of one plan line not reached: by how much (for shares, the person-turns missing for the minimum). */
    public record Shortfall(String tenantId, String planId, String planTitle, String programmeCode, String lineId,
                            String lineDescription, Measure measure, String measureVi, long target, long achieved,
                            long shortfall, BigDecimal percent) {
    }
}
