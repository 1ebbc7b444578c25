package vn.taphuan.reporting.progress;

import org.junit.jupiter.api.Test;
import vn.taphuan.reporting.progress.Figures.MonthFigures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.taphuan.reporting.progress.ActivityKind.TRAINING_CLASS;
import static vn.taphuan.reporting.progress.ActivityKind.WORKSHOP;
import static vn.taphuan.reporting.progress.FundingSource.CENTRAL;

/** A fact counts in every part of the figures it belongs to, and a sum of tallies is the tally of the sum. */
class TallyTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void anActivityHeldCountsForItsKindAndItsMonthAndOneScheduledForTheKindAndThePipeline() {
        Tally tally = new Tally();
        tally.held(WORKSHOP, d("2023-04-10"));
        tally.scheduled(WORKSHOP);
        tally.cancelled(TRAINING_CLASS);

        Figures figures = tally.figures();

        assertThat(figures.activities().held()).isEqualTo(1);
        assertThat(figures.activities().byKind()).extracting(Figures.KindFigures::kind, Figures.KindFigures::held,
                Figures.KindFigures::scheduled, Figures.KindFigures::cancelled).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TRAINING_CLASS, 0L, 0L, 1L),
                org.assertj.core.groups.Tuple.tuple(WORKSHOP, 1L, 1L, 0L));
        assertThat(figures.pipeline().scheduledActivities()).isEqualTo(1);
        assertThat(figures.monthly()).singleElement().extracting(MonthFigures::activitiesHeld).isEqualTo(1L);
    }

    @Test
    void moneyCountsForItsSourceAndItsMonthAndSpentMoneyIsShareOfThePersonTurnsAchieved() {
        Tally tally = new Tally();
        tally.allocated(CENTRAL, 900_000, d("2023-03-01"));
        tally.committed(CENTRAL, 600_000, "2023-03");
        tally.spent(CENTRAL, 600_000, d("2023-04-11"));
        tally.settled(CENTRAL, 600_000, d("2023-05-20"));
        tally.personTurns(d("2023-04-10"), new EnrolmentTotals.DayCount(3, 2, 0));

        Figures figures = tally.figures();

        assertThat(figures.budget().bySource()).singleElement().satisfies(central -> {
            assertThat(central.allocatedVnd()).isEqualTo(900_000);
            assertThat(central.spentVnd()).isEqualTo(600_000);
        });
        assertThat(figures.budget().costPerPersonTurnVnd()).isEqualTo(200_000);
        assertThat(figures.monthly()).extracting(MonthFigures::month, MonthFigures::allocatedVnd,
                MonthFigures::spentVnd, MonthFigures::settledVnd, MonthFigures::personTurns).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2023-03", 900_000L, 0L, 0L, 0L),
                org.assertj.core.groups.Tuple.tuple("2023-04", 0L, 600_000L, 0L, 3L),
                org.assertj.core.groups.Tuple.tuple("2023-05", 0L, 0L, 600_000L, 0L));
    }

    @Test
    void theSumOfTwoTalliesIsTheTallyOfAllTheirFacts() {
        Tally first = new Tally();
        first.target(PlanFactsMother.line("a", TRAINING_CLASS, TargetGroup.COMMUNITY, 2, 40));
        first.held(TRAINING_CLASS, d("2023-04-10"));
        first.spent(CENTRAL, 100, d("2023-04-11"));
        Tally second = new Tally();
        second.target(PlanFactsMother.line("b", WORKSHOP, TargetGroup.CADRE, 1, 10));
        second.personTurns(d("2023-06-01"), new EnrolmentTotals.DayCount(5, 1, 1));
        Tally both = new Tally();
        both.target(PlanFactsMother.line("a", TRAINING_CLASS, TargetGroup.COMMUNITY, 2, 40));
        both.held(TRAINING_CLASS, d("2023-04-10"));
        both.spent(CENTRAL, 100, d("2023-04-11"));
        both.target(PlanFactsMother.line("b", WORKSHOP, TargetGroup.CADRE, 1, 10));
        both.personTurns(d("2023-06-01"), new EnrolmentTotals.DayCount(5, 1, 1));
        both.uniquePersons(4, Map.of("2023-06", 4L));

        Figures sum = Figures.sum(List.of(first.figures(), second.figures()),
                new Figures.UniquePersons(4, Map.of("2023-06", 4L)));

        assertThat(sum).isEqualTo(both.figures());
    }

    @Test
    void aSumBeyondALongFailsInsteadOfWrapping() {
        Tally huge = new Tally();
        huge.spent(CENTRAL, Long.MAX_VALUE, d("2023-04-11"));
        Figures part = huge.figures();

        assertThatThrownBy(() -> Figures.sum(List.of(part, part), new Figures.UniquePersons(0, Map.of())))
                .isInstanceOf(ArithmeticException.class);
    }
}
