package vn.taphuan.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reporting's pace once the load stopped: measured only if something was left to catch up. */
class CatchUpRateTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void theRateIsThePersonTurnsMadeVisibleBetweenTheTwoReadings() {
        assertThat(BenchRun.catchUpRate(70_000, 10 * SECOND, 100_000, 40 * SECOND, 100_000)).isEqualTo(1_000.0);
    }

    /** A 300,000 run printed "0.0 person-turns/s" here: reporting had caught up while the payments were sent. */
    @Test
    void nothingLeftToCatchUpIsNoRate() {
        assertThat(BenchRun.catchUpRate(300_000, 10 * SECOND, 300_000, 10 * SECOND + 20_000_000, 300_000)).isNaN();
    }
}
