package vn.taphuan.reporting.progress;

import vn.taphuan.reporting.progress.Forecast.Basis;
import vn.taphuan.reporting.progress.Forecast.Measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The forecast to the deadline, and the status rule. For a count with target {@code T} and {@code A} achieved by
 * today:
 * <ol>
 *   <li><b>Run rate</b> = A / days elapsed since the start (inclusive); its <b>projection</b> = A + rate × days
 *       left to the deadline (rounded down).</li>
 *   <li><b>Pipeline</b> = what is already scheduled and not yet counted (enrolled participants of scheduled
 *       activities, and of held activities awaiting completion; for activities, scheduled activities).</li>
 *   <li><b>Projected at the deadline</b> P = max(run-rate projection, A + pipeline).</li>
 *   <li><b>Status</b>, first rule that applies:
 *     <ul>
 *       <li>A ≥ T: {@code REACHED};</li>
 *       <li>the plan is closed, or today is after the deadline: {@code OFF_TRACK} (nothing more will count);</li>
 *       <li>fewer than {@code minObservationDays} of the period elapsed (too early for a run rate): {@code ON_TRACK}
 *           if A + pipeline ≥ T, otherwise {@code AT_RISK};</li>
 *       <li>P ≥ T: {@code ON_TRACK};</li>
 *       <li>P ≥ {@code atRiskPercent} % of T: {@code AT_RISK};</li>
 *       <li>otherwise {@code OFF_TRACK}.</li>
 *     </ul></li>
 *   <li><b>Needed per month</b> = (T − A) / months left (rounded up); <b>projected reach date</b> = today +
 *       (T − A) / rate days (rounded up).</li>
 * </ol>
 * A scope of several plans (a programme, a province, the country) adds up its plans' targets, achievements,
 * pipelines, rates and projections, and applies the same status rule to the sums.
 */
public final class ForecastRule {

    /** Days in an average month (365.25 / 12). */
    static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

    private final int atRiskPercent;
    private final int minObservationDays;

    public ForecastRule(int atRiskPercent, int minObservationDays) {
        if (atRiskPercent < 1 || atRiskPercent > 100) {
            throw new IllegalArgumentException("atRiskPercent must be within 1..100");
        }
        this.atRiskPercent = atRiskPercent;
        this.minObservationDays = Math.max(0, minObservationDays);
    }

    /**
     * One count to forecast.
     *
     * @param reachedOn the day the target was reached, if it was, from the facts
     */
    public record Count(long target, long achieved, long pipeline, LocalDate reachedOn) {
    }

    /**
     * The forecast of one count, or null when it has no target (or no deadline to be measured against).
     *
     * @param closed the plan is closed: nothing more will be counted under it
     */
    public Forecast forecast(Measure measure, Count count, LocalDate start, LocalDate deadline, boolean closed,
                             LocalDate today) {
        long target = count.target();
        long achieved = count.achieved();
        long pipeline = closed ? 0 : count.pipeline();
        LocalDate reachedOn = count.reachedOn();
        if (target <= 0 || deadline == null || start == null) {
            return null;
        }
        long elapsedDays = today.isBefore(start) ? 0
                : ChronoUnit.DAYS.between(start, min(today, deadline)) + 1;
        long daysLeft = Math.max(0, ChronoUnit.DAYS.between(today, deadline));
        BigDecimal ratePerDay = elapsedDays == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(achieved).divide(BigDecimal.valueOf(elapsedDays), 10, RoundingMode.HALF_UP);
        // whole-number arithmetic, so 100 achieved in 30 days projects exactly 200 more in 60
        long runRateProjection = Math.addExact(achieved,
                elapsedDays == 0 ? 0 : Math.floorDiv(Math.multiplyExact(achieved, daysLeft), elapsedDays));
        if (closed) {
            ratePerDay = BigDecimal.ZERO;
            runRateProjection = achieved;
        }
        boolean tooEarly = elapsedDays < minObservationDays;
        return build(measure, target, achieved, pipeline, start, deadline, today, ratePerDay, runRateProjection,
                tooEarly, closed, reachedOn);
    }

    /**
     * The forecast of a scope of several plans from theirs: targets, achievements, pipelines, rates and
     * projections add up; the status rule is applied to the sums. Null when none of the parts has a forecast.
     *
     * @param reachedOn the day the summed target was reached, if it was
     */
    public Forecast combine(Measure measure, List<Forecast> parts, LocalDate reachedOn, LocalDate today) {
        List<Forecast> present = parts.stream().filter(java.util.Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        long target = 0;
        long achieved = 0;
        long pipeline = 0;
        long runRateProjection = 0;
        BigDecimal ratePerDay = BigDecimal.ZERO;
        LocalDate start = null;
        LocalDate deadline = null;
        boolean allTooEarly = true;
        boolean allClosed = true;
        for (Forecast part : present) {
            target = Math.addExact(target, part.target());
            achieved = Math.addExact(achieved, part.achieved());
            pipeline = Math.addExact(pipeline, part.pipeline());
            runRateProjection = Math.addExact(runRateProjection, part.runRateProjection());
            ratePerDay = ratePerDay.add(part.runRatePerMonth().divide(DAYS_PER_MONTH, 10, RoundingMode.HALF_UP));
            start = start == null || part.start().isBefore(start) ? part.start() : start;
            deadline = deadline == null || part.deadline().isAfter(deadline) ? part.deadline() : deadline;
            allTooEarly &= part.basis() == Basis.TOO_EARLY;
            allClosed &= part.basis() == Basis.CLOSED;
        }
        return build(measure, target, achieved, pipeline, start, deadline, today, ratePerDay, runRateProjection,
                allTooEarly, allClosed, reachedOn);
    }

    private Forecast build(Measure measure, long target, long achieved, long pipeline, LocalDate start,
                           LocalDate deadline, LocalDate today, BigDecimal ratePerDay, long runRateProjection,
                           boolean tooEarly, boolean closed, LocalDate reachedOn) {
        long daysLeft = Math.max(0, ChronoUnit.DAYS.between(today, deadline));
        long assured = Math.addExact(achieved, pipeline);
        long projected = Math.max(runRateProjection, assured);
        long stillNeeded = Math.max(0, Math.subtractExact(target, achieved));
        BigDecimal monthsLeft = BigDecimal.valueOf(daysLeft).divide(DAYS_PER_MONTH, 1, RoundingMode.HALF_UP);
        Long neededPerMonth = daysLeft == 0 ? null : BigDecimal.valueOf(stillNeeded).multiply(DAYS_PER_MONTH)
                .divide(BigDecimal.valueOf(daysLeft), 0, RoundingMode.CEILING).longValueExact();
        LocalDate projectedReach = null;
        if (achieved < target && ratePerDay.signum() > 0) {
            long days = BigDecimal.valueOf(stillNeeded).divide(ratePerDay, 0, RoundingMode.CEILING).longValueExact();
            projectedReach = today.plusDays(days);
        }

        ForecastStatus status;
        Basis basis;
        if (achieved >= target) {
            status = ForecastStatus.REACHED;
            basis = Basis.REACHED;
        } else if (closed) {
            status = ForecastStatus.OFF_TRACK;
            basis = Basis.CLOSED;
        } else if (today.isAfter(deadline)) {
            status = ForecastStatus.OFF_TRACK;
            basis = Basis.DEADLINE_PASSED;
        } else if (tooEarly) {
            status = assured >= target ? ForecastStatus.ON_TRACK : ForecastStatus.AT_RISK;
            basis = Basis.TOO_EARLY;
        } else {
            basis = runRateProjection >= assured ? Basis.RUN_RATE : Basis.PIPELINE;
            if (projected >= target) {
                status = ForecastStatus.ON_TRACK;
            } else if (Math.multiplyExact(projected, 100) >= Math.multiplyExact(target, atRiskPercent)) {
                status = ForecastStatus.AT_RISK;
            } else {
                status = ForecastStatus.OFF_TRACK;
            }
        }
        BigDecimal perMonth = ratePerDay.multiply(DAYS_PER_MONTH).setScale(1, RoundingMode.HALF_UP);
        return new Forecast(measure, target, achieved, start, deadline, today, perMonth, runRateProjection, pipeline,
                projected, Math.max(0, Math.subtractExact(target, projected)), stillNeeded, neededPerMonth, monthsLeft,
                achieved >= target ? reachedOn : null, projectedReach, status, basis);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
