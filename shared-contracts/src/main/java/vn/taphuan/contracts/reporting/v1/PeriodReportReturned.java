package vn.taphuan.contracts.reporting.v1;

/**
 * The province's report of a period was returned for revision, saying why: by an analyst of the ministry owning the programme (an approved report), or by the province administrator to the officers before approving (a submitted report); the province revises and submits it again.
 *
 * @param reportId report id: province, programme and period, e.g. lai-chau.MTQG_DTTS_MN_2021_2025.2025-Q2
 * @param programmeCode programme catalogue code
 * @param period the period reported: 2025-M03 (month), 2025-Q2 (quarter), 2025-H1 (six months), 2025 (year)
 * @param revision the submission concerned: 1 for the first, 2 after one return, …
 * @param signedBy name of who took the step, as their account names them
 * @param ministry code of the ministry owning the programme the analyst acted for, e.g. BDTTG; null when the province administrator returned a submitted report
 * @param signedAt ISO-8601 UTC instant of the step
 * @param reason what is to be revised (Vietnamese)
 * @param role the role the signer acted in: MINISTRY_ANALYST for an approved report, PROVINCE_ADMIN for a submitted one (optional within v1)
 * @param firstDay ISO date the period starts (optional within v1: absent in events published before it was added)
 * @param lastDay ISO date the period ends (optional within v1, as firstDay)
 */
public record PeriodReportReturned(
        String reportId,
        String programmeCode,
        String period,
        int revision,
        String signedBy,
        String ministry,
        String signedAt,
        String reason,
        String role,
        String firstDay,
        String lastDay) {
}
