package vn.taphuan.reporting.periodreport;

import vn.taphuan.kit.refusal.Reason;

import java.time.LocalDate;

/** Why a period's report, or a step of its chain, is refused; the words are in {@code messages_*.properties}. */
public sealed interface PeriodReportRefusal extends Reason {

    /** A year is named by its four digits; {@code got} is what was sent. */
    record YearExpected(String got) implements PeriodReportRefusal {
    }

    /** The province has no report by this id (another province's report is reported the same way). */
    record NoSuchPeriodReport(String reportId) implements PeriodReportRefusal {
    }

    /** The province reports no such period of the programme (none of its plans runs then, or the cadence is not one the programme reports). */
    record NotAReportingPeriod(String programmeCode, String period) implements PeriodReportRefusal {
    }

    /** The step does not follow from where the report stands. */
    record ReportStepNotInState(Step step, String period, ReportState state) implements PeriodReportRefusal {
    }

    /** A period's report is submitted once its last day has passed. */
    record PeriodNotOver(String period, LocalDate lastDay) implements PeriodReportRefusal {
    }

    /** The signer's role does not take this step (an officer submits, the province administrator approves, the ministry accepts or returns). */
    record ReportStepNotForRole(Step step) implements PeriodReportRefusal {
    }

    /** Only an analyst of the ministry owning the programme accepts or returns its reports. */
    record NotOwningMinistry(String programmeCode) implements PeriodReportRefusal {
    }

    /** A return names what is to be revised. */
    record ReturnReasonRequired() implements PeriodReportRefusal {
    }

    /** A reopening says why the approved report is reopened. */
    record ReopenReasonRequired() implements PeriodReportRefusal {
    }

    /** A comment names a target line the report does not have. */
    record UnknownTargetLine(String planId, String lineId) implements PeriodReportRefusal {
    }

    /** A period is named by its key: 2025-Q2, 2025-M03, 2025-H1 or 2025; {@code got} is what was sent. */
    record PeriodExpected(String got) implements PeriodReportRefusal {
    }

    /** A reporting commune is a commune of the province as the map stands today. */
    record NotACommuneOfProvince(String unitCode) implements PeriodReportRefusal {
    }

    /** The commune does not report to the province (the administrator lists those that do). */
    record NotAReportingCommune(String communeCode) implements PeriodReportRefusal {
    }

    /** The province reports a period once every reporting commune has submitted its report of it. */
    record CommunesNotSubmitted(String period, java.util.List<String> communes) implements PeriodReportRefusal {
    }
}
