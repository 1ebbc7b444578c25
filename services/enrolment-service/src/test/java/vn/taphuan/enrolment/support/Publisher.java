package vn.taphuan.enrolment.support;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.taphuan.contracts.EventCatalog;
import vn.taphuan.kit.events.EventEnvelopes;
import vn.taphuan.kit.events.EventJson;

import java.time.Clock;
import java.util.Map;

/** Publishes real envelopes, valid per their schema, as plan-service would; and sends raw ones again. */
public final class Publisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final EventEnvelopes envelopes = new EventEnvelopes("plan-service", EventJson.mapper(), Clock.systemUTC());

    public Publisher(String brokers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    /** Publishes {@code payload} as the aggregate's {@code version}-th event; returns the envelope sent. */
    public String publish(Record payload, String tenant, String aggregateId, long version) {
        String envelope = envelopes.seal(payload, tenant, aggregateId, version).json();
        send(EventCatalog.of(payload.getClass()).topic().name(), aggregateId, envelope);
        return envelope;
    }

    public void send(String topic, String key, String envelope) {
        producer.send(new ProducerRecord<>(topic, key, envelope));
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
