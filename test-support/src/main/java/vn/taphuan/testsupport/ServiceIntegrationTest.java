package vn.taphuan.testsupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A whole service on a random port, against a REAL Kafka broker (spring-kafka-test's embedded KRaft broker) and
 * the embedded Mongo wire server, validating tokens of the test issuer ({@code TestTokens}). Contexts are cached, so a
 * module's integration tests share one broker and store.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 3, topics = {"plan.events.v1", "enrolment.events.v1", "budget.events.v1", "tenant.events.v1",
        "reference.events.v1"})
@ContextConfiguration(initializers = {EmbeddedMongoInitializer.class, DevIdentityInitializer.class})
@TestPropertySource(properties = {
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "taphuan.kit.relay-poll-interval=200ms"
})
@ActiveProfiles("test")
public @interface ServiceIntegrationTest {

    /**
     * The address of THIS context's broker, for {@code @Value}: a test class with its own context (its own beans
     * imported) starts a second broker, and {@code spring.embedded.kafka.brokers} — a JVM-wide system property — then
     * names the newest broker, not the one the cached context's service publishes to.
     */
    String BROKERS = "#{@embeddedKafka.getBrokersAsString()}";
}
