package vn.taphuan.reporting.progress;

import java.time.LocalDate;
import java.util.Map;

/**
 * Adds up whole numbers into {@link Figures}: fed with facts by {@link PlanLedger} (one tally per target line, one
 * for the plan made of its lines), or with the figures of several plans for a programme, a province or the country
 * ({@link Figures#sum}). It holds one accumulator per part of the figures — activities, person-turns, persons,
 * money, pipeline, months — and routes each fact to every part it counts in (an activity held counts for its kind
 * and its month; money spent for its source and its month). Only whole numbers are added; percentages, shares and
 * running totals are computed once, at the end. Every addition is checked: the bounds of {@code Limits} keep the
 * largest nationwide sum within a {@code long}, and were one broken, the sum fails rather than wrap to a wrong number.
 * A tally lives for one computation and is never stored: what is kept is the {@link Figures} it gives.
 */
final class Tally {

    private final ActivityTally activities = new ActivityTally();
    private final PersonTurnTally personTurns = new PersonTurnTally();
    private final PersonTally persons = new PersonTally();
    private final BudgetTally budget = new BudgetTally();
    private final PipelineTally pipeline = new PipelineTally();
    private final MonthlyTally months = new MonthlyTally();

    // --- fed from a plan's facts ---

    void target(PlanFacts.TargetLine line) {
        activities.planned(line.activityKind(), line.plannedActivities());
        personTurns.planned(line.targetGroup(), line.cadreLevel(), line.plannedPersonTurns());
    }

    /** Line-level only: the minimum shares and the roster target of the line. */
    void lineRules(PlanFacts.TargetLine line, LocalDate deadline) {
        personTurns.minimumShares(line.minWomenPercent(), line.minEthnicMinorityPercent());
        if (line.coverage() != null) {
            persons.rosterTarget(line.coverage(), deadline);
        }
    }

    void held(ActivityKind kind, LocalDate on) {
        activities.held(kind);
        months.of(on).held();
    }

    void scheduled(ActivityKind kind) {
        activities.scheduled(kind);
        pipeline.scheduledActivity();
    }

    void cancelled(ActivityKind kind) {
        activities.cancelled(kind);
    }

    /** Completions of one day. */
    void personTurns(LocalDate day, EnrolmentTotals.DayCount count) {
        personTurns.completed(count);
        months.of(day).completed(count);
    }

    /** Completions of one target group, level and gender. */
    void personTurns(EnrolmentTotals.Group group, long count) {
        personTurns.completed(group, count);
    }

    void enrolledInScheduled(long count) {
        pipeline.enrolledInScheduled(count);
    }

    void awaitingCompletion(long count) {
        pipeline.awaitingCompletion(count);
    }

    /** Unique persons, with the month each was first trained in; these replace, never add to, what was set. */
    void uniquePersons(long count, Map<String, Long> firstTrainedByMonth) {
        persons.unique(count);
        months.firstTrained(firstTrainedByMonth);
    }

    void covered(long persons, long pipelinePersons, LocalDate reachedOn) {
        this.persons.covered(persons, pipelinePersons, reachedOn);
    }

    void envelope(long total, Map<FundingSource, Long> bySource) {
        budget.envelope(total, bySource);
    }

    void allocated(FundingSource source, long amount, LocalDate on) {
        budget.source(source).allocate(amount);
        months.of(on).money().allocate(amount);
    }

    /** A commitment in the month it was recorded, or with a negative amount a release in the month of the release. */
    void committed(FundingSource source, long amount, String month) {
        budget.source(source).commit(amount);
        months.of(month).money().commit(amount);
    }

    void spent(FundingSource source, long amount, LocalDate on) {
        budget.source(source).spend(amount);
        months.of(on).money().spend(amount);
    }

    void settled(FundingSource source, long amount, LocalDate on) {
        budget.source(source).settle(amount);
        months.of(on).money().settle(amount);
    }

    void reached(LocalDate activities, LocalDate personTurns) {
        this.activities.targetReachedOn(activities);
        this.personTurns.targetReachedOn(personTurns);
    }

    // --- fed with the figures of parts ---

    /**
     * Adds another scope's figures. Unique persons do not add up (one person may be counted in both); the caller
     * sets them with {@link #uniquePersons} from the facts. Coverage and money do add up.
     */
    void add(Figures part) {
        activities.add(part.activities());
        personTurns.add(part.personTurns());
        persons.add(part.persons());
        budget.add(part.budget());
        pipeline.add(part.pipeline());
        months.add(part.monthly());
    }

    Figures figures() {
        return new Figures(activities.figures(), personTurns.figures(), persons.figures(),
                budget.figures(personTurns.achieved()), pipeline.figures(), months.figures());
    }
}
