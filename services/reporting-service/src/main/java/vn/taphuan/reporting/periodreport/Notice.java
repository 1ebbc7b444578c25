package vn.taphuan.reporting.periodreport;

import java.time.LocalDate;

/**
 * A notice on the province's dashboard: one of its reports is due soon or overdue and has not been submitted.
 *
 * @param kind      DUE (deadline within {@code reporting.reminders.days-before} days) or OVERDUE
 * @param daysLeft  days from today to the deadline, negative when it has passed
 * @param messageVi the notice in Vietnamese; {@code messageEn} the same in English
 */
public record Notice(Kind kind, String reportId, String programmeCode, String programmeName, String period,
                     String titleVi, LocalDate deadline, long daysLeft, ReportState state, String stateVi,
                     String stateEn, int revision, String messageVi, String messageEn) {

    public enum Kind {
        DUE, OVERDUE
    }
}
