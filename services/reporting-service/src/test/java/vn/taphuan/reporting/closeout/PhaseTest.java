package vn.taphuan.reporting.closeout;

import org.junit.jupiter.api.Test;
import vn.taphuan.kit.problem.InvalidInput;
import vn.taphuan.kit.web.Params;
import vn.taphuan.reporting.progress.Figures;
import vn.taphuan.reporting.progress.PlanFigures.PlanInfo;
import vn.taphuan.reporting.progress.PlanFigures.PlanState;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhaseTest {

    @Test
    void thePhaseIsNamedByItsYearsAndHoldsThePlansWhosePeriodLiesWithinIt() {
        Params params = new Params();
        assertThat(Phase.parse(params, null)).isEqualTo(Phase.OF_2021_2025);
        Phase next = Phase.parse(params, " 2026-2030 ");
        params.check();

        assertThat(next.code()).isEqualTo("2026-2030");
        assertThat(Phase.OF_2021_2025.holds(plan("2023-01-01", "2023-12-31"))).isTrue();
        assertThat(Phase.OF_2021_2025.holds(plan("2021-01-01", "2025-12-31"))).isTrue();
        assertThat(Phase.OF_2021_2025.holds(plan("2026-01-01", "2030-12-31"))).isFalse();
        assertThat(next.holds(plan("2026-01-01", "2030-12-31"))).isTrue();
        assertThat(Phase.OF_2021_2025.holds(plan("2020-06-01", "2021-06-30"))).as("begun before the phase").isFalse();
    }

    @Test
    void aPhaseBackwardsOrNotOfYearsIsNamedInBothLanguages() {
        for (String bad : List.of("2025-2021", "2021", "giai đoạn 2021-2025", "1999-2005")) {
            Params params = new Params();
            Phase.parse(params, bad);
            assertThatThrownBy(params::check).as(bad).isInstanceOfSatisfying(InvalidInput.class, e -> {
                assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("phase");
                    assertThat(v.message()).contains("ví dụ 2021-2025");
                    assertThat(v.messageEn()).contains("e.g. 2021-2025");
                });
            });
        }
    }

    @Test
    void aMinimumShareAsksForItsPersonTurnsRoundedUp() {
        assertThat(CloseoutReports.required(new Figures.Share(1, null, 60, false), 2)).isEqualTo(2);
        assertThat(CloseoutReports.required(new Figures.Share(3, null, 50, true), 5)).isEqualTo(3);
        assertThat(CloseoutReports.required(new Figures.Share(0, null, null, null), 5)).isZero();
        assertThat(CloseoutReports.required(new Figures.Share(0, null, 50, null), 0)).isZero();
    }

    private static PlanInfo plan(String start, String end) {
        return new PlanInfo("P", "P", "t", null, null, null, LocalDate.parse(start), LocalDate.parse(end),
                LocalDate.parse(end), 1, PlanState.IN_FORCE, null, null, List.of());
    }
}
