package vn.taphuan.reporting.periodreport;

import java.time.LocalDate;

/**
 * One period a province reports, as the list of periods shows it.
 *
 * @param reportId  the id of the period's report, whether or not it has been written yet
 * @param over      the period's last day has passed: its report may be submitted
 * @param started   a report has been written for it (a period without one is a draft not yet begun)
 * @param late      its deadline has passed and the province has not approved its report
 * @param version   the report's stored version (0 before any), for {@code If-Match}
 * @param lastStep  the last sign-off, or null
 */
public record PeriodRow(String reportId, String programmeCode, String programmeName, String period, String titleVi, Cadence cadence,
                        LocalDate firstDay, LocalDate lastDay, LocalDate deadline, boolean over, ReportState state,
                        boolean started, boolean late, int revision, long version, SignOff lastStep) {
}
