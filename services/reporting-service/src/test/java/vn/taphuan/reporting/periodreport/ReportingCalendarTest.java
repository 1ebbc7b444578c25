package vn.taphuan.reporting.periodreport;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Periods are named as the reports are, and each programme's rules decide which it reports and when they are due. */
class ReportingCalendarTest {

    static final String DTTS = "MTQG_DTTS_MN_2021_2025";
    static final String NTM = "MTQG_NTM_2021_2025";

    private final ReportingCalendar calendar = new ReportingCalendar(
            Map.of(Cadence.SIX_MONTHLY, new DeadlineRule(1, 10), Cadence.ANNUAL, new DeadlineRule(1, 25)),
            Map.of(DTTS, Map.of(Cadence.QUARTERLY, new DeadlineRule(1, 10), Cadence.ANNUAL, new DeadlineRule(1, 25))));

    @Test
    void keysNameEachKindOfPeriodAndReadBack() {
        assertThat(ReportingPeriod.holding(Cadence.QUARTERLY, YearMonth.of(2025, 5)).key()).isEqualTo("2025-Q2");
        assertThat(ReportingPeriod.holding(Cadence.MONTHLY, YearMonth.of(2025, 3)).key()).isEqualTo("2025-M03");
        assertThat(ReportingPeriod.holding(Cadence.SIX_MONTHLY, YearMonth.of(2025, 9)).key()).isEqualTo("2025-H2");
        assertThat(ReportingPeriod.holding(Cadence.ANNUAL, YearMonth.of(2025, 9)).key()).isEqualTo("2025");
        for (String key : List.of("2025-Q2", "2025-M03", "2025-M12", "2025-H2", "2025")) {
            assertThat(ReportingPeriod.parse(key).orElseThrow().key()).isEqualTo(key);
        }
        ReportingPeriod q2 = ReportingPeriod.parse("2025-Q2").orElseThrow();
        assertThat(q2.firstDay()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(q2.lastDay()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(q2.titleVi()).isEqualTo("Quý 2/2025");
        assertThat(ReportingPeriod.parse("2025-Q5")).isEmpty();
        assertThat(ReportingPeriod.parse("2025-M13")).isEmpty();
        assertThat(ReportingPeriod.parse("Q2-2025")).isEmpty();
        assertThat(ReportingPeriod.parse(null)).isEmpty();
    }

    @Test
    void theAnnualUpdateIsDueThe25thOfJanuaryAndAMonthEndingShortTakesItsLastDay() {
        ReportingPeriod year = ReportingPeriod.parse("2025").orElseThrow();
        assertThat(calendar.deadline(DTTS, year)).contains(LocalDate.of(2026, 1, 25));
        assertThat(calendar.deadline(DTTS, ReportingPeriod.parse("2025-Q4").orElseThrow()))
                .contains(LocalDate.of(2026, 1, 10));
        assertThat(new DeadlineRule(1, 31).dueFor(YearMonth.of(2025, 1))).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aProgrammeReportsTheCadencesOfItsOwnRulesElseTheDefaults() {
        assertThat(calendar.deadline(DTTS, ReportingPeriod.parse("2025-H1").orElseThrow())).isEmpty();
        assertThat(calendar.deadline(NTM, ReportingPeriod.parse("2025-H1").orElseThrow()))
                .contains(LocalDate.of(2025, 7, 10));
        assertThat(calendar.deadline(NTM, ReportingPeriod.parse("2025-Q1").orElseThrow())).isEmpty();
    }

    @Test
    void thePeriodsOfAPlansSpanAreThoseBegunByToday() {
        List<ReportingCalendar.Dated> periods = calendar.periods(DTTS, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), LocalDate.of(2025, 9, 15));
        assertThat(periods).extracting(d -> d.period().key())
                .containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025");
        assertThat(periods.get(1).deadline()).isEqualTo(LocalDate.of(2025, 7, 10));
        // a plan of two years reports both years' quarters once they have begun
        assertThat(calendar.periods(DTTS, LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30),
                LocalDate.of(2026, 1, 1))).extracting(d -> d.period().key())
                .containsExactly("2024-Q3", "2024-Q4", "2024", "2025-Q1", "2025-Q2", "2025");
    }
}
