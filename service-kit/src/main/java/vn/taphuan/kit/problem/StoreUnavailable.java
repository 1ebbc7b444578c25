package vn.taphuan.kit.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The service's database does not answer (stopped, restarting, out of reach): HTTP 503 with {@code Retry-After}, at
 * once, rather than a request hanging until its client gives up or a 500 that reads like a fault of the request.
 * Nothing was written by the refused request: every write is one document write, which either happened or did not.
 */
public class StoreUnavailable extends ProblemException {

    /** A store restarting is usually back within seconds. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final long retryAfterSeconds;

    public StoreUnavailable() {
        this(RETRY_AFTER);
    }

    /** @param retryAfter when to try again, e.g. until the store's circuit breaker lets calls through again */
    public StoreUnavailable(Duration retryAfter) {
        this(Math.max(1, (retryAfter.toMillis() + 999) / 1000));
    }

    private StoreUnavailable(long retryAfterSeconds) {
        super("store-unavailable", new ServiceReason.StoreNotAnswering(retryAfterSeconds), List.of());
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public String code() {
        return "store-unavailable";
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", String.valueOf(retryAfterSeconds));
    }
}
