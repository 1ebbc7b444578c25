package vn.taphuan.bench.measure;

import tools.jackson.databind.JsonNode;
import vn.taphuan.bench.load.ApiClient;
import vn.taphuan.bench.load.Endpoints;
import vn.taphuan.bench.load.Tokens;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Rebuilds reporting's projections from the event log as the platform administrator
 * ({@code POST /api/v1/admin/projections/rebuild}, then {@code GET} the same until {@code "state":"DONE"}), times it
 * and compares every figure before and after. A service without the endpoint (404) is reported as such.
 */
public final class Rebuild {

    private static final Duration CALL = Duration.ofMinutes(2);
    static final String PATH = "/api/v1/admin/projections/rebuild";

    /**
     * @param outcome       not available | done | failed | timed out | refused
     * @param seconds       from the request to the first answer saying DONE
     * @param eventsApplied as the service counted them
     * @param identical     whether every figure read the same after (null when not compared)
     */
    public record Result(String outcome, double seconds, long eventsApplied, Boolean identical,
                         List<String> differences, String note) {
    }

    private final ApiClient api;
    private final Endpoints at;
    private final Tokens tokens;

    public Rebuild(ApiClient api, Endpoints at, Tokens tokens) {
        this.api = api;
        this.at = at;
        this.tokens = tokens;
    }

    /** A state of an earlier rebuild (its {@code startedAt} before this request) is not this one's. */
    private static boolean startedBefore(JsonNode state, Instant requested) {
        try {
            return Instant.parse(state.path("startedAt").asString("")).isBefore(requested);
        } catch (DateTimeParseException unknown) {
            return false;
        }
    }

    public Result run(Snapshot before, Supplier<Snapshot> after, Duration atMost) {
        String url = at.reporting() + PATH;
        Instant requested = Instant.now().minusSeconds(1);
        long start = System.nanoTime();
        ApiClient.Answer started = api.post(url, tokens.platformAdmin(), null, CALL);
        if (started.status() == 404) {
            return new Result("not available", Double.NaN, -1, null, List.of(), "POST " + PATH + " → 404");
        }
        if (!started.ok()) {
            return new Result("refused", Double.NaN, -1, null, List.of(), "POST " + PATH + " → " + started.summary());
        }
        long deadline = start + atMost.toNanos();
        JsonNode state = started.body();
        while (System.nanoTime() < deadline) {
            ApiClient.Answer answer = api.get(url, tokens.platformAdmin(), CALL);
            if (answer.ok() && answer.body() != null) {
                state = answer.body();
                String name = state.path("state").asString("");
                if ((name.equals("DONE") || name.equals("FAILED")) && !startedBefore(state, requested)) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    long events = state.path("eventsApplied").asLong(-1);
                    if (name.equals("FAILED")) {
                        return new Result("failed", seconds, events, null, List.of(), state.toString());
                    }
                    List<String> differences = before.differences(after.get());
                    return new Result("done", seconds, events, differences.isEmpty(), differences,
                            "startedAt " + state.path("startedAt").asString("?") + ", finishedAt "
                                    + state.path("finishedAt").asString("?"));
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new Result("timed out", (System.nanoTime() - start) / 1e9, state == null ? -1 : state.path("eventsApplied").asLong(-1),
                null, List.of(), "not DONE in " + atMost.toMinutes() + " min: " + state);
    }
}
