package vn.taphuan.kit.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The service's database does not answer (stopped, restarting, out of reach): HTTP 503 with {@code Retry-After}, at
 * once, rather than a request hanging until its client gives up or a 500 that reads like a fault of the request.
 * Refused before the store was asked, nothing was written. When the store went away with a write already sent, that
 * write may have been made, its answer lost ({@link #outcomeUnknown}): the caller is told to look before sending
 * again — a versioned command sent again is refused if it was made, an idempotent create answers with what it made.
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
        this(new ServiceReason.StoreNotAnswering(retryAfterSeconds), retryAfterSeconds);
    }

    private StoreUnavailable(ServiceReason reason, long retryAfterSeconds) {
        super("store-unavailable", reason, List.of());
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The store went away after a write was sent: done or not, nobody here can tell. */
    public static StoreUnavailable outcomeUnknown() {
        long seconds = RETRY_AFTER.toSeconds();
        return new StoreUnavailable(new ServiceReason.StoreLostAnswer(seconds), seconds);
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
