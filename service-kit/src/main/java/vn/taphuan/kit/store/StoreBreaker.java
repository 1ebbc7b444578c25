package vn.taphuan.kit.store;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The store's circuit breaker ({@code store} in the service's Resilience4j registry, set in
 * {@code resilience4j.circuitbreaker.instances.store}), fed by the MongoDB driver rather than by wrapping each call:
 * every command the driver sends is a call ({@link CommandListener}), and so is every operation that never got as far
 * as sending one because no server or connection answered ({@link #unsent}). Only "the store is not answering" counts
 * as a failure — a timeout, a broken or refused connection; a command the store answered with an error (a duplicate
 * key, a bad query) is the caller's business and counts as the store answering.
 * <p>
 * While it is open, API requests are refused at once ({@link StoreGate}) instead of each waiting out the server
 * selection timeout for the same 503.
 */
public class StoreBreaker implements CommandListener {

    /** The breaker's name in the registry, its configuration keys and its metrics' {@code name} tag. */
    public static final String NAME = "store";

    private final CircuitBreaker breaker;
    private final Clock clock;
    private volatile Instant openUntil = Instant.MIN;
    private int openings;

    public StoreBreaker(CircuitBreaker breaker) {
        this.breaker = breaker;
        this.clock = breaker.getCircuitBreakerConfig().getClock();
        breaker.getEventPublisher().onStateTransition(this::transitioned);
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        breaker.onSuccess(event.getElapsedTime(TimeUnit.NANOSECONDS), TimeUnit.NANOSECONDS);
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        long elapsed = event.getElapsedTime(TimeUnit.NANOSECONDS);
        if (notAnswering(event.getThrowable())) {
            breaker.onError(elapsed, TimeUnit.NANOSECONDS, event.getThrowable());
        } else {
            breaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * An operation failed before any command was sent — no server to send it to within the server selection timeout,
     * no connection from the pool — which the driver tells no listener of; called with every exception the store's
     * template translates, it counts those only (a failure during a command was counted by {@link #commandFailed}).
     */
    public void unsent(RuntimeException e) {
        if (e instanceof MongoTimeoutException && !(e instanceof MongoOperationTimeoutException)
                || e instanceof MongoConnectionPoolClearedException || e instanceof MongoSocketOpenException) {
            breaker.onError(0, TimeUnit.NANOSECONDS, e);
        }
    }

    /** Whether {@code failure} means the store did not answer, as opposed to answering with an error. */
    public static boolean notAnswering(Throwable failure) {
        return failure instanceof MongoSocketException || failure instanceof MongoTimeoutException
                || failure instanceof MongoConnectionPoolClearedException;
    }

    /**
     * When to try again while the breaker refuses calls, in whole seconds and at least one: what is left of its wait
     * when open; a second when half open (its trial calls are deciding); its configured wait when opened by hand.
     */
    public Duration remainingWait() {
        Duration remaining = switch (breaker.getState()) {
            case OPEN -> Duration.between(clock.instant(), openUntil);
            case HALF_OPEN -> Duration.ZERO;
            default -> Duration.ofMillis(breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1));
        };
        return remaining.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : remaining;
    }

    /**
     * Follows the breaker's own count of openings in a row (reset when it closes), which its wait may grow with
     * ({@code exponential-backoff-multiplier}): the breaker does not tell when it will let calls through again.
     */
    private synchronized void transitioned(CircuitBreakerOnStateTransitionEvent event) {
        CircuitBreaker.StateTransition transition = event.getStateTransition();
        switch (transition.getToState()) {
            case OPEN -> {
                openings = transition.getFromState() == CircuitBreaker.State.HALF_OPEN ? openings + 1 : 1;
                openUntil = clock.instant().plusMillis(
                        breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(openings));
            }
            case CLOSED -> openings = 0;
            default -> {
            }
        }
    }
}
