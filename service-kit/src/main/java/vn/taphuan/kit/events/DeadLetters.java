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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.kit.problem.ServiceReason;
import vn.taphuan.kit.problem.NotFound;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The events this service's consumers refused — each on the dead-letter topic of its binding with the reason — and
 * the way back: once the cause is mended (a province onboarded late, a bug fixed), an operator replays them. A
 * replay hands each event to the consumer that refused it, in this service, rather than publishing it onto its
 * topic again: the service may write only its own topics (the broker's ACLs), and the other services never refused
 * it. An event refused again goes back onto the dead-letter topic with the new reason, as the binder would have put
 * it. Every consumer de-duplicates, so a replay can only add what was missing. What was replayed is remembered (a
 * consumer group per dead-letter topic), so nothing is replayed twice.
 */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaClients kafka;
    private final List<Binding> bindings;
    private final Function<Binding, Consumer<Message<List<byte[]>>>> consumers;

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

    /** What a replay did: events the consumer took, and events it refused again (back on the dead-letter topic). */
    public record Replay(long replayed, long refusedAgain) {
    }

    /**
     * @param kafka     the service's Kafka client settings: bootstrap servers and how it signs in (the binder's)
     * @param bindings  the consumer bindings with a dead-letter topic
     * @param consumers the consumer (the binding's function) that refused a binding's events
     */
    public DeadLetters(KafkaClients kafka, List<Binding> bindings,
                       Function<Binding, Consumer<Message<List<byte[]>>>> consumers) {
        this.kafka = kafka;
        this.bindings = List.copyOf(bindings);
        this.consumers = consumers;
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

    /** Hands the refused events not yet replayed to their consumer again, in the order they were refused. */
    public Replay replay(String deadLetterTopic) {
        Binding binding = bindings.stream().filter(b -> b.deadLetterTopic().equals(deadLetterTopic)).findFirst()
                .orElseThrow(() -> new NotFound(new ServiceReason.DeadLetterTopicNotFound(deadLetterTopic)));
        // on a thread of its own, like the binder's: the operator's request, user and tenant stay out of the handlers,
        // whose writes name the event as their cause in the audit trail, as for any consumed event
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "dead-letter-replay"));
        try {
            return thread.submit(() -> handBack(binding)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying " + deadLetterTopic, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } finally {
            thread.shutdown();
        }
    }

    private Replay handBack(Binding binding) {
        String deadLetterTopic = binding.deadLetterTopic();
        Consumer<Message<List<byte[]>>> consumer = consumers.apply(binding);
        Map<String, Object> config = kafka.batchProducer("dead-letter-replay");
        long[] refusedAgain = {0};
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
            long replayed = read(binding, (record, letter) -> {
                String from = deadLetterTopic + "@" + record.partition() + ":" + record.offset();
                try {
                    // with the record's own headers: the replay continues the trace the event was stored in
                    consumer.accept(MessageBuilder.withPayload(List.of(record.value())).setHeader("x-replayed-from", from)
                            .setHeader(KafkaHeaders.NATIVE_HEADERS, List.of(record.headers())).build());
                } catch (RuntimeException refused) {
                    log.warn("replayed {} refused again: {}", from, refused.getMessage());
                    refusedAgain[0]++;
                    ProducerRecord<byte[], byte[]> back = new ProducerRecord<>(deadLetterTopic, record.key(), record.value());
                    String reason = refused.getMessage() == null ? refused.getClass().getSimpleName() : refused.getMessage();
                    back.headers().add(BatchDeadLetters.REASON, reason.getBytes(StandardCharsets.UTF_8));
                    back.headers().add("x-replayed-from", from.getBytes(StandardCharsets.UTF_8));
                    Header traceparent = record.headers().lastHeader(EventTraces.HEADER);
                    if (traceparent != null) {
                        back.headers().add(traceparent);
                    }
                    try {
                        producer.send(back).get();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while replaying " + deadLetterTopic, e);
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("could not return " + letter + " to " + deadLetterTopic
                                + ": " + e.getCause(), e.getCause());
                    }
                }
            }, true);
            return new Replay(replayed - refusedAgain[0], refusedAgain[0]);
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
