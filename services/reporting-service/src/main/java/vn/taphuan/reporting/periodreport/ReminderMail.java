package vn.taphuan.reporting.periodreport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import vn.taphuan.kit.refusal.Catalogue;

import java.util.List;

/**
 * Sends a reminder by e-mail to the addresses configured for the province ({@code reporting.reminders.recipients}),
 * Vietnamese first and English below. Only where a mail server is configured ({@code spring.mail.host}: Spring Boot
 * then provides the sender); without one nothing is sent and nothing fails. A failing server is logged, not retried:
 * the event and the dashboard's notice carry the reminder all the same.
 */
@Component
class ReminderMail {

    private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);

    private final JavaMailSender sender;
    private final ReminderProperties properties;

    @Autowired
    ReminderMail(ObjectProvider<JavaMailSender> sender, ReminderProperties properties) {
        this(sender.getIfAvailable(), properties);
    }

    ReminderMail(JavaMailSender sender, ReminderProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /**
     * E-mails {@code words} about the report {@code reportId} of {@code provinceName} to the province's recipients.
     *
     * @return whether a message was handed to the mail server
     */
    boolean send(String tenantId, String provinceName, OwedReports.Owed owed, ReminderWords words) {
        List<String> to = properties.recipientsOf(tenantId);
        if (sender == null || to.isEmpty()) {
            return false;
        }
        Catalogue catalogue = Catalogue.shared();
        ReminderWords subject = new ReminderWords.PeriodReportReminderSubject(provinceName, owed.period().titleVi(),
                owed.period().key(), owed.programmeCode());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to.toArray(String[]::new));
        message.setSubject(catalogue.render(subject, Catalogue.Language.VI));
        message.setText(catalogue.render(words, Catalogue.Language.VI) + ".\n"
                + "Mã báo cáo: " + owed.reportId() + "\n"
                + "Trạng thái: " + owed.state().labelVi() + "\n\n"
                + "---\n"
                + catalogue.render(words, Catalogue.Language.EN) + ".\n"
                + "Report id: " + owed.reportId() + "\n"
                + "State: " + owed.state().labelEn() + "\n");
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("reminder of {} not e-mailed to {}: {}", owed.reportId(), to, e.toString());
            return false;
        }
    }
}
