package vn.taphuan.bench.report;

import org.junit.jupiter.api.Test;
import vn.taphuan.bench.measure.StoreCounters;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StoreTrafficTest {

    private static final List<String> SERVICES = List.of("plan", "enrolment", "budget", "reporting");

    private static StoreCounters.Key key(String service, String collection, String command, String direction) {
        return new StoreCounters.Key(service, collection, command, direction);
    }

    /** 1,000 person-turns; reporting's person updates the largest, plan-service silent; 15 series in all. */
    private static StoreCounters load() {
        Map<StoreCounters.Key, Double> bytes = new HashMap<>();
        bytes.put(key("reporting", "persons", "update", "sent"), 4_000_000.0);
        bytes.put(key("reporting", "persons", "update", "received"), 60_000.0);
        bytes.put(key("reporting", "planFigures", "update", "sent"), 2_500_000.0);
        bytes.put(key("reporting", "planFigures", "find", "received"), 1_500_000.0);
        bytes.put(key("enrolment", "enrolments", "insert", "sent"), 1_200_000.0);
        bytes.put(key("enrolment", "outbox", "insert", "sent"), 900_000.0);
        bytes.put(key("enrolment", "outbox", "find", "received"), 800_000.0);
        bytes.put(key("enrolment", "outbox", "update", "sent"), 300_000.0);
        bytes.put(key("budget", "allocations", "update", "sent"), 200_000.0);
        bytes.put(key("budget", "allocations", "find", "received"), 150_000.0);
        bytes.put(key("budget", "outbox", "find", "received"), 100_000.0);
        bytes.put(key("budget", "outbox", "insert", "sent"), 90_000.0);
        bytes.put(key("reporting", "processed", "insert", "sent"), 80_000.0);
        bytes.put(key("reporting", "processed", "find", "received"), 70_000.0);
        bytes.put(key("reporting", "-", "ping", "sent"), 50_000.0);
        Map<StoreCounters.Key, Double> documents = new HashMap<>();
        documents.put(key("reporting", "persons", "update", "written"), 2_000.0);
        documents.put(key("reporting", "planFigures", "update", "written"), 500.0);
        documents.put(key("enrolment", "enrolments", "insert", "written"), 1_000.0);
        return new StoreCounters(SERVICES, bytes, documents, List.of());
    }

    private static StoreCounters rebuild() {
        return new StoreCounters(SERVICES, Map.of(key("reporting", "persons", "update", "sent"), 3_000_000.0),
                Map.of(key("reporting", "persons", "update", "written"), 1_000.0), List.of());
    }

    @Test
    void eachServicesBytesAreDividedByThePersonTurnsTheLargestFirstASilentServiceIncluded() {
        List<StoreTraffic.Row> services = new StoreTraffic(1_000, load(), rebuild()).perService();

        assertThat(services).extracting(StoreTraffic.Row::figure)
                .containsExactly("reporting-service", "enrolment-service", "budget-service", "plan-service");
        assertThat(services.get(0).bytes()).isEqualTo(8_260.0);
        assertThat(services.get(0).documents()).isEqualTo(2.5);
        assertThat(services.get(3).bytes()).isZero();
        assertThat(services.stream().mapToDouble(StoreTraffic.Row::share).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theTopTwelveSeriesByBytesWithTheDocumentsAWriteCarriedOnItsSentRowOnly() {
        StoreTraffic traffic = new StoreTraffic(1_000, load(), rebuild());

        List<StoreTraffic.Row> top = traffic.top(StoreTraffic.TOP);

        assertThat(top).hasSize(12);
        assertThat(top).extracting(StoreTraffic.Row::bytes).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(top.get(0).figure()).isEqualTo("reporting-service · persons · update · sent");
        assertThat(top.get(0).bytes()).isEqualTo(4_000.0);
        assertThat(top.get(0).documents()).isEqualTo(2.0);
        assertThat(top.get(2).figure()).isEqualTo("reporting-service · planFigures · find · received");
        assertThat(top.get(2).documents()).isNaN();
        assertThat(top).extracting(StoreTraffic.Row::figure).doesNotContain("reporting-service · - · ping · sent",
                "reporting-service · persons · update · received", "reporting-service · processed · find · received");
        assertThat(traffic.loadBytes()).isEqualTo(12_000.0);
        assertThat(traffic.rebuildBytes()).isEqualTo(3_000.0);
    }

    @Test
    void theTableShowsTheTotalsPerServiceAndTheLargestSeriesInMarkdownAndOnTheConsole() {
        StoreTraffic traffic = new StoreTraffic(1_000, load(), rebuild());

        String markdown = traffic.markdown();
        System.out.println(markdown);
        System.out.println(traffic.text());

        assertThat(markdown).startsWith("Store traffic per person-turn (load until visible): 12,000 B sent and received, "
                + "3.50 documents written, over 1,000 person-turns; the rebuild 3,000 B:\n\n"
                + "| figure | bytes / person-turn | share of the load's bytes | documents written / person-turn |\n|---|---|---|---|\n");
        assertThat(markdown).contains("| reporting-service | 8,260 B | 68.8 % | 2.50 |\n",
                "| reporting-service · persons · update · sent | 4,000 B | 33.3 % | 2.00 |\n",
                "| budget-service · outbox · insert · sent | 90.0 B | 0.75 % | 0.00 |\n",
                "| plan-service | 0 B | 0.00 % | 0.00 |\n",
                "| load, from the start until every person-turn was visible | 12,000 B | 100.0 % | 3.50 |\n",
                "| rebuild of reporting's projections (not in the load) | 3,000 B | — | 1.00 |\n");
        assertThat(markdown.lines().filter(line -> line.contains(" · sent |") || line.contains(" · received |")))
                .hasSize(12);
        assertThat(traffic.text()).contains("PER SERVICE", "reporting-service · persons · update · sent", "12,000 B");
    }

    @Test
    void aScrapeThatDidNotAnswerOrAMeterLeftOffIsSaid() {
        StoreCounters silent = new StoreCounters(SERVICES, Map.of(), Map.of(), List.of("budget"));

        String summary = new StoreTraffic(1_000, silent, null).summary();

        assertThat(summary).contains("budget-service did not answer", "no counters");
        assertThat(new StoreTraffic(1_000, silent, null).markdown()).contains("| rebuild of reporting's projections | not measured |");
    }

    @Test
    void aRunWithTheMeterLeftOffSaysSoWhereTheTableWouldBe() {
        Results off = new Results(null, null, null, null, null, null, null, null, List.of(), null, List.of(), null,
                List.of(), null, null);
        Results on = new Results(null, null, null, null, null, null, null, null, List.of(), null, List.of(), null,
                List.of(), null, new StoreTraffic(1_000, load(), null));

        assertThat(RunReport.storeTraffic(off, false)).isEqualTo(StoreTraffic.TITLE + ": not measured (--no-store-traffic)\n");
        assertThat(RunReport.storeTraffic(on, false)).contains("| reporting-service | 8,260 B |");
        assertThat(RunReport.storeTraffic(on, true)).contains("PER SERVICE").doesNotContain("|");
    }
}
