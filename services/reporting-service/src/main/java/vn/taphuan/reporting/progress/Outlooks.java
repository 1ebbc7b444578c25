package vn.taphuan.reporting.progress;

import vn.taphuan.reporting.progress.Figures.CoverageFigures;
import vn.taphuan.reporting.progress.Figures.MonthFigures;
import vn.taphuan.reporting.progress.Forecast.Measure;
import vn.taphuan.reporting.progress.ForecastRule.Count;
import vn.taphuan.reporting.progress.PlanFigures.LineFigures;
import vn.taphuan.reporting.progress.PlanFigures.PlanInfo;
import vn.taphuan.reporting.progress.PlanFigures.PlanState;
import vn.taphuan.reporting.progress.PlanProgress.LineProgress;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** Makes the forecasts of lines, plans and wider scopes from their figures, as of a day. */
public final class Outlooks {

    private final ForecastRules rules;

    public Outlooks(ForecastRules rules) {
        this.rules = rules;
    }

    public Outlooks(ForecastRule rule) {
        this(ForecastRules.single(rule));
    }

    /** A plan's progress as of {@code today}; the plan must be known (its approval arrived). */
    public PlanProgress plan(PlanFigures figures, LocalDate today) {
        PlanInfo plan = figures.plan();
        boolean closed = plan.state() == PlanState.CLOSED;
        List<LineProgress> lines = new ArrayList<>();
        Map<ForecastStatus, Integer> byStatus = new EnumMap<>(ForecastStatus.class);
        for (LineFigures line : figures.lines()) {
            Outlook outlook = of(plan.programmeCode(), line.figures(), plan.periodStart(), plan.deadline(), closed,
                    today);
            if (outlook.status() != null) {
                byStatus.merge(outlook.status(), 1, Math::addExact);
            }
            lines.add(new LineProgress(line.lineId(), line.activityKind(), line.targetGroup(), line.cadreLevel(),
                    line.jobTitle(), line.description(), line.inCurrentVersion(), line.targets(), line.figures(),
                    outlook));
        }
        Outlook total = of(plan.programmeCode(), figures.totals(), plan.periodStart(), plan.deadline(), closed, today);
        return new PlanProgress(figures.tenantId(), figures.planId(), plan, figures.totals(), total, byStatus, lines);
    }

    /** The forecasts of one line's or plan's figures, by the rule of its programme. */
    public Outlook of(String programmeCode, Figures f, LocalDate start, LocalDate deadline, boolean closed,
                      LocalDate today) {
        ForecastRule rule = rules.of(programmeCode);
        Forecast activities = rule.forecast(Measure.ACTIVITIES, new Count(f.activities().planned(),
                f.activities().held(), f.activities().scheduled(), f.activities().targetReachedOn()), start, deadline,
                closed, today);
        Forecast turns = rule.forecast(Measure.PERSON_TURNS, new Count(f.personTurns().target(),
                f.personTurns().achieved(), f.pipeline().personTurns(), f.personTurns().targetReachedOn()), start,
                deadline, closed, today);
        CoverageFigures c = f.persons().coverage();
        Forecast coverage = c == null ? null : rule.forecast(Measure.COVERAGE, new Count(c.requiredPersons(),
                c.covered(), c.pipelinePersons(), c.requiredReachedOn()), start, c.byDate() == null ? deadline : c.byDate(),
                closed, today);
        return Outlook.of(activities, turns, coverage);
    }

    /**
     * The forecast of a scope made of several plans of one programme, from the plans' forecasts; {@code sum} is the
     * scope's figures, whose monthly running totals tell when a summed target was reached (the last day of that
     * month).
     */
    public Outlook combine(String programmeCode, List<Outlook> plans, Figures sum, LocalDate today) {
        ForecastRule rule = rules.of(programmeCode);
        Forecast activities = rule.combine(Measure.ACTIVITIES, plans.stream().map(Outlook::activities).toList(),
                reachedIn(sum.monthly(), sum.activities().planned(), MonthFigures::cumulativeActivitiesHeld), today);
        Forecast turns = rule.combine(Measure.PERSON_TURNS, plans.stream().map(Outlook::personTurns).toList(),
                reachedIn(sum.monthly(), sum.personTurns().target(), MonthFigures::cumulativePersonTurns), today);
        Forecast coverage = rule.combine(Measure.COVERAGE, plans.stream().map(Outlook::coverage).toList(), null, today);
        return Outlook.of(activities, turns, coverage);
    }

    private static LocalDate reachedIn(List<MonthFigures> months, long target, ToLongFunction<MonthFigures> cumulative) {
        if (target <= 0) {
            return null;
        }
        return months.stream().filter(m -> cumulative.applyAsLong(m) >= target).findFirst()
                .map(m -> YearMonth.parse(m.month()).atEndOfMonth()).orElse(null);
    }
}
