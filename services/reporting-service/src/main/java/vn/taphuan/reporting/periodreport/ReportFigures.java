package vn.taphuan.reporting.periodreport;

import vn.taphuan.reporting.progress.PeriodReport;
import vn.taphuan.reporting.progress.PlanFigures;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The figures of a province's plans of one programme for one period: the whole, each plan and each target line,
 * each worked out by {@link PeriodReport} — the same arithmetic and headline as the live period report — so a report
 * frozen at submission reads exactly as the live figures read at that moment.
 *
 * @param asOf       when they were taken from the live figures
 * @param cumulative the same from each plan's start to the period's end (lũy kế), frozen with them; null in reports
 *                   frozen before it was kept
 */
public record ReportFigures(Instant asOf, PeriodReport.Line total, List<PlanLines> plans, List<Cumulative> cumulative) {

    public ReportFigures(Instant asOf, PeriodReport.Line total, List<PlanLines> plans) {
        this(asOf, total, plans, null);
    }

    /**
     * The figures from the start of the plans to the period's end: of the whole ({@code planId} null), a plan
     * ({@code lineId} null) or a target line.
     */
    public record Cumulative(String planId, String lineId, PeriodReport.Line figures) {
    }

    /** The cumulative figures of the whole, a plan or one of its lines; null if not kept. */
    public PeriodReport.Line cumulativeOf(String planId, String lineId) {
        if (cumulative == null) {
            return null;
        }
        return cumulative.stream().filter(c -> java.util.Objects.equals(c.planId(), planId)
                && java.util.Objects.equals(c.lineId(), lineId)).map(Cumulative::figures).findFirst().orElse(null);
    }

    /** A plan's figures in the period, and its target lines'. */
    public record PlanLines(String planId, String title, String documentNumber, PeriodReport.Line figures,
                            List<TargetLineFigures> lines) {
    }

    /** A target line's figures in the period. */
    public record TargetLineFigures(String lineId, String description, PeriodReport.Line figures) {
    }

    /** The figures of {@code plans} (a province's plans of one programme) within the months of {@code period}. */
    public static ReportFigures of(ReportingPeriod period, List<PlanFigures> plans, Instant asOf) {
        YearMonth from = period.from();
        YearMonth to = period.to();
        List<PlanFigures> inPeriod = plans.stream().filter(PlanFigures::known)
                .filter(p -> !p.plan().periodStart().isAfter(period.lastDay())
                        && !p.plan().periodEnd().isBefore(period.firstDay()))
                .sorted(java.util.Comparator.comparing(PlanFigures::planId))
                .toList();
        List<PlanLines> rows = inPeriod.stream().map(plan -> new PlanLines(plan.planId(), plan.plan().title(),
                plan.plan().documentNumber(), lineOf(plan, from, to),
                plan.lines().stream().map(line -> new TargetLineFigures(line.lineId(), line.description(),
                        lineOf(new PlanFigures(plan.tenantId(), plan.planId(), plan.plan(), line.figures(), List.of()),
                                from, to))).toList())).toList();
        PeriodReport whole = PeriodReport.of(null, null, from, to, inPeriod);
        List<Cumulative> cumulative = new java.util.ArrayList<>();
        inPeriod.stream().map(p -> YearMonth.from(p.plan().periodStart())).min(java.util.Comparator.naturalOrder())
                .ifPresent(start -> cumulative.add(new Cumulative(null, null,
                        PeriodReport.of(null, null, start.isAfter(to) ? to : start, to, inPeriod).total())));
        for (PlanFigures plan : inPeriod) {
            YearMonth start = YearMonth.from(plan.plan().periodStart());
            YearMonth first = start.isAfter(to) ? to : start;
            cumulative.add(new Cumulative(plan.planId(), null, lineOf(plan, first, to)));
            plan.lines().forEach(line -> cumulative.add(new Cumulative(plan.planId(), line.lineId(),
                    lineOf(new PlanFigures(plan.tenantId(), plan.planId(), plan.plan(), line.figures(), List.of()),
                            first, to))));
        }
        return new ReportFigures(asOf, whole.total(), rows, List.copyOf(cumulative));
    }

    private static PeriodReport.Line lineOf(PlanFigures plan, YearMonth from, YearMonth to) {
        return PeriodReport.of(null, null, from, to, List.of(plan)).total();
    }

    /** Whether {@code planId}'s line {@code lineId} is in these figures. */
    public boolean hasLine(String planId, String lineId) {
        return plans.stream().filter(p -> p.planId().equals(planId))
                .anyMatch(p -> p.lines().stream().anyMatch(l -> l.lineId().equals(lineId)));
    }
}
