package vn.taphuan.contracts.reporting.v1;

/**
 * A province's report of a period was not submitted by its deadline. Announced once per report.
 *
 * @param reportId report id: province, programme and period, e.g. lai-chau.MTQG_DTTS_MN_2021_2025.2025-Q2
 * @param programmeCode programme catalogue code
 * @param period the period reported: 2025-M03 (month), 2025-Q2 (quarter), 2025-H1 (six months), 2025 (year)
 * @param revision the submissions so far: 0 before the first, 1 when returned after the first, …
 * @param state where the report stands: DRAFT (never submitted) or RETURNED (returned for revision)
 * @param deadline ISO date the report was due (the programme's rule)
 * @param daysOverdue whole days from the deadline to the day it was noticed (Vietnam time), at least 1
 * @param noticedAt ISO-8601 UTC instant it was noticed
 */
public record PeriodReportOverdue(
        String reportId,
        String programmeCode,
        String period,
        int revision,
        String state,
        String deadline,
        int daysOverdue,
        String noticedAt) {
}
