package vn.taphuan.bench;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.taphuan.bench.report.MarkdownReport;
import vn.taphuan.bench.report.Results;
import vn.taphuan.bench.report.RunReport;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Faults while a nation loads through the public APIs, on the whole stack as {@code ./bench.sh} starts it: a service
 * killed with SIGKILL in the middle of its imports, consumers' and relay's batches, the broker or the store stopped,
 * each brought back while the load goes on; or a second replica of every service started beside the first. Afterwards every person-turn accepted is counted exactly once — nationwide and in its
 * province, with the women, the ethnic minorities, the unique persons, the activities held and the money — and the
 * projections rebuilt from the event log equal them. Counts, never timings. The tables go to
 * {@code bench/target/reliability-it.md}; docs/reliability.md holds those of a larger run ({@code ./bench.sh --fault …}).
 */
class FaultsIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kill-enrolment", "kill-reporting", "kill-budget", "restart-broker", "restart-store",
            "add-replicas"})
    void nothingAcceptedIsLostAndNothingCountedTwice(String fault) throws Exception {
        // -Dbench.faults.only=NAME runs one scenario
        String only = System.getProperty("bench.faults.only");
        assumeTrue(only == null || only.equals(fault), "only " + only);
        long personTurns = Long.getLong("bench.faults.personTurns", 2_000);
        Path root = Path.of("..").toAbsolutePath().normalize();
        BenchOptions options = BenchOptions.parse(new String[]{"--person-turns", String.valueOf(personTurns),
                "--provinces", "6", "--readers", "1", "--workers", "3", "--kafka-records", "0", "--store-docs", "0",
                "--read-seconds", "2", "--visible-minutes", "10", "--fault", fault, "--fault-at", "0.3",
                "--out", root.resolve("bench/target/reliability-it.md").toString()}, root);

        Results results = BenchRun.run(options, root);
        System.out.println(RunReport.console(results));
        MarkdownReport.write(options.out(), options.key(), RunReport.markdown(results));

        assertThat(results.fault().failure()).as("the fault was injected and the part came back").isNull();
        assertThat(results.fault().rowsAcceptedBefore()).as("it failed while loading").isPositive()
                .isLessThan(results.load().rowsSent());
        assertThat(results.load().completionsAccepted()).isEqualTo(personTurns);
        assertThat(results.load().personTurnsVisible()).isEqualTo(personTurns);
        assertThat(results.totals()).isNotEmpty().allSatisfy(check -> assertThat(check.exact())
                .as("%s: expected %s, shown %s", check.figure(), check.expected(), check.actual()).isTrue());
        if (fault.equals("add-replicas")) {
            // a rebuild replays through one replica's consumers: with two running it is refused, saying why
            assertThat(results.rebuild().outcome()).isEqualTo("refused");
            assertThat(results.rebuild().note()).contains("other-replicas-consuming");
        } else {
            assertThat(results.rebuild().identical()).as("%s: the projections rebuilt from the event log equal them; %s; differences: %s",
                    fault, results.rebuild().note(), results.rebuild().differences()).isTrue();
        }
    }
}
