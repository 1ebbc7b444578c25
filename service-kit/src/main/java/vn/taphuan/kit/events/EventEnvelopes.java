package vn.taphuan.kit.events;

import io.micrometer.tracing.Tracer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.contracts.EventCatalog;
import vn.taphuan.contracts.EventDefinition;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.EventSchemas;
import vn.taphuan.kit.web.CorrelationFilter;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Wraps contract payloads into envelopes and checks them against their schema before they are stored: a service
 * can never emit an event its consumers could not read.
 */
public class EventEnvelopes {

    private final String producer;
    private final JsonMapper json;
    private final Clock clock;
    private final EventTraces traces;

    /** Envelopes that carry no trace context: for events made up outside a service (tests, tools). */
    public EventEnvelopes(String producer, JsonMapper json, Clock clock) {
        this(producer, json, clock, new EventTraces(Tracer.NOOP));
    }

    public EventEnvelopes(String producer, JsonMapper json, Clock clock, EventTraces traces) {
        this.producer = producer;
        this.json = json;
        this.clock = clock;
        this.traces = traces;
    }

    /** An envelope for {@code payload}, already serialised and validated. */
    public Sealed seal(Record payload, String tenantId, String aggregateId, long aggregateVersion) {
        EventDefinition definition = EventCatalog.of(payload.getClass());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String correlationId = CorrelationFilter.currentCorrelationId();
        EventEnvelope<Record> envelope = new EventEnvelope<>(UUID.randomUUID().toString(), definition.eventType(),
                definition.schemaVersion(), tenantId, definition.aggregateType(), aggregateId, aggregateVersion,
                now.toString(), producer, correlationId == null ? UUID.randomUUID().toString() : correlationId,
                EventContext.causationId().orElse(null), payload);
        JsonNode tree = json.valueToTree(envelope);
        List<String> problems = EventSchemas.validateEnvelope(tree);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("refusing to emit an event that breaks its contract: " + problems);
        }
        return new Sealed(envelope, definition, json.writeValueAsString(tree), now, traces.current());
    }

    /**
     * A validated envelope with its JSON form, ready for the outbox.
     *
     * @param traceparent the trace context it was sealed in, sent beside it as a Kafka header (not in the envelope:
     *                    the contract stays as it is); null outside a traced request or event
     */
    public record Sealed(EventEnvelope<Record> envelope, EventDefinition definition, String json, Instant occurredAt,
                         String traceparent) {
    }
}
