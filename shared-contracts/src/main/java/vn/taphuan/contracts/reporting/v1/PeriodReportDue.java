package vn.taphuan.contracts.reporting.v1;

/**
 * A province's report of a period is due within the configured number of days and has not been submitted: the
 * reminder before the deadline. Announced once per report and revision.
 *
 * @param reportId report id: province, programme and period, e.g. lai-chau.MTQG_DTTS_MN_2021_2025.2025-Q2
 * @param programmeCode programme catalogue code
 * @param period the period reported: 2025-M03 (month), 2025-Q2 (quarter), 2025-H1 (six months), 2025 (year)
 * @param revision the submissions so far: 0 before the first, 1 when returned after the first, …
 * @param state where the report stands: DRAFT (never submitted) or RETURNED (returned for revision)
 * @param deadline ISO date the report is due (the programme's rule)
 * @param daysLeft whole days from the reminder's day (Vietnam time) to the deadline; 0 on the deadline itself
 * @param remindedAt ISO-8601 UTC instant of the reminder
 */
public record PeriodReportDue(
        String reportId,
        String programmeCode,
        String period,
        int revision,
        String state,
        String deadline,
        int daysLeft,
        String remindedAt) {
}
