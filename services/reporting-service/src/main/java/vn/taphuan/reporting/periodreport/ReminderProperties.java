package vn.taphuan.reporting.periodreport;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The reminders of periodic reports ({@code reporting.reminders.*}).
 *
 * @param daysBefore      a report not yet submitted is announced due ({@code PeriodReportDue}) from this many days
 *                        before its deadline (default 5)
 * @param overdueWithin   a deadline passed at most this many days ago is announced overdue ({@code PeriodReportOverdue})
 *                        if the pass has not done so yet (default 31): a replica down over a deadline still announces
 *                        it, while the first start of the service does not announce every period since 2021
 * @param interval        how often the pass runs (default one hour)
 * @param enabled         whether the pass runs by itself (default true); the notices are shown either way
 * @param from            the sender of the e-mails
 * @param recipients      addresses to e-mail, by province (tenant id); e-mail is sent only where
 *                        {@code spring.mail.host} is set
 */
@ConfigurationProperties("reporting.reminders")
public record ReminderProperties(Integer daysBefore, Integer overdueWithin, Duration interval, Boolean enabled,
                                 String from, Map<String, List<String>> recipients) {

    public ReminderProperties {
        daysBefore = daysBefore == null ? 5 : daysBefore;
        overdueWithin = overdueWithin == null ? 31 : overdueWithin;
        interval = interval == null ? Duration.ofHours(1) : interval;
        enabled = enabled == null || enabled;
        from = from == null || from.isBlank() ? "no-reply@taphuan.vn" : from;
        recipients = recipients == null ? Map.of() : Map.copyOf(recipients);
        if (daysBefore < 0 || overdueWithin < 0) {
            throw new IllegalArgumentException("reporting.reminders: days-before and overdue-within must not be negative");
        }
    }

    public List<String> recipientsOf(String tenantId) {
        return recipients.getOrDefault(tenantId, List.of());
    }
}
