package vn.taphuan.reporting.progress;

import org.junit.jupiter.api.Test;
import vn.taphuan.reporting.progress.Forecast.Basis;
import vn.taphuan.reporting.progress.Forecast.Measure;
import vn.taphuan.reporting.progress.ForecastRule.Count;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status rule on constructed cases. The base case: the period started 2024-01-01, today is 2024-01-30 (30 days
 * elapsed, counting today), the deadline is 2024-03-30 (60 days left); 300 achieved is a run rate of 10 a day, so the
 * run rate projects 300 + 600 = 900 at the deadline.
 */
class ForecastRuleTest {

    static final LocalDate START = LocalDate.parse("2024-01-01");
    static final LocalDate TODAY = LocalDate.parse("2024-01-30");
    static final LocalDate DEADLINE = LocalDate.parse("2024-03-30");

    final ForecastRule rule = new ForecastRule(80, 30);

    Forecast forecast(long target, long achieved, long pipeline) {
        return rule.forecast(Measure.PERSON_TURNS, new Count(target, achieved, pipeline, null), START, DEADLINE, false,
                TODAY);
    }

    @Test
    void aRunRateThatReachesTheTargetIsOnTrack() {
        Forecast f = forecast(900, 300, 0);

        assertThat(f.runRateProjection()).isEqualTo(900);
        assertThat(f.projectedAtDeadline()).isEqualTo(900);
        assertThat(f.status()).isEqualTo(ForecastStatus.ON_TRACK);
        assertThat(f.basis()).isEqualTo(Basis.RUN_RATE);
        assertThat(f.shortfallAtDeadline()).isZero();
        assertThat(f.runRatePerMonth()).isEqualByComparingTo("304.4");
        assertThat(f.monthsRemaining()).isEqualByComparingTo("2.0");
    }

    @Test
    void aProjectionOfAtLeastEightyPercentIsAtRiskAndBelowIsOffTrack() {
        Forecast atRisk = forecast(1125, 300, 0);
        assertThat(atRisk.status()).isEqualTo(ForecastStatus.AT_RISK);
        assertThat(atRisk.shortfallAtDeadline()).isEqualTo(225);
        assertThat(atRisk.stillNeeded()).isEqualTo(825);
        // 825 still needed over 60 days: 825 × 30.4375 / 60 = 418.5 → 419 a month
        assertThat(atRisk.neededPerMonth()).isEqualTo(419);
        // 825 more at 10 a day: 83 days after today
        assertThat(atRisk.projectedReachDate()).isEqualTo(LocalDate.parse("2024-04-22"));

        Forecast offTrack = forecast(1126, 300, 0);
        assertThat(offTrack.status()).isEqualTo(ForecastStatus.OFF_TRACK);
        assertThat(offTrack.shortfallAtDeadline()).isEqualTo(226);
    }

    @Test
    void whatIsAlreadyScheduledCountsWhenItBeatsTheRunRate() {
        Forecast f = forecast(1000, 300, 750);

        assertThat(f.runRateProjection()).isEqualTo(900);
        assertThat(f.projectedAtDeadline()).isEqualTo(1050);
        assertThat(f.status()).isEqualTo(ForecastStatus.ON_TRACK);
        assertThat(f.basis()).isEqualTo(Basis.PIPELINE);
    }

    @Test
    void aReachedTargetIsReachedWithTheDayItWasReached() {
        LocalDate reached = LocalDate.parse("2024-01-20");
        Forecast f = rule.forecast(Measure.PERSON_TURNS, new Count(250, 300, 0, reached), START, DEADLINE, false, TODAY);

        assertThat(f.status()).isEqualTo(ForecastStatus.REACHED);
        assertThat(f.basis()).isEqualTo(Basis.REACHED);
        assertThat(f.targetReachedOn()).isEqualTo(reached);
        assertThat(f.stillNeeded()).isZero();
        assertThat(f.neededPerMonth()).isZero();
        assertThat(f.projectedReachDate()).isNull();
    }

    @Test
    void afterTheDeadlineAnUnreachedTargetIsOffTrack() {
        Forecast f = rule.forecast(Measure.PERSON_TURNS, new Count(900, 880, 50, null), START, DEADLINE, false,
                DEADLINE.plusDays(1));

        assertThat(f.status()).isEqualTo(ForecastStatus.OFF_TRACK);
        assertThat(f.basis()).isEqualTo(Basis.DEADLINE_PASSED);
        assertThat(f.neededPerMonth()).isNull();
        assertThat(f.monthsRemaining()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void aClosedPlanCountsNothingMore() {
        Forecast f = rule.forecast(Measure.PERSON_TURNS, new Count(900, 300, 700, null), START, DEADLINE, true, TODAY);

        assertThat(f.status()).isEqualTo(ForecastStatus.OFF_TRACK);
        assertThat(f.basis()).isEqualTo(Basis.CLOSED);
        assertThat(f.pipeline()).isZero();
        assertThat(f.projectedAtDeadline()).isEqualTo(300);
    }

    @Test
    void tooEarlyForARunRateOnlyWhatIsScheduledDecides() {
        LocalDate early = START.plusDays(9);
        Forecast nothingScheduled = rule.forecast(Measure.PERSON_TURNS, new Count(900, 0, 0, null), START, DEADLINE,
                false, early);
        assertThat(nothingScheduled.status()).isEqualTo(ForecastStatus.AT_RISK);
        assertThat(nothingScheduled.basis()).isEqualTo(Basis.TOO_EARLY);

        Forecast scheduled = rule.forecast(Measure.PERSON_TURNS, new Count(900, 0, 900, null), START, DEADLINE, false,
                early);
        assertThat(scheduled.status()).isEqualTo(ForecastStatus.ON_TRACK);

        Forecast notStarted = rule.forecast(Measure.PERSON_TURNS, new Count(900, 0, 0, null), START, DEADLINE, false,
                START.minusDays(5));
        assertThat(notStarted.basis()).isEqualTo(Basis.TOO_EARLY);
        assertThat(notStarted.runRatePerMonth()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(notStarted.projectedReachDate()).isNull();
    }

    @Test
    void aCountWithoutTargetHasNoForecast() {
        assertThat(forecast(0, 10, 0)).isNull();
        assertThat(rule.forecast(Measure.ACTIVITIES, new Count(4, 1, 0, null), START, null, false, TODAY)).isNull();
    }

    @Test
    void aScopeAddsUpItsPlansAndJudgesTheSums() {
        Forecast onTrack = forecast(900, 300, 0);
        Forecast offTrack = forecast(1000, 100, 0);
        Forecast combined = rule.combine(Measure.PERSON_TURNS, java.util.Arrays.asList(onTrack, null, offTrack),
                null, TODAY);

        assertThat(combined.target()).isEqualTo(1900);
        assertThat(combined.achieved()).isEqualTo(400);
        // 900 + (100 + 200)
        assertThat(combined.runRateProjection()).isEqualTo(1200);
        assertThat(combined.projectedAtDeadline()).isEqualTo(1200);
        assertThat(combined.status()).isEqualTo(ForecastStatus.OFF_TRACK);
        assertThat(combined.shortfallAtDeadline()).isEqualTo(700);

        assertThat(rule.combine(Measure.PERSON_TURNS, List.of(), null, TODAY)).isNull();
    }

    @Test
    void theWorstStatusOfALineDecidesIt() {
        Outlook outlook = Outlook.of(forecast(900, 300, 0), forecast(1126, 300, 0), null);
        assertThat(outlook.status()).isEqualTo(ForecastStatus.OFF_TRACK);
        assertThat(Outlook.of(null, null, null).status()).isNull();
    }

    @Test
    void onTheSameDayA2023PlanDueIn2025HasPassedItsDeadlineWhileA2026PlanDueIn2030IsJudgedByItsRunRate() {
        LocalDate today = LocalDate.parse("2026-12-06");
        Forecast closeOut = rule.forecast(Measure.PERSON_TURNS, new Count(7_500, 3_000, 0, null),
                LocalDate.parse("2023-01-01"), LocalDate.parse("2025-12-31"), false, today);
        assertThat(closeOut.status()).isEqualTo(ForecastStatus.OFF_TRACK);
        assertThat(closeOut.basis()).isEqualTo(Basis.DEADLINE_PASSED);

        // 2026-01-01 … 2026-12-06 is 340 days; 1,486 are left to 2030-12-31: 330 + ⌊330 × 1,486 / 340⌋ = 1,772
        Forecast live = rule.forecast(Measure.PERSON_TURNS, new Count(2_000, 330, 0, null),
                LocalDate.parse("2026-01-01"), LocalDate.parse("2030-12-31"), false, today);
        assertThat(live.runRateProjection()).isEqualTo(1_772);
        assertThat(live.status()).isEqualTo(ForecastStatus.AT_RISK);
        assertThat(live.basis()).isEqualTo(Basis.RUN_RATE);
        Forecast onTrack = rule.forecast(Measure.PERSON_TURNS, new Count(500, 110, 0, null),
                LocalDate.parse("2026-01-01"), LocalDate.parse("2030-12-31"), false, today);
        assertThat(onTrack.status()).isEqualTo(ForecastStatus.ON_TRACK);
    }
}
