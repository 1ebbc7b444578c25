package vn.taphuan.reporting.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The progress figures of one scope (a target line, a plan, a programme, a province, the country), each achieved
 * number next to its planned number. Every number is derived from stored facts; percentages and shares are
 * computed from the whole numbers beside them.
 *
 * @param activities  activities held against planned, by kind
 * @param personTurns person-turns (lượt người) against target, with the breakdowns the programmes ask for
 * @param persons     unique persons trained, and coverage of roster targets
 * @param budget      money by funding source: plan envelope, allocated, committed, spent, settled
 * @param pipeline    what is scheduled but not yet counted (the forecast's "already in the pipe")
 * @param monthly     one entry per month from the first month with a fact to the last, with running totals
 */
public record Figures(ActivityFigures activities, PersonTurnFigures personTurns, PersonFigures persons,
                      BudgetFigures budget, PipelineFigures pipeline, List<MonthFigures> monthly) {

    /**
     * The figures of a scope made of several parts (plans of a programme, of a province, of the country). Whole
     * numbers add up; unique persons do not (a person may be trained under two plans), so they are given, counted
     * from the facts of the whole scope.
     */
    public static Figures sum(List<Figures> parts, UniquePersons unique) {
        Tally tally = new Tally();
        parts.forEach(tally::add);
        tally.uniquePersons(unique.total(), unique.firstTrainedByMonth());
        return tally.figures();
    }

    /** Figures with nothing in them, e.g. of a province that has no plan yet. */
    public static Figures empty() {
        return new Tally().figures();
    }

    /**
     * Persons trained in a scope, each counted once.
     *
     * @param total               persons with at least one completed activity
     * @param firstTrainedByMonth how many of them were first trained in each month ({@code yyyy-MM})
     */
    public record UniquePersons(long total, java.util.Map<String, Long> firstTrainedByMonth) {

        public UniquePersons {
            firstTrainedByMonth = java.util.Map.copyOf(firstTrainedByMonth);
        }
    }

    /**
     * @param planned         activities planned (target)
     * @param held            activities held (held or closed, not cancelled)
     * @param percent         held as a percentage of planned
     * @param scheduled       activities scheduled, not yet held, ending by the deadline (the pipeline)
     * @param cancelled       activities cancelled
     * @param targetReachedOn day the held count reached the planned count, if it did (lines and plans only)
     */
    public record ActivityFigures(long planned, long held, BigDecimal percent, long scheduled, long cancelled,
                                  List<KindFigures> byKind, LocalDate targetReachedOn) {
    }

    public record KindFigures(ActivityKind kind, long planned, long held, BigDecimal percent, long scheduled,
                              long cancelled) {
    }

    /**
     * @param target          planned person-turns
     * @param achieved        person-turns achieved: completed enrolments (one person in two classes counts twice)
     * @param percent         achieved as a percentage of target
     * @param women           women among the person-turns, with the line's minimum share where one is set
     * @param ethnicMinority  ethnic-minority person-turns, with the line's minimum share where one is set
     * @param byTargetGroup   community / cadres: target, achieved, share of all person-turns
     * @param byLevel         by the level the person works at; a target only where lines name the level
     * @param byGender        by gender
     * @param targetReachedOn day the achieved count reached the target, if it did (lines and plans only)
     */
    public record PersonTurnFigures(long target, long achieved, BigDecimal percent, Share women, Share ethnicMinority,
                                    List<GroupFigures> byTargetGroup, List<GroupFigures> byLevel,
                                    List<GroupFigures> byGender, LocalDate targetReachedOn) {
    }

    /**
     * @param count         person-turns of the group
     * @param share         their share of all person-turns achieved
     * @param minShare      minimum share the target line requires, whole percent, if any
     * @param meetsMinimum  whether the share meets it (null when there is no minimum or nothing achieved yet)
     */
    public record Share(long count, BigDecimal share, Integer minShare, Boolean meetsMinimum) {
    }

    /** One group of a breakdown; {@code target} is null where the plan sets none for the group. */
    public record GroupFigures(String key, Long target, long achieved, BigDecimal percent, BigDecimal share) {
    }

    /**
     * @param unique   persons with at least one completed activity in the scope, each counted once
     * @param coverage progress against the roster targets of the scope's lines, or null when none has one
     */
    public record PersonFigures(long unique, CoverageFigures coverage) {
    }

    /**
     * Coverage of roster targets, summed over the lines that have one.
     *
     * @param rosterSize        people on the rosters
     * @param requiredPersons   people who must be trained (the rosters' required shares)
     * @param covered           unique persons trained under those lines
     * @param percentOfRoster   covered as a percentage of the rosters
     * @param percentOfRequired covered as a percentage of the required number
     * @param pipelinePersons   persons enrolled in open activities of those lines and not yet covered
     * @param byDate            date the coverage is due (a line's own date; the latest for sums)
     * @param requiredReachedOn day the required number was reached, if it was (lines only)
     */
    public record CoverageFigures(long rosterSize, long requiredPersons, long covered, BigDecimal percentOfRoster,
                                  BigDecimal percentOfRequired, long pipelinePersons, LocalDate byDate,
                                  LocalDate requiredReachedOn) {
    }

    /**
     * Money in whole VND.
     *
     * @param envelopeVnd                the plans' budget envelope (dự toán); null for a target line, which has none
     * @param allocatedVnd               allocated by finance (giao dự toán)
     * @param committedVnd               committed for scheduled activities, net of releases
     * @param spentVnd                   spent (đã chi)
     * @param settledVnd                 settled (thanh quyết toán)
     * @param costPerPersonTurnVnd       spent per person-turn achieved, rounded to whole VND; null before the first
     */
    public record BudgetFigures(Long envelopeVnd, long allocatedVnd, long committedVnd, long spentVnd, long settledVnd,
                                BigDecimal allocatedPercentOfEnvelope, BigDecimal spentPercentOfAllocated,
                                BigDecimal settledPercentOfSpent, Long costPerPersonTurnVnd,
                                List<SourceFigures> bySource) {
    }

    public record SourceFigures(FundingSource source, Long envelopeVnd, long allocatedVnd, long committedVnd,
                                long spentVnd, long settledVnd, BigDecimal spentPercentOfAllocated) {
    }

    /**
     * @param scheduledActivities activities scheduled, not held, not cancelled, ending by the deadline
     * @param enrolledInScheduled participants enrolled in them
     * @param awaitingCompletion  participants of held activities whose completion is not recorded yet
     */
    public record PipelineFigures(long scheduledActivities, long enrolledInScheduled, long awaitingCompletion) {

        /** Person-turns already in the pipe: enrolled in scheduled activities, or held and awaiting completion. */
        public long personTurns() {
            return enrolledInScheduled + awaitingCompletion;
        }
    }

    /**
     * One month ({@code yyyy-MM}): what happened in it, and running totals up to its end. Money by the date of the
     * decision, payment or settlement; commitments by the month they were recorded.
     */
    public record MonthFigures(String month, long activitiesHeld, long personTurns, long women, long ethnicMinority,
                               long newUniquePersons, long allocatedVnd, long committedVnd, long spentVnd,
                               long settledVnd, long cumulativeActivitiesHeld, long cumulativePersonTurns,
                               long cumulativeUniquePersons, long cumulativeSpentVnd) {
    }
}
