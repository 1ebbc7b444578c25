package vn.taphuan.bench.measure;

import vn.taphuan.bench.load.ApiClient;
import vn.taphuan.bench.load.Pacer;
import vn.taphuan.bench.load.Tokens;
import vn.taphuan.bench.nation.Province;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Projection lag as a user sees it: from the moment a completions request returns until the plan's page in the
 * reporting API counts them ({@code totals.personTurns.achieved} reaches what was accepted for the plan so far).
 * A sample of the activities is followed — at most a few at a time in each part of the load (so a slow pipeline
 * still yields samples of both), one per plan — polling every 20 ms for the
 * first two seconds (so the resolution is 20 ms where the one-second target lies), then less often (100 ms up to
 * 10 s, 1 s up to a minute, 5 s beyond), so the probe itself never becomes the load.
 */
public final class LagProbe implements AutoCloseable {

    private static final Duration CALL = Duration.ofSeconds(30);

    private final ApiClient api;
    private final String reporting;
    private final Tokens tokens;
    private final int maxPending;
    private final Duration giveUp;
    private final ScheduledExecutorService polls = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "lag-probe");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> pendingPlans = ConcurrentHashMap.newKeySet();
    private final Map<Pacer.Phase, AtomicInteger> pending = new ConcurrentHashMap<>();
    private final Latencies lags = new Latencies();
    private final Map<Pacer.Phase, AtomicLong> timedOut = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * @param maxPending completions followed at a time in each part of the load
     * @param giveUp     a completion not visible after this long is counted as not seen
     */
    public LagProbe(ApiClient api, String reporting, Tokens tokens, int maxPending, Duration giveUp) {
        this.api = api;
        this.reporting = reporting;
        this.tokens = tokens;
        this.maxPending = maxPending;
        this.giveUp = giveUp;
    }

    /**
     * Follows this completion if there is room: until the plan's achieved person-turns reach {@code achievedAtLeast}.
     *
     * @param acceptedAt when the completions request returned ({@link System#nanoTime()})
     */
    public void offer(Pacer.Phase phase, Province province, String planId, long achievedAtLeast, long acceptedAt) {
        AtomicInteger followed = pending(phase);
        if (closed || followed.get() >= maxPending || !pendingPlans.add(planId)) {
            return;
        }
        if (followed.incrementAndGet() > maxPending) {
            followed.decrementAndGet();
            pendingPlans.remove(planId);
            return;
        }
        String url = reporting + "/api/v1/progress/plans/" + planId;
        polls.execute(() -> poll(phase, province, planId, url, achievedAtLeast, acceptedAt));
    }

    private void poll(Pacer.Phase phase, Province province, String planId, String url, long expected, long acceptedAt) {
        if (closed) {
            finish(phase, planId);
            return;
        }
        ApiClient.Answer answer = api.get(url, tokens.viewer(province), CALL);
        long now = System.nanoTime();
        long achieved = answer.ok() ? answer.body().at("/totals/personTurns/achieved").asLong(-1) : -1;
        double elapsedMillis = (now - acceptedAt) / 1e6;
        if (achieved >= expected) {
            lags.record(phase.name(), elapsedMillis, true);
            finish(phase, planId);
        } else if (elapsedMillis > giveUp.toMillis()) {
            timedOut.computeIfAbsent(phase, p -> new AtomicLong()).incrementAndGet();
            finish(phase, planId);
        } else {
            // each look costs the service a plan's figures: fine-grained where the one-second target lies, sparse beyond
            long delay = elapsedMillis < 2_000 ? 20 : elapsedMillis < 10_000 ? 100 : elapsedMillis < 60_000 ? 1_000 : 5_000;
            polls.schedule(() -> poll(phase, province, planId, url, expected, acceptedAt), delay, TimeUnit.MILLISECONDS);
        }
    }

    private void finish(Pacer.Phase phase, String planId) {
        pendingPlans.remove(planId);
        pending(phase).decrementAndGet();
    }

    private AtomicInteger pending(Pacer.Phase phase) {
        return pending.computeIfAbsent(phase, p -> new AtomicInteger());
    }

    /** Lags of the completions followed in {@code phase}, in milliseconds. */
    public Latencies.Stats stats(Pacer.Phase phase) {
        return lags.stats(phase.name());
    }

    /** Completions not visible within the give-up time. */
    public long timedOut(Pacer.Phase phase) {
        AtomicLong count = timedOut.get(phase);
        return count == null ? 0 : count.get();
    }

    public Duration giveUp() {
        return giveUp;
    }

    /** Waits for the probes still running (at most the give-up time), then stops. */
    public void drain(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (pending.values().stream().anyMatch(count -> count.get() > 0) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        polls.shutdownNow();
    }
}
