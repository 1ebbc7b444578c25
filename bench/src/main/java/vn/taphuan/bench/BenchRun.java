package vn.taphuan.bench;

import vn.taphuan.bench.fault.Fault;
import vn.taphuan.bench.fault.FaultInjector;
import vn.taphuan.bench.load.ApiClient;
import vn.taphuan.bench.load.Endpoints;
import vn.taphuan.bench.load.Failures;
import vn.taphuan.bench.load.LoadCounters;
import vn.taphuan.bench.load.NationSetup;
import vn.taphuan.bench.load.Pacer;
import vn.taphuan.bench.load.Payments;
import vn.taphuan.bench.load.ProvinceLoader;
import vn.taphuan.bench.load.Tokens;
import vn.taphuan.bench.measure.ExactTotals;
import vn.taphuan.bench.measure.LiveStreamWatch;
import vn.taphuan.bench.measure.KafkaCeiling;
import vn.taphuan.bench.measure.LagProbe;
import vn.taphuan.bench.measure.Latencies;
import vn.taphuan.bench.measure.MemorySampler;
import vn.taphuan.bench.measure.Readers;
import vn.taphuan.bench.measure.Rebuild;
import vn.taphuan.bench.measure.Snapshot;
import vn.taphuan.bench.measure.StoreCounters;
import vn.taphuan.bench.measure.StoreCeiling;
import vn.taphuan.bench.measure.Visibility;
import vn.taphuan.bench.nation.ClassSpec;
import vn.taphuan.bench.nation.Learners;
import vn.taphuan.bench.nation.Line;
import vn.taphuan.bench.nation.Nation;
import vn.taphuan.bench.nation.ProvinceLoad;
import vn.taphuan.bench.report.Machine;
import vn.taphuan.bench.report.ProgressBar;
import vn.taphuan.bench.report.Results;
import vn.taphuan.bench.report.StoreTraffic;
import vn.taphuan.localstack.LocalStack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One benchmark run, in order: generate the nation; start the stack; measure the broker's and the store's ceilings;
 * set up the provinces and plans; load every province's activities (the first part paced) while readers read, the
 * lag is probed and the nationwide figures watched; pay; wait until everything is visible; read over the full data;
 * check the exact totals; rebuild the projections; read the memory; stop the stack. The services' store traffic
 * counters are read at the start of loading, once everything is visible, and around the rebuild.
 */
public final class BenchRun {

    private final BenchOptions options;
    private final Path root;
    private final ApiClient api = new ApiClient();
    private final LoadCounters counters = new LoadCounters();
    private final Failures failures = new Failures();
    private final Deque<long[]> rateWindow = new ArrayDeque<>();
    private volatile String phase = "starting";
    private volatile long phaseStart = System.nanoTime();
    private volatile Visibility visibility;
    private final List<LiveStreamWatch> liveStreams = new java.util.concurrent.CopyOnWriteArrayList<>();
    private ProgressBar progress;
    private boolean stopped;

    private BenchRun(BenchOptions options, Path root) {
        this.options = options;
        this.root = root;
    }

    public static Results run(BenchOptions options, Path root) throws Exception {
        return new BenchRun(options, root).run();
    }

    private Results run() throws Exception {
        Instant startedAt = Instant.now();
        long began = System.nanoTime();
        List<Double> loadAverages = new ArrayList<>(List.of(Machine.loadAverage()));
        progress = new ProgressBar(this::status);
        Nation nation = Nation.generate(options.personTurns(), options.provinces(), options.cohortShare(), options.seed());
        Results.Nation planned = plannedNation(nation);
        log("Nation: " + String.format(Locale.ROOT, "%,d", planned.personTurns()) + " person-turns, "
                + planned.provinces() + " provinces, " + planned.plans() + " plans, "
                + String.format(Locale.ROOT, "%,d", planned.classes()) + " activities ("
                + planned.cohorts() + " e-learning cohorts), " + String.format(Locale.ROOT, "%,d", planned.rows()) + " rows");
        counters.rowsPlanned.set(nation.rows());
        counters.classesPlanned.set(nation.classes());

        Path dataDir = Files.createTempDirectory("taphuan-bench-");
        if (System.getProperty("taphuan.logs") == null) {
            System.setProperty("taphuan.logs", dataDir.resolve("logs").toString());
        }
        boolean external = System.getenv("KAFKA_BOOTSTRAP_SERVERS") != null || System.getenv("MONGODB_URI") != null;
        LocalStack stack = null;
        Thread stopOnSignal = null;
        boolean completed = false;
        try {
            phase("starting the stack");
            LocalStack.Settings settings = LocalStack.Settings.forTest(root, dataDir).withoutDemo().withServersFromEnvironment();
            if (options.storeTraffic()) {
                // the services' own switch (taphuan.kit.store-traffic-meter), given to them rather than taken from ours
                settings = settings.withServiceEnvironment("TAPHUAN_KIT_STORE_TRAFFIC_METER", "true");
            }
            stack = LocalStack.start(settings);
            // SIGTERM or Ctrl-C: the service JVMs are stopped too, never left running
            LocalStack started = stack;
            stopOnSignal = new Thread(() -> stop(started), "bench-stop");
            Runtime.getRuntime().addShutdownHook(stopOnSignal);
            Endpoints at = new Endpoints(stack.url("plan"), stack.url("enrolment"), stack.url("budget"), stack.url("reporting"));
            Tokens tokens = new Tokens(stack.issuer());
            Map<String, ProcessHandle> processes = new LinkedHashMap<>(stack.serviceProcesses());
            Map<String, String> actuators = new LinkedHashMap<>();
            processes.keySet().forEach(service -> actuators.put(service, started.managementUrl(service)));
            // heap read every 5 s from each service's actuator, on its management port (the API port has none)
            MemorySampler services = new MemorySampler(processes, actuators, api, tokens, Duration.ofSeconds(5));
            MemorySampler benchJvm = new MemorySampler(Map.of("benchmark JVM", ProcessHandle.current()), Map.of(), api,
                    tokens, Duration.ofSeconds(5));
            services.start();
            benchJvm.start();
            progress.start();
            log("Logs: " + dataDir.resolve("logs") + (options.keepData() ? "" : " (deleted at the end; --keep-data keeps them)"));

            phase("measuring the ceilings");
            KafkaCeiling kafka = null;
            if (options.kafkaRecords() > 0) {
                log("Ceiling: Kafka's producer benchmark, " + String.format(Locale.ROOT, "%,d", options.kafkaRecords()) + " records of 1 KB, acks=all …");
                kafka = KafkaCeiling.measure(stack.bootstrapServers(), options.kafkaRecords(), 1024);
                log(kafka.measured() ? "  " + kafka.summary() : "  failed: " + kafka.failure());
            }
            StoreCeiling store = null;
            if (options.storeDocuments() > 0) {
                log("Ceiling: the store's bulk inserts, " + String.format(Locale.ROOT, "%,d", options.storeDocuments()) + " documents …");
                store = StoreCeiling.measure(stack.mongoUri(), options.storeDocuments());
                log(store.measured() ? String.format(Locale.ROOT, "  %,.0f documents/s (%d B each)", store.documentsPerSecond(), store.documentBytes())
                        : "  failed: " + store.failure());
            }

            phase("onboarding provinces and approving plans");
            long setupStart = System.nanoTime();
            NationSetup setup = new NationSetup(api, at, tokens, failures);
            List<NationSetup.ProvinceSetup> setups = inParallel(nation.provinces(), load -> setup.setUp(load));
            double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
            setups.stream().filter(s -> !s.ready()).forEach(s -> log("  not ready: " + s.failure()));
            long ready = setups.stream().filter(NationSetup.ProvinceSetup::ready).count();
            log("Provinces ready: " + ready + " of " + setups.size() + " in " + String.format(Locale.ROOT, "%.1f s", setupSeconds));
            List<Readers.Target> targets = setups.stream().filter(NationSetup.ProvinceSetup::ready)
                    .map(s -> new Readers.Target(s.load().province(),
                            s.plans().values().stream().map(NationSetup.PlanSetup::planId).toList()))
                    .toList();

            // ---------------------------------------------------------------- loading
            StoreCounters trafficAtStart = options.storeTraffic() ? StoreCounters.scrape(api, actuators) : null;
            visibility = new Visibility(api, at.reporting(), tokens);
            visibility.start();
            Duration lagGiveUp = Duration.ofMinutes(Math.min(10, options.visibleMinutes()));
            LagProbe lag = new LagProbe(api, at.reporting(), tokens, 2, lagGiveUp);
            Pacer pacer = new Pacer(options.pacedRate(), options.pacedPersonTurns());
            Latencies whileLoading = new Latencies();
            Readers loadingReaders = new Readers(api, at, tokens, targets, options.readerPauseMillis());
            loadingReaders.start(options.readers(), whileLoading, options.seed());
            phase("loading");
            log("Loading: " + options.workers() + " provinces at a time, the first "
                    + String.format(Locale.ROOT, "%,d", pacer.pacedRows()) + " rows paced at "
                    + String.format(Locale.ROOT, "%,.0f", options.pacedRate()) + "/s, " + options.readers() + " readers");
            ProvinceLoader loader = new ProvinceLoader(api, at, tokens, pacer, counters, failures, lag, options.seed());
            FaultInjector injector = null;
            if (options.fault() != null) {
                log("Fault: " + options.fault().kind().option() + " once " + Math.round(options.fault().at() * 100)
                        + " % of the rows are accepted");
                injector = FaultInjector.start(options.fault(), stack, counters.rowsAccepted::get, planned.rows(),
                        replica -> {
                            // the ministry's dashboard open on each reporting replica while both consume
                            liveStreams.add(LiveStreamWatch.open(at.reporting(), tokens.analyst()));
                            liveStreams.add(LiveStreamWatch.open(replica, tokens.analyst()));
                        });
            }
            List<NationSetup.ProvinceSetup> largestFirst = new ArrayList<>(setups);
            largestFirst.sort(Comparator.comparingLong((NationSetup.ProvinceSetup s) -> s.load().rows()).reversed());
            List<ProvinceLoader.Loaded> loaded = inParallel(largestFirst, loader::load);
            long loadEnd = System.nanoTime();
            Fault.Outcome fault = null;
            if (injector != null) {
                injector.loadOver();
                fault = injector.await(Duration.ofMinutes(5));
                log("Fault " + fault.fault().kind().option() + " after " + String.format(Locale.ROOT, "%,d", fault.rowsAcceptedBefore())
                        + " rows: " + (fault.failure() == null ? "back after " + seconds(fault.downSeconds()) : "FAILED " + fault.failure()));
            }
            loadAverages.add(Machine.loadAverage());
            loadingReaders.stop();
            double loadSeconds = (loadEnd - counters.firstImport()) / 1e9;
            log(String.format(Locale.ROOT, "Loaded: %,d rows accepted of %,d sent, %,d completions, in %s",
                    counters.rowsAccepted.get(), counters.rowsSent.get(), counters.completionsAccepted.get(), seconds(loadSeconds)));

            phase("paying");
            long payStart = System.nanoTime();
            Payments payments = new Payments(api, at, tokens, counters, failures);
            inParallel(loaded, province -> {
                payments.pay(province);
                return province;
            });
            double paySeconds = (System.nanoTime() - payStart) / 1e9;

            phase("waiting for the nationwide figures");
            Duration wait = Duration.ofMinutes(options.visibleMinutes());
            long visibleBefore = visibility.personTurns();
            long seenBefore = visibility.seenAt();
            long visibleAt = visibility.awaitPersonTurns(counters.completionsAccepted.get(), wait);
            double catchUp = catchUpRate(visibleBefore, seenBefore, visibility.personTurns(), visibility.seenAt(),
                    counters.completionsAccepted.get());
            double endToEnd = visibleAt < 0 ? Double.NaN : (visibleAt - counters.firstImport()) / 1e9;
            // the moment every person-turn is visible (or the wait gave up): the load's store traffic ends here
            StoreCounters trafficVisible = options.storeTraffic() ? StoreCounters.scrape(api, actuators) : null;
            log(visibleAt < 0 ? "Not all person-turns visible after " + wait.toMinutes() + " min: "
                    + visibility.personTurns() + " of " + counters.completionsAccepted.get()
                    : "All person-turns visible nationwide " + seconds(endToEnd) + " after the first upload");
            // the other totals checked follow the person-turns closely: a short wait, so a slow one is no false alarm
            Duration rest = visibleAt < 0 ? Duration.ofSeconds(10) : Duration.ofMinutes(Math.min(15, options.visibleMinutes()));
            if (visibility.awaitHeld(counters.classesHeld.get(), rest) < 0) {
                log("Not all activities held visible: " + counters.classesHeld.get() + " held");
            }
            if (visibility.awaitSpent(counters.paymentsVnd.get(), rest) < 0) {
                log("Not all spending visible: " + visibility.spentVnd() + " of " + counters.paymentsVnd.get() + " VND");
            }
            lag.drain(Duration.ofSeconds(visibleAt < 0 ? 5 : 60));
            lag.close();
            long personTurnsVisible = visibility.personTurns();
            visibility.close();

            phase("reading over the full data");
            Latencies fullData = new Latencies();
            Readers readers = new Readers(api, at, tokens, targets, options.readerPauseMillis());
            readers.start(options.readers(), fullData, options.seed() + 1000);
            Thread.sleep(options.readSeconds() * 1000L);
            readers.stop();

            phase("checking the totals");
            Snapshot figures = Snapshot.settled(() -> Snapshot.take(api, at, tokens, targets), Duration.ofMinutes(1));
            figures.failures().forEach(f -> failures.record("reading the figures", 0, f));
            List<ExactTotals.Check> totals = new ArrayList<>(ExactTotals.check(figures, counters, loaded));
            for (LiveStreamWatch stream : liveStreams) {
                totals.add(stream.awaitPersonTurns(personTurnsVisible, Duration.ofSeconds(30)));
                stream.close();
            }

            phase("rebuilding the projections");
            StoreCounters beforeRebuild = options.storeTraffic() ? StoreCounters.scrape(api, actuators) : null;
            Rebuild.Result rebuild = new Rebuild(api, at, tokens).run(figures,
                    () -> Snapshot.settled(() -> Snapshot.take(api, at, tokens, targets), Duration.ofMinutes(1)),
                    Duration.ofMinutes(30));
            log("Rebuild: " + rebuild.outcome() + (Double.isNaN(rebuild.seconds()) ? "" : " in " + seconds(rebuild.seconds())));
            StoreTraffic traffic = null;
            if (options.storeTraffic()) {
                traffic = new StoreTraffic(counters.completionsAccepted.get(), trafficVisible.since(trafficAtStart),
                        StoreCounters.scrape(api, actuators).since(beforeRebuild));
                log(String.format(Locale.ROOT, "Store traffic: %,.0f B per person-turn until visible, %,.0f B in the rebuild",
                        traffic.loadBytes(), traffic.rebuildBytes()));
            }

            loadAverages.add(Machine.loadAverage());
            List<MemorySampler.Memory> memory = services.finish();
            MemorySampler.Memory bench = benchJvm.finish().get(0);
            progress.close();

            Learners.Tally generated = Learners.Tally.zero();
            for (ProvinceLoader.Loaded province : loaded) {
                generated = generated.plus(province.generated());
            }
            Results.Nation nationResults = new Results.Nation(planned.provinces(), planned.plans(), planned.classes(),
                    planned.rows(), planned.personTurns(), planned.cohorts(), planned.largestCohortRows(), generated);
            LoadCounters.Window paced = counters.window(Pacer.Phase.PACED);
            Results.Load loadResults = new Results.Load(counters.rowsSent.get(), counters.rowsAccepted.get(),
                    counters.rowsRejected.get(), counters.completionsAccepted.get(), counters.classesDone.get(),
                    counters.classesHeld.get(), loadSeconds, endToEnd, personTurnsVisible, catchUp, options.pacedRate(),
                    paced.rowsAccepted(), paced.seconds(), counters.paymentsAccepted.get(), counters.paymentsVnd.get(),
                    paySeconds);
            Results.Lag lagResults = new Results.Lag(lag.stats(Pacer.Phase.PACED), lag.timedOut(Pacer.Phase.PACED),
                    lag.stats(Pacer.Phase.FULL), lag.timedOut(Pacer.Phase.FULL),
                    kafka != null && kafka.measured() ? kafka.p99LatencyMillis() : Double.NaN, lagGiveUp.toSeconds());
            Results.Reads reads = new Results.Reads(options.readers(), options.readerPauseMillis(),
                    ordered(whileLoading), ordered(fullData), options.readSeconds());
            Results.Run run = new Results.Run(title(), options.key(), options.command(), Machine.commit(root),
                    options.note(), Machine.current(), startedAt, (System.nanoTime() - began) / 1e9, external,
                    options.workers(), loadAverages);
            completed = true;
            return new Results(run, nationResults,
                    new Results.Setup(stack.startTime().toMillis() / 1000.0, setupSeconds, (int) ready, setups.size()),
                    kafka, store, loadResults, lagResults, reads, totals, rebuild, memory, bench, failures.summaries(),
                    fault, traffic);
        } finally {
            progress.close();
            if (visibility != null) {
                visibility.close();
            }
            if (stack != null) {
                phase("stopping the stack");
                stop(stack);
                try {
                    Runtime.getRuntime().removeShutdownHook(stopOnSignal);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or has run
                }
            }
            if (options.keepData() || !completed) {
                log("Data (broker log, store, service logs) kept in " + dataDir);
            } else {
                delete(dataDir);
            }
        }
    }

    /** SIGTERM to each service, then the broker and the store; once, whether the run ended or was interrupted. */
    private synchronized void stop(LocalStack stack) {
        if (!stopped) {
            stopped = true;
            stack.close();
        }
    }

    private String title() {
        return String.format(Locale.ROOT, "%,d person-turns · %d provinces · %d readers · %d workers",
                options.personTurns(), options.provinces(), options.readers(), options.workers())
                + (options.label() == null ? "" : " — " + options.label());
    }

    private static Results.Nation plannedNation(Nation nation) {
        int plans = 0;
        int cohorts = 0;
        int largest = 0;
        for (ProvinceLoad province : nation.provinces()) {
            plans += (int) province.lines().keySet().stream().map(Line::programme).distinct().count();
            for (ClassSpec activity : province.classes()) {
                if (activity.line().cohort()) {
                    cohorts++;
                    largest = Math.max(largest, activity.rows());
                }
            }
        }
        return new Results.Nation(nation.provinces().size(), plans, nation.classes(), nation.rows(), nation.personTurns(),
                cohorts, largest, Learners.Tally.zero());
    }

    private static List<Latencies.Stats> ordered(Latencies latencies) {
        return Readers.PAGES.stream().map(latencies::stats).filter(s -> s.count() + s.errors() > 0).toList();
    }

    /** Runs {@code work} on every item with the configured number of workers; answers in the items' order. */
    private <T, R> List<R> inParallel(List<T> items, Work<T, R> work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(options.workers(), runnable -> {
            Thread thread = new Thread(runnable, "worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit((Callable<R>) () -> work.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Work<T, R> {
        R apply(T item) throws Exception;
    }

    // ---------------------------------------------------------------- console

    private void phase(String name) {
        phase = name;
        phaseStart = System.nanoTime();
        log("— " + name);
    }

    private void log(String message) {
        progress.message("[bench] " + message);
    }

    /** The progress line: rows sent and accepted, completions, what the nation shows, the rate and what is left. */
    private String status() {
        double elapsed = (System.nanoTime() - phaseStart) / 1e9;
        Visibility watcher = visibility;
        long visible = watcher == null ? 0 : watcher.personTurns();
        if (phase.equals("loading")) {
            long planned = Math.max(1, counters.rowsPlanned.get());
            long sent = counters.rowsSent.get();
            double rate = rate(counters.rowsAccepted.get());
            String eta = rate > 0 ? seconds((planned - sent) / rate) : "?";
            return String.format(Locale.ROOT, "%s %3.0f%% sent %,d · accepted %,d · completions %,d · visible %,d · %,.0f rows/s · ETA %s",
                    ProgressBar.bar((double) sent / planned, 24), 100.0 * sent / planned, sent,
                    counters.rowsAccepted.get(), counters.completionsAccepted.get(), visible, rate, eta);
        }
        if (phase.startsWith("waiting")) {
            long accepted = Math.max(1, counters.completionsAccepted.get());
            return String.format(Locale.ROOT, "%s visible %,d of %,d person-turns (%s)",
                    ProgressBar.bar((double) visible / accepted, 24), visible, accepted, seconds(elapsed));
        }
        if (phase.equals("paying")) {
            return String.format(Locale.ROOT, "paying: %,d payments recorded (%s)", counters.paymentsAccepted.get(), seconds(elapsed));
        }
        return phase + " (" + seconds(elapsed) + ")";
    }

    /** Rows accepted per second over the last ten seconds or so. */
    private synchronized double rate(long accepted) {
        long now = System.nanoTime();
        rateWindow.addLast(new long[]{now, accepted});
        while (rateWindow.size() > 2 && now - rateWindow.peekFirst()[0] > 10_000_000_000L) {
            rateWindow.removeFirst();
        }
        long[] first = rateWindow.peekFirst();
        double seconds = (now - first[0]) / 1e9;
        return seconds <= 0 ? 0 : (accepted - first[1]) / seconds;
    }

    private static String seconds(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            return "?";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static void delete(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + directory + ": " + e.getMessage());
        }
    }

    /**
     * How fast reporting caught up once the load had stopped — the pipeline's own pace: person-turns made visible per
     * second between two readings. NaN when every person-turn was visible at the first (it caught up while the
     * payments were sent: nothing left to measure).
     */
    static double catchUpRate(long visibleBefore, long seenBeforeNanos, long visibleAfter, long seenAfterNanos,
                              long completions) {
        if (visibleBefore >= completions) {
            return Double.NaN;
        }
        return (visibleAfter - visibleBefore) / ((seenAfterNanos - seenBeforeNanos) / 1e9);
    }
}
