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
 * @param earlierVersions the approved versions the province administrator reopened, oldest first
 * @param version the stored version (0 before anything was written), sent as the ETag
 */
public record ReportView(String reportId, String tenantId, String provinceName, String programmeCode, String programmeName,
                         String period, String titleVi, Cadence cadence, LocalDate firstDay, LocalDate lastDay,
                         LocalDate deadline, ReportState state, boolean late, int revision, boolean frozen,
                         Instant figuresAsOf, PeriodReport.Line total, List<PlanView> plans, List<SignOff> signOffs,
                         List<EarlierVersionView> earlierVersions, long version) implements Versioned {

    public record PlanView(String planId, String title, String documentNumber, PeriodReport.Line figures,
                           List<LineView> lines) {
    }

    /** @param comment the officer's words on the line (reasons for delay, proposals), or null */
    public record LineView(String lineId, String description, PeriodReport.Line figures, String comment) {
    }

    /**
     * An approved version reopened since, as it stood: its figures as they were frozen, its sign-offs, and who
     * reopened it, when and why.
     */
    public record EarlierVersionView(int revision, ReportState state, Instant figuresAsOf, PeriodReport.Line total,
                                     List<ReportFigures.PlanLines> plans, List<SignOff> signOffs, Person reopenedBy,
                                     Instant reopenedAt, String reason) {

        static EarlierVersionView of(EarlierVersion earlier) {
            ReportFigures figures = earlier.figures();
            return new EarlierVersionView(earlier.revision(), earlier.state(), figures == null ? null : figures.asOf(),
                    figures == null ? null : figures.total(), figures == null ? List.of() : figures.plans(),
                    earlier.signOffs(), new Person(earlier.reopenedBy(), earlier.reopenedRole()), earlier.reopenedAt(),
                    earlier.reason());
        }
    }

    /** Who took a step, as their account names them, and the role they acted in. */
    public record Person(String name, vn.taphuan.kit.security.Role role) {
    }
}
