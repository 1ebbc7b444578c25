package vn.taphuan.contracts.reporting.v1;

/**
 * The province administrator approved the province's submitted report of a period for the ministry.
 *
 * @param reportId report id: province, programme and period, e.g. lai-chau.MTQG_DTTS_MN_2021_2025.2025-Q2
 * @param programmeCode programme catalogue code
 * @param period the period reported: 2025-M03 (month), 2025-Q2 (quarter), 2025-H1 (six months), 2025 (year)
 * @param revision the submission concerned: 1 for the first, 2 after one return, …
 * @param signedBy name of who took the step, as their account names them
 * @param signedAt ISO-8601 UTC instant of the step
 * @param role the role the signer acted in (PROVINCE_ADMIN; optional within v1)
 * @param firstDay ISO date the period starts (optional within v1: absent in events published before it was added)
 * @param lastDay ISO date the period ends (optional within v1, as firstDay)
 */
public record PeriodReportApproved(
        String reportId,
        String programmeCode,
        String period,
        int revision,
        String signedBy,
        String signedAt,
        String role,
        String firstDay,
        String lastDay) {
}
