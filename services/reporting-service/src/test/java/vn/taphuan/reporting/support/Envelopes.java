package vn.taphuan.reporting.support;

import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.contracts.EventCatalog;
import vn.taphuan.contracts.EventDefinition;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.kit.events.EventJson;

import java.util.UUID;

/** Builds event envelopes as the producing services would, ready to be published. */
public final class Envelopes {

    private static final JsonMapper JSON = EventJson.mapper();

    /** One event to publish: its topic, its key (the aggregate id) and its serialised envelope. */
    public record Published(String topic, String key, String json, EventEnvelope<Record> envelope) {
    }

    public static Published envelope(String tenant, String aggregateId, long aggregateVersion, String occurredAt,
                                     Record payload) {
        EventDefinition definition = EventCatalog.of(payload.getClass());
        EventEnvelope<Record> envelope = new EventEnvelope<>(UUID.randomUUID().toString(), definition.eventType(),
                definition.schemaVersion(), tenant, definition.aggregateType(), aggregateId, aggregateVersion,
                occurredAt, definition.producer(), UUID.randomUUID().toString(), null, payload);
        return new Published(definition.topic().name(), aggregateId, JSON.writeValueAsString(envelope), envelope);
    }

    private Envelopes() {
    }
}
