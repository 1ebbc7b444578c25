package vn.taphuan.reporting.periodreport;

import vn.taphuan.reporting.progress.PeriodReport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The ministry's view of one period: every onboarded province's report of each programme the reader sees, the
 * certified figures (of approved or accepted reports) beside the live ones, and the reports still outstanding.
 *
 * @param programmeCode the programme asked for, or null for every programme the reader sees
 * @param today         the day (Vietnam time) the view was made for: deadlines and lateness are judged on it
 * @param rows          one per province and programme with plans in the period, by province name then programme
 * @param totals        the whole country: certified (approved or accepted reports only) and live
 * @param programmes    the same per programme
 * @param outstanding   the reports not yet approved by their province, by deadline then province name
 */
public record NationalPeriodView(String period, String titleVi, Cadence cadence, LocalDate firstDay, LocalDate lastDay,
                                 String programmeCode, LocalDate today, Counts counts, Totals totals,
                                 List<ProgrammeTotals> programmes, List<Row> rows, List<Outstanding> outstanding) {

    /**
     * A province's report of one programme for the period.
     *
     * @param state       DRAFT also for a report never begun
     * @param late        its deadline has passed and the province has not approved it
     * @param submittedAt when the submission now standing was signed (null while it is written or once returned)
     * @param approvedAt  when the province approved it (null until approved, and once returned)
     * @param acceptedAt  when the owning ministry accepted it
     * @param certified   the figures frozen at submission of an APPROVED or ACCEPTED report, else null
     * @param live        the live figures of the province's plans of the programme in the period
     * @param version     the report's stored version (0 before any), for {@code If-Match} on accept or return
     */
    public record Row(String tenantId, String provinceName, String programmeCode, String programmeName,
                      String reportId, ReportState state, String stateVi, String stateEn, LocalDate deadline,
                      boolean late, int revision, long version, Instant submittedAt, Instant approvedAt,
                      Instant acceptedAt, PeriodReport.Line certified, PeriodReport.Line live) {
    }

    /**
     * How the rows stand: {@code draft}, {@code submitted}, {@code approved}, {@code returned}, {@code accepted} count
     * reports in that state; {@code outstanding} those not yet approved by their province (draft, submitted,
     * returned), {@code late} those of them past their deadline; {@code certified} approved or accepted.
     */
    public record Counts(int reports, int draft, int submitted, int approved, int returned, int accepted,
                         int certified, int outstanding, int late) {
    }

    /** Certified (approved or accepted reports only) and live figures of the same rows. */
    public record Totals(PeriodReport.Line certified, PeriodReport.Line live) {
    }

    public record ProgrammeTotals(String programmeCode, String programmeName, Counts counts, PeriodReport.Line certified,
                                  PeriodReport.Line live) {
    }

    /** @param daysLeft days from today to the deadline, negative when it has passed */
    public record Outstanding(String tenantId, String provinceName, String programmeCode, String reportId,
                              ReportState state, String stateVi, String stateEn, LocalDate deadline, long daysLeft,
                              boolean late) {
    }
}
