package vn.taphuan.budget.planbudget;

import vn.taphuan.budget.norms.ActivityKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * A plan's budget execution per funding source and per target line (and per line and source), with the cost per
 * person-turn where completions are known. Computed from the aggregate, so it always agrees with the events.
 *
 * @param estimateVnd          the plan's whole envelope (dự toán)
 * @param totals               the plan's figures
 * @param sources              per funding source
 * @param lines                per target line
 * @param personTurns          completions counted so far (lượt người)
 * @param costPerPersonTurnVnd spent divided by person-turns, rounded to whole VND; null until a person-turn is counted
 */
public record BudgetFigures(long estimateVnd, Amounts totals, List<SourceFigures> sources, List<LineFigures> lines,
                            long personTurns, Long costPerPersonTurnVnd) {

    /**
     * @param source        funding source
     * @param estimateVnd   the plan's estimate from this source
     * @param amounts       figures of the source over all lines
     */
    public record SourceFigures(FundingSource source, long estimateVnd, Amounts amounts) {
        /** The estimate not yet allocated to any line. */
        public long unallocatedVnd() {
            return estimateVnd - amounts.allocatedVnd();
        }
    }

    /**
     * @param lineId               target line
     * @param description          the line as worded in the plan, or null for a line the plan does not name
     * @param activityKind         kind of activity of the line, if known
     * @param plannedActivities    planned activities
     * @param plannedPersonTurns   planned person-turns
     * @param activities           activities not cancelled
     * @param cancelledActivities  activities cancelled
     * @param settledActivities    activities settled
     * @param estimatedVnd         norm-based estimates of the activities not cancelled
     * @param amounts              figures of the line
     * @param bySource             figures of the line per source
     * @param personTurns          completions counted on the line
     * @param costPerPersonTurnVnd spent on the line divided by its person-turns; null while none
     */
    public record LineFigures(String lineId, String description, ActivityKind activityKind, int plannedActivities,
                              int plannedPersonTurns, int activities, int cancelledActivities, int settledActivities,
                              long estimatedVnd, Amounts amounts, List<SourceCell> bySource, long personTurns,
                              Long costPerPersonTurnVnd) {
    }

    public record SourceCell(FundingSource source, Amounts amounts) {
    }

    /** Figures of {@code budget}, with the person-turns completed per target line. */
    public static BudgetFigures of(PlanBudget budget, Map<String, Long> personTurnsByLine) {
        PlanTerms plan = budget.plan().orElse(null);
        Set<String> lineIds = new LinkedHashSet<>();
        Set<FundingSource> sources = new TreeSet<>();
        if (plan != null) {
            plan.lines().forEach(l -> lineIds.add(l.lineId()));
            plan.estimates().forEach(e -> sources.add(e.source()));
        }
        Map<String, Map<FundingSource, Amounts>> cells = new LinkedHashMap<>();
        for (Allocation a : budget.allocations()) {
            lineIds.add(a.targetLineId());
            sources.add(a.source());
            update(cells, a.targetLineId(), a.source(), cell -> cell.allocated(a.amountVnd()));
        }
        for (Expenditure e : budget.expenditures()) {
            lineIds.add(e.targetLineId());
            sources.add(e.source());
            update(cells, e.targetLineId(), e.source(), cell -> cell.spent(e.amountVnd()));
        }
        for (Activity a : budget.activities()) {
            lineIds.add(a.targetLineId());
            if (a.isCommitted()) {
                sources.add(a.source());
                update(cells, a.targetLineId(), a.source(),
                        cell -> cell.committed(a.committedVnd() - a.releasedVnd(), budget.openCommitment(a)));
            }
            if (a.isSettled()) {
                for (SourceAmount settled : a.settlement().amounts()) {
                    sources.add(settled.source());
                    update(cells, a.targetLineId(), settled.source(), cell -> cell.settled(settled.amountVnd()));
                }
            }
        }

        List<LineFigures> lines = new ArrayList<>();
        Map<FundingSource, Amounts> bySource = new LinkedHashMap<>();
        Amounts totals = Amounts.ZERO;
        long personTurns = 0;
        for (String lineId : lineIds) {
            Map<FundingSource, Amounts> row = cells.getOrDefault(lineId, Map.of());
            Amounts lineAmounts = Amounts.ZERO;
            List<SourceCell> lineCells = new ArrayList<>();
            for (FundingSource source : sources) {
                Amounts cell = row.getOrDefault(source, Amounts.ZERO);
                if (row.containsKey(source)) {
                    lineCells.add(new SourceCell(source, cell));
                }
                lineAmounts = lineAmounts.plus(cell);
                bySource.merge(source, cell, Amounts::plus);
            }
            totals = totals.plus(lineAmounts);
            long lineTurns = personTurnsByLine.getOrDefault(lineId, 0L);
            personTurns = Math.addExact(personTurns, lineTurns);
            lines.add(lineFigures(budget, plan, lineId, lineAmounts, lineCells, lineTurns));
        }
        List<SourceFigures> sourceFigures = sources.stream()
                .map(s -> new SourceFigures(s, plan == null ? 0 : plan.estimate(s), bySource.getOrDefault(s, Amounts.ZERO)))
                .toList();
        return new BudgetFigures(plan == null ? 0 : plan.totalEstimate(), totals, sourceFigures, lines, personTurns,
                perPersonTurn(totals.spentVnd(), personTurns));
    }

    private static LineFigures lineFigures(PlanBudget budget, PlanTerms plan, String lineId, Amounts amounts,
                                           List<SourceCell> cells, long personTurns) {
        LineTerms terms = plan == null ? null : plan.line(lineId).orElse(null);
        int active = 0;
        int cancelled = 0;
        int settled = 0;
        long estimated = 0;
        ActivityKind kind = terms == null ? null : terms.activityKind();
        for (Activity a : budget.activities()) {
            if (!lineId.equals(a.targetLineId())) {
                continue;
            }
            kind = kind == null ? a.kind() : kind;
            if (a.isCancelled()) {
                cancelled++;
            } else {
                active++;
                estimated = Math.addExact(estimated, a.committedVnd());
            }
            if (a.isSettled()) {
                settled++;
            }
        }
        return new LineFigures(lineId, terms == null ? null : terms.description(), kind,
                terms == null ? 0 : terms.plannedActivities(), terms == null ? 0 : terms.plannedPersonTurns(),
                active, cancelled, settled, estimated, amounts, cells, personTurns,
                perPersonTurn(amounts.spentVnd(), personTurns));
    }

    /** Whole VND per person-turn, rounded half up; null while no person-turn is counted. */
    static Long perPersonTurn(long spent, long personTurns) {
        if (personTurns <= 0) {
            return null;
        }
        return Math.addExact(spent, personTurns / 2) / personTurns;
    }

    private static void update(Map<String, Map<FundingSource, Amounts>> cells, String lineId, FundingSource source,
                               UnaryOperator<Amounts> change) {
        cells.computeIfAbsent(lineId, l -> new LinkedHashMap<>()).merge(source, change.apply(Amounts.ZERO),
                (old, delta) -> old.plus(delta));
    }
}
