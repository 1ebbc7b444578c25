package vn.taphuan.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.web.client.RestClient;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import vn.taphuan.testsupport.identity.TestTokens;

import java.util.Map;

/**
 * The Testcontainers variant of the integration tests: real {@code mongo} and {@code apache/kafka} images, started
 * once per test JVM for the classes annotated {@link ContainersIntegrationTest}.
 */
public final class ContainersAvailable {

    public static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");
    public static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    /** A client of the service under test, signed in with {@code token}. */
    public static RestClient client(int port, String token) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", TestTokens.bearer(token)).build();
    }

    /**
     * Points the service at the containers: its database is named after it ({@code plan-service} → {@code plan}),
     * as on a real deployment.
     */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if (!MONGO.isRunning()) {
                MONGO.start();
            }
            if (!KAFKA.isRunning()) {
                KAFKA.start();
            }
            String database = context.getEnvironment().getProperty("spring.application.name", "taphuan")
                    .replaceFirst("-service$", "");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testcontainers", Map.of(
                    "spring.mongodb.uri", MONGO.getReplicaSetUrl(database),
                    "spring.cloud.stream.kafka.binder.brokers", KAFKA.getBootstrapServers())));
        }
    }

    private ContainersAvailable() {
    }
}
