package vn.taphuan.kit.events;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Kafka client settings of the service, read from the binder's own properties
 * ({@code spring.cloud.stream.kafka.binder.brokers} and {@code ….configuration.*}, where security settings such as
 * SASL live), so that the clients the kit opens itself (the relay's producer, the dead-letter replay) connect exactly
 * as the bindings do.
 */
public class KafkaClients {

    private static final String BINDER = "spring.cloud.stream.kafka.binder";

    private final String bootstrapServers;
    private final Map<String, String> common;
    private final int partitions;
    private final short replicationFactor;
    private final Set<String> ensured = ConcurrentHashMap.newKeySet();

    public KafkaClients(Environment environment) {
        this.bootstrapServers = environment.getProperty(BINDER + ".brokers", "localhost:9092");
        Map<String, String> configuration = new HashMap<>(Binder.get(environment)
                .bind(BINDER + ".configuration", Bindable.mapOf(String.class, String.class)).orElse(Map.of()));
        // settings left empty by the environment (no sign-in configured) are not settings
        configuration.values().removeIf(value -> value == null || value.isEmpty());
        this.common = Map.copyOf(configuration);
        this.partitions = environment.getProperty(BINDER + ".min-partition-count", Integer.class, 1);
        this.replicationFactor = environment.getProperty(BINDER + ".replication-factor", Short.class, (short) 1);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Settings every client shares: the brokers and the binder's common configuration. */
    public Map<String, Object> common() {
        Map<String, Object> config = new HashMap<>(common);
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return config;
    }

    /**
     * A producer for batches of events: idempotent (no duplicates or reordering from its own retries, order per
     * partition kept with up to five requests in flight), acknowledged by all in-sync replicas, and batching what
     * is sent within a few milliseconds into compressed requests.
     */
    public Map<String, Object> batchProducer(String clientId) {
        Map<String, Object> config = common();
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return config;
    }

    /**
     * Creates {@code topic} if it does not exist, as the binder would (its partition count and replication factor):
     * the relay may publish to a topic before any consumer binding has created it. Where the service may not create
     * topics (a deployment with ACLs, whose operator creates them beforehand), the topic is taken to be there.
     */
    public void ensureTopic(String topic) {
        if (ensured.contains(topic)) {
            return;
        }
        try (Admin admin = Admin.create(common())) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, replicationFactor))).all()
                    .get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException) && !(e.getCause() instanceof AuthorizationException)) {
                throw new IllegalStateException("could not create topic " + topic + ": " + e.getCause(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not create topic " + topic + " in time", e);
        }
        ensured.add(topic);
    }
}
