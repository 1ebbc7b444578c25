package vn.taphuan.bench;

import org.junit.jupiter.api.Test;
import vn.taphuan.bench.report.MarkdownReport;
import vn.taphuan.bench.report.Results;
import vn.taphuan.bench.report.RunReport;
import vn.taphuan.bench.report.StoreTraffic;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark in small, on the whole stack started as {@code ./bench.sh} starts it: a nation of all 34 provinces
 * loaded through the public APIs, read by two readers. Asserts the exact totals, never timings (the machine may be
 * busy): every person-turn generated is accepted and counted exactly once, nationwide and in its province, with
 * its women and ethnic-minority shares, the unique persons, the activities held and the money spent.
 * The table goes to {@code bench/target/benchmarks-it.md}; {@code -Dbench.it.personTurns=N} changes the size.
 */
class NationBenchIT {

    @Test
    void everyPersonTurnSentIsCountedExactlyOnceNationwideAndInItsProvince() throws Exception {
        long personTurns = Long.getLong("bench.it.personTurns", 5_000);
        Path root = Path.of("..").toAbsolutePath().normalize();
        BenchOptions options = BenchOptions.parse(new String[]{"--person-turns", String.valueOf(personTurns),
                "--provinces", "34", "--readers", "2", "--kafka-records", "20000", "--store-docs", "5000",
                "--read-seconds", "5", "--visible-minutes", "30",
                "--out", root.resolve("bench/target/benchmarks-it.md").toString()}, root);

        Results results = BenchRun.run(options, root);
        String console = RunReport.console(results);
        System.out.println(console);
        MarkdownReport.write(options.out(), options.key(), RunReport.markdown(results));

        // a call refused on the way (e.g. a 409 sent again) is listed in the table; what must hold is the totals
        assertThat(results.nation().generated().completions()).isEqualTo(personTurns);
        assertThat(results.load().completionsAccepted()).isEqualTo(personTurns);
        assertThat(results.load().personTurnsVisible()).isEqualTo(personTurns);
        // the store traffic meter is on by default: the second table is there, with bytes counted
        assertThat(console).contains(StoreTraffic.TITLE + ": ");
        assertThat(results.storeTraffic()).isNotNull();
        assertThat(results.storeTraffic().loadBytes()).isPositive();
        assertThat(results.storeTraffic().top(StoreTraffic.TOP)).isNotEmpty();
        assertThat(results.totals()).isNotEmpty().allSatisfy(check -> assertThat(check.exact())
                .as("%s: expected %s, shown %s", check.figure(), check.expected(), check.actual()).isTrue());
    }
}
