package vn.taphuan.reporting.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where one count (activities, person-turns or persons covered) will stand at its deadline; see {@link ForecastRule}
 * for how each number is made.
 *
 * @param measure              what is counted
 * @param target               the target
 * @param achieved             achieved as of {@code asOf}
 * @param start                first day of the period the run rate is measured over (the plan's start)
 * @param deadline             the day the target is due
 * @param asOf                 "today"
 * @param runRatePerMonth      achieved per month so far (a month is 365.25 / 12 days)
 * @param runRateProjection    achieved plus the run rate carried on to the deadline
 * @param pipeline             already in the pipe: enrolled in scheduled activities (or scheduled activities)
 * @param projectedAtDeadline  the larger of the run-rate projection and achieved plus pipeline
 * @param shortfallAtDeadline  how far the projection falls short of the target (0 when it does not)
 * @param stillNeeded          target less achieved (0 when reached)
 * @param neededPerMonth       what must be achieved each remaining month to reach the target; null when no time
 *                             is left
 * @param monthsRemaining      months from today to the deadline
 * @param targetReachedOn      the day the target was reached, if it was
 * @param projectedReachDate   the day the run rate reaches the target; null if reached already or the rate is 0
 * @param status               {@link ForecastStatus}
 * @param basis                which rule decided the status
 */
public record Forecast(Measure measure, long target, long achieved, LocalDate start, LocalDate deadline,
                       LocalDate asOf, BigDecimal runRatePerMonth, long runRateProjection, long pipeline,
                       long projectedAtDeadline, long shortfallAtDeadline, long stillNeeded, Long neededPerMonth,
                       BigDecimal monthsRemaining, LocalDate targetReachedOn, LocalDate projectedReachDate,
                       ForecastStatus status, Basis basis) {

    public enum Measure {
        ACTIVITIES, PERSON_TURNS, COVERAGE
    }

    /** Which step of the rule decided the status. */
    public enum Basis {
        /** the target is reached */
        REACHED,
        /** the plan was closed before the target was reached */
        CLOSED,
        /** the deadline passed before the target was reached */
        DEADLINE_PASSED,
        /** too little of the period has passed to judge a run rate; only what is achieved and scheduled counts */
        TOO_EARLY,
        /** the run rate carried on to the deadline gave the projection */
        RUN_RATE,
        /** what is already scheduled gave the projection (it beats the run rate) */
        PIPELINE
    }
}
