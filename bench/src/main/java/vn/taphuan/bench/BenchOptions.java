package vn.taphuan.bench;

import vn.taphuan.bench.fault.Fault;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What to run: the size of the nation, how hard to read, what to measure the ceilings with, where to write.
 *
 * @param personTurns      completions in all, exactly (the nation's size)
 * @param provinces        how many of the 34 provinces take part
 * @param readers          concurrent dashboard readers, while loading and over the full data
 * @param workers          provinces loaded at a time
 * @param pacedRate        person-turns per second offered during the paced part (the lag target's load)
 * @param pacedPersonTurns how many person-turns are offered at {@code pacedRate} before going at full speed
 * @param kafkaRecords     records of the broker's producer benchmark (0: not measured)
 * @param storeDocuments   documents of the store's bulk-insert benchmark (0: not measured)
 * @param readSeconds      how long the readers read over the full data
 * @param readerPauseMillis pause of a reader between two requests
 * @param visibleMinutes   how long to wait for the nationwide figures to show everything
 * @param cohortShare      share of person-turns trained in e-learning cohorts (2,000–20,000 learners)
 * @param out              the markdown report to write (null: none)
 * @param label            distinguishes runs of the same size (e.g. "before"), part of the section's key
 * @param note             a sentence for the report (e.g. the machine was busy)
 * @param fault            a failure injected while loading (null: none)
 * @param storeTraffic     turn on the services' store traffic meter and report the store's bytes per person-turn
 */
public record BenchOptions(long personTurns, int provinces, int readers, int workers, double pacedRate,
                           long pacedPersonTurns, long kafkaRecords, long storeDocuments, int readSeconds,
                           long readerPauseMillis, int visibleMinutes, double cohortShare, long seed, Path out,
                           boolean keepData, String label, String note, Fault fault, boolean storeTraffic,
                           List<String> arguments) {

    static final String USAGE = """
            ./bench.sh [options]      (./bench.sh --no-build … skips the build)
              --person-turns N     person-turns in all (default 1,000,000)
              --provinces N        provinces taking part, 1–34 (default 34)
              --readers N          concurrent dashboard readers (default 8)
              --workers N          provinces loaded at a time (default 4)
              --paced-rate N       person-turns/s offered in the paced part (default 1,000)
              --paced N            person-turns offered at that rate before full speed (default a fifth, at most 100,000)
              --kafka-records N    records of Kafka's producer benchmark, 1 KB each (default 1,000,000; 0: skip)
              --store-docs N       documents of the store's bulk-insert benchmark (default 200,000; 0: skip)
              --read-seconds N     reading over the full data (default 60)
              --reader-pause-ms N  pause between a reader's requests (default 100)
              --visible-minutes N  wait for everything to show nationwide (default 120)
              --cohort-share X     share of person-turns in e-learning cohorts (default 0.06)
              --seed N             the nation's seed (default 2025)
              --out FILE           markdown report (default docs/benchmarks.md; "none" for no file)
              --label TEXT         names the run in the report (e.g. "before"); runs of another label are kept
              --note TEXT          a note for the report
              --keep-data          keep the data directory (broker log, store, service logs) afterwards
              --no-store-traffic   leave the services' store traffic meter off (on by default: it reports the
                                   bytes to and from the store per person-turn, at the cost of encoding each
                                   command once more)
              --fault NAME         while loading, kill-enrolment, kill-reporting or kill-budget (SIGKILL,
                                   started again), restart-broker or restart-store (stopped, started again),
                                   add-replicas (a second process of each service); the totals must stay exact
              --fault-at X         share of the rows accepted when it fails (default 0.4)
            """;

    public static BenchOptions parse(String[] args, Path root) {
        long personTurns = 1_000_000;
        int provinces = 34;
        int readers = 8;
        int workers = 4;
        double pacedRate = 1_000;
        Long paced = null;
        long kafkaRecords = 1_000_000;
        long storeDocuments = 200_000;
        int readSeconds = 60;
        long pause = 100;
        int visibleMinutes = 120;
        double cohortShare = 0.06;
        long seed = 2025;
        Path out = root.resolve("docs/benchmarks.md");
        boolean keepData = false;
        boolean storeTraffic = true;
        String label = null;
        String note = null;
        Fault.Kind fault = null;
        double faultAt = 0.4;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--keep-data")) {
                keepData = true;
                continue;
            }
            if (option.equals("--no-store-traffic")) {
                storeTraffic = false;
                continue;
            }
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value of " + option + "\n" + USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--person-turns" -> personTurns = number(option, value);
                case "--provinces" -> provinces = (int) number(option, value);
                case "--readers" -> readers = (int) number(option, value);
                case "--workers" -> workers = (int) number(option, value);
                case "--paced-rate" -> pacedRate = Double.parseDouble(value);
                case "--paced" -> paced = number(option, value);
                case "--kafka-records" -> kafkaRecords = number(option, value);
                case "--store-docs" -> storeDocuments = number(option, value);
                case "--read-seconds" -> readSeconds = (int) number(option, value);
                case "--reader-pause-ms" -> pause = number(option, value);
                case "--visible-minutes" -> visibleMinutes = (int) number(option, value);
                case "--cohort-share" -> cohortShare = Double.parseDouble(value);
                case "--seed" -> seed = number(option, value);
                case "--out" -> out = value.equals("none") ? null : root.resolve(value);
                case "--label" -> label = value;
                case "--note" -> note = value;
                case "--fault" -> fault = Fault.Kind.parse(value);
                case "--fault-at" -> faultAt = Double.parseDouble(value);
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        if (personTurns < 1 || provinces < 1 || provinces > 34 || workers < 1 || readers < 0) {
            throw new IllegalArgumentException("person-turns ≥ 1, provinces 1–34, workers ≥ 1, readers ≥ 0\n" + USAGE);
        }
        long pacedPersonTurns = paced != null ? paced : Math.min(personTurns / 5, 100_000);
        return new BenchOptions(personTurns, provinces, readers, workers, pacedRate, pacedPersonTurns, kafkaRecords,
                storeDocuments, readSeconds, pause, visibleMinutes, cohortShare, seed, out, keepData, label, note,
                fault == null ? null : new Fault(fault, faultAt), storeTraffic, List.of(args));
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value.replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not " + value);
        }
    }

    /** The configuration a report section belongs to. */
    public String key() {
        List<String> parts = new ArrayList<>(List.of("person-turns=" + personTurns, "provinces=" + provinces,
                "readers=" + readers, "workers=" + workers));
        if (fault != null) {
            parts.add("fault=" + fault.kind().option());
        }
        if (label != null) {
            parts.add("label=" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        }
        return String.join(",", parts);
    }

    /** The command that ran, as typed. */
    public String command() {
        StringBuilder command = new StringBuilder("./bench.sh");
        for (String argument : arguments) {
            command.append(' ').append(argument.matches("[A-Za-z0-9_./=,:-]+") ? argument : "'" + argument.replace("'", "'\\''") + "'");
        }
        return command.toString();
    }
}
