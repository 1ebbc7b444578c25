package vn.taphuan.reporting.progress;

import org.junit.jupiter.api.Test;
import vn.taphuan.reporting.progress.Figures.MonthFigures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.taphuan.reporting.progress.ActivityKind.TRAINING_CLASS;
import static vn.taphuan.reporting.progress.Gender.FEMALE;
import static vn.taphuan.reporting.progress.Gender.MALE;
import static vn.taphuan.reporting.progress.PlanFactsMother.aPlan;
import static vn.taphuan.reporting.progress.PlanFactsMother.line;
import static vn.taphuan.reporting.progress.TargetGroup.COMMUNITY;

/** Figures of scopes made of several plans, period reports and the Vietnamese way of writing numbers. */
class ScopeFiguresTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static PlanFigures planA() {
        return PlanLedger.figures(aPlan().version(1, line("l", TRAINING_CLASS, COMMUNITY, 2, 4))
                .held("a1", "l", TRAINING_CLASS, d("2023-04-10"))
                .completed("p1", "l", "a1", FEMALE, true, d("2023-04-10"))
                .completed("p2", "l", "a1", MALE, false, d("2023-04-10"))
                .spent("l", FundingSource.CENTRAL, 2_000_000, d("2023-04-11"))
                .build());
    }

    static PlanFigures planB() {
        return PlanLedger.figures(aPlan().version(1, line("l", TRAINING_CLASS, COMMUNITY, 3, 6))
                .held("b1", "l", TRAINING_CLASS, d("2023-06-10"))
                .completed("p1", "l", "b1", FEMALE, true, d("2023-06-10"))
                .completed("p3", "l", "b1", FEMALE, false, d("2024-01-05"))
                .build());
    }

    @Test
    void wholeNumbersAddUpAcrossPlansAndUniquePersonsAreGivenFromTheFacts() {
        // p1 was trained under both plans: the scope has 3 persons, not 4
        Figures sum = Figures.sum(List.of(planA().totals(), planB().totals()),
                new Figures.UniquePersons(3, Map.of("2023-04", 2L, "2024-01", 1L)));

        assertThat(sum.personTurns().target()).isEqualTo(10);
        assertThat(sum.personTurns().achieved()).isEqualTo(4);
        assertThat(sum.personTurns().percent()).isEqualByComparingTo("40.0");
        assertThat(sum.personTurns().women().count()).isEqualTo(3);
        assertThat(sum.activities().planned()).isEqualTo(5);
        assertThat(sum.activities().held()).isEqualTo(2);
        assertThat(sum.persons().unique()).isEqualTo(3);
        assertThat(sum.budget().envelopeVnd()).isEqualTo(2 * PlanFactsMother.BAC_GIANG_BUDGET);
        assertThat(sum.budget().costPerPersonTurnVnd()).isEqualTo(500_000);
        assertThat(sum.monthly()).extracting(MonthFigures::month).startsWith("2023-04").endsWith("2024-01").hasSize(10);
        MonthFigures last = sum.monthly().get(sum.monthly().size() - 1);
        assertThat(last.cumulativePersonTurns()).isEqualTo(4);
        assertThat(last.cumulativeUniquePersons()).isEqualTo(3);
        assertThat(sum.monthly().get(2).newUniquePersons()).isZero();
    }

    @Test
    void aScopeWithNothingHasEmptyFigures() {
        Figures empty = Figures.empty();
        assertThat(empty.personTurns().achieved()).isZero();
        assertThat(empty.personTurns().percent()).isNull();
        assertThat(empty.monthly()).isEmpty();
    }

    @Test
    void aPeriodReportCountsWhatWasAchievedWithinItsMonthsAgainstTheOverlappingPlansTargets() {
        PeriodReport report = PeriodReport.of("bac-giang", "Bắc Giang", YearMonth.parse("2023-01"),
                YearMonth.parse("2023-12"), List.of(planA(), planB()));

        PeriodReport.Line total = report.total();
        assertThat(total.plans()).isEqualTo(2);
        assertThat(total.personTurns()).isEqualTo(3);
        assertThat(total.personTurnTarget()).isEqualTo(10);
        assertThat(total.percent()).isEqualByComparingTo("30.0");
        assertThat(total.activitiesHeld()).isEqualTo(2);
        assertThat(total.spentVnd()).isEqualTo(2_000_000);
        assertThat(total.headlineVi()).isEqualTo("01/2023–12/2023: 3 lượt người, đạt 30,0 % mục tiêu (10 lượt người)");
        assertThat(total.headlineEn()).isEqualTo("01/2023–12/2023: 3 person-turns, 30.0 % of the target (10)");
        assertThat(report.programmes()).singleElement().extracting(PeriodReport.Line::programmeCode)
                .isEqualTo("MTQG_DTTS_MN_2021_2025");

        PeriodReport nothing = PeriodReport.of("bac-giang", "Bắc Giang", YearMonth.parse("2020-01"),
                YearMonth.parse("2020-12"), List.of(planA()));
        assertThat(nothing.total().plans()).isZero();
        assertThat(nothing.total().headlineVi()).isEqualTo("01/2020–12/2020: 0 lượt người");
    }

    @Test
    void aPeriodIsComparedWithTheSameMonthsAYearBefore() {
        PeriodReport quarter = PeriodReport.withSameTimeLastYear("bac-giang", "Bắc Giang", YearMonth.parse("2023-04"),
                YearMonth.parse("2023-06"), List.of(planA(), planB()));

        assertThat(quarter.total().personTurns()).isEqualTo(3);
        PeriodReport before = quarter.sameTimeLastYear();
        assertThat(before.from()).isEqualTo("2022-04");
        assertThat(before.to()).isEqualTo("2022-06");
        // the plans began in 2023: nothing the year before, so no change to speak of
        assertThat(before.total().plans()).isZero();
        assertThat(before.total().personTurns()).isZero();
        assertThat(before.sameTimeLastYear()).isNull();
        assertThat(quarter.changeOnLastYear(null)).isNull();
    }

    @Test
    void theChangeOnLastYearIsAPercentageOfLastYearsPersonTurns() {
        PeriodReport before = new PeriodReport("national", "Toàn quốc", "2024-01", "2024-03",
                List.of(period("DTTS", 120)), period(null, 120), null);
        PeriodReport now = new PeriodReport("national", "Toàn quốc", "2025-01", "2025-03",
                List.of(period("DTTS", 90), period("NTM", 10)), period(null, 100), before);

        // 100 against 120: a sixth fewer
        assertThat(now.changeOnLastYear(null)).isEqualByComparingTo("-16.7");
        assertThat(now.changeOnLastYear("DTTS")).isEqualByComparingTo("-25.0");
        // a programme that did not run the year before has no change, not an infinite one
        assertThat(now.changeOnLastYear("NTM")).isNull();
        assertThat(before.changeOnLastYear(null)).isNull();
    }

    private static PeriodReport.Line period(String programme, long personTurns) {
        return new PeriodReport.Line(programme, programme, 1, 0, 0, null, personTurns, 1000, null, 0, 0, 0, "", "");
    }

    @Test
    void numbersAreWrittenTheVietnameseWay() {
        assertThat(VietnameseFormat.number(6_889_000_000L)).isEqualTo("6.889.000.000");
        assertThat(VietnameseFormat.number(403_183)).isEqualTo("403.183");
        assertThat(VietnameseFormat.number(999)).isEqualTo("999");
        assertThat(VietnameseFormat.number(0)).isEqualTo("0");
        assertThat(VietnameseFormat.number(-1_234_567)).isEqualTo("-1.234.567");
        assertThat(VietnameseFormat.numberEn(403_183)).isEqualTo("403,183");
        assertThat(VietnameseFormat.percent(new BigDecimal("80.6"))).isEqualTo("80,6");
        assertThat(VietnameseFormat.date(d("2022-10-11"))).isEqualTo("11/10/2022");
        assertThat(VietnameseFormat.month("2023-04")).isEqualTo("04/2023");
    }
}
