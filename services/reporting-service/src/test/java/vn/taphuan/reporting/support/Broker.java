package vn.taphuan.reporting.support;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.taphuan.contracts.Topics;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import static org.awaitility.Awaitility.await;

/** Publishes envelopes to the real (embedded) broker, in the order given. */
public final class Broker implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final String bootstrapServers;

    public Broker(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
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

    /** Publishes a pile of events in full batches (same order per key), for tests that need a hundred thousand. */
    public void publishPile(Collection<Envelopes.Published> events) {
        try (KafkaProducer<String, String> bulk = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all"))) {
            events.forEach(event -> bulk.send(new ProducerRecord<>(event.topic(), event.key(), event.json())));
            bulk.flush();
        }
    }

    /** Publishes and waits until the broker has it. */
    public void publishNow(Envelopes.Published event) {
        try {
            producer.send(new ProducerRecord<>(event.topic(), event.key(), event.json())).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the reporting service's consumer groups ({@code group} for the projected topics, {@code
     * group-tenants} for the tenant topic) have committed everything published.
     */
    public void awaitConsumed(String group, Duration atMost) {
        List<Topics.Topic> projected = List.of(Topics.PLAN_EVENTS, Topics.ENROLMENT_EVENTS, Topics.BUDGET_EVENTS,
                Topics.REFERENCE_EVENTS);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            await().atMost(atMost).pollInterval(Duration.ofMillis(300)).until(() ->
                    lag(admin, group, projected) == 0 && lag(admin, group + "-tenants", List.of(Topics.TENANT_EVENTS)) == 0);
        }
    }

    private static long lag(Admin admin, String group, List<Topics.Topic> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (Topics.Topic topic : topics) {
            for (int p = 0; p < topic.partitions(); p++) {
                latest.put(new TopicPartition(topic.name(), p), OffsetSpec.latest());
            }
        }
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (var end : admin.listOffsets(latest).all().get().entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue().offset() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
