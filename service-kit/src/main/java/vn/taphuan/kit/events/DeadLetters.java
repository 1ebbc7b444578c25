package vn.taphuan.kit.events;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.kit.problem.NotFound;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * The events this service's consumers refused — each on the dead-letter topic of its binding with the reason — and
 * the way back: once the cause is mended (a province onboarded late, a bug fixed), an operator replays them onto
 * their topic. Every consumer de-duplicates, so a replay can only add what was missing. What was replayed is
 * remembered (a consumer group per dead-letter topic), so nothing is replayed twice.
 */
public class DeadLetters {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaClients kafka;
    private final List<Binding> bindings;

    /** A consumer binding of this service: its topic, its group and where refused events go. */
    public record Binding(String topic, String group, String deadLetterTopic) {
    }

    /**
     * A refused event.
     *
     * @param partition partition of the dead-letter topic
     * @param offset    offset there
     * @param key       the aggregate id the event was keyed by
     * @param eventId   the envelope's event id (if it could be read)
     * @param eventType the envelope's event type
     * @param tenantId  the envelope's tenant
     * @param reason    why the consumer refused it, as the binder recorded it
     */
    public record DeadLetter(int partition, long offset, String key, String eventId, String eventType, String tenantId,
                             String reason) {
    }

    /** The refused events of one binding not yet replayed (the first {@code limit} of them) and how many in all. */
    public record Waiting(Binding binding, long count, List<DeadLetter> first) {
    }

    public DeadLetters(KafkaClients kafka, List<Binding> bindings) {
        this.kafka = kafka;
        this.bindings = List.copyOf(bindings);
    }

    public List<Binding> bindings() {
        return bindings;
    }

    public List<Waiting> waiting(int limit) {
        List<Waiting> all = new ArrayList<>();
        for (Binding binding : bindings) {
            List<DeadLetter> first = new ArrayList<>();
            long count = read(binding, (record, letter) -> {
                if (first.size() < limit) {
                    first.add(letter);
                }
            }, false);
            all.add(new Waiting(binding, count, first));
        }
        return all;
    }

    /** Publishes the refused events not yet replayed back onto their topic; returns how many. */
    public long replay(String deadLetterTopic) {
        Binding binding = bindings.stream().filter(b -> b.deadLetterTopic().equals(deadLetterTopic)).findFirst()
                .orElseThrow(() -> new NotFound("hàng sự kiện bị từ chối", "dead-letter topic", deadLetterTopic));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(kafka.batchProducer("dead-letter-replay"))) {
            return read(binding, (record, letter) -> {
                ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(binding.topic(), record.key(), record.value());
                again.headers().add("x-replayed-from", (deadLetterTopic + "@" + record.partition() + ":"
                        + record.offset()).getBytes(StandardCharsets.UTF_8));
                try {
                    producer.send(again).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while replaying " + deadLetterTopic, e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("could not replay " + letter + ": " + e.getCause(), e.getCause());
                }
            }, true);
        }
    }

    private interface Visitor {
        void visit(ConsumerRecord<byte[], byte[]> record, DeadLetter letter);
    }

    /** Visits the not yet replayed records of the binding's dead-letter topic; with {@code advance}, marks them replayed. */
    private long read(Binding binding, Visitor visitor, boolean advance) {
        Map<String, Object> config = new HashMap<>(kafka.common());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, binding.deadLetterTopic() + ".replay");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        long visited = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            List<PartitionInfo> partitions = consumer.partitionsFor(binding.deadLetterTopic(), Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return 0;
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(assigned);
            Map<TopicPartition, Long> ends = consumer.endOffsets(assigned);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(assigned));
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            for (TopicPartition partition : assigned) {
                OffsetAndMetadata from = committed.get(partition);
                if (from == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, from.offset());
                }
            }
            while (assigned.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= ends.get(partition)) {
                        continue;
                    }
                    visitor.visit(record, letter(record));
                    visited++;
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
            }
            if (advance && !done.isEmpty()) {
                consumer.commitSync(done);
            }
        }
        return visited;
    }

    private static DeadLetter letter(ConsumerRecord<byte[], byte[]> record) {
        String eventId = null;
        String eventType = null;
        String tenantId = null;
        try {
            JsonNode envelope = JSON.readTree(record.value());
            eventId = envelope.path("eventId").asString(null);
            eventType = envelope.path("eventType").asString(null);
            tenantId = envelope.path("tenantId").asString(null);
        } catch (RuntimeException notAnEnvelope) {
            // listed all the same: the reason says why it was refused
        }
        Header reason = record.headers().lastHeader(BatchDeadLetters.REASON);
        return new DeadLetter(record.partition(), record.offset(),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8), eventId, eventType,
                tenantId, reason == null ? null : new String(reason.value(), StandardCharsets.UTF_8));
    }
}
