package vn.taphuan.reporting.periodreport;

import org.springframework.stereotype.Component;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.reporting.ReportingProperties;
import vn.taphuan.reporting.figures.PlanFiguresStore;
import vn.taphuan.reporting.progress.PlanFigures;
import vn.taphuan.reporting.scope.Province;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The reports a province has not submitted whose deadline falls in a window: what the reminders announce and the
 * province's notices show. Read in the province's tenant context: its plans' figures from memory, its reports by id.
 */
@Component
class OwedReports {

    private final PlanFiguresStore figures;
    private final AggregateStore store;
    private final ReportingCalendar calendar;

    OwedReports(PlanFiguresStore figures, AggregateStore store, ReportingProperties properties) {
        this.figures = figures;
        this.store = store;
        this.calendar = properties.periods().calendar();
    }

    /**
     * A report not submitted: a draft (or one never begun, revision 0) or one returned for revision.
     *
     * @param revision submissions so far
     */
    record Owed(String reportId, String programmeCode, String programmeName, ReportingPeriod period, LocalDate deadline,
                ReportState state, int revision) {
    }

    static boolean unsubmitted(ReportState state) {
        return state == ReportState.DRAFT || state == ReportState.RETURNED;
    }

    /**
     * The current province's ({@code province}, the tenant context) unsubmitted reports of the programmes {@code sees}
     * admits, of periods begun by {@code today}, due from {@code earliest} (null: any) to {@code latest}, by deadline.
     */
    List<Owed> unsubmitted(Province province, LocalDate today, LocalDate earliest, LocalDate latest,
                           Predicate<String> sees) {
        // a province reports its own plans (ProgressViews.provincePlans)
        Map<String, List<PlanFigures>> byProgramme = new TreeMap<>();
        figures.ofTenants(Set.of(province.tenantId())).stream().filter(PlanFigures::known).filter(p -> sees.test(p.plan().programmeCode()))
                .forEach(p -> byProgramme.computeIfAbsent(p.plan().programmeCode(), k -> new ArrayList<>()).add(p));
        Map<String, Owed> candidates = new HashMap<>();
        byProgramme.forEach((code, plans) -> {
            LocalDate first = plans.stream().map(p -> p.plan().periodStart()).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate last = plans.stream().map(p -> p.plan().periodEnd()).max(Comparator.naturalOrder()).orElseThrow();
            String name = plans.stream().map(p -> p.plan().programmeName()).filter(Objects::nonNull).findFirst()
                    .orElse(code);
            for (ReportingCalendar.Dated dated : calendar.periods(code, first, last, today)) {
                if (NationalPeriodReports.disabledBy(province, dated.period())) {
                    continue;
                }
                if ((earliest == null || !dated.deadline().isBefore(earliest)) && !dated.deadline().isAfter(latest)) {
                    String id = PeriodicReport.idOf(province.tenantId(), code, dated.period());
                    candidates.put(id, new Owed(id, code, name, dated.period(), dated.deadline(), ReportState.DRAFT, 0));
                }
            }
        });
        Map<String, PeriodicReport> stored = new HashMap<>();
        store.findAll(PeriodicReport.class, candidates.keySet()).forEach(r -> stored.put(r.id(), r));
        List<Owed> owed = new ArrayList<>();
        candidates.forEach((id, candidate) -> {
            PeriodicReport report = stored.get(id);
            ReportState state = report == null ? ReportState.DRAFT : report.state();
            if (unsubmitted(state)) {
                owed.add(new Owed(id, candidate.programmeCode(), candidate.programmeName(), candidate.period(),
                        candidate.deadline(), state, report == null ? 0 : report.revision()));
            }
        });
        owed.sort(Comparator.comparing(Owed::deadline).thenComparing(Owed::reportId));
        return owed;
    }
}
