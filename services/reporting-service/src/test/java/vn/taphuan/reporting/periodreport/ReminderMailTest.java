package vn.taphuan.reporting.periodreport;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessagePreparator;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A reminder is e-mailed in Vietnamese with English below, to the province's addresses, only where a server is set. */
class ReminderMailTest {

    private static final ReminderProperties PROPERTIES = new ReminderProperties(5, 31, Duration.ofHours(1), true,
            "bao-cao@taphuan.vn", Map.of("lai-chau", List.of("skhdt@laichau.gov.vn", "sldtbxh@laichau.gov.vn")));
    private static final ReportingPeriod Q3 = ReportingPeriod.parse("2025-Q3").orElseThrow();
    private static final OwedReports.Owed OWED = new OwedReports.Owed("lai-chau.MTQG_DTTS_MN_2021_2025.2025-Q3",
            "MTQG_DTTS_MN_2021_2025", "Chương trình MTQG DTTS&MN", Q3, LocalDate.of(2025, 10, 10), ReportState.DRAFT, 0);
    private static final ReminderWords DUE = new ReminderWords.PeriodReportDueSoon(Q3.titleVi(), Q3.key(),
            "Chương trình MTQG DTTS&MN", LocalDate.of(2025, 10, 10), 4);

    @Test
    void theProvincesAddressesGetTheReminderInVietnameseWithEnglishBelow() {
        Recording sender = new Recording(false);
        assertThat(new ReminderMail(sender, PROPERTIES).send("lai-chau", "Lai Châu", OWED, DUE)).isTrue();
        assertThat(sender.sent).hasSize(1);
        SimpleMailMessage message = sender.sent.get(0);
        assertThat(message.getTo()).containsExactly("skhdt@laichau.gov.vn", "sldtbxh@laichau.gov.vn");
        assertThat(message.getFrom()).isEqualTo("bao-cao@taphuan.vn");
        assertThat(message.getSubject()).isEqualTo("[Tập huấn] Lai Châu: nhắc hạn nộp báo cáo Quý 3/2025 (MTQG_DTTS_MN_2021_2025)");
        String text = message.getText();
        assertThat(text).contains("Báo cáo Quý 3/2025 của Chương trình MTQG DTTS&MN phải nộp trước ngày 10/10/2025 (còn 4 ngày)",
                "Mã báo cáo: lai-chau.MTQG_DTTS_MN_2021_2025.2025-Q3", "Trạng thái: đang soạn",
                "The report of 2025-Q3 for Chương trình MTQG DTTS&MN is due by 10/10/2025 (4 days left)");
        assertThat(text.indexOf("Báo cáo Quý 3/2025")).isLessThan(text.indexOf("The report of 2025-Q3"));
    }

    @Test
    void withoutAServerOrAddressesNothingIsSentAndAFailingServerFailsNothing() {
        assertThat(new ReminderMail((JavaMailSender) null, PROPERTIES).send("lai-chau", "Lai Châu", OWED, DUE)).isFalse();
        Recording sender = new Recording(false);
        assertThat(new ReminderMail(sender, PROPERTIES).send("dien-bien", "Điện Biên", OWED, DUE)).isFalse();
        assertThat(sender.sent).isEmpty();
        assertThat(new ReminderMail(new Recording(true), PROPERTIES).send("lai-chau", "Lai Châu", OWED, DUE)).isFalse();
    }

    /** A mail server that records what it is given, or refuses it. */
    private static final class Recording implements JavaMailSender {
        final List<SimpleMailMessage> sent = new ArrayList<>();
        private final boolean failing;

        Recording(boolean failing) {
            this.failing = failing;
        }

        @Override
        public void send(SimpleMailMessage... messages) {
            if (failing) {
                throw new MailSendException("connection refused");
            }
            sent.addAll(List.of(messages));
        }

        @Override
        public MimeMessage createMimeMessage() {
            throw new UnsupportedOperationException();
        }

        @Override
        public MimeMessage createMimeMessage(InputStream contentStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void send(MimeMessage... mimeMessages) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void send(MimeMessagePreparator... mimeMessagePreparators) {
            throw new UnsupportedOperationException();
        }
    }
}
