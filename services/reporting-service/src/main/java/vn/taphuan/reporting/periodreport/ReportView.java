package vn.taphuan.reporting.periodreport;

import vn.taphuan.kit.web.Versioned;
import vn.taphuan.reporting.progress.PeriodReport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A period's report as it is read: the figures frozen at submission (or, while it is being written, the live ones),
 * each plan and target line with the officer's comment, and every sign-off.
 *
 * @param frozen  true once submitted (and not returned): the figures are those of {@code figuresAsOf}
 * @param version the stored version (0 before anything was written), sent as the ETag
 */
public record ReportView(String reportId, String tenantId, String provinceName, String programmeCode, String programmeName,
                         String period, String titleVi, Cadence cadence, LocalDate firstDay, LocalDate lastDay,
                         LocalDate deadline, ReportState state, boolean late, int revision, boolean frozen,
                         Instant figuresAsOf, PeriodReport.Line total, List<PlanView> plans, List<SignOff> signOffs,
                         long version) implements Versioned {

    public record PlanView(String planId, String title, String documentNumber, PeriodReport.Line figures,
                           List<LineView> lines) {
    }

    /** @param comment the officer's words on the line (reasons for delay, proposals), or null */
    public record LineView(String lineId, String description, PeriodReport.Line figures, String comment) {
    }
}
