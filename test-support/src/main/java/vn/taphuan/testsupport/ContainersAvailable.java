package vn.taphuan.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The Testcontainers variant of the integration tests: real {@code mongo} and {@code apache/kafka} images. Test
 * classes using it are annotated {@code @Testcontainers(disabledWithoutDocker = true)}, so they are reported as
 * skipped where no Docker engine runs (as on the CI machines here).
 */
public final class ContainersAvailable {

    public static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");
    public static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    public static void register(DynamicPropertyRegistry registry, String database) {
        if (!MONGO.isRunning()) {
            MONGO.start();
        }
        if (!KAFKA.isRunning()) {
            KAFKA.start();
        }
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl(database));
        registry.add("spring.cloud.stream.kafka.binder.brokers", KAFKA::getBootstrapServers);
    }

    private ContainersAvailable() {
    }
}
