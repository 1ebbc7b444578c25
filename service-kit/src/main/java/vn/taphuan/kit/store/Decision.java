package vn.taphuan.kit.store;

import java.util.List;

/**
 * What a command made of the aggregate {@link AggregateStore#execute} gave it: write its new state with these events
 * (possibly none), or leave it as stored. A command may run more than once (see {@code execute}), so it reports what
 * it did here rather than acting on the world outside the aggregate.
 *
 * @param events the events to store with the new state, in order
 * @param write       false when the command changed nothing and nothing is to be written
 * @param result      what the command reports to its caller, from the run that counted (may be null)
 * @param bookkeeping the write is the aggregate's own bookkeeping, no change anybody made (see {@link #bookkeeping})
 * @param <R>         the type of that report
 */
public record Decision<R>(List<? extends Record> events, boolean write, R result, boolean bookkeeping) {

    public Decision {
        events = List.copyOf(events);
        if (!write && !events.isEmpty()) {
            throw new IllegalArgumentException("a command that writes nothing cannot have events");
        }
        if (bookkeeping && (!write || !events.isEmpty())) {
            throw new IllegalArgumentException("bookkeeping is a write without events");
        }
    }

    public Decision(List<? extends Record> events, boolean write, R result) {
        this(events, write, result, false);
    }

    /**
     * Write the new state, version-guarded as any write, but with no event and no audit entry: the aggregate's own
     * bookkeeping of a change that is audited where it is made (the seats an enrolment request holds while it writes
     * the roster, audited on the roster). Nothing is left for the outbox relay, so the write costs one command.
     */
    public static <R> Decision<R> bookkeeping(R result) {
        return new Decision<>(List.of(), true, result, true);
    }

    /** Write the new state with these events (none: a change of state that announces nothing). */
    public static <R> Decision<R> write(List<? extends Record> events) {
        return new Decision<>(events, true, null);
    }

    /** As {@link #write(List)}, reporting {@code result}. */
    public static <R> Decision<R> write(List<? extends Record> events, R result) {
        return new Decision<>(events, true, result);
    }

    /** Nothing changed (e.g. the command was carried out before): nothing is written. */
    public static <R> Decision<R> unchanged() {
        return new Decision<>(List.of(), false, null);
    }

    /** As {@link #unchanged()}, reporting {@code result}. */
    public static <R> Decision<R> unchanged(R result) {
        return new Decision<>(List.of(), false, result);
    }
}
