package vn.taphuan.contracts.reporting.v1;

/**
 * A province submitted its report of a period (báo cáo định kỳ) of a programme; its figures are frozen as of the submission. A re-submission after a return is a new revision.
 *
 * @param reportId report id: province, programme and period, e.g. lai-chau.MTQG_DTTS_MN_2021_2025.2025-Q2
 * @param programmeCode programme catalogue code
 * @param period the period reported: 2025-M03 (month), 2025-Q2 (quarter), 2025-H1 (six months), 2025 (year)
 * @param revision the submission concerned: 1 for the first, 2 after one return, …
 * @param signedBy name of who took the step, as their account names them
 * @param role the role the signer acted in
 * @param signedAt ISO-8601 UTC instant of the step
 * @param cadence kind of period
 * @param firstDay ISO date the period starts
 * @param lastDay ISO date the period ends
 * @param deadline ISO date the report was due (the programme's rule)
 * @param personTurns person-turns achieved in the period by the plans reported
 * @param personTurnTarget person-turns those plans target
 * @param activitiesHeld activities held in the period
 * @param spentVnd money spent in the period, VND
 */
public record PeriodReportSubmitted(
        String reportId,
        String programmeCode,
        String period,
        int revision,
        String signedBy,
        String role,
        String signedAt,
        String cadence,
        String firstDay,
        String lastDay,
        String deadline,
        long personTurns,
        long personTurnTarget,
        long activitiesHeld,
        long spentVnd) {
}
