package vn.taphuan.budget;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import vn.taphuan.contracts.EventCatalog;
import vn.taphuan.contracts.EventDefinition;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.EventSchemas;
import vn.taphuan.kit.events.EventJson;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishes real envelopes, checked against their schema, to the test broker as plan- and enrolment-service would:
 * keyed by aggregate id, each with its aggregate version. Keeps what it sent, so a test can send it again.
 */
public final class EventsToBroker implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public EventsToBroker(String brokers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    /** An envelope as its producer would write it; not yet sent. */
    public record Sent(String topic, String key, String eventId, String json) {
    }

    /** Wraps {@code payload} in a new envelope (new event id) of {@code tenant} and sends it. */
    public Sent publish(String tenant, String aggregateId, long aggregateVersion, Record payload) {
        return send(envelope(tenant, aggregateId, aggregateVersion, payload));
    }

    public static Sent envelope(String tenant, String aggregateId, long aggregateVersion, Record payload) {
        EventDefinition definition = EventCatalog.of(payload.getClass());
        String eventId = UUID.randomUUID().toString();
        EventEnvelope<Record> envelope = new EventEnvelope<>(eventId, definition.eventType(),
                definition.schemaVersion(), tenant, definition.aggregateType(), aggregateId, aggregateVersion,
                Instant.now().toString(), definition.topic().producer(), UUID.randomUUID().toString(), null, payload);
        JsonNode tree = EventJson.mapper().valueToTree(envelope);
        assertThat(EventSchemas.validateEnvelope(tree)).as("test envelope follows its schema").isEmpty();
        return new Sent(definition.topic().name(), aggregateId, eventId, EventJson.mapper().writeValueAsString(tree));
    }

    /** Sends an envelope (again, if it was sent before: a redelivery). */
    public Sent send(Sent envelope) {
        producer.send(new ProducerRecord<>(envelope.topic(), envelope.key(), envelope.json()));
        producer.flush();
        return envelope;
    }

    public void sendAll(List<Sent> envelopes) {
        envelopes.forEach(e -> producer.send(new ProducerRecord<>(e.topic(), e.key(), e.json())));
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
