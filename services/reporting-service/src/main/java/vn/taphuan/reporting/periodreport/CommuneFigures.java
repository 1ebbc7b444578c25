package vn.taphuan.reporting.periodreport;

import java.time.Instant;

/**
 * The figures of a province's activities of one programme in one commune within a period: activities held there, and
 * the person-turns completed by learners recorded under the commune (or a unit merged into it), women and ethnic
 * minorities among them.
 */
public record CommuneFigures(Instant asOf, long activitiesHeld, long personTurns, long women, long ethnicMinority) {
}
