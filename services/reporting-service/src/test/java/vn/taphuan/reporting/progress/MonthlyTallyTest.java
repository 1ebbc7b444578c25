package vn.taphuan.reporting.progress;

import org.junit.jupiter.api.Test;
import vn.taphuan.reporting.progress.EnrolmentTotals.DayCount;
import vn.taphuan.reporting.progress.Figures.MonthFigures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MonthlyTallyTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void everyMonthBetweenTheFirstAndTheLastIsListedAndTheRunningTotalsCarryThroughTheEmptyOnes() {
        MonthlyTally months = new MonthlyTally();
        months.of(d("2023-11-20")).held();
        months.of(d("2023-11-20")).completed(new DayCount(30, 12, 5));
        months.of(d("2023-11-21")).money().spend(1_000);
        months.of(d("2024-02-03")).completed(new DayCount(10, 4, 1));
        months.of(d("2024-02-03")).money().spend(500);

        List<MonthFigures> figures = months.figures();

        assertThat(figures).extracting(MonthFigures::month).containsExactly("2023-11", "2023-12", "2024-01", "2024-02");
        assertThat(figures.get(2)).isEqualTo(new MonthFigures("2024-01", 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 30, 0, 1_000));
        assertThat(figures.get(3)).extracting(MonthFigures::personTurns, MonthFigures::women,
                MonthFigures::cumulativePersonTurns, MonthFigures::cumulativeSpentVnd).containsExactly(10L, 4L, 40L, 1_500L);
    }

    @Test
    void aReleaseCountsInTheMonthOfTheReleaseNotInTheMonthOfTheCommitment() {
        MonthlyTally months = new MonthlyTally();
        months.of("2023-05").money().commit(400_000);
        months.of("2023-07").money().commit(-100_000);

        assertThat(months.figures()).extracting(MonthFigures::month, MonthFigures::committedVnd).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2023-05", 400_000L),
                org.assertj.core.groups.Tuple.tuple("2023-06", 0L),
                org.assertj.core.groups.Tuple.tuple("2023-07", -100_000L));
    }

    @Test
    void personsFirstTrainedAreSetNotAddedAndASecondCountReplacesTheFirstInEveryMonth() {
        MonthlyTally months = new MonthlyTally();
        months.firstTrained(Map.of("2023-03", 4L, "2023-04", 2L));

        months.firstTrained(Map.of("2023-04", 5L));

        assertThat(months.figures()).extracting(MonthFigures::month, MonthFigures::newUniquePersons,
                MonthFigures::cumulativeUniquePersons).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2023-03", 0L, 0L),
                org.assertj.core.groups.Tuple.tuple("2023-04", 5L, 5L));
    }

    @Test
    void scopesAddUpMonthByMonthExceptThePersonsFirstTrained() {
        MonthlyTally plan = new MonthlyTally();
        plan.of(d("2023-04-10")).held();
        plan.of(d("2023-04-10")).money().allocate(7);
        plan.firstTrained(Map.of("2023-04", 3L));
        List<MonthFigures> one = plan.figures();
        MonthlyTally province = new MonthlyTally();

        province.add(one);
        province.add(one);

        assertThat(province.figures()).singleElement().satisfies(april -> {
            assertThat(april.activitiesHeld()).isEqualTo(2);
            assertThat(april.allocatedVnd()).isEqualTo(14);
            assertThat(april.newUniquePersons()).isZero();
        });
    }

    @Test
    void nothingTalliedIsNoMonths() {
        assertThat(new MonthlyTally().figures()).isEmpty();
    }
}
