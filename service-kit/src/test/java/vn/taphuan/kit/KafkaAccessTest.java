package vn.taphuan.kit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.plan.v1.FundingAmount;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.ProgrammeRules;
import vn.taphuan.contracts.plan.v1.TargetLine;
import vn.taphuan.kit.ServiceAccess.Right;
import vn.taphuan.kit.events.DeadLetters;
import vn.taphuan.kit.events.EventJson;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.support.Probe;
import vn.taphuan.kit.support.SecuredBroker;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.testsupport.DevIdentityInitializer;
import vn.taphuan.testsupport.EmbeddedMongoInitializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A service given exactly the Kafka rights the platform gives it (the rule of {@link ServiceAccess}, which
 * k8s/base/access/kafka-acls.txt follows) does all its work on a broker that enforces them: it starts, publishes its
 * events, consumes, sends a refused event to its dead-letter topic, lists and replays it — signing in with SCRAM as
 * the environment says. And it can do nothing else: another service's topic is closed to it. The test service plays
 * plan-service, so plan.events.v1 is its own topic.
 */
@SpringBootTest(classes = {KitTestApplication.class, KafkaAccessTest.BrokerStops.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=" + KafkaAccessTest.SERVICE, "taphuan.kit.relay-poll-interval=200ms"})
@ContextConfiguration(initializers = {EmbeddedMongoInitializer.class, DevIdentityInitializer.class})
@ActiveProfiles("test")
@DirtiesContext
class KafkaAccessTest {

    static final String SERVICE = "plan-service";
    private static final String PASSWORD = UUID.randomUUID().toString().replace("-", "");
    private static final String FOREIGN = "budget.events.v1";
    private static SecuredBroker broker;

    @Autowired
    AggregateStore store;
    @Autowired
    KnownTenants tenants;
    @Autowired
    DeadLetters deadLetters;
    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void signIn(DynamicPropertyRegistry registry) {
        broker = SecuredBroker.start();
        ServiceAccess access = ServiceAccess.fromFile(Path.of("src/test/resources/application.yml"),
                Map.of("spring.application.name", SERVICE));
        Map<String, Set<String>> topics = new HashMap<>();
        Set<String> groups = Set.of();
        for (Map.Entry<Right, Set<String>> right : access.kafkaRights().entrySet()) {
            if (right.getKey().type().equals("topic")) {
                topics.put(right.getKey().operation(), right.getValue());
            } else {
                groups = right.getValue();
            }
        }
        broker.grant(SERVICE, PASSWORD, topics, groups);
        broker.grant("budget-service", PASSWORD, Map.of("WRITE", Set.of(FOREIGN)), Set.of());

        registry.add("spring.cloud.stream.kafka.binder.brokers", broker::bootstrapServers);
        // what a deployment's environment says (docker-compose via the launcher, k8s/base via the Secret)
        registry.add("KAFKA_SECURITY_PROTOCOL", () -> "SASL_PLAINTEXT");
        registry.add("KAFKA_SASL_MECHANISM", () -> "SCRAM-SHA-512");
        registry.add("KAFKA_SASL_JAAS_CONFIG", () -> SecuredBroker.SCRAM + " username=\"" + SERVICE + "\" password=\""
                + PASSWORD + "\";");
    }

    /** The broker stops with the service, after its consumers and producers. */
    @TestConfiguration(proxyBeanMethods = false)
    static class BrokerStops {
        @Bean
        DisposableBean securedBroker() {
            return () -> broker.close();
        }
    }

    @Test
    void withItsOwnRightsOnlyTheServicePublishesConsumesAndReplaysWhatItRefused() throws Exception {
        tenants.onboard("bac-giang", "Bắc Giang", "24", List.of());
        String published = "plan-" + UUID.randomUUID();
        try (TenantContext.Scope ignored = TenantContext.open("bac-giang")) {
            store.insert(new Probe(published, "bac-giang", "v1"), published, List.of(approved(published)));
        }
        // relayed onto its own topic, and consumed back in its own group
        await().atMost(Duration.ofSeconds(30)).until(() -> handled(published));

        String late = "tinh-" + UUID.randomUUID().toString().substring(0, 8);
        String refused = "plan-" + UUID.randomUUID();
        send(refused, EventJson.mapper().writeValueAsString(new EventEnvelope<>(UUID.randomUUID().toString(),
                "PlanApproved", 1, late, "Plan", refused, 1, "2024-02-01T00:00:00Z", SERVICE, null, null,
                approved(refused))));
        await().atMost(Duration.ofSeconds(60)).until(() -> deadLetters.waiting(1000).stream()
                .flatMap(waiting -> waiting.first().stream()).anyMatch(letter -> refused.equals(letter.key())));

        tenants.onboard(late, "Tỉnh đến muộn", "96", List.of());
        assertThat(deadLetters.replay("plan.events.v1.kit-test.dlq").replayed()).isEqualTo(1);
        assertThat(handled(refused)).isTrue();

        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + managementPort + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"UP\"");
    }

    @Test
    void theBrokerClosesAnotherServicesTopicToIt() {
        Map<String, Object> producer = new HashMap<>(broker.client(SERVICE, PASSWORD));
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (KafkaProducer<String, String> forged = new KafkaProducer<>(producer)) {
            assertThatThrownBy(() -> forged.send(new ProducerRecord<>(FOREIGN, "plan-1", "{}")).get())
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        }

        Map<String, Object> consumer = new HashMap<>(broker.client(SERVICE, PASSWORD));
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, "plan");
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(consumer)) {
            reader.subscribe(List.of(FOREIGN));
            assertThatThrownBy(() -> reader.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    private static void send(String key, String value) {
        Map<String, Object> config = new HashMap<>(broker.admin());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>("plan.events.v1", key, value));
            producer.flush();
        }
    }

    private static boolean handled(String planId) {
        return KitTestApplication.HANDLED.stream().anyMatch(event -> event.payload().planId().equals(planId));
    }

    private static PlanApproved approved(String planId) {
        return new PlanApproved(planId, 1, "MTQG_DTTS_MN_2021_2025", null, new ProgrammeRules(null, null, 100),
                "Kế hoạch thử", null, null, null, "2024-01-01", "2024-12-31", "2025-12-31", 1000,
                List.of(new FundingAmount("CENTRAL", 1000)),
                List.of(new TargetLine("l1", "TRAINING_CLASS", "COMMUNITY", null, null, null, 10, 100, null, null,
                        null, null, null)));
    }
}
