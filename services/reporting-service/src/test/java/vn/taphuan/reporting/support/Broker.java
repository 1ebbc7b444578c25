package vn.taphuan.reporting.support;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Collection;
import java.util.Map;

/** Publishes envelopes to the real (embedded) broker, in the order given. */
public final class Broker implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public Broker(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.ACKS_CONFIG, "all"));
    }

    public void publish(Envelopes.Published event) {
        producer.send(new ProducerRecord<>(event.topic(), event.key(), event.json()));
    }

    public void publishAll(Collection<Envelopes.Published> events) {
        events.forEach(this::publish);
        producer.flush();
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
