package vn.taphuan.budget.norms;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What the cost of an activity depends on, as scheduled.
 *
 * @param kind          class, workshop, study tour or e-learning cohort
 * @param startDate     first day
 * @param endDate       last day
 * @param capacity      participants planned (the estimate is made for a full activity)
 * @param sessionCount  sessions (buổi), theory plus field/practice
 * @param fieldSessions of which field-visit or practice sessions
 */
public record ActivitySpec(ActivityKind kind, LocalDate startDate, LocalDate endDate, int capacity, int sessionCount,
                           int fieldSessions) {

    /** Calendar days from the first to the last day, both counted; at least 1. */
    public long days() {
        return Math.max(1, ChronoUnit.DAYS.between(startDate, endDate) + 1);
    }
}
