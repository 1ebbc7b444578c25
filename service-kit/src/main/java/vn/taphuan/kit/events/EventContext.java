package vn.taphuan.kit.events;

import java.util.Optional;

/**
 * The event being consumed on this thread, if any, so that events emitted while handling it name it as their
 * causation and share its correlation id.
 */
public final class EventContext {

    private static final ThreadLocal<String> CAUSATION = new ThreadLocal<>();

    public static Optional<String> causationId() {
        return Optional.ofNullable(CAUSATION.get());
    }

    static void set(String eventId) {
        CAUSATION.set(eventId);
    }

    static void clear() {
        CAUSATION.remove();
    }

    private EventContext() {
    }
}
