package vn.taphuan.reporting.periodreport;

import org.springframework.stereotype.Service;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.kit.security.CurrentUser;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.Decision;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.kit.web.Versioned;
import vn.taphuan.reporting.facts.ActivityFactStore;
import vn.taphuan.reporting.facts.EnrolmentLedger;
import vn.taphuan.reporting.facts.PlanKey;
import vn.taphuan.reporting.facts.Rollups;
import vn.taphuan.reporting.progress.ActivityStatus;
import vn.taphuan.reporting.progress.PlanFigures;
import vn.taphuan.reporting.scope.Scopes;
import vn.taphuan.reporting.units.AdministrativeUnit;
import vn.taphuan.reporting.units.UnitDirectory;
import vn.taphuan.reporting.units.UnitLevel;
import vn.taphuan.reporting.units.UnitStore;
import vn.taphuan.reporting.views.ProgressViews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commune level of the chain: which communes report to the current province, and their reports of each period —
 * the province's activities of the programme in the commune within the period, frozen when submitted.
 */
@Service
public class CommuneReports {

    private final AggregateStore store;
    private final CommuneGate gate;
    private final PeriodReports reports;
    private final ProgressViews views;
    private final Scopes scopes;
    private final UnitStore units;
    private final ActivityFactStore activities;
    private final EnrolmentLedger enrolments;
    private final Rollups rollups;
    private final Clock clock;

    CommuneReports(AggregateStore store, CommuneGate gate, PeriodReports reports, ProgressViews views, Scopes scopes,
                   UnitStore units, ActivityFactStore activities, EnrolmentLedger enrolments, Rollups rollups,
                   Clock clock) {
        this.store = store;
        this.gate = gate;
        this.reports = reports;
        this.views = views;
        this.scopes = scopes;
        this.units = units;
        this.activities = activities;
        this.enrolments = enrolments;
        this.rollups = rollups;
        this.clock = clock;
    }

    /** A commune as the lists name it. */
    public record Commune(String unitCode, String name) {
    }

    /** The province's reporting communes. */
    public record Reporting(List<Commune> communes, long version) implements Versioned {
    }

    public Reporting reporting() {
        ReportingCommunes reporting = gate.reporting();
        return view(reporting.communes(), reporting.version());
    }

    /** The administrator lists the communes reporting to the province: each a commune of it as the map stands today. */
    public Reporting setReporting(List<String> communeCodes, long expectedVersion) {
        UnitDirectory directory = units.directory();
        Set<String> tenants = scopes.currentTenants();
        LocalDate today = views.today();
        List<Violation> wrong = new ArrayList<>();
        for (int i = 0; i < communeCodes.size(); i++) {
            String code = communeCodes.get(i);
            AdministrativeUnit unit = directory.find(code).orElse(null);
            if (unit == null || unit.level() != UnitLevel.COMMUNE || unit.ceasedBy(today)
                    || !tenants.contains(unit.provinceTenantId())) {
                wrong.add(Violation.of("communes[" + i + "]", new PeriodReportRefusal.NotACommuneOfProvince(code)));
            }
        }
        if (!wrong.isEmpty()) {
            throw Refused.invalid(wrong);
        }
        String tenant = TenantContext.require();
        AggregateStore.Executed<ReportingCommunes, Void> done = store.execute(ReportingCommunes.class, tenant,
                expectedVersion, () -> ReportingCommunes.none(tenant), reporting -> {
                    reporting.set(communeCodes);
                    return Decision.write(List.of());
                });
        return view(done.aggregate().communes(), done.version());
    }

    /**
     * A commune's report as the province reads it.
     *
     * @param figures frozen at submission, else the live figures
     * @param version the commune report's stored version (0 before any), for {@code If-Match}
     */
    public record CommuneReportView(String communeCode, String name, String reportId, ReportState state, String stateVi,
                                    String stateEn, boolean frozen, CommuneFigures figures, String comment,
                                    SignOff submitted, long version) implements Versioned {
    }

    /**
     * The commune level of one of the province's reports.
     *
     * @param allSubmitted every reporting commune has submitted: the province may submit its report
     */
    public record Communes(String reportId, String period, boolean allSubmitted, List<CommuneReportView> communes) {
    }

    public Communes communes(String reportId) {
        ReportView report = reports.report(reportId);
        List<String> codes = gate.reporting().communes();
        Map<String, CommuneReport> stored = gate.reports(report.reportId(), codes);
        List<CommuneReportView> views = codes.stream().map(code -> view(report, code, stored.get(code))).toList();
        return new Communes(report.reportId(), report.period(),
                views.stream().allMatch(v -> v.state() == ReportState.SUBMITTED), views);
    }

    /** A reporting commune's report is submitted, its figures frozen, with the commune's words. */
    public CommuneReportView submit(String reportId, String communeCode, long expectedVersion, String comment) {
        ReportView report = reports.report(reportId);
        if (!gate.reporting().communes().contains(communeCode)) {
            throw Refused.notFound(new PeriodReportRefusal.NotAReportingCommune(communeCode));
        }
        CurrentUser user = CurrentUser.get().orElseThrow();
        Signer by = new Signer(user.userId(), user.name(), user.roles(), user.ministry());
        CommuneFigures live = figures(report, communeCode);
        AggregateStore.Executed<CommuneReport, Void> done = store.execute(CommuneReport.class,
                CommuneReport.idOf(report.reportId(), communeCode), expectedVersion,
                () -> CommuneReport.draft(report.tenantId(), report.reportId(), communeCode, report.period(),
                        report.lastDay()), commune -> {
                    commune.submit(live, comment, by, clock.instant(), views.today());
                    return Decision.write(List.of());
                });
        CommuneReportView view = view(report, communeCode, done.aggregate());
        return new CommuneReportView(view.communeCode(), view.name(), view.reportId(), view.state(), view.stateVi(),
                view.stateEn(), view.frozen(), view.figures(), view.comment(), view.submitted(), done.version());
    }

    private CommuneReportView view(ReportView report, String code, CommuneReport stored) {
        String name = units.directory().find(code).map(AdministrativeUnit::name).orElse(code);
        ReportState state = stored == null ? ReportState.DRAFT : stored.state();
        boolean frozen = stored != null && stored.figures() != null;
        return new CommuneReportView(code, name, CommuneReport.idOf(report.reportId(), code), state, state.labelVi(),
                state.labelEn(), frozen, frozen ? stored.figures() : figures(report, code),
                stored == null ? null : stored.comment(), stored == null ? null : stored.submitted(),
                stored == null ? 0 : stored.version());
    }

    /**
     * The province's activities of the report's programme held in the commune within the period, and the person-turns
     * completed then by learners recorded under it (units merged into it count for it, as the map stood at the
     * period's end). A drill-down read, as the units view's: the plans' activities and roster pages.
     */
    private CommuneFigures figures(ReportView report, String communeCode) {
        UnitDirectory directory = units.directory();
        LocalDate first = report.firstDay();
        LocalDate last = report.lastDay();
        List<PlanFigures> plans = views.provincePlans(report.programmeCode()).stream()
                .filter(p -> !p.plan().periodStart().isAfter(last) && !p.plan().periodEnd().isBefore(first)).toList();
        List<String> keys = plans.stream().map(p -> new PlanKey(p.tenantId(), p.planId()).value()).toList();
        long held = 0;
        for (PlanFigures plan : plans) {
            held += activities.ofPlan(new PlanKey(plan.tenantId(), plan.planId())).stream()
                    .filter(a -> a.status() == ActivityStatus.HELD || a.status() == ActivityStatus.CLOSED)
                    .filter(a -> a.heldOn() != null && !a.heldOn().isBefore(first) && !a.heldOn().isAfter(last))
                    .filter(a -> inCommune(directory, a.unitCode(), communeCode, last))
                    .count();
        }
        long turns = 0;
        long women = 0;
        long minority = 0;
        for (EnrolmentLedger.DatedCompletion c : enrolments.datedCompletions(rollups.pagesOf(keys))) {
            if (!c.completedOn().isBefore(first) && !c.completedOn().isAfter(last)
                    && inCommune(directory, c.unitCode(), communeCode, last)) {
                turns++;
                women += c.female() ? 1 : 0;
                minority += c.ethnicMinority() ? 1 : 0;
            }
        }
        return new CommuneFigures(clock.instant(), held, turns, women, minority);
    }

    private static boolean inCommune(UnitDirectory directory, String unitCode, String communeCode, LocalDate on) {
        return unitCode != null && directory.rollUp(unitCode, UnitLevel.COMMUNE, on)
                .map(u -> u.code().equals(communeCode)).orElse(false);
    }

    private Reporting view(List<String> codes, long version) {
        UnitDirectory directory = units.directory();
        return new Reporting(codes.stream().map(c -> new Commune(c, directory.find(c).map(AdministrativeUnit::name)
                .orElse(c))).toList(), version);
    }
}
