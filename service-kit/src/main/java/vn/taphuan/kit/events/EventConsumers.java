package vn.taphuan.kit.events;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.contracts.EventCatalog;
import vn.taphuan.contracts.EventDefinition;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.EventSchemas;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.kit.web.CorrelationFilter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Builds the idempotent Kafka consumers of a service. Every consumer takes the records of a poll as one batch (the
 * bindings are in batch mode, see {@code KitDefaults}); for each record it parses the envelope, ignores event types it
 * has no handler for, rejects events that break their schema or carry no valid tenant, skips events already
 * processed, and runs the handler in the event's tenant and correlation context, in a span continuing the trace the
 * event was stored in ({@link EventTraces}).
 * <ul>
 *   <li>{@link Builder#on} handlers take one event at a time; their events are recorded in the inbox
 *       ({@link ProcessedEvents}), read and written once per batch, so a redelivered event is skipped before any
 *       handler runs.</li>
 *   <li>{@link Builder#onBatch} handlers take every event of their type among consecutive records of the batch at
 *       once, for bulk writes. They must be idempotent by construction (state carried with versions, written only
 *       where newer), so they skip the inbox: a batch of such events costs no inbox write at all.</li>
 *   <li>{@link Builder#onTogether} handlers take every event of several types among consecutive records at once
 *       (e.g. all the facts of a poll that change one aggregate, applied in one read and one write of it); their
 *       events go through the inbox as those of {@link Builder#on} do, so a redelivered one is left out of the
 *       run. A handler that fails on one event throws {@link FailedEvent} naming it, once the events before it were
 *       applied; that event is then retried (or dead-lettered) and not the run's first.</li>
 * </ul>
 * Runs follow the records' order unless the consumer declares its handlers independent
 * ({@link Builder#batchPerHandler}): then each batch handler takes all its events of a poll in one run.
 * <p>
 * A record no retry can mend (broken envelope, unknown tenant) is reported to the container by its index: the
 * records before it count as consumed, it goes to the dead-letter topic with the reason, and the batch goes on
 * after it.
 * <p>
 * A consumer may also gather writes its handlers would otherwise make once per event and make them once per poll
 * ({@link Builder#eachBatch}): what those scopes write is stored before the inbox records the events and before
 * their offsets are committed, as if each handler had written it itself.
 */
public class EventConsumers {

    private static final Logger log = LoggerFactory.getLogger(EventConsumers.class);
    /** Events that create or end a tenant; they are accepted before the tenant is known. */
    private static final Set<String> TENANT_LIFECYCLE = Set.of("TenantOnboarded", "TenantDisabled");

    private final JsonMapper json;
    private final ProcessedEvents processed;
    private final MeterRegistry meters;
    private final String application;
    private final KnownTenants tenants;
    private final Duration unknownTenantGrace;
    private final EventTraces traces;
    private final Set<String> registeredTypes = ConcurrentHashMap.newKeySet();

    public EventConsumers(JsonMapper json, ProcessedEvents processed, MeterRegistry meters, String application,
                          KnownTenants tenants, Duration unknownTenantGrace, EventTraces traces) {
        this.json = json;
        this.processed = processed;
        this.meters = meters;
        this.application = application;
        this.tenants = tenants;
        this.unknownTenantGrace = unknownTenantGrace;
        this.traces = traces;
    }

    public Builder handling() {
        return new Builder();
    }

    /**
     * Every event type (wire name) this service has a handler for; a test per service compares it with the
     * consumers listed in {@link EventCatalog}, so the published catalogue cannot drift from the code.
     */
    public Set<String> registeredTypes() {
        return Set.copyOf(registeredTypes);
    }

    /** Handles one event type, one event at a time. */
    @FunctionalInterface
    public interface Handler<P extends Record> {
        void handle(EventEnvelope<P> event);
    }

    /**
     * Handles consecutive events of one type together, in the order they were consumed; events of several tenants
     * may be among them (each names its own), and no tenant context is open.
     */
    @FunctionalInterface
    public interface BatchHandler<P extends Record> {
        void handle(List<EventEnvelope<P>> events);
    }

    /**
     * Work gathered over the handlers of one poll and written when it is closed, e.g. marks every handler would make
     * for the same few documents. Closing must not throw for anything but a failed write.
     */
    @FunctionalInterface
    public interface BatchScope extends AutoCloseable {
        @Override
        void close();
    }

    public final class Builder {
        private final Map<String, Registered<?>> handlers = new HashMap<>();
        private boolean perHandler;
        private final List<Supplier<? extends BatchScope>> scopes = new ArrayList<>();

        public <P extends Record> Builder on(Class<P> payloadType, Handler<P> handler) {
            return register(payloadType, new Registered<>(payloadType, handler, null, true));
        }

        /** Registers a batch handler; see the class comment for what it must guarantee. */
        public <P extends Record> Builder onBatch(Class<P> payloadType, BatchHandler<P> handler) {
            return register(payloadType, new Registered<>(payloadType, null, handler, false));
        }

        /**
         * Registers one batch handler for several event types: consecutive records of any of them reach it together,
         * in the order consumed, each event recorded in the inbox (see the class comment).
         */
        @SafeVarargs
        public final Builder onTogether(BatchHandler<Record> handler, Class<? extends Record>... payloadTypes) {
            for (Class<? extends Record> payloadType : payloadTypes) {
                register(payloadType, together(payloadType, handler));
            }
            return this;
        }

        @SuppressWarnings("unchecked")
        private <P extends Record> Registered<P> together(Class<P> payloadType, BatchHandler<Record> handler) {
            return new Registered<>(payloadType, null, (BatchHandler<P>) (BatchHandler<?>) handler, true);
        }

        private Builder register(Class<? extends Record> payloadType, Registered<?> registered) {
            EventDefinition definition = EventCatalog.of(payloadType);
            handlers.put(key(definition.eventType(), definition.schemaVersion()), registered);
            registeredTypes.add(definition.eventType());
            return this;
        }

        /**
         * Declares that the handlers keep state apart from one another, so that the order between events of different
         * handlers does not matter: when every event of a poll has a batch handler, each handler then takes all its
         * events of the poll in one run (in the order consumed), not one run per stretch of consecutive records. A
         * failure is reported at the lowest index any handler failed at, after every handler has run; each handler
         * applied its events before the one it failed at, so everything before that index is applied.
         */
        public Builder batchPerHandler() {
            perHandler = true;
            return this;
        }

        /**
         * Opens a scope around the handlers of each poll's records (on the consumer's thread): opened before the
         * first handler runs, closed after the last — also when one failed, for the events applied before it — and
         * before the events are recorded in the inbox or their offsets committed. A scope that fails to close
         * reports the poll's first record, so none of its records counts as consumed and all come again. Scopes
         * registered later are closed first.
         */
        public Builder eachBatch(Supplier<? extends BatchScope> open) {
            scopes.add(open);
            return this;
        }

        /** The consumer of a binding in batch mode: the records of one poll, in order. */
        public Consumer<Message<List<byte[]>>> build() {
            Map<String, Registered<?>> frozen = Map.copyOf(handlers);
            boolean grouped = perHandler;
            List<Supplier<? extends BatchScope>> frozenScopes = List.copyOf(scopes);
            return message -> accept(frozen, frozenScopes, message.getPayload(),
                    EventTraces.traceparents(message, message.getPayload().size()), grouped);
        }
    }

    /** @param inbox whether its events are recorded in the inbox (and a redelivered one skipped) */
    private record Registered<P extends Record>(Class<P> payloadType, Handler<P> handler, BatchHandler<P> batch,
                                                boolean inbox) {
    }

    /**
     * One record of a batch, once its envelope has been read and checked.
     *
     * @param traceparent the trace the event was stored in (its {@value EventTraces#HEADER} header), or null
     */
    private record Accepted(int index, Registered<?> registered, JsonNode envelope, String eventId, String type,
                            String tenant, String traceparent) {
    }

    /** Applies the records of one poll. */
    private void accept(Map<String, Registered<?>> handlers, List<Supplier<? extends BatchScope>> scopes,
                        List<byte[]> bodies, List<String> traceparents, boolean perHandler) {
        List<Accepted> accepted = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            try {
                Accepted next = read(handlers, i, bodies.get(i), traceparents.get(i));
                if (next != null) {
                    accepted.add(next);
                }
            } catch (RejectedEvent rejected) {
                // what comes before it is applied first; the container then sends it to the dead-letter topic
                apply(scopes, accepted, perHandler);
                throw new BatchListenerFailedException(rejected.getMessage(), rejected, i);
            }
        }
        apply(scopes, accepted, perHandler);
    }

    /** Reads and checks one record; null when the consumer has no handler for its type. */
    private Accepted read(Map<String, Registered<?>> handlers, int index, byte[] body, String traceparent) {
        String peeked = peekType(body);
        if (peeked != null && !handlers.containsKey(peeked)) {
            return null; // not for us, and not worth reading whole: a roster page's event can be large
        }
        JsonNode envelope;
        try {
            envelope = json.readTree(body);
        } catch (JacksonException e) {
            throw new RejectedEvent("not a JSON envelope: " + e.getOriginalMessage());
        }
        String type = envelope.path("eventType").asString("");
        int version = envelope.path("schemaVersion").asInt(0);
        Registered<?> registered = handlers.get(key(type, version));
        if (registered == null) {
            return null; // not for us: consumers ignore events they do not need
        }
        List<String> problems = EventSchemas.validateEnvelope(envelope);
        if (!problems.isEmpty()) {
            throw new RejectedEvent("event breaks its contract: " + problems);
        }
        String tenant = envelope.get("tenantId").asString();
        if (!TenantContext.isValid(tenant)) {
            throw new RejectedEvent("event names no valid tenant: " + tenant);
        }
        return new Accepted(index, registered, envelope, envelope.get("eventId").asString(), type, tenant,
                traceparent);
    }

    /**
     * Runs the handlers of checked records: in order, runs of consecutive events of one batch handler together, or
     * each batch handler once ({@link Builder#batchPerHandler}). A record that fails is reported with its index, after
     * those before it were applied.
     */
    private void apply(List<Supplier<? extends BatchScope>> scopes, List<Accepted> accepted, boolean perHandler) {
        if (accepted.isEmpty()) {
            return;
        }
        Set<String> done = processed.containsAny(accepted.stream().filter(a -> a.registered().inbox())
                .map(Accepted::eventId).toList());
        List<Accepted> marked = new ArrayList<>();
        List<BatchScope> open = new ArrayList<>(scopes.size());
        try {
            scopes.forEach(scope -> open.add(0, scope.get()));
            if (perHandler && accepted.stream().allMatch(a -> a.registered().batch() != null)) {
                applyPerHandler(accepted, done, marked);
            } else {
                applyInOrder(accepted, done, marked);
            }
        } finally {
            // what the scopes gathered is stored before the inbox says the events are done
            closeAll(open, accepted.get(0).index());
            processed.addAll(marked.stream().map(a -> new ProcessedEvents.Processed(a.eventId(), a.type(), a.tenant()))
                    .toList());
        }
    }

    /**
     * Each batch handler once, with all its events of the poll ({@link Builder#batchPerHandler}); the failure with
     * the lowest index is reported once all have run.
     */
    private void applyPerHandler(List<Accepted> accepted, Set<String> done, List<Accepted> marked) {
        Map<Object, List<Accepted>> groups = new LinkedHashMap<>();
        for (Accepted next : accepted) {
            Registered<?> registered = next.registered();
            // onTogether: the handler's types together; onBatch: its one type
            groups.computeIfAbsent(registered.inbox() ? registered.batch() : registered, k -> new ArrayList<>())
                    .add(next);
        }
        BatchListenerFailedException first = null;
        for (List<Accepted> group : groups.values()) {
            boolean inbox = group.get(0).registered().inbox();
            List<Accepted> run = inbox ? firstHearings(group, done) : group;
            if (run.isEmpty()) {
                continue;
            }
            try {
                dispatchBatch(run);
                if (inbox) {
                    marked.addAll(run);
                }
            } catch (RuntimeException e) {
                BatchListenerFailedException failed = e instanceof BatchListenerFailedException reported ? reported
                        : new BatchListenerFailedException("handling " + run.get(0).type() + " " + run.get(0).eventId()
                        + " failed: " + e, e, run.get(0).index());
                if (inbox) {
                    run.stream().filter(a -> a.index() < failed.getIndex()).forEach(marked::add);
                }
                if (first == null || failed.getIndex() < first.getIndex()) {
                    first = failed;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** The handlers in the order of the records: runs of consecutive events of one batch handler together. */
    private void applyInOrder(List<Accepted> accepted, Set<String> done, List<Accepted> marked) {
        int i = 0;
        try {
            while (i < accepted.size()) {
                Accepted next = accepted.get(i);
                BatchHandler<?> batch = next.registered().batch();
                if (batch != null) {
                    int end = i;
                    while (end < accepted.size() && sameRun(next.registered(), accepted.get(end).registered())) {
                        end++;
                    }
                    List<Accepted> run = next.registered().inbox()
                            ? firstHearings(accepted.subList(i, end), done) : accepted.subList(i, end);
                    try {
                        dispatchBatch(run);
                    } catch (BatchListenerFailedException failed) {
                        if (next.registered().inbox()) {
                            // those before the failed one were applied: not handled again when it is retried
                            run.stream().filter(a -> a.index() < failed.getIndex()).forEach(marked::add);
                        }
                        throw failed;
                    }
                    if (next.registered().inbox()) {
                        marked.addAll(run);
                    }
                    i = end;
                    continue;
                }
                if (done.contains(next.eventId())) {
                    meters.counter(application + ".events.duplicates", "type", next.type()).increment();
                } else if (done.add(next.eventId())) {
                    dispatch(next);
                    marked.add(next);
                }
                i++;
            }
        } catch (BatchListenerFailedException reported) {
            throw reported;
        } catch (RejectedEvent rejected) {
            throw new BatchListenerFailedException(rejected.getMessage(), rejected, accepted.get(i).index());
        } catch (RuntimeException failed) {
            throw new BatchListenerFailedException("handling " + accepted.get(i).type() + " "
                    + accepted.get(i).eventId() + " failed: " + failed, failed, accepted.get(i).index());
        }
    }

    /** One type's events (onBatch), or the events of the types one handler was registered for (onTogether). */
    private static boolean sameRun(Registered<?> first, Registered<?> next) {
        return first == next || first.inbox() && next.inbox() && first.batch() != null && first.batch() == next.batch();
    }

    /** The events of a run not processed before (nor earlier in this batch); the others are counted as duplicates. */
    private List<Accepted> firstHearings(List<Accepted> run, Set<String> done) {
        List<Accepted> first = new ArrayList<>(run.size());
        for (Accepted next : run) {
            if (done.add(next.eventId())) {
                first.add(next);
            } else {
                meters.counter(application + ".events.duplicates", "type", next.type()).increment();
            }
        }
        return first;
    }

    /** Closes every scope, each even when one before it failed; a failure reports the poll's first record. */
    private static void closeAll(List<BatchScope> open, int firstIndex) {
        RuntimeException failed = null;
        for (BatchScope scope : open) {
            try {
                scope.close();
            } catch (RuntimeException e) {
                if (failed == null) {
                    failed = e;
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw new BatchListenerFailedException("writing what the batch gathered failed: " + failed, failed,
                    firstIndex);
        }
    }

    private void dispatch(Accepted accepted) {
        if (!TENANT_LIFECYCLE.contains(accepted.type())) {
            requireTenantActiveAt(accepted.tenant(), Instant.parse(accepted.envelope().get("occurredAt").asString()),
                    accepted.type(), accepted.eventId());
        }
        EventEnvelope<Record> event = envelope(accepted);
        String correlation = event.correlationId() == null ? accepted.eventId() : event.correlationId();
        MDC.put(CorrelationFilter.MDC_CORRELATION, correlation);
        MDC.put(CorrelationFilter.MDC_TENANT, accepted.tenant());
        EventContext.set(accepted.eventId());
        try (TenantContext.Scope ignored = TenantContext.open(accepted.tenant());
             EventTraces.Handling span = traces.handling("process " + accepted.type(),
                     Collections.singletonList(accepted.traceparent()))) {
            try {
                handler(accepted.registered()).handle(event);
            } catch (RuntimeException e) {
                span.failed(e);
                log.warn("handling {} {} failed: {}", accepted.type(), accepted.eventId(), e.toString());
                throw e;
            }
        } finally {
            EventContext.clear();
            MDC.remove(CorrelationFilter.MDC_CORRELATION);
            MDC.remove(CorrelationFilter.MDC_TENANT);
        }
        meters.counter(application + ".events.consumed", "type", accepted.type()).increment();
    }

    private void dispatchBatch(List<Accepted> run) {
        List<EventEnvelope<Record>> events = new ArrayList<>(run.size());
        for (Accepted accepted : run) {
            try {
                requireTenantActiveAt(accepted.tenant(),
                        Instant.parse(accepted.envelope().get("occurredAt").asString()), accepted.type(),
                        accepted.eventId());
            } catch (RejectedEvent rejected) {
                // the events before it in the run are handled first, so only this one goes to the dead letters
                dispatchBatch(run.subList(0, run.indexOf(accepted)));
                throw new BatchListenerFailedException(rejected.getMessage(), rejected, accepted.index());
            }
            events.add(envelope(accepted));
        }
        if (events.isEmpty()) {
            return;
        }
        try (EventTraces.Handling span = traces.handling("process " + run.get(0).type(),
                run.stream().map(Accepted::traceparent).toList())) {
            try {
                batchHandler(run.get(0).registered()).handle(events);
            } catch (FailedEvent failed) {
                span.failed(failed);
                Accepted culprit = run.stream().filter(a -> a.eventId().equals(failed.eventId())).findFirst()
                        .orElse(run.get(0));
                log.warn("handling {} {} failed: {}", culprit.type(), culprit.eventId(), failed.getCause().toString());
                throw new BatchListenerFailedException("handling " + culprit.type() + " " + culprit.eventId()
                        + " failed: " + failed.getCause(), failed.getCause(), culprit.index());
            } catch (RuntimeException e) {
                span.failed(e);
                log.warn("handling {} {} events from {} failed: {}", events.size(), run.get(0).type(),
                        run.get(0).eventId(), e.toString());
                throw new BatchListenerFailedException("handling " + events.size() + " " + run.get(0).type()
                        + " events failed: " + e, e, run.get(0).index());
            }
        }
        meters.counter(application + ".events.consumed", "type", run.get(0).type()).increment(events.size());
    }

    @SuppressWarnings("unchecked")
    private static Handler<Record> handler(Registered<?> registered) {
        return (Handler<Record>) registered.handler();
    }

    @SuppressWarnings("unchecked")
    private static BatchHandler<Record> batchHandler(Registered<?> registered) {
        return (BatchHandler<Record>) registered.batch();
    }

    private EventEnvelope<Record> envelope(Accepted accepted) {
        JsonNode node = accepted.envelope();
        Record payload = json.treeToValue(node.get("payload"), accepted.registered().payloadType());
        return new EventEnvelope<>(accepted.eventId(), accepted.type(), node.get("schemaVersion").asInt(),
                accepted.tenant(), node.get("aggregateType").asString(), node.get("aggregateId").asString(),
                node.get("aggregateVersion").asLong(), node.get("occurredAt").asString(),
                node.get("producer").asString(), node.path("correlationId").asString(null),
                node.path("causationId").asString(null), payload);
    }

    /**
     * Refuses an event of a tenant that was never onboarded, or that happened after its tenant was disabled. The
     * tenant topic is separate from the others, so right after an onboarding (or while replaying from the start)
     * the tenant's first events may overtake it: wait a little before deciding the tenant is unknown.
     */
    private void requireTenantActiveAt(String tenant, Instant occurredAt, String type, String eventId) {
        Instant giveUp = Instant.now().plus(unknownTenantGrace);
        Optional<KnownTenants.Tenant> known = tenants.find(tenant);
        while (known.isEmpty() && Instant.now().isBefore(giveUp)) {
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            known = tenants.find(tenant);
        }
        if (known.isEmpty()) {
            meters.counter(application + ".events.rejected", "reason", "unknown-tenant").increment();
            throw new RejectedEvent(type + " " + eventId + " names tenant " + tenant + ", which was never onboarded");
        }
        if (!known.get().activeAt(occurredAt)) {
            meters.counter(application + ".events.rejected", "reason", "disabled-tenant").increment();
            throw new RejectedEvent(type + " " + eventId + " of tenant " + tenant + " happened at " + occurredAt
                    + ", after the tenant was disabled on " + known.get().disabledOn());
        }
    }

    /**
     * The handler key of an envelope read from its first fields only ({@code eventType} and {@code schemaVersion}
     * come before the payload as the kit writes envelopes); null when they are not where expected, and the envelope
     * is then read whole.
     */
    private String peekType(byte[] body) {
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String type = null;
            Integer version = null;
            for (int field = 0; field < 4 && (type == null || version == null); field++) {
                if (parser.nextToken() != JsonToken.PROPERTY_NAME) {
                    return null;
                }
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("eventType") && value == JsonToken.VALUE_STRING) {
                    type = parser.getString();
                } else if (name.equals("schemaVersion") && value == JsonToken.VALUE_NUMBER_INT) {
                    version = parser.getIntValue();
                } else if (value.isStructStart()) {
                    return null;
                }
            }
            return type == null || version == null ? null : key(type, version);
        } catch (JacksonException notJson) {
            return null; // read whole, and refused with the reason
        }
    }

    private static String key(String type, int version) {
        return type + "/v" + version;
    }

    /**
     * Thrown by a batch handler when one event of its run failed, after the events before it in the run were applied
     * (those after it may or may not have been: they are heard again, so the handler must take them twice). That event is reported to the container, so
     * it alone is retried, or dead-lettered when {@code cause} is a {@link RejectedEvent}.
     */
    public static class FailedEvent extends RuntimeException {
        private final String eventId;

        public FailedEvent(String eventId, RuntimeException cause) {
            super("event " + eventId + " failed: " + cause, cause);
            this.eventId = eventId;
        }

        public String eventId() {
            return eventId;
        }
    }

    /** An event no retry can fix; the binder sends it to the dead-letter topic with this reason. */
    public static class RejectedEvent extends RuntimeException {
        public RejectedEvent(String reason) {
            super(reason);
        }
    }
}
