package vn.taphuan.reporting.periodreport;

import org.springframework.stereotype.Service;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.security.CurrentUser;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.Decision;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.kit.web.PageResponse;
import vn.taphuan.reporting.ReportingProperties;
import vn.taphuan.reporting.progress.PlanFigures;
import vn.taphuan.reporting.scope.Scopes;
import vn.taphuan.reporting.views.ProgressViews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The periodic reports of the current province: which periods its programmes report and where each report stands,
 * and the steps of the chain, taken through the kit's command path (version-guarded, audited, with their events).
 * The figures are taken from the live projections ({@link ProgressViews}) at the moment of submission.
 */
@Service
public class PeriodReports {

    private final AggregateStore store;
    private final ProgressViews views;
    private final Scopes scopes;
    private final ReportingCalendar calendar;
    private final ReportingProperties properties;
    private final Clock clock;
    private final CommuneGate communes;

    PeriodReports(AggregateStore store, ProgressViews views, Scopes scopes, ReportingProperties properties,
                  Clock clock, CommuneGate communes) {
        this.communes = communes;
        this.store = store;
        this.views = views;
        this.scopes = scopes;
        this.calendar = properties.periods().calendar();
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The periods the current province reports, for each programme of its plans the reader sees: those its plans'
     * spans overlap that have begun, each with its deadline and its report's state.
     */
    public PageResponse<PeriodRow> periods(String programmeCode, Cadence cadence, Integer year, int page, int size) {
        LocalDate today = views.today();
        String tenant = TenantContext.require();
        List<PeriodRow> rows = new ArrayList<>();
        Map<String, String> programmes = views.provinceProgrammes();
        Map<String, ReportingCalendar.Dated> byId = new HashMap<>();
        Map<String, String> programmeOf = new HashMap<>();
        programmes.forEach((code, name) -> {
            if (programmeCode != null && !programmeCode.equals(code)) {
                return;
            }
            List<PlanFigures> plans = views.provincePlans(code);
            LocalDate first = plans.stream().map(p -> p.plan().periodStart()).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate last = plans.stream().map(p -> p.plan().periodEnd()).max(Comparator.naturalOrder()).orElseThrow();
            for (ReportingCalendar.Dated dated : calendar.periods(code, first, last, today)) {
                if ((cadence == null || cadence == dated.period().cadence())
                        && (year == null || year == dated.period().from().getYear())) {
                    String id = PeriodicReport.idOf(tenant, code, dated.period());
                    byId.put(id, dated);
                    programmeOf.put(id, code);
                }
            }
        });
        Map<String, PeriodicReport> reports = new HashMap<>();
        store.findAll(PeriodicReport.class, byId.keySet()).forEach(r -> reports.put(r.id(), r));
        byId.forEach((id, dated) -> {
            PeriodicReport report = reports.get(id);
            String code = programmeOf.get(id);
            ReportingPeriod period = dated.period();
            boolean over = today.isAfter(period.lastDay());
            rows.add(new PeriodRow(id, code, programmes.get(code), period.key(), period.titleVi(), period.cadence(),
                    period.firstDay(), period.lastDay(), dated.deadline(), over,
                    report == null ? ReportState.DRAFT : report.state(), report != null,
                    report == null ? over && today.isAfter(dated.deadline()) : report.lateOn(today),
                    report == null ? 0 : report.revision(), report == null ? 0 : report.version(),
                    report == null ? null : report.lastSignOff()));
        });
        rows.sort(Comparator.comparing(PeriodRow::lastDay).thenComparing(r -> r.cadence().months())
                .thenComparing(PeriodRow::programmeCode));
        int from = (int) Math.min((long) page * size, rows.size());
        return new PageResponse<>(rows.subList(from, Math.min(from + size, rows.size())), page, size, rows.size());
    }

    /** A report of the current province: a draft with the live figures until submitted. */
    public ReportView report(String reportId) {
        Resolved resolved = resolve(reportId);
        PeriodicReport report = store.find(PeriodicReport.class, resolved.id()).orElseGet(resolved::draft);
        return view(report, resolved);
    }

    /** The officer's comments on target lines, while the report is being written. */
    public ReportView comment(String reportId, Long expectedVersion, List<LineComment> comments) {
        Signer by = signer();
        return step(reportId, expectedVersion, (report, resolved) ->
                report.comment(comments, resolved.live(), by));
    }

    public ReportView submit(String reportId, long expectedVersion) {
        Signer by = signer();
        return step(reportId, expectedVersion, (report, resolved) -> {
            // the lower level first: every commune reporting to the province has submitted (checked only where the
            // report would be submitted, so a step out of turn is still refused as such)
            if (report.state() == ReportState.DRAFT || report.state() == ReportState.RETURNED) {
                communes.requireAllSubmitted(resolved.id(), resolved.period.key());
            }
            report.submit(resolved.live(), by, clock.instant(), views.today());
        });
    }

    public ReportView approve(String reportId, long expectedVersion) {
        Signer by = signer();
        return step(reportId, expectedVersion, (report, resolved) -> report.approve(by, clock.instant()));
    }

    public ReportView returnForRevision(String reportId, long expectedVersion, String reason) {
        Signer by = signer();
        return step(reportId, expectedVersion, (report, resolved) -> report.returnForRevision(reason, by,
                properties.owners().ownerOf(resolved.programmeCode), clock.instant()));
    }

    /**
     * The province administrator reopens the approved (or accepted) report, saying why: a draft again under the
     * next revision, the approved version kept, the period unlocked for the services owning its data.
     */
    public ReportView reopen(String reportId, long expectedVersion, String reason) {
        Signer by = signer();
        return step(reportId, expectedVersion, (report, resolved) -> report.reopen(reason, by, clock.instant()));
    }

    public ReportView accept(String reportId, long expectedVersion) {
        Signer by = signer();
        return step(reportId, expectedVersion, (report, resolved) ->
                report.accept(by, properties.owners().ownerOf(resolved.programmeCode), clock.instant()));
    }

    private interface Command {
        void run(PeriodicReport report, Resolved resolved);
    }

    /**
     * Runs a step on the report (a new draft if none was written yet) and stores it with the event of its sign-off,
     * in one version-guarded, audited write; a comment is no sign-off and announces nothing.
     */
    private ReportView step(String reportId, Long expectedVersion, Command command) {
        Resolved resolved = resolve(reportId);
        AggregateStore.Executed<PeriodicReport, Void> done = store.execute(PeriodicReport.class, resolved.id(),
                expectedVersion, resolved::draft, report -> {
                    int signed = report.signOffs().size();
                    command.run(report, resolved);
                    return Decision.write(report.signOffs().size() > signed ? List.of(ChainEvents.of(report))
                            : List.of());
                });
        return view(done.aggregate(), done.version(), resolved);
    }

    /**
     * The period a report id of the current province names, with the plans it covers: another province's id, or one
     * naming no period the province reports, is not found.
     */
    private Resolved resolve(String reportId) {
        PeriodicReport.Named named = PeriodicReport.parseId(reportId)
                .filter(n -> n.tenantId().equals(TenantContext.require()))
                .orElseThrow(() -> Refused.notFound(new PeriodReportRefusal.NoSuchPeriodReport(reportId)));
        String programmeCode = named.programmeCode();
        ReportingPeriod period = named.period();
        List<PlanFigures> plans = views.provincePlans(programmeCode).stream()
                .filter(p -> !p.plan().periodStart().isAfter(period.lastDay())
                        && !p.plan().periodEnd().isBefore(period.firstDay()))
                .toList();
        LocalDate deadline = calendar.deadline(programmeCode, period).orElse(null);
        if (plans.isEmpty() || deadline == null || period.firstDay().isAfter(views.today())) {
            throw Refused.notFound(new PeriodReportRefusal.NotAReportingPeriod(programmeCode, period.key()));
        }
        String tenant = TenantContext.require();
        String name = plans.stream().map(p -> p.plan().programmeName()).filter(java.util.Objects::nonNull)
                .findFirst().orElse(programmeCode);
        return new Resolved(tenant, PeriodicReport.idOf(tenant, programmeCode, period), programmeCode, name, period,
                deadline, plans);
    }

    /** A period of a programme in the current province, with the plans it covers. */
    private final class Resolved {
        private final String tenant;
        private final String id;
        private final String programmeCode;
        private final String programmeName;
        private final ReportingPeriod period;
        private final LocalDate deadline;
        private final List<PlanFigures> plans;
        private ReportFigures live;

        Resolved(String tenant, String id, String programmeCode, String programmeName, ReportingPeriod period,
                 LocalDate deadline, List<PlanFigures> plans) {
            this.tenant = tenant;
            this.id = id;
            this.programmeCode = programmeCode;
            this.programmeName = programmeName;
            this.period = period;
            this.deadline = deadline;
            this.plans = plans;
        }

        String id() {
            return id;
        }

        PeriodicReport draft() {
            return PeriodicReport.draft(tenant, programmeCode, period, deadline);
        }

        /** The figures the report would have now. */
        ReportFigures live() {
            if (live == null) {
                live = ReportFigures.of(period, plans, clock.instant());
            }
            return live;
        }
    }

    private ReportView view(PeriodicReport report, Resolved resolved) {
        return view(report, report.version(), resolved);
    }

    private ReportView view(PeriodicReport report, long version, Resolved resolved) {
        boolean frozen = report.state() != ReportState.DRAFT && report.state() != ReportState.RETURNED;
        ReportFigures figures = frozen ? report.figures() : resolved.live();
        Map<String, String> comments = new HashMap<>();
        report.comments().forEach(c -> comments.put(c.planId() + "/" + c.lineId(), c.comment()));
        List<ReportView.PlanView> plans = figures.plans().stream().map(p -> new ReportView.PlanView(p.planId(),
                p.title(), p.documentNumber(), p.figures(), p.lines().stream().map(l -> new ReportView.LineView(
                        l.lineId(), l.description(), l.figures(), comments.get(p.planId() + "/" + l.lineId())))
                .toList())).toList();
        ReportingPeriod period = resolved.period;
        return new ReportView(resolved.id, resolved.tenant, scopes.province(resolved.tenant).name(), resolved.programmeCode,
                resolved.programmeName, period.key(), period.titleVi(), period.cadence(), period.firstDay(),
                period.lastDay(), report.deadline(), report.state(), report.lateOn(views.today()), report.revision(),
                frozen, figures.asOf(), figures.total(), plans, report.signOffs(),
                report.earlierVersions().stream().map(ReportView.EarlierVersionView::of).toList(), version);
    }

    /**
     * A report of the current province as its export reads it: the view, and the figures it shows (frozen at
     * submission, or the live ones while it is written) with their cumulative figures.
     */
    public Exported exported(String reportId) {
        Resolved resolved = resolve(reportId);
        PeriodicReport report = store.find(PeriodicReport.class, resolved.id()).orElseGet(resolved::draft);
        ReportView view = view(report, resolved);
        return new Exported(view, view.frozen() ? report.figures() : resolved.live());
    }

    /** A report's view with the figures it shows. */
    public record Exported(ReportView view, ReportFigures figures) {
    }

    /** Who is signing, from the token. */
    private static Signer signer() {
        CurrentUser user = CurrentUser.get().orElseThrow();
        return new Signer(user.userId(), user.name(), user.roles(), user.ministry());
    }
}
