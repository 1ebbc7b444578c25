package vn.taphuan.reporting.closeout;

import org.junit.jupiter.api.Test;
import vn.taphuan.reporting.progress.Figures;
import vn.taphuan.reporting.progress.Phase;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseTest {

    @Test
    void aPhaseHoldsThePlansWhosePeriodLiesWithinIt() {
        Phase of2021 = new Phase(2021);
        Phase next = Phase.parse(" 2026-2030 ").orElseThrow();

        assertThat(of2021.start()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(of2021.end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(holds(of2021, "2023-01-01", "2023-12-31")).isTrue();
        assertThat(holds(of2021, "2021-01-01", "2025-12-31")).isTrue();
        assertThat(holds(of2021, "2026-01-01", "2030-12-31")).isFalse();
        assertThat(holds(next, "2026-01-01", "2030-12-31")).isTrue();
        assertThat(holds(of2021, "2020-06-01", "2021-06-30")).as("begun before the phase").isFalse();
        assertThat(Phase.parse("2025-2021")).isEmpty();
        assertThat(Phase.parse("1999-2005")).isEmpty();
    }

    @Test
    void aMinimumShareAsksForItsPersonTurnsRoundedUp() {
        assertThat(CloseoutReports.required(new Figures.Share(1, null, 60, false), 2)).isEqualTo(2);
        assertThat(CloseoutReports.required(new Figures.Share(3, null, 50, true), 5)).isEqualTo(3);
        assertThat(CloseoutReports.required(new Figures.Share(0, null, null, null), 5)).isZero();
        assertThat(CloseoutReports.required(new Figures.Share(0, null, 50, null), 0)).isZero();
    }

    private static boolean holds(Phase phase, String start, String end) {
        return phase.contains(LocalDate.parse(start), LocalDate.parse(end));
    }
}
