package vn.taphuan.bench.report;

import vn.taphuan.bench.fault.Fault;
import vn.taphuan.bench.load.Failures;
import vn.taphuan.bench.measure.ExactTotals;
import vn.taphuan.bench.measure.KafkaCeiling;
import vn.taphuan.bench.measure.Latencies;
import vn.taphuan.bench.measure.MemorySampler;
import vn.taphuan.bench.measure.Rebuild;
import vn.taphuan.bench.nation.Learners;

import java.time.Instant;
import java.util.List;

/**
 * Everything one run measured, for the table and the report. Times in seconds, NaN when not measured.
 *
 * @param storeTraffic the store's bytes per person-turn (null: not measured, {@code --no-store-traffic})
 */
public record Results(Run run, Nation nation, Setup setup, KafkaCeiling kafka,
                     vn.taphuan.bench.measure.StoreCeiling store, Load load, Lag lag, Reads reads,
                     List<ExactTotals.Check> totals, Rebuild.Result rebuild, List<MemorySampler.Memory> memory,
                     MemorySampler.Memory benchJvm, List<Failures.Summary> failures, Fault.Outcome fault,
                     StoreTraffic storeTraffic) {

    /**
     * @param externalServers whether real Kafka and MongoDB servers were used instead of the embedded ones
     * @param loadAverages    the machine's one-minute load average at the start, after loading and at the end
     */
    public record Run(String title, String key, String command, String commit, String note, Machine machine,
                      Instant startedAt, double wallSeconds, boolean externalServers, int workers,
                      List<Double> loadAverages) {
    }

    /** The generated nation, and what its rows add up to on the generator's side. */
    public record Nation(int provinces, int plans, int classes, long rows, long personTurns, int cohorts,
                         int largestCohortRows, Learners.Tally generated) {
    }

    public record Setup(double stackStartSeconds, double seconds, int provincesReady, int provinces) {
    }

    /**
     * @param loadSeconds       from the first upload until the last activity's completions were recorded
     * @param endToEndSeconds   from the first upload until the nationwide figures showed every person-turn (NaN: never)
     * @param catchUpRate       person-turns made visible per second once loading and paying had ended
     * @param pacedRate         the rate offered during the paced part
     */
    public record Load(long rowsSent, long rowsAccepted, long rowsRejected, long completionsAccepted,
                       long classesDone, long classesHeld, double loadSeconds, double endToEndSeconds,
                       long personTurnsVisible, double catchUpRate, double pacedRate, long pacedRowsAccepted, double pacedSeconds,
                       long paymentsAccepted, long paymentsVnd, double paymentsSeconds) {
    }

    /** Projection lag, by part of the load, with the completions never seen within the give-up time. */
    public record Lag(Latencies.Stats paced, long pacedTimedOut, Latencies.Stats full, long fullTimedOut,
                      double kafkaP99Millis, long giveUpSeconds) {
    }

    public record Reads(int readers, long pauseMillis, List<Latencies.Stats> whileLoading,
                        List<Latencies.Stats> fullData, int fullDataSeconds) {
    }
}
