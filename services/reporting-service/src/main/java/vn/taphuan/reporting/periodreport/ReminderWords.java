package vn.taphuan.reporting.periodreport;

import vn.taphuan.kit.refusal.Reason;

import java.time.LocalDate;

/**
 * The words of the reminders (the province's notices and the e-mails), in the message catalogues like every reason's:
 * data here, Vietnamese and English in {@code messages_*.properties}.
 */
public sealed interface ReminderWords extends Reason {

    /** A report not yet submitted is due in {@code days} days (0: today). */
    record PeriodReportDueSoon(String periodTitle, String period, String programmeName, LocalDate deadline, long days)
            implements ReminderWords {
    }

    /** A report not submitted by its deadline, {@code days} days ago. */
    record PeriodReportOverdueNotice(String periodTitle, String period, String programmeName, LocalDate deadline,
                                     long days) implements ReminderWords {
    }

    /** The subject of a reminder's e-mail. */
    record PeriodReportReminderSubject(String provinceName, String periodTitle, String period, String programmeCode)
            implements ReminderWords {
    }
}
