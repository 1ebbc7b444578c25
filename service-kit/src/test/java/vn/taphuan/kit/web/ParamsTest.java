package vn.taphuan.kit.web;

import org.junit.jupiter.api.Test;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Query parameters of the lists and reports: every bad one named, dates and months kept to the years 1900–2100. */
class ParamsTest {

    @Test
    void aPeriodFromOrToAYearBeyondAnyPlanIsRefusedNamingTheMonth() {
        Params params = new Params();
        params.months("-999999999-01", "+999999999-12");

        InvalidInput refused = catchThrowableOfType(InvalidInput.class, params::check);
        assertThat(refused.violations()).extracting(FieldViolation::field).containsExactly("from", "to");
        assertThat(refused.violations().get(0).messageEn()).contains("1900", "2100");
        assertThat(refused.violations().get(0).message()).contains("1900", "2100");
    }

    @Test
    void aDayOutsideTheYears1900To2100IsRefused() {
        Params params = new Params();
        assertThat(params.date("day", "1899-12-31")).isNull();
        assertThat(params.date("asOf", "2101-01-01")).isNull();
        assertThat(catchThrowableOfType(InvalidInput.class, params::check).violations())
                .extracting(FieldViolation::field).containsExactly("day", "asOf");
    }

    @Test
    void theFirstAndLastYearsAreTaken() {
        Params params = new Params();
        Params.Months months = params.months("1900-01", "2100-12");
        assertThat(months.first()).isEqualTo(YearMonth.of(1900, 1));
        assertThat(params.date("day", "2100-12-31")).isEqualTo(LocalDate.of(2100, 12, 31));
        assertThat(params.valid()).isTrue();
    }

    @Test
    void aDayRangeMayBeOpenAtEitherEndButNotEndBeforeItStarts() {
        Params params = new Params();
        assertThat(params.days(null, "2025-06-30")).isEqualTo(new Params.Days(null, LocalDate.of(2025, 6, 30)));
        assertThat(params.days("2025-01-01", " ")).isEqualTo(new Params.Days(LocalDate.of(2025, 1, 1), null));
        assertThat(params.valid()).isTrue();

        params.days("2025-06-30", "2025-01-01");
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, params::check);
        assertThat(refused.violations()).extracting(FieldViolation::field).containsExactly("to");
        assertThat(refused.violations().get(0).message()).isEqualTo("ngày kết thúc không được trước ngày bắt đầu (from)");
    }

    @Test
    void aTextIsTrimmedBlankIsNoneAndTooLongIsNamed() {
        Params params = new Params();
        assertThat(params.text("q", "  lớp  ", 100)).isEqualTo("lớp");
        assertThat(params.text("q", "   ", 100)).isNull();
        assertThat(params.valid()).isTrue();

        assertThat(params.text("q", "x".repeat(101), 100)).isNull();
        assertThat(catchThrowableOfType(InvalidInput.class, params::check).violations())
                .extracting(FieldViolation::field, FieldViolation::messageEn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("q", "must be at most 100 characters"));
    }
}
