package vn.taphuan.bench.nation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one province loads: its activities in the order an officer would record them (by date), and its plans'
 * targets, derived from them.
 *
 * @param index        the province's place in the nation (part of every seed)
 * @param targetFactor the plans' targets over what is actually done (below 1: ahead of plan, above: behind)
 */
public record ProvinceLoad(int index, Province province, double targetFactor, List<ClassSpec> classes) {

    /** Per line: activities, learners on sheets and completions. */
    public record LineTotals(int classes, long rows, long completions) {
    }

    public Map<Line, LineTotals> lines() {
        Map<Line, LineTotals> totals = new EnumMap<>(Line.class);
        for (ClassSpec c : classes) {
            totals.merge(c.line(), new LineTotals(1, c.rows(), c.completers()), (a, b) ->
                    new LineTotals(a.classes() + b.classes(), a.rows() + b.rows(), a.completions() + b.completions()));
        }
        return totals;
    }

    public long completions() {
        return classes.stream().mapToLong(ClassSpec::completers).sum();
    }

    public long rows() {
        return classes.stream().mapToLong(ClassSpec::rows).sum();
    }

    /** The plan's target for a line: what will be done, scaled by the province's factor. */
    public int plannedPersonTurns(LineTotals line) {
        return (int) Math.round(line.completions() * targetFactor);
    }

    public int plannedActivities(LineTotals line) {
        return (int) Math.ceil(line.classes() * targetFactor);
    }

    /** Allocated to the line: the cost of every learner on its sheets, rounded up to the million đồng. */
    public static long allocationVnd(Line line, LineTotals totals) {
        long cost = totals.rows() * line.costPerLearnerVnd();
        return (cost + 999_999) / 1_000_000 * 1_000_000;
    }
}
