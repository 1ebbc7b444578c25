package vn.taphuan.bench.measure;

import tools.jackson.databind.JsonNode;
import vn.taphuan.bench.load.ApiClient;
import vn.taphuan.bench.load.Tokens;

import java.time.Duration;

/**
 * Watches the nationwide figures as the ministry sees them ({@code GET /api/v1/national/progress}): how many
 * person-turns, activities held and how much spending they show, and when they first showed everything that was
 * sent. Every five seconds while loading (for the progress line: each look costs the service a nationwide count,
 * which must not become the load), twice a second once it waits for the end (everything can only be visible after
 * the last completion was accepted).
 */
public final class Visibility implements AutoCloseable {

    private static final Duration CALL = Duration.ofSeconds(30);
    private static final long WHILE_LOADING_MILLIS = 5_000;
    private static final long WHILE_WAITING_MILLIS = 500;

    private final ApiClient api;
    private final String reporting;
    private final Tokens tokens;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long personTurns;
    private volatile long spentVnd;
    private volatile long held;
    private volatile long seenAt = -1;
    private volatile long personTurnsTarget = Long.MAX_VALUE;
    private volatile long spentTarget = Long.MAX_VALUE;
    private volatile long heldTarget = Long.MAX_VALUE;
    private volatile long personTurnsReachedAt = -1;
    private volatile long spentReachedAt = -1;
    private volatile long heldReachedAt = -1;

    public Visibility(ApiClient api, String reporting, Tokens tokens) {
        this.api = api;
        this.reporting = reporting;
        this.tokens = tokens;
        this.thread = new Thread(this::watch, "visibility");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void watch() {
        while (running) {
            ApiClient.Answer answer = api.get(reporting + "/api/v1/national/progress", tokens.analyst(), CALL);
            long now = System.nanoTime();
            if (answer.ok()) {
                JsonNode totals = answer.body().path("totals");
                personTurns = totals.at("/personTurns/achieved").asLong();
                seenAt = now;
                spentVnd = totals.at("/budget/spentVnd").asLong();
                held = totals.at("/activities/held").asLong();
                if (personTurnsReachedAt < 0 && personTurns >= personTurnsTarget) {
                    personTurnsReachedAt = now;
                }
                if (spentReachedAt < 0 && spentVnd >= spentTarget) {
                    spentReachedAt = now;
                }
                if (heldReachedAt < 0 && held >= heldTarget) {
                    heldReachedAt = now;
                }
            }
            boolean waiting = personTurnsTarget != Long.MAX_VALUE;
            try {
                Thread.sleep(waiting ? WHILE_WAITING_MILLIS : WHILE_LOADING_MILLIS);
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
            }
        }
    }

    /** The person-turns the nationwide figures show now. */
    public long personTurns() {
        return personTurns;
    }

    /** When {@link #personTurns()} was read ({@link System#nanoTime()}; -1 before the first answer). */
    public long seenAt() {
        return seenAt;
    }

    public long spentVnd() {
        return spentVnd;
    }

    /**
     * Waits until the nationwide figures show at least {@code expected} person-turns; answers when they first did
     * ({@link System#nanoTime()}), or -1 when they did not within {@code atMost}.
     */
    public long awaitPersonTurns(long expected, Duration atMost) {
        personTurnsTarget = expected;
        thread.interrupt(); // look now, and from now on twice a second
        return await(() -> personTurnsReachedAt, atMost);
    }

    public long awaitSpent(long expected, Duration atMost) {
        spentTarget = expected;
        return await(() -> spentReachedAt, atMost);
    }

    public long awaitHeld(long expected, Duration atMost) {
        heldTarget = expected;
        return await(() -> heldReachedAt, atMost);
    }

    private long await(java.util.function.LongSupplier reachedAt, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (reachedAt.getAsLong() < 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return reachedAt.getAsLong();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
