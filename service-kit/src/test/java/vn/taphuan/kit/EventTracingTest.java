package vn.taphuan.kit;

import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.events.EventEnvelopes;
import vn.taphuan.kit.events.EventJson;
import vn.taphuan.kit.events.EventTraces;
import vn.taphuan.kit.events.OutboxRelay;
import vn.taphuan.kit.security.ProvinceWrite;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.support.Probe;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.kit.web.CorrelationFilter;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.TopicProbe;
import vn.taphuan.testsupport.identity.TestTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace from the request that stored an event to the consumer that handled it, although the relay publishes the
 * event later on a thread of its own: the request's trace context rides in the outbox entry and the Kafka header,
 * and the consumer's span continues it, with the trace id in the log MDC.
 */
@ServiceIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EventTracingTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    OutboxRelay relay;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KnownTenants tenants;
    @Autowired
    EventTraces traces;
    @Autowired
    Tracer tracer;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;

    @BeforeEach
    void onboard() {
        tenants.onboard("bac-giang", "Bắc Giang", "24", List.of());
    }

    @Test
    void theTraceOfTheRequestThatStoredAnEventGoesWithItsOutboxEntryAndKafkaRecordToTheConsumer(CapturedOutput output)
            throws Exception {
        String traceId = hex(16);
        String callerSpan = hex(8);
        String id = "probe-" + UUID.randomUUID();
        String stored;
        relay.stop();
        try (TopicProbe topic = new TopicProbe(brokers, "plan.events.v1")) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/traced-probes/" + id))
                    .header("Authorization", TestTokens.bearer(TestTokens.officer("bac-giang")))
                    .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                    .header(CorrelationFilter.CORRELATION_HEADER, "trace-test-" + id)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);

            stored = outboxOf(id).get(0).getString(EventTraces.HEADER);
            assertThat(stored).as("the request's own span, a child of the caller's, sampled as the caller asked")
                    .matches("00-" + traceId + "-[0-9a-f]{16}-01").doesNotContain(callerSpan);
            String requestLine = Arrays.stream(output.getOut().split("\n"))
                    .filter(line -> line.contains("storing probe " + id)).findFirst().orElseThrow();
            assertThat(requestLine).contains("[kit-test-service,bac-giang,trace-test-" + id + "," + traceId + ","
                    + stored.substring(36, 52) + "]").doesNotContain("[" + traceId + "-");

            relay.start();
            await().atMost(Duration.ofSeconds(15)).until(() -> keyed(topic.records(), id).size() == 1);
            Header header = keyed(topic.records(), id).get(0).headers().lastHeader(EventTraces.HEADER);
            assertThat(header).as("the relay sends the stored trace context").isNotNull();
            assertThat(new String(header.value(), StandardCharsets.UTF_8)).isEqualTo(stored);
        } finally {
            if (!relay.isRunning()) {
                relay.start();
            }
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> KitTestApplication.LOG_CONTEXT.containsKey(id));
        Map<String, String> handled = KitTestApplication.LOG_CONTEXT.get(id);
        assertThat(handled).containsEntry("traceId", traceId).containsEntry("tenant", "bac-giang")
                .containsEntry("correlationId", "trace-test-" + id);
        assertThat(handled.get("spanId")).as("the consumer's span of its own").matches("[0-9a-f]{16}")
                .isNotEqualTo(stored.substring(36, 52));
    }

    @Test
    void aConsumedRecordIsHandledInTheTraceOfItsHeaderAndOneWithoutAReadableHeaderInATraceOfItsOwn() {
        String traced = "probe-" + UUID.randomUUID();
        String garbled = "probe-" + UUID.randomUUID();
        String bare = "probe-" + UUID.randomUUID();
        String traceId = hex(16);
        String producerSpan = hex(8);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(record(traced, "00-" + traceId + "-" + producerSpan + "-01"));
            producer.send(record(garbled, "00-" + traceId + "-not-a-span-01\r\nX-Injected: 1"));
            producer.send(record(bare, null));
            producer.flush();
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> KitTestApplication.LOG_CONTEXT.keySet()
                .containsAll(List.of(traced, garbled, bare)));

        Map<String, String> continued = KitTestApplication.LOG_CONTEXT.get(traced);
        assertThat(continued).containsEntry("traceId", traceId).containsEntry("tenant", "bac-giang");
        assertThat(continued.get("spanId")).matches("[0-9a-f]{16}").isNotEqualTo(producerSpan);
        for (String own : List.of(garbled, bare)) {
            assertThat(KitTestApplication.LOG_CONTEXT.get(own).get("traceId")).as(own)
                    .matches("[0-9a-f]{32}").isNotEqualTo(traceId);
        }
    }

    @Test
    void eventsOfSeveralTracesHandledTogetherContinueTheFirstAndNothingIsLeftCurrentAfterwards() {
        String first = hex(16);
        assertThat(traces.current()).as("outside a request or event").isNull();
        try (EventTraces.Handling ignored = traces.handling("process PlanApproved",
                Arrays.asList(null, "00-" + first + "-" + hex(8) + "-01", "00-" + hex(16) + "-" + hex(8) + "-00"))) {
            assertThat(tracer.currentSpan().context().traceId()).isEqualTo(first);
            assertThat(traces.current()).startsWith("00-" + first + "-");
        }
        assertThat(tracer.currentSpan()).isNull();
    }

    /** A plan approval of {@code planId} in Bắc Giang, as plan-service would send it, with its trace header. */
    private static ProducerRecord<String, String> record(String planId, String traceparent) {
        String envelope;
        try (TenantContext.Scope ignored = TenantContext.open("bac-giang")) {
            envelope = new EventEnvelopes("plan-service", EventJson.mapper(), Clock.systemUTC())
                    .seal(OutboxFlowTest.approved(planId, 1), "bac-giang", planId, 1).json();
        }
        ProducerRecord<String, String> record = new ProducerRecord<>("plan.events.v1", planId, envelope);
        if (traceparent != null) {
            record.headers().add(EventTraces.HEADER, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private List<Document> outboxOf(String id) {
        return mongo.findById(id, Document.class, "probe").getList("outbox", Document.class);
    }

    private static List<ConsumerRecord<String, String>> keyed(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }

    private static String hex(int bytes) {
        StringBuilder hex = new StringBuilder();
        ThreadLocalRandom.current().ints(bytes, 0, 256).forEach(b -> hex.append(String.format("%02x", b)));
        return hex.toString();
    }

    /** A write that stores an event, as the services' commands do. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TracedWrites {

        @Bean
        TracedProbes tracedProbes(AggregateStore store) {
            return new TracedProbes(store);
        }
    }

    @RestController
    static class TracedProbes {

        private static final Logger log = LoggerFactory.getLogger(TracedProbes.class);
        private final AggregateStore store;

        TracedProbes(AggregateStore store) {
            this.store = store;
        }

        @PostMapping("/api/v1/traced-probes/{id}")
        @ProvinceWrite
        Map<String, String> approve(@PathVariable String id) {
            log.info("storing probe {} with its approval", id);
            store.insert(new Probe(id, TenantContext.require(), "traced"), id, List.of(OutboxFlowTest.approved(id, 1)));
            return Map.of("id", id);
        }
    }
}
