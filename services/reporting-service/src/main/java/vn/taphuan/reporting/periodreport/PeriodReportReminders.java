package vn.taphuan.reporting.periodreport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.taphuan.contracts.reporting.v1.PeriodReportDue;
import vn.taphuan.contracts.reporting.v1.PeriodReportOverdue;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.Decision;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.kit.work.BackgroundWorker;
import vn.taphuan.reporting.scope.Province;
import vn.taphuan.reporting.scope.Scopes;
import vn.taphuan.reporting.views.ProgressViews;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The reminders' pass, every {@code reporting.reminders.interval}: for each onboarded province, each report not yet
 * submitted whose deadline is within {@code days-before} days is announced due ({@code PeriodReportDue}, once per
 * report and revision), and each whose deadline passed (at most {@code overdue-within} days ago) overdue
 * ({@code PeriodReportOverdue}, once per report). Each announcement is claimed in the report's
 * {@link PeriodReportReminder} in the same write as its event, so two replicas or a restart announce it exactly once;
 * the replica whose write counted then e-mails it where mail is configured.
 */
@Component
public class PeriodReportReminders extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(PeriodReportReminders.class);

    private final Scopes scopes;
    private final OwedReports owed;
    private final AggregateStore store;
    private final ReminderMail mail;
    private final ReminderProperties properties;
    private final Clock clock;

    PeriodReportReminders(Scopes scopes, OwedReports owed, AggregateStore store, ReminderMail mail,
                          ReminderProperties properties, Clock clock) {
        super("period-report-reminders", properties.interval(), java.time.Duration.ZERO, DEFAULT_PHASE);
        this.scopes = scopes;
        this.owed = owed;
        this.store = store;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public boolean isAutoStartup() {
        return properties.enabled();
    }

    @Override
    protected void pass() {
        remind(clock.instant());
    }

    /** An announcement this pass made (not one made before, by it or another replica). */
    public record Announced(String reportId, Record event, boolean mailed) {
    }

    /** One pass as of {@code now} (the day is Vietnam's): what it announced. */
    public List<Announced> remind(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ProgressViews.VIETNAM);
        List<Announced> announced = new ArrayList<>();
        for (Province province : scopes.filingProvinces()) {
            try (TenantContext.Scope ignored = TenantContext.open(province.tenantId())) {
                for (OwedReports.Owed report : owed.unsubmitted(province, today,
                        today.minusDays(properties.overdueWithin()), today.plusDays(properties.daysBefore()), code -> true)) {
                    Announced done = announce(province, report, today, now);
                    if (done != null) {
                        announced.add(done);
                    }
                }
            } catch (RuntimeException e) {
                // one province's failure does not keep the others' reminders back; the next pass tries it again
                log.warn("reminders of {} failed: {}", province.tenantId(), e.toString());
            }
        }
        return announced;
    }

    private Announced announce(Province province, OwedReports.Owed report, LocalDate today, Instant now) {
        long days = ChronoUnit.DAYS.between(today, report.deadline());
        String claim;
        Record event;
        ReminderWords words;
        if (days >= 0) {
            claim = PeriodReportReminder.due(report.revision());
            event = new PeriodReportDue(report.reportId(), report.programmeCode(), report.period().key(),
                    report.revision(), report.state().name(), report.deadline().toString(), (int) days, now.toString());
            words = new ReminderWords.PeriodReportDueSoon(report.period().titleVi(), report.period().key(),
                    report.programmeName(), report.deadline(), days);
        } else {
            claim = PeriodReportReminder.OVERDUE;
            event = new PeriodReportOverdue(report.reportId(), report.programmeCode(), report.period().key(),
                    report.revision(), report.state().name(), report.deadline().toString(), (int) -days,
                    now.toString());
            words = new ReminderWords.PeriodReportOverdueNotice(report.period().titleVi(), report.period().key(),
                    report.programmeName(), report.deadline(), -days);
        }
        AggregateStore.Executed<PeriodReportReminder, Void> done = store.execute(PeriodReportReminder.class,
                report.reportId(), null, () -> PeriodReportReminder.of(province.tenantId(), report.reportId()),
                reminder -> reminder.claim(claim) ? Decision.write(List.of(event)) : Decision.unchanged());
        if (!done.written()) {
            return null;
        }
        return new Announced(report.reportId(), event, mail.send(province.tenantId(), province.name(), report, words));
    }
}
