package vn.taphuan.contracts.reporting.v1;

/**
 * The province administrator reopened the province's approved (or accepted) report of a period, saying why: the report is a draft again under a new revision, the earlier version is kept, and writes dated in the period are no longer locked.
 *
 * @param reportId report id: province, programme and period, e.g. lai-chau.MTQG_DTTS_MN_2021_2025.2025-Q2
 * @param programmeCode programme catalogue code
 * @param period the period reported: 2025-M03 (month), 2025-Q2 (quarter), 2025-H1 (six months), 2025 (year)
 * @param revision the new revision the reopened draft will be submitted as (the reopened one + 1)
 * @param reopenedRevision the revision that had been approved and is now reopened
 * @param signedBy name of who took the step, as their account names them
 * @param role the role the signer acted in (PROVINCE_ADMIN)
 * @param signedAt ISO-8601 UTC instant of the step
 * @param reason why the approved report is reopened (Vietnamese)
 * @param firstDay ISO date the period starts
 * @param lastDay ISO date the period ends
 */
public record PeriodReportReopened(
        String reportId,
        String programmeCode,
        String period,
        int revision,
        int reopenedRevision,
        String signedBy,
        String role,
        String signedAt,
        String reason,
        String firstDay,
        String lastDay) {
}
