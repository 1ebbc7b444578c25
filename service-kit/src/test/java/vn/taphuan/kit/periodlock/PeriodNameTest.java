package vn.taphuan.kit.periodlock;

import org.junit.jupiter.api.Test;
import vn.taphuan.kit.refusal.Catalogue;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Periods named as the reports name them, with their days; the refusal of a write in one, in both languages. */
class PeriodNameTest {

    @Test
    void eachKindOfPeriodHasItsDaysAndItsNameInBothLanguages() {
        PeriodName q3 = PeriodName.of("2025-Q3").orElseThrow();
        assertThat(q3.firstDay()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(q3.lastDay()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(q3.labelVi()).isEqualTo("Quý III/2025");
        assertThat(q3.labelEn()).isEqualTo("Q3 2025");
        PeriodName march = PeriodName.of("2025-M03").orElseThrow();
        assertThat(march.lastDay()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(march.labelVi()).isEqualTo("Tháng 03/2025");
        assertThat(march.labelEn()).isEqualTo("March 2025");
        PeriodName h1 = PeriodName.of("2025-H1").orElseThrow();
        assertThat(h1.lastDay()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(h1.labelVi()).isEqualTo("6 tháng đầu năm 2025");
        assertThat(h1.labelEn()).isEqualTo("first half of 2025");
        PeriodName year = PeriodName.of("2025").orElseThrow();
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(year.labelVi()).isEqualTo("Năm 2025");
        assertThat(year.labelEn()).isEqualTo("year 2025");
        assertThat(PeriodName.of("2025-Q5")).isEmpty();
        assertThat(PeriodName.of("2025-M13")).isEmpty();
        assertThat(PeriodName.of("Q3")).isEmpty();
    }

    @Test
    void aDayIsHeldByItsMonthQuarterHalfAndYearFirstAndLastDaysIncluded() {
        assertThat(PeriodName.keysHolding(LocalDate.of(2025, 9, 30)))
                .containsExactly("2025-M09", "2025-Q3", "2025-H2", "2025");
        assertThat(PeriodName.keysHolding(LocalDate.of(2025, 7, 1)))
                .containsExactly("2025-M07", "2025-Q3", "2025-H2", "2025");
        PeriodName q3 = PeriodName.of("2025-Q3").orElseThrow();
        assertThat(q3.holds(LocalDate.of(2025, 7, 1))).isTrue();
        assertThat(q3.holds(LocalDate.of(2025, 9, 30))).isTrue();
        assertThat(q3.holds(LocalDate.of(2025, 6, 30))).isFalse();
        assertThat(q3.holds(LocalDate.of(2025, 10, 1))).isFalse();
    }

    @Test
    void theRefusalNamesThePeriodAndWhoApprovedItWhenInWordsAndAsMembers() {
        LockedPeriod lock = new LockedPeriod("bac-giang.P.2025-Q3", "P", PeriodName.of("2025-Q3").orElseThrow(), 1,
                "Trần Thị Bình", SignerRole.PROVINCE_ADMIN, Instant.parse("2025-10-05T02:30:00Z"));
        PeriodLocked reason = PeriodLocked.of(lock, LocalDate.of(2025, 8, 15));
        String vi = Catalogue.shared().render(reason, Catalogue.Language.VI);
        String en = Catalogue.shared().render(reason, Catalogue.Language.EN);
        assertThat(vi).contains("Quý III/2025", "Trần Thị Bình", "quản trị tỉnh", "05/10/2025", "15/08/2025",
                "01/07/2025", "30/09/2025");
        assertThat(en).contains("Q3 2025", "Trần Thị Bình", "province administrator", "05/10/2025", "15/08/2025");
        assertThat(reason.problemProperties()).containsEntry("period",
                java.util.Map.of("id", "2025-Q3", "from", "2025-07-01", "to", "2025-09-30", "nameVi", "Quý III/2025",
                        "nameEn", "Q3 2025"));
        assertThat(reason.problemProperties()).containsEntry("approvedBy", java.util.Map.of("name", "Trần Thị Bình",
                "role", "PROVINCE_ADMIN", "at", "2025-10-05T02:30:00Z"));
        assertThat(PeriodLocks.refusal(lock, LocalDate.of(2025, 8, 15), "sessions").problem()).isEqualTo("period-locked");
    }
}
