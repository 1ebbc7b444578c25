package vn.taphuan.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code docs/benchmarks.md}: an introduction, then one section per configuration between markers. A new run of a
 * configuration replaces its section and leaves the others (e.g. the "before" baseline) as they were.
 */
public final class MarkdownReport {

    static final String INTRODUCTION = """
            # Benchmarks

            What `./bench.sh` measured (issue 13: a million person-turns, visible in the reports within a second of
            arriving). The benchmark starts the whole platform as `./run-local.sh` does — real Kafka broker (KRaft),
            MongoDB wire server (H2 file), the four services as child JVMs — in a fresh data directory, with no demo
            data, or uses real servers when `KAFKA_BOOTSTRAP_SERVERS` and `MONGODB_URI` are set. It then loads a
            generated nation through the services' public APIs only, as officers would (provinces onboarded; plans
            created, submitted, approved and allocated; activities scheduled; attendance sheets uploaded as CSV in the
            template's layout; completions recorded; a plan of each province amended half-way; activities held and paid), and
            measures:

            - **ceilings, in the same run**: Kafka's own producer benchmark (`ProducerPerformance`, records of 1 KB,
              acks=all) against the same broker, and the store's own bulk-insert rate (`insertMany`, 1,000 documents of
              about 400 bytes shaped like an enrolment fact) into a scratch database on the same wire server;
            - **throughput**: rows the imports accepted per second of loading, and person-turns per second visible
              nationwide end to end (from the first upload until `GET /api/v1/national/progress` shows them all);
            - **projection lag**: from a completions request returning until the plan's page
              (`GET /api/v1/progress/plans/{id}`) counts it, polled every 20 ms (then less often after 2 s), for a
              sample of activities (a few at a time), at a paced offered load of 1,000 person-turns/s, then at full speed;
            - **read latency** of the province dashboard, a plan page, the nationwide progress, the province ranking and
              the national export (XLSX), by concurrent readers (a short pause between requests), while loading and
              again over the full data;
            - **rebuild**: `POST /api/v1/admin/projections/rebuild` on reporting-service, timed until DONE, with every
              figure compared before and after;
            - **memory**: heap used and resident memory of each service JVM, at the end and at the peak (sampled every
              5 s);
            - **store traffic** (unless `--no-store-traffic`): the bytes each service sent to the store and received
              from it, per collection and command, and the documents it wrote, from the start of loading until every
              person-turn was visible and over the rebuild, per person-turn loaded (the services' own counters,
              `taphuan.kit.store-traffic-meter`, read from their Prometheus scrapes);
            - **exact totals**: every person-turn counted exactly once nationwide and per province, unique persons,
              women and ethnic-minority person-turns, activities held and money spent — reporting against what the
              APIs accepted, and that against what the generator produced.

            The nation is generated from a seed, on the fly (a learner is derived from a number; only a few bits per
            person are kept for the checks): the 34 provinces of 1 July 2025 with the tenant ids and codes of the
            administrative-unit registry, each with a plan under the DTTS&MN programme (community and cadre lines, and
            in large runs an e-learning line) and one under the NTM programme (cadre and community lines), for the
            second half of 2025; the person-turns shared by a weight of population and minority share; classes of 30 to
            120 learners (most near 50, a few absent from sessions), and in runs of 100,000 person-turns or more a few
            e-learning cohorts of 2,000 to 20,000 learners (6 % of the person-turns; the largest has 20,000); about a
            quarter of the learners in two activities or more, across lines and programmes; women about half; ethnic
            minorities by province (most learners in the northern mountains, few in the deltas); Vietnamese names,
            12-digit CCCD numbers with the province's prefix, and the province's communes where the registry has them
            (else the province itself).

            Run `./bench.sh --help` for the options. Each section below is one configuration; a new run of the same
            configuration replaces its section.
            """;

    private MarkdownReport() {
    }

    /** Writes {@code section} under {@code key}, replacing an earlier run of the same key. */
    public static void write(Path file, String key, String section) throws IOException {
        String begin = "<!-- bench:" + key + " -->";
        String end = "<!-- /bench:" + key + " -->";
        String block = begin + "\n" + section.strip() + "\n" + end + "\n";
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : INTRODUCTION;
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from >= 0 && to > from) {
            text = text.substring(0, from) + block + text.substring(to + end.length()).replaceFirst("^\n", "");
        } else {
            text = text.stripTrailing() + "\n\n" + block;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
