package vn.taphuan.reporting.periodreport;

import vn.taphuan.contracts.reporting.v1.PeriodReportAccepted;
import vn.taphuan.contracts.reporting.v1.PeriodReportApproved;
import vn.taphuan.contracts.reporting.v1.PeriodReportReopened;
import vn.taphuan.contracts.reporting.v1.PeriodReportReturned;
import vn.taphuan.contracts.reporting.v1.PeriodReportSubmitted;

/** The event each signed step of the chain publishes on {@code reporting.events.v1}, from the report as the step left it. */
final class ChainEvents {

    /** The event of the report's last sign-off. */
    static Record of(PeriodicReport report) {
        SignOff step = report.lastSignOff();
        String at = step.at().toString();
        String firstDay = report.firstDay().toString();
        String lastDay = report.lastDay().toString();
        return switch (step.step()) {
            case SUBMIT -> {
                ReportFigures figures = report.figures();
                yield new PeriodReportSubmitted(report.id(), report.programmeCode(), report.period(), step.revision(),
                        step.name(), step.role().name(), at, report.cadence().name(), report.firstDay().toString(),
                        report.lastDay().toString(), report.deadline().toString(), figures.total().personTurns(),
                        figures.total().personTurnTarget(), figures.total().activitiesHeld(),
                        figures.total().spentVnd());
            }
            case APPROVE -> new PeriodReportApproved(report.id(), report.programmeCode(), report.period(),
                    step.revision(), step.name(), at, step.role().name(), firstDay, lastDay);
            case RETURN -> new PeriodReportReturned(report.id(), report.programmeCode(), report.period(),
                    step.revision(), step.name(), step.ministry(), at, step.reason(), step.role().name(), firstDay,
                    lastDay);
            case ACCEPT -> new PeriodReportAccepted(report.id(), report.programmeCode(), report.period(),
                    step.revision(), step.name(), step.ministry(), at, step.role().name(), firstDay, lastDay);
            case REOPEN -> new PeriodReportReopened(report.id(), report.programmeCode(), report.period(),
                    report.revision(), step.revision(), step.name(), step.role().name(), at, step.reason(), firstDay,
                    lastDay);
            case COMMENT -> throw new IllegalStateException("comments are not signed steps");
        };
    }

    private ChainEvents() {
    }
}
