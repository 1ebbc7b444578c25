package vn.taphuan.bench.report;

import vn.taphuan.bench.fault.Fault;
import vn.taphuan.bench.load.Failures;
import vn.taphuan.bench.measure.ExactTotals;
import vn.taphuan.bench.measure.Latencies;
import vn.taphuan.bench.measure.MemorySampler;
import vn.taphuan.bench.measure.Rebuild;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Turns a run's results into the one table, and into its section of {@code docs/benchmarks.md}. */
public final class RunReport {

    /** The targets. */
    static final double END_TO_END_SHARE_OF_STORE = 0.25;
    static final double LAG_P99_MILLIS = 1_000;
    static final double READ_P99_MILLIS = 50;
    static final double REBUILD_SECONDS = 300;
    static final long HEAP_BYTES = 512L * 1024 * 1024;
    static final double START_SECONDS = 60;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private RunReport() {
    }

    public static ResultTable table(Results r) {
        ResultTable table = new ResultTable();
        double storeRate = r.store() != null && r.store().measured() ? r.store().documentsPerSecond() : Double.NaN;
        double kafkaRate = r.kafka() != null && r.kafka().measured() ? r.kafka().recordsPerSecond() : Double.NaN;

        table.section("Ceilings, measured in the same run");
        if (r.kafka() == null) {
            table.row("Kafka producer (ProducerPerformance)", "not measured (--kafka-records 0)", null, null, null);
        } else {
            table.row("Kafka producer: ProducerPerformance, " + count(r.kafka().records()) + " records of "
                            + r.kafka().recordSize() + " B, acks=all",
                    r.kafka().measured() ? rate(kafkaRate, "records") + " (" + String.format(Locale.ROOT, "%.1f", r.kafka().megabytesPerSecond())
                            + " MB/s), p99 " + millis(r.kafka().p99LatencyMillis()) : "failed: " + r.kafka().failure(), null, null, null);
        }
        if (r.store() == null) {
            table.row("Store bulk insert", "not measured (--store-docs 0)", null, null, null);
        } else {
            table.row("Store bulk insert: insertMany of 1,000, " + count(r.store().documents()) + " documents of "
                            + r.store().documentBytes() + " B (same wire server)",
                    r.store().measured() ? rate(storeRate, "documents") + ", batch p99 " + millis(r.store().p99BatchMillis())
                            : "failed: " + r.store().failure(), null, null, null);
        }

        Results.Load load = r.load();
        table.section("Throughput");
        double importRate = load.rowsAccepted() / load.loadSeconds();
        table.row("Imports: rows accepted ÷ loading time (" + r.run().workers() + " provinces at a time)",
                rate(importRate, "rows") + " (" + count(load.rowsAccepted()) + " in " + duration(load.loadSeconds()) + ")",
                ratios(importRate, storeRate, kafkaRate), null, null);
        double endToEnd = load.completionsAccepted() / load.endToEndSeconds();
        boolean visible = !Double.isNaN(load.endToEndSeconds());
        table.row("End to end: person-turns ÷ (first upload → all visible nationwide)",
                visible ? rate(endToEnd, "person-turns") + " (" + count(load.completionsAccepted()) + " in " + duration(load.endToEndSeconds()) + ")"
                        : "not all visible: " + count(load.personTurnsVisible()) + " of " + count(load.completionsAccepted()),
                visible ? ratios(endToEnd, storeRate, kafkaRate) : null,
                "≥ 25 % of the store's rate",
                visible && !Double.isNaN(storeRate) ? ResultTable.verdict(endToEnd >= END_TO_END_SHARE_OF_STORE * storeRate)
                        : visible ? "n/a" : ResultTable.NOT_MET);
        table.row("Reporting catching up once the load stopped: person-turns made visible per second",
                Double.isNaN(load.catchUpRate()) || Double.isInfinite(load.catchUpRate()) ? "—" : rate(load.catchUpRate(), "person-turns"),
                ratios(load.catchUpRate(), storeRate, kafkaRate), null, null);
        double pacedAccepted = load.pacedRowsAccepted() / load.pacedSeconds();
        table.row("Paced part: " + rate(load.pacedRate(), "person-turns") + " offered",
                load.pacedSeconds() > 0 ? rate(pacedAccepted, "rows") + " accepted (" + count(load.pacedRowsAccepted()) + " rows)" : "none",
                load.pacedSeconds() > 0 ? percent(pacedAccepted / load.pacedRate()) + " of the offered rate" : null, null, null);
        table.row("Payments recorded (after loading)", count(load.paymentsAccepted()) + " in "
                + duration(load.paymentsSeconds()) + " (" + rate(load.paymentsAccepted() / load.paymentsSeconds(), "payments") + ")", null, null, null);

        Results.Lag lag = r.lag();
        table.section("Projection lag: completions returned → the plan's page counts them");
        lagRow(table, "at " + rate(load.pacedRate(), "person-turns") + " offered (paced part)", lag.paced(), lag.pacedTimedOut(), lag, true);
        lagRow(table, "at full speed", lag.full(), lag.fullTimedOut(), lag, false);

        Results.Reads reads = r.reads();
        table.section("Reads while loading, " + reads.readers() + " readers");
        for (Latencies.Stats stats : reads.whileLoading()) {
            table.row(stats.name() + ": p50 / p99", latency(stats), null, null, null);
        }
        table.section("Reads over the full data, " + reads.readers() + " readers, " + reads.fullDataSeconds() + " s");
        for (Latencies.Stats stats : reads.fullData()) {
            table.row(stats.name() + ": p50 / p99", latency(stats), null, "p99 < 50 ms",
                    stats.count() == 0 ? "n/a" : ResultTable.verdict(stats.p99Millis() < READ_P99_MILLIS && stats.errors() == 0));
        }

        table.section("Rebuild of reporting's projections from the event log");
        Rebuild.Result rebuild = r.rebuild();
        if (rebuild == null) {
            table.row("rebuild", "not run", null, "< 5 min, identical figures", "n/a");
        } else if (rebuild.outcome().equals("done")) {
            table.row("rebuild: time, figures before = after", duration(rebuild.seconds()) + ", " + count(rebuild.eventsApplied())
                            + " events, " + (Boolean.TRUE.equals(rebuild.identical()) ? "identical" : rebuild.differences().size() + " differences"),
                    null, "< 5 min, identical figures",
                    ResultTable.verdict(rebuild.seconds() < REBUILD_SECONDS && Boolean.TRUE.equals(rebuild.identical())));
        } else {
            table.row("rebuild", rebuild.outcome().equals("not available") ? "not available (404)" : rebuild.outcome() + ": " + brief(rebuild.note()),
                    null, "< 5 min, identical figures", rebuild.outcome().equals("not available") ? "n/a" : ResultTable.NOT_MET);
        }

        table.section("Memory at the end / peak (sampled every 5 s)");
        for (MemorySampler.Memory memory : r.memory()) {
            long heap = Math.max(memory.heapUsed(), memory.peakHeapUsed());
            table.row(memory.service() + "-service: heap used · resident (RSS)", mebibytes(memory.heapUsed()) + " / "
                            + mebibytes(memory.peakHeapUsed()) + " · " + mebibytes(memory.rss()) + " / " + mebibytes(memory.peakRss()),
                    null, "heap ≤ 512 MiB", heap < 0 ? "n/a" : ResultTable.verdict(heap <= HEAP_BYTES));
        }
        if (r.benchJvm() != null) {
            table.row("benchmark JVM (" + (r.run().externalServers() ? "" : "embedded broker and store, ") + "load generator)",
                    mebibytes(r.benchJvm().heapUsed()) + " / " + mebibytes(r.benchJvm().peakHeapUsed()) + " · "
                            + mebibytes(r.benchJvm().rss()) + " / " + mebibytes(r.benchJvm().peakRss()), null, null, null);
        }

        table.section("Start, totals, failures");
        table.row("Stack start: broker, store, issuer, four services healthy", duration(r.setup().stackStartSeconds()),
                null, "< 60 s", ResultTable.verdict(r.setup().stackStartSeconds() < START_SECONDS));
        long differing = r.totals().stream().filter(c -> !c.exact()).count();
        boolean allVisible = !Double.isNaN(r.load().endToEndSeconds());
        table.row("Exact totals (" + r.totals().size() + " checks, listed below)",
                differing == 0 ? "all exact" : differing + " differ" + (allVisible ? ""
                        : " — read before reporting had caught up: lag, not necessarily loss"),
                null, "every person-turn counted once", ResultTable.verdict(differing == 0));
        if (r.fault() != null) {
            faultRows(table, r);
        }
        long failed = r.failures().stream().mapToLong(Failures.Summary::count).sum();
        table.row("Calls refused or failed (listed below)", failed == 0 ? "none" : count(failed) + ": " + failureBrief(r.failures()),
                null, null, null);
        return table;
    }

    /** The fault injected, and what the person-turns came to: nothing accepted lost, nothing counted twice. */
    private static void faultRows(ResultTable table, Results r) {
        Fault.Outcome fault = r.fault();
        table.row("Fault injected while loading: " + fault.fault().kind().option(), fault.failure() != null
                        ? "not recovered: " + fault.failure()
                        : "after " + count(fault.rowsAcceptedBefore()) + " rows accepted, back in " + duration(fault.downSeconds()),
                null, "back, and loading went on", ResultTable.verdict(fault.failure() == null));
        Results.Load load = r.load();
        long counted = load.personTurnsVisible();
        long accepted = load.completionsAccepted();
        table.row("Person-turns: generated · accepted · refused rows · counted · lost · counted twice",
                count(r.nation().generated().completions()) + " · " + count(accepted) + " · " + count(load.rowsRejected())
                        + " · " + count(counted) + " · " + count(Math.max(0, accepted - counted)) + " · "
                        + count(Math.max(0, counted - accepted)),
                null, "none lost, none counted twice", ResultTable.verdict(counted == accepted));
    }

    private static void lagRow(ResultTable table, String figure, Latencies.Stats stats, long timedOut, Results.Lag lag,
                               boolean target) {
        String measured = stats.count() == 0 ? "no sample" : millis(stats.p50Millis()) + " / " + millis(stats.p99Millis())
                + " (" + stats.count() + " samples" + (timedOut > 0 ? "; " + timedOut + " not seen in " + lag.giveUpSeconds() / 60 + " min" : "") + ")";
        String ratio = stats.count() == 0 || Double.isNaN(lag.kafkaP99Millis()) || lag.kafkaP99Millis() <= 0 ? null
                : String.format(Locale.ROOT, "p99 = %.0f × Kafka's p99 produce latency", stats.p99Millis() / lag.kafkaP99Millis());
        String verdict = null;
        if (target) {
            verdict = stats.count() == 0 && timedOut == 0 ? "n/a"
                    : ResultTable.verdict(timedOut == 0 && stats.p99Millis() < LAG_P99_MILLIS);
        }
        table.row(figure + ": p50 / p99", measured, ratio, target ? "p99 < 1 s" : null, verdict);
    }

    /** The section of {@code docs/benchmarks.md} for this run. */
    public static String markdown(Results r) {
        StringBuilder text = new StringBuilder();
        Results.Run run = r.run();
        text.append("## ").append(run.title()).append("\n\n");
        text.append("- **Commit:** ").append(run.commit()).append(" · **date:** ").append(WHEN.format(run.startedAt()))
                .append(" · **wall time:** ").append(duration(run.wallSeconds())).append('\n');
        text.append("- **Machine:** ").append(run.machine().describe()).append("; load average ")
                .append(loads(run.loadAverages())).append(" (start, after loading, end)").append('\n');
        text.append("- **Command:** `").append(run.command()).append("`")
                .append(run.externalServers() ? " (real Kafka and MongoDB from the environment)" : " (embedded broker and store)")
                .append('\n');
        text.append("- **Nation:** ").append(nation(r.nation())).append('\n');
        if (run.note() != null) {
            text.append("- **Note:** ").append(run.note()).append('\n');
        }
        text.append('\n').append(table(r).markdown()).append('\n');
        text.append(storeTraffic(r, false)).append('\n');
        text.append(Double.isNaN(r.load().endToEndSeconds())
                ? "Exact totals (expected → shown), read before reporting showed everything (see the end-to-end row):\n\n"
                : "Exact totals (expected → shown):\n\n");
        for (ExactTotals.Check check : r.totals()) {
            text.append("- ").append(check.exact() ? "exact" : "**DIFFERS**").append(" — ").append(check.figure())
                    .append(": ").append(check.expected()).append(" → ").append(check.actual()).append('\n');
        }
        if (!r.failures().isEmpty()) {
            text.append("\nRefused or failed calls:\n\n");
            for (Failures.Summary failure : r.failures()) {
                text.append("- ").append(failure.kind().step()).append(", ")
                        .append(failure.kind().status() == 0 ? "no answer" : "status " + failure.kind().status())
                        .append(": ").append(count(failure.count())).append(" — e.g. `")
                        .append(brief(failure.samples().isEmpty() ? "" : failure.samples().get(0)).replace("`", "'"))
                        .append("`\n");
            }
        }
        if (r.rebuild() != null && !r.rebuild().differences().isEmpty()) {
            text.append("\nRebuild differences (first ").append(r.rebuild().differences().size()).append("):\n\n");
            r.rebuild().differences().forEach(d -> text.append("- `").append(d.replace("`", "'")).append("`\n"));
        }
        return text.toString();
    }

    /** What the console shows at the end. */
    public static String console(Results r) {
        StringBuilder text = new StringBuilder("\n").append(r.run().title()).append(" — ").append(r.run().commit())
                .append('\n').append(r.run().machine().describe()).append("; load average ").append(loads(r.run().loadAverages()))
                .append(" (start, after loading, end)\n").append(nation(r.nation())).append("\n\n");
        text.append(table(r).text());
        text.append('\n').append(storeTraffic(r, true));
        List<ExactTotals.Check> differing = r.totals().stream().filter(c -> !c.exact()).toList();
        if (!differing.isEmpty()) {
            text.append("\n!!!!!!!!!!!!!!!! EXACT TOTALS DIFFER !!!!!!!!!!!!!!!!\n");
            differing.forEach(c -> text.append("  ").append(c.figure()).append(": expected ").append(c.expected())
                    .append(", shown ").append(c.actual()).append('\n'));
            text.append("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n");
        }
        if (!r.failures().isEmpty()) {
            text.append("\nRefused or failed calls:\n");
            r.failures().forEach(f -> text.append("  ").append(f.kind().step()).append(" ")
                    .append(f.kind().status() == 0 ? "no answer" : f.kind().status()).append(" ×").append(f.count())
                    .append(f.samples().isEmpty() ? "" : ", e.g. " + brief(f.samples().get(0))).append('\n'));
        }
        return text.toString();
    }

    /** The second table, after the main one: where the store work of a person-turn goes. */
    static String storeTraffic(Results r, boolean console) {
        if (r.storeTraffic() == null) {
            return StoreTraffic.TITLE + ": not measured (--no-store-traffic)\n";
        }
        return console ? r.storeTraffic().text() : r.storeTraffic().markdown();
    }

    private static String loads(List<Double> loads) {
        return String.join(" / ", loads.stream().map(load -> String.format(Locale.ROOT, "%.1f", load)).toList());
    }

    static String nation(Results.Nation n) {
        Results.Nation nation = n;
        var g = nation.generated();
        return count(nation.provinces()) + " provinces, " + nation.plans() + " plans, " + count(nation.classes())
                + " activities (" + nation.cohorts() + " e-learning cohorts" + (nation.cohorts() > 0 ? ", the largest "
                + count(nation.largestCohortRows()) + " learners" : "") + "), " + count(nation.rows()) + " rows, "
                + count(nation.personTurns()) + " person-turns; generated " + count(g.personsOnSheets()) + " persons, "
                + percent(g.personsOnSheets() == 0 ? 0 : (double) g.personsInTwoOrMoreClasses() / g.personsOnSheets())
                + " of them in 2+ activities; women " + percent(share(g.womenCompletions(), g.completions()))
                + " and ethnic minorities " + percent(share(g.minorityCompletions(), g.completions())) + " of person-turns";
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static String ratios(double value, double store, double kafka) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        String s = Double.isNaN(store) ? "" : percent(value / store) + " of the store";
        String k = Double.isNaN(kafka) ? "" : percent(value / kafka) + " of Kafka";
        return s.isEmpty() && k.isEmpty() ? null : s.isEmpty() ? k : k.isEmpty() ? s : s + " · " + k;
    }

    static String latency(Latencies.Stats stats) {
        if (stats.count() == 0) {
            return "no answer" + (stats.errors() > 0 ? " (" + stats.errors() + " errors)" : "");
        }
        return millis(stats.p50Millis()) + " / " + millis(stats.p99Millis()) + " (" + count(stats.count()) + " requests"
                + (stats.errors() > 0 ? ", " + stats.errors() + " errors" : "") + ")";
    }

    /** "1,234 rows/s", "9.9 person-turns/s". */
    static String rate(double perSecond, String unit) {
        if (Double.isNaN(perSecond) || Double.isInfinite(perSecond)) {
            return "—";
        }
        return (perSecond >= 100 ? String.format(Locale.ROOT, "%,.0f", perSecond)
                : String.format(Locale.ROOT, "%.1f", perSecond)) + " " + unit + "/s";
    }

    static String millis(double millis) {
        if (Double.isNaN(millis)) {
            return "—";
        }
        if (millis >= 60_000) {
            return String.format(Locale.ROOT, "%.1f min", millis / 60_000);
        }
        return millis >= 1_000 ? String.format(Locale.ROOT, "%.2f s", millis / 1000) : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    static String duration(double seconds) {
        if (Double.isNaN(seconds)) {
            return "—";
        }
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%d h %02d min", (long) seconds / 3600, ((long) seconds % 3600) / 60);
        }
        if (seconds >= 120) {
            return String.format(Locale.ROOT, "%d min %02d s", (long) seconds / 60, (long) seconds % 60);
        }
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }

    static String mebibytes(long bytes) {
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }

    static String percent(double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
            return "—";
        }
        return fraction < 0.1 ? String.format(Locale.ROOT, "%.2f %%", fraction * 100) : String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String failureBrief(List<Failures.Summary> failures) {
        StringBuilder text = new StringBuilder();
        for (Failures.Summary failure : failures) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(failure.kind().step()).append(' ')
                    .append(failure.kind().status() == 0 ? "no answer" : failure.kind().status()).append(" ×")
                    .append(failure.count());
        }
        return text.toString();
    }

    private static String brief(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 240 ? flat.substring(0, 240) + "…" : flat;
    }
}
