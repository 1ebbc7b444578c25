package vn.taphuan.bench.measure;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StoreCountersTest {

    private static final String SCRAPE = """
            # HELP taphuan_store_bytes_total
            # TYPE taphuan_store_bytes_total counter
            taphuan_store_bytes_total{application="reporting-service",collection="persons",command="update",direction="sent"} 1.3E7
            taphuan_store_bytes_total{application="reporting-service",collection="persons",command="update",direction="received"} 52000.0
            taphuan_store_bytes_total{application="reporting-service",collection="-",command="ping",direction="sent"} 120.0
            # TYPE taphuan_store_documents_total counter
            taphuan_store_documents_total{application="reporting-service",collection="persons",command="update",direction="written"} 4000.0
            jvm_memory_used_bytes{application="reporting-service",area="heap",id="G1 Eden Space"} 1.2E8
            taphuan_store_bytes_created{application="reporting-service",collection="persons",command="update",direction="sent"} 1.7E9
            """;

    private static StoreCounters.Key key(String collection, String command, String direction) {
        return new StoreCounters.Key("reporting", collection, command, direction);
    }

    @Test
    void aScrapeGivesTheBytesAndDocumentsPerSeriesAndNothingElse() {
        StoreCounters counters = StoreCounters.parse("reporting", SCRAPE);

        assertThat(counters.bytes()).containsOnly(Map.entry(key("persons", "update", "sent"), 1.3e7),
                Map.entry(key("persons", "update", "received"), 52_000.0), Map.entry(key("-", "ping", "sent"), 120.0));
        assertThat(counters.documents()).containsOnly(Map.entry(key("persons", "update", "written"), 4_000.0));
        assertThat(counters.totalBytes()).isEqualTo(13_052_120.0);
    }

    @Test
    void theDifferenceOfTwoSnapshotsIsWhatWasCountedBetweenThemAndARestartCountsFromZero() {
        StoreCounters before = new StoreCounters(List.of("reporting", "budget"),
                Map.of(key("persons", "update", "sent"), 1_000.0, new StoreCounters.Key("budget", "ledger", "insert", "sent"), 5_000.0,
                        key("plans", "find", "received"), 300.0),
                Map.of(key("persons", "update", "written"), 10.0), List.of());
        StoreCounters after = new StoreCounters(List.of("reporting", "budget"),
                Map.of(key("persons", "update", "sent"), 4_500.0,
                        // budget-service was started again in between: its counter began from zero
                        new StoreCounters.Key("budget", "ledger", "insert", "sent"), 800.0,
                        key("plans", "find", "received"), 300.0, key("outbox", "find", "sent"), 70.0),
                Map.of(key("persons", "update", "written"), 45.0), List.of("enrolment"));

        StoreCounters delta = after.since(before);

        assertThat(delta.bytes()).containsOnly(Map.entry(key("persons", "update", "sent"), 3_500.0),
                Map.entry(new StoreCounters.Key("budget", "ledger", "insert", "sent"), 800.0),
                Map.entry(key("outbox", "find", "sent"), 70.0));
        assertThat(delta.documents()).containsOnly(Map.entry(key("persons", "update", "written"), 35.0));
        assertThat(delta.unanswered()).containsExactly("enrolment");
        assertThat(delta.services()).containsExactly("reporting", "budget");
    }
}
