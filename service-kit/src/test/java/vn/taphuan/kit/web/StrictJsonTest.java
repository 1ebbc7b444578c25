package vn.taphuan.kit.web;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.kit.events.EventJson;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Request bodies are read as written or refused; events keep their own, tolerant mapper. */
class StrictJsonTest {

    record Payment(Long amountVnd, Integer sessions, BigDecimal share, Boolean settled, LocalDate paidOn,
                   List<Line> lines, Map<String, Long> rates) {
    }

    record Line(Integer learners) {
    }

    record Count(int sessions) {
    }

    private final JsonMapper strict = StrictJson.mapper();

    @Test
    void whatIsWrittenExactlyIsRead() {
        Payment payment = strict.readValue("""
                {"amountVnd":5000000,"sessions":2,"share":12.5,"settled":true,"paidOn":"2024-03-05",
                 "lines":[{"learners":30}],"rates":{"VENUE_DAY":2000000}}""", Payment.class);
        assertThat(payment.amountVnd()).isEqualTo(5_000_000L);
        assertThat(payment.share()).isEqualByComparingTo("12.5");
        assertThat(payment.paidOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(strict.readValue("{\"share\":12}", Payment.class).share()).isEqualByComparingTo("12");
        assertThat(strict.readValue("{\"paidOn\":\"1900-01-01\"}", Payment.class).paidOn()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(strict.readValue("{\"paidOn\":\"2100-12-31\"}", Payment.class).paidOn()).isEqualTo(LocalDate.of(2100, 12, 31));
    }

    @Test
    void fractionsOfWholeNumbersAreRefusedNotCutOff() {
        assertRefused("{\"amountVnd\":1.9}", "amountVnd");
        assertRefused("{\"amountVnd\":1.0}", "amountVnd");
        assertRefused("{\"sessions\":2.5}", "sessions");
        assertRefused("{\"lines\":[{\"learners\":30.5}]}", "lines");
        assertRefused("{\"rates\":{\"VENUE_DAY\":1.5}}", "rates");
    }

    @Test
    void numbersAndTruthValuesWrittenAsTextAreRefused() {
        assertRefused("{\"amountVnd\":\"12\"}", "amountVnd");
        assertRefused("{\"amountVnd\":\"\"}", "amountVnd");
        assertRefused("{\"sessions\":\"2\"}", "sessions");
        assertRefused("{\"share\":\"12.5\"}", "share");
        assertRefused("{\"settled\":\"true\"}", "settled");
        assertRefused("{\"settled\":1}", "settled");
        assertThatThrownBy(() -> strict.readValue("{\"sessions\":null}", Count.class))
                .isInstanceOf(JacksonException.class).hasMessageContaining("sessions");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertRefused("{\"amountVnd\":1,\"amountVnd\":2}", "amountVnd");
        assertThatThrownBy(() -> strict.readTree("{\"a\":1,\"a\":2}")).isInstanceOf(JacksonException.class);
    }

    @Test
    void datesOutsideTheYears1900To2100AreRefused() {
        assertRefused("{\"paidOn\":\"-999999999-01-01\"}", "paidOn");
        assertRefused("{\"paidOn\":\"+999999999-12-31\"}", "paidOn");
        assertRefused("{\"paidOn\":\"1899-12-31\"}", "paidOn");
        assertRefused("{\"paidOn\":\"2101-01-01\"}", "paidOn");
    }

    record Retitle(String title, Line line) {
    }

    record Revision(long version, String title) {
    }

    @Test
    void aTopLevelVersionIsRefusedWhereTheRequestTakesNoneAndReadWhereItDoes() {
        assertThatThrownBy(() -> strict.readValue("{\"version\":3,\"title\":\"t\"}", Retitle.class))
                .isInstanceOfSatisfying(vn.taphuan.kit.problem.InvalidInput.class, refused ->
                        assertThat(refused.violations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("version");
                            assertThat(v.messageEn()).contains("If-Match");
                        }));
        assertThat(strict.readValue("{\"title\":\"t\",\"line\":{\"learners\":3,\"version\":1}}", Retitle.class)
                .line().learners()).isEqualTo(3);
        assertThat(strict.readValue("{\"version\":3,\"title\":\"t\"}", Revision.class).version()).isEqualTo(3);
    }

    @Test
    void eventsAreReadAsBeforeByTheirOwnMapper() {
        assertThat(EventJson.mapper().readValue("{\"amountVnd\":1,\"amountVnd\":2,\"paidOn\":\"1850-01-01\"}",
                Payment.class).amountVnd()).isEqualTo(2L);
    }

    private void assertRefused(String json, String field) {
        assertThatThrownBy(() -> strict.readValue(json, Payment.class)).as(json)
                .isInstanceOf(JacksonException.class)
                .satisfies(e -> assertThat(((JacksonException) e).getPathReference() + " " + e.getMessage())
                        .contains(field));
    }
}
