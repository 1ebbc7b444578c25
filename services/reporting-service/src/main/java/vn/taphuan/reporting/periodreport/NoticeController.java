package vn.taphuan.reporting.periodreport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.refusal.Catalogue;
import vn.taphuan.kit.security.ProgressRead;
import vn.taphuan.reporting.scope.Scopes;
import vn.taphuan.reporting.views.Audience;
import vn.taphuan.reporting.views.ProgressViews;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The province's notices: its reports due within {@code reporting.reminders.days-before} days or overdue, not yet
 * submitted — what the reminders announce, shown on its dashboard whether or not e-mail is configured.
 */
@RestController
@Tag(name = "Báo cáo định kỳ (periodic reports)")
class NoticeController {

    private final OwedReports owed;
    private final Scopes scopes;
    private final ProgressViews views;
    private final ReminderProperties properties;

    NoticeController(OwedReports owed, Scopes scopes, ProgressViews views, ReminderProperties properties) {
        this.owed = owed;
        this.scopes = scopes;
        this.views = views;
        this.properties = properties;
    }

    /** @param daysBefore how many days before a deadline a report is announced due */
    record Notices(LocalDate today, int daysBefore, List<Notice> items) {
    }

    @ProgressRead
    @GetMapping("/api/v1/progress/notices")
    @Operation(summary = "Nhắc việc của tỉnh: các báo cáo định kỳ sắp đến hạn hoặc quá hạn mà chưa nộp (the province's "
            + "notices: periodic reports due soon or overdue, not yet submitted)")
    Notices notices() {
        LocalDate today = views.today();
        Audience audience = views.audience();
        Catalogue catalogue = Catalogue.shared();
        List<Notice> items = owed.unsubmitted(scopes.currentProvinceDetails(), today, null,
                today.plusDays(properties.daysBefore()), audience::sees).stream().map(o -> {
                    long days = ChronoUnit.DAYS.between(today, o.deadline());
                    ReminderWords words = days >= 0
                            ? new ReminderWords.PeriodReportDueSoon(o.period().titleVi(), o.period().key(),
                            o.programmeName(), o.deadline(), days)
                            : new ReminderWords.PeriodReportOverdueNotice(o.period().titleVi(), o.period().key(),
                            o.programmeName(), o.deadline(), -days);
                    return new Notice(days >= 0 ? Notice.Kind.DUE : Notice.Kind.OVERDUE, o.reportId(),
                            o.programmeCode(), o.programmeName(), o.period().key(), o.period().titleVi(), o.deadline(),
                            days, o.state(), o.state().labelVi(), o.state().labelEn(), o.revision(),
                            catalogue.render(words, Catalogue.Language.VI), catalogue.render(words, Catalogue.Language.EN));
                }).toList();
        return new Notices(today, properties.daysBefore(), items);
    }
}
