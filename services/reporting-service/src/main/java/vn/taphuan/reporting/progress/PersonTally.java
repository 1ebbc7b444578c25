package vn.taphuan.reporting.progress;

import vn.taphuan.reporting.progress.Figures.CoverageFigures;
import vn.taphuan.reporting.progress.Figures.PersonFigures;

import java.time.LocalDate;

/**
 * Unique persons, and coverage of roster targets. Unique persons never add up (one person may be trained under two
 * plans), so they are set from the facts of the scope; coverage adds up over the lines and plans that have a roster
 * target, and a scope without one has no coverage figures at all.
 */
final class PersonTally {

    private long unique;
    private boolean hasRosterTarget;
    private long rosterSize;
    private long requiredPersons;
    private long covered;
    private long pipelinePersons;
    private LocalDate byDate;
    private LocalDate requiredReachedOn;

    void unique(long persons) {
        unique = persons;
    }

    /** A line's roster target, due by its own date or else by the plan's deadline. */
    void rosterTarget(PlanFacts.Coverage target, LocalDate deadline) {
        hasRosterTarget = true;
        rosterSize = Math.addExact(rosterSize, target.rosterSize());
        requiredPersons = Math.addExact(requiredPersons, target.requiredPersons());
        byDate = target.byDate() == null ? deadline : target.byDate();
    }

    /** A line's coverage: persons trained under it, persons still in its pipeline, the day it was reached. */
    void covered(long persons, long inPipeline, LocalDate reachedOn) {
        covered = persons;
        pipelinePersons = inPipeline;
        requiredReachedOn = reachedOn;
    }

    /** Adds another scope's coverage, due by the latest date; the day it was reached is its own and not carried. */
    void add(PersonFigures part) {
        CoverageFigures coverage = part.coverage();
        if (coverage == null) {
            return;
        }
        hasRosterTarget = true;
        rosterSize = Math.addExact(rosterSize, coverage.rosterSize());
        requiredPersons = Math.addExact(requiredPersons, coverage.requiredPersons());
        covered = Math.addExact(covered, coverage.covered());
        pipelinePersons = Math.addExact(pipelinePersons, coverage.pipelinePersons());
        if (byDate == null || (coverage.byDate() != null && coverage.byDate().isAfter(byDate))) {
            byDate = coverage.byDate();
        }
    }

    PersonFigures figures() {
        CoverageFigures coverage = hasRosterTarget ? new CoverageFigures(rosterSize, requiredPersons, covered,
                Percent.of(covered, rosterSize), Percent.of(covered, requiredPersons), pipelinePersons, byDate,
                requiredReachedOn) : null;
        return new PersonFigures(unique, coverage);
    }
}
