package vn.taphuan.bench.fault;

import vn.taphuan.localstack.LocalStack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Injects a {@link Fault} from a thread of its own while the load goes on: waits until the share of rows is accepted
 * (or the load is over), makes the part fail, keeps it down a few seconds, brings it back.
 */
public final class FaultInjector {

    /** Long enough for the other services to notice (their calls and polls fail), short enough for a test. */
    static final Duration DOWN = Duration.ofSeconds(5);

    private final CompletableFuture<Fault.Outcome> outcome = new CompletableFuture<>();
    private final Consumer<String> reportingReplicaStarted;
    private volatile boolean loadOver;

    private FaultInjector(Consumer<String> reportingReplicaStarted) {
        this.reportingReplicaStarted = reportingReplicaStarted;
    }

    /**
     * @param rowsAccepted rows the imports accepted so far
     * @param rowsPlanned  rows of the whole nation
     * @param reportingReplicaStarted told the base URL of reporting's second replica once it is up (add-replicas)
     */
    public static FaultInjector start(Fault fault, LocalStack stack, LongSupplier rowsAccepted, long rowsPlanned,
                                      Consumer<String> reportingReplicaStarted) {
        FaultInjector injector = new FaultInjector(reportingReplicaStarted);
        long threshold = (long) Math.ceil(fault.at() * rowsPlanned);
        Thread thread = new Thread(() -> injector.run(fault, stack, rowsAccepted, threshold), "fault-" + fault.kind().option());
        thread.setDaemon(true);
        thread.start();
        return injector;
    }

    private void run(Fault fault, LocalStack stack, LongSupplier rowsAccepted, long threshold) {
        long before = 0;
        try {
            while (rowsAccepted.getAsLong() < threshold && !loadOver) {
                Thread.sleep(50);
            }
            before = rowsAccepted.getAsLong();
            Duration down = switch (fault.kind()) {
                case RESTART_BROKER -> stack.restartBroker(DOWN);
                case RESTART_STORE -> stack.restartStore(DOWN);
                case ADD_REPLICAS -> addReplicas(stack, reportingReplicaStarted);
                default -> stack.crashAndRestart(fault.kind().service(), DOWN);
            };
            outcome.complete(new Fault.Outcome(fault, before, down.toMillis() / 1000.0, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome.complete(new Fault.Outcome(fault, before, Double.NaN, "interrupted"));
        } catch (Exception e) {
            outcome.complete(new Fault.Outcome(fault, before, Double.NaN, e.toString()));
        }
    }

    /** Starts a second process of every service, all at once; answers how long until all were healthy. */
    private static Duration addReplicas(LocalStack stack, Consumer<String> reportingReplicaStarted) throws Exception {
        long start = System.nanoTime();
        List<String> services = List.of("plan", "enrolment", "budget", "reporting");
        List<CompletableFuture<String>> started = new ArrayList<>();
        for (String service : services) {
            started.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return stack.startReplica(service);
                } catch (Exception e) {
                    throw new IllegalStateException("a second " + service + "-service did not start: " + e, e);
                }
            }));
        }
        for (CompletableFuture<String> replica : started) {
            replica.join();
        }
        reportingReplicaStarted.accept(started.get(services.indexOf("reporting")).join());
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The load is over: a fault still waiting for its share of rows is injected now, on the backlog. */
    public void loadOver() {
        loadOver = true;
    }

    /** Waits until the part is back (or it could not be brought back). */
    public Fault.Outcome await(Duration timeout) throws Exception {
        return outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
