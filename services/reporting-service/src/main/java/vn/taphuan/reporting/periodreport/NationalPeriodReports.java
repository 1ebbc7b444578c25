package vn.taphuan.reporting.periodreport;

import org.springframework.stereotype.Service;
import vn.taphuan.reporting.ReportingProperties;
import vn.taphuan.reporting.figures.PlanFiguresStore;
import vn.taphuan.reporting.progress.PeriodReport;
import vn.taphuan.reporting.progress.PlanFigures;
import vn.taphuan.reporting.scope.Province;
import vn.taphuan.reporting.scope.Scopes;
import vn.taphuan.reporting.views.NationalSelection;
import vn.taphuan.reporting.views.ProgressViews;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The ministry's view of a period ({@link NationalPeriodView}): for every onboarded province (those merged into
 * another too: each files the report of its own plans) and each programme of a selection with plans in the period, its report's state and the certified
 * figures beside the live ones. Bounded: the live figures come from the plans' figures every replica keeps in memory,
 * the reports from one read by id of at most provinces × programmes documents.
 */
@Service
public class NationalPeriodReports {

    private final PlanFiguresStore figures;
    private final Scopes scopes;
    private final ProgressViews views;
    private final ReportsAcrossProvinces reports;
    private final ReportingCalendar calendar;

    NationalPeriodReports(PlanFiguresStore figures, Scopes scopes, ProgressViews views, ReportsAcrossProvinces reports,
                          ReportingProperties properties) {
        this.figures = figures;
        this.scopes = scopes;
        this.views = views;
        this.reports = reports;
        this.calendar = properties.periods().calendar();
    }

    /**
     * The period the ministry looks at when it names none: the latest quarter that is over, whose deadline has passed
     * or is the next to come (quarters are due after their last day).
     */
    public static ReportingPeriod defaultPeriod(LocalDate today) {
        return ReportingPeriod.holding(Cadence.QUARTERLY, YearMonth.from(today).minusMonths(3));
    }

    public NationalPeriodView view(ReportingPeriod period, NationalSelection selection) {
        LocalDate today = views.today();
        List<Due> due = dueReports(period, selection::includes, today);
        Map<String, PeriodicReport> stored = new HashMap<>();
        reports.byIds(due.stream().map(Due::reportId).toList()).forEach(r -> stored.put(r.id(), r));
        List<NationalPeriodView.Row> rows = due.stream().map(d -> row(d, stored.get(d.reportId()), period, today))
                .toList();
        Map<String, List<NationalPeriodView.Row>> byProgramme = new TreeMap<>();
        rows.forEach(r -> byProgramme.computeIfAbsent(r.programmeCode(), k -> new ArrayList<>()).add(r));
        List<NationalPeriodView.ProgrammeTotals> programmes = new ArrayList<>();
        byProgramme.forEach((code, own) -> programmes.add(new NationalPeriodView.ProgrammeTotals(code,
                own.get(0).programmeName(), counts(own), certified(code, own.get(0).programmeName(), period, own),
                live(code, own.get(0).programmeName(), period, own))));
        List<NationalPeriodView.Outstanding> outstanding = rows.stream().filter(r -> outstanding(r.state()))
                .map(r -> new NationalPeriodView.Outstanding(r.tenantId(), r.provinceName(), r.programmeCode(),
                        r.reportId(), r.state(), r.stateVi(), r.stateEn(), r.deadline(),
                        ChronoUnit.DAYS.between(today, r.deadline()), r.late()))
                .sorted(Comparator.comparing(NationalPeriodView.Outstanding::deadline)
                        .thenComparing(NationalPeriodView.Outstanding::provinceName)
                        .thenComparing(NationalPeriodView.Outstanding::programmeCode))
                .toList();
        return new NationalPeriodView(period.key(), period.titleVi(), period.cadence(), period.firstDay(),
                period.lastDay(), selection.programmeCode(), today, counts(rows),
                new NationalPeriodView.Totals(certified(null, null, period, rows), live(null, null, period, rows)),
                programmes, rows, outstanding);
    }

    /**
     * A report a province owes for {@code period}: of a programme it has plans of in the period, that reports periods of that cadence, once the period has begun.
     */
    record Due(Province province, String programmeCode, String programmeName, String reportId, LocalDate deadline,
               List<PlanFigures> plans) {
    }

    /** Every report owed for {@code period} by the onboarded provinces, of the plans {@code included} admits. */
    List<Due> dueReports(ReportingPeriod period, Predicate<PlanFigures> included, LocalDate today) {
        List<Due> due = new ArrayList<>();
        if (period.firstDay().isAfter(today)) {
            return due;
        }
        for (Province province : scopes.filingProvinces()) {
            if (disabledBy(province, period)) {
                continue;
            }
            // each province files the report of its own plans (ProgressViews.provincePlans), a merged one too
            Map<String, List<PlanFigures>> byProgramme = new TreeMap<>();
            figures.ofTenants(Set.of(province.tenantId())).stream().filter(PlanFigures::known).filter(included)
                    .filter(p -> !p.plan().periodStart().isAfter(period.lastDay())
                            && !p.plan().periodEnd().isBefore(period.firstDay()))
                    .forEach(p -> byProgramme.computeIfAbsent(p.plan().programmeCode(), k -> new ArrayList<>()).add(p));
            byProgramme.forEach((code, plans) -> calendar.deadline(code, period).ifPresent(deadline -> due.add(
                    new Due(province, code, plans.stream().map(p -> p.plan().programmeName()).filter(Objects::nonNull)
                            .findFirst().orElse(code), PeriodicReport.idOf(province.tenantId(), code, period),
                            deadline, plans))));
        }
        return due;
    }

    /** A province disabled (e.g. merged) before the period began owes no report of it; its history stays. */
    static boolean disabledBy(Province province, ReportingPeriod period) {
        return province.disabledOn() != null && !period.firstDay().isBefore(province.disabledOn());
    }

    private static NationalPeriodView.Row row(Due due, PeriodicReport report, ReportingPeriod period, LocalDate today) {
        ReportState state = report == null ? ReportState.DRAFT : report.state();
        boolean late = report == null ? today.isAfter(due.deadline()) : report.lateOn(today);
        boolean certified = certified(state);
        PeriodReport.Line live = PeriodReport.of(null, null, period.from(), period.to(), due.plans()).total();
        return new NationalPeriodView.Row(due.province().tenantId(), due.province().name(), due.programmeCode(),
                due.programmeName(), due.reportId(), state, state.labelVi(), state.labelEn(), due.deadline(), late,
                report == null ? 0 : report.revision(), report == null ? 0 : report.version(),
                state == ReportState.SUBMITTED || certified ? lastAt(report, Step.SUBMIT) : null,
                certified ? lastAt(report, Step.APPROVE) : null,
                state == ReportState.ACCEPTED ? lastAt(report, Step.ACCEPT) : null,
                certified && report.figures() != null ? report.figures().total() : null, live);
    }

    private static Instant lastAt(PeriodicReport report, Step step) {
        Instant at = null;
        for (SignOff signOff : report.signOffs()) {
            if (signOff.step() == step) {
                at = signOff.at();
            }
        }
        return at;
    }

    /** Approved by the province, or accepted by the ministry: its figures are the certified ones. */
    static boolean certified(ReportState state) {
        return state == ReportState.APPROVED || state == ReportState.ACCEPTED;
    }

    /** Not yet approved by the province: the ministry still waits for it. */
    static boolean outstanding(ReportState state) {
        return !certified(state);
    }

    private static NationalPeriodView.Counts counts(List<NationalPeriodView.Row> rows) {
        Map<ReportState, Integer> byState = new LinkedHashMap<>();
        rows.forEach(r -> byState.merge(r.state(), 1, Integer::sum));
        int certified = (int) rows.stream().filter(r -> certified(r.state())).count();
        int late = (int) rows.stream().filter(r -> outstanding(r.state()) && r.late()).count();
        return new NationalPeriodView.Counts(rows.size(), byState.getOrDefault(ReportState.DRAFT, 0),
                byState.getOrDefault(ReportState.SUBMITTED, 0), byState.getOrDefault(ReportState.APPROVED, 0),
                byState.getOrDefault(ReportState.RETURNED, 0), byState.getOrDefault(ReportState.ACCEPTED, 0),
                certified, rows.size() - certified, late);
    }

    private static PeriodReport.Line certified(String code, String name, ReportingPeriod period,
                                               List<NationalPeriodView.Row> rows) {
        return PeriodReport.sum(code, name, period.from(), period.to(),
                rows.stream().map(NationalPeriodView.Row::certified).filter(Objects::nonNull).toList());
    }

    private static PeriodReport.Line live(String code, String name, ReportingPeriod period,
                                          List<NationalPeriodView.Row> rows) {
        return PeriodReport.sum(code, name, period.from(), period.to(),
                rows.stream().map(NationalPeriodView.Row::live).toList());
    }
}
