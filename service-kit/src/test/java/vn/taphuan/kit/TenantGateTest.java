package vn.taphuan.kit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.plan.v1.FundingAmount;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.ProgrammeRules;
import vn.taphuan.contracts.plan.v1.TargetLine;
import vn.taphuan.contracts.tenant.v1.TenantDisabled;
import vn.taphuan.contracts.tenant.v1.TenantOnboarded;
import vn.taphuan.kit.events.DeadLetters;
import vn.taphuan.kit.events.EventJson;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.TopicProbe;
import vn.taphuan.testsupport.identity.TestTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Events are accepted only from tenants that were onboarded, and only for what happened while they were active. */
@ServiceIntegrationTest
class TenantGateTest {

    @Autowired
    KnownTenants tenants;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;

    @Test
    void aTenantOnboardedOnTheTenantTopicBecomesKnownAndItsEventsAreHandled() {
        String tenant = "tinh-" + UUID.randomUUID().toString().substring(0, 8);
        String planId = "plan-" + UUID.randomUUID();
        send("tenant.events.v1", tenant, envelope("TenantOnboarded", "Tenant", tenant, tenant, "2024-01-01T00:00:00Z",
                new TenantOnboarded(tenant, "99", "Tỉnh thử", "2024-01-01", null, null, null)));
        send("plan.events.v1", planId, envelope("PlanApproved", "Plan", tenant, planId, "2024-02-01T00:00:00Z",
                approved(planId)));

        await().atMost(Duration.ofSeconds(15)).until(() -> handled(planId));
        assertThat(tenants.isActive(tenant)).isTrue();
    }

    @Test
    void anEventOfATenantNeverOnboardedGoesToTheDeadLetterTopicWithItsReason() {
        String planId = "plan-" + UUID.randomUUID();
        try (TopicProbe deadLetters = new TopicProbe(brokers, "plan.events.v1.kit-test.dlq")) {
            send("plan.events.v1", planId, envelope("PlanApproved", "Plan", "khong-ton-tai", planId,
                    "2024-02-01T00:00:00Z", approved(planId)));

            await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.records().stream()
                    .anyMatch(r -> planId.equals(r.key())));
            var record = deadLetters.records().stream().filter(r -> planId.equals(r.key())).findFirst().orElseThrow();
            assertThat(new String(record.headers().lastHeader("x-exception-message").value()))
                    .contains("never onboarded");
        }
        assertThat(handled(planId)).isFalse();
    }

    /**
     * A poison message on a topic — bytes that are not JSON, an envelope whose payload breaks its contract — goes to the
     * dead-letter topic with the reason, and what comes after it on the same partition flows on: the consumer is never
     * stuck on it, and nothing else is lost.
     */
    @Test
    void poisonMessagesGoToTheDeadLetterTopicWithTheReasonAndTheEventsAfterThemAreHandled() {
        String tenant = "tinh-" + UUID.randomUUID().toString().substring(0, 8);
        String planId = "plan-" + UUID.randomUUID();
        send("tenant.events.v1", tenant, envelope("TenantOnboarded", "Tenant", tenant, tenant, "2024-01-01T00:00:00Z",
                new TenantOnboarded(tenant, "98", "Tỉnh thử", "2024-01-01", null, null, null)));
        await().atMost(Duration.ofSeconds(15)).until(() -> tenants.isActive(tenant));
        String good = envelope("PlanApproved", "Plan", tenant, planId, "2024-02-01T00:00:00Z", approved(planId));
        String brokenPayload = good.replace("\"planVersion\":1", "\"planVersion\":\"một\"")
                .replace("\"targetLines\":[", "\"targetLines\":[7,");
        assertThat(brokenPayload).isNotEqualTo(good);
        double deadLetteredBefore = deadLettered();
        try (TopicProbe deadLetters = new TopicProbe(brokers, "plan.events.v1.kit-test.dlq")) {
            // one key: one partition, in this order
            sendAll("plan.events.v1", planId, List.of("{ this is not JSON", brokenPayload, good));

            await().atMost(Duration.ofSeconds(30)).until(() -> handled(planId));
            await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.records().stream()
                    .filter(r -> planId.equals(r.key())).count() == 2);
            List<String> reasons = deadLetters.records().stream().filter(r -> planId.equals(r.key()))
                    .map(r -> new String(r.headers().lastHeader("x-exception-message").value())).toList();
            assertThat(reasons.get(0)).contains("not a JSON envelope");
            assertThat(reasons.get(1)).isNotBlank();
        }
        // counted where an operator's alert looks (kit-test.events.deadlettered, by topic)
        assertThat(deadLettered() - deadLetteredBefore).isGreaterThanOrEqualTo(2);
        assertThat(KitTestApplication.HANDLED.stream().filter(e -> e.payload().planId().equals(planId))).hasSize(1);
    }

    @Test
    void aDisabledTenantKeepsItsHistoryButNothingThatHappenedAfterwardsIsAccepted() {
        String tenant = "tinh-" + UUID.randomUUID().toString().substring(0, 8);
        tenants.onboard(tenant, "Tỉnh thử", "98", List.of());
        String before = "plan-" + UUID.randomUUID();
        String after = "plan-" + UUID.randomUUID();
        send("tenant.events.v1", tenant, envelope("TenantDisabled", "Tenant", tenant, tenant, "2025-07-01T00:00:00Z",
                new TenantDisabled(tenant, "2025-07-01", "Sáp nhập")));
        await().atMost(Duration.ofSeconds(15)).until(() -> !tenants.isActive(tenant));

        try (TopicProbe deadLetters = new TopicProbe(brokers, "plan.events.v1.kit-test.dlq")) {
            send("plan.events.v1", after, envelope("PlanApproved", "Plan", tenant, after, "2025-07-02T00:00:00Z",
                    approved(after)));
            send("plan.events.v1", before, envelope("PlanApproved", "Plan", tenant, before, "2025-06-30T00:00:00Z",
                    approved(before)));
            await().atMost(Duration.ofSeconds(15)).until(() -> handled(before));
            await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.records().stream()
                    .anyMatch(r -> after.equals(r.key())));
        }
        assertThat(handled(after)).isFalse();
    }

    @Test
    void anEventNamingAnotherTenantsAggregateGoesToTheDeadLetterTopicWithItsReason() {
        String lai = "tinh-" + UUID.randomUUID().toString().substring(0, 8);
        String dien = "tinh-" + UUID.randomUUID().toString().substring(0, 8);
        tenants.onboard(lai, "Tỉnh A", "12", List.of());
        tenants.onboard(dien, "Tỉnh B", "11", List.of());
        String planId = "plan-" + UUID.randomUUID();
        send("plan.events.v1", planId, envelope("PlanApproved", "Plan", lai, planId, "2024-02-01T00:00:00Z",
                approved(planId)));
        await().atMost(Duration.ofSeconds(15)).until(() -> handled(planId));

        try (TopicProbe deadLetters = new TopicProbe(brokers, "plan.events.v1.kit-test.dlq")) {
            send("plan.events.v1", planId, envelope("PlanApproved", "Plan", dien, planId, "2024-02-02T00:00:00Z",
                    approved(planId)));
            await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.records().stream()
                    .anyMatch(r -> planId.equals(r.key())));
            var record = deadLetters.records().stream().filter(r -> planId.equals(r.key())).findFirst().orElseThrow();
            assertThat(new String(record.headers().lastHeader("x-exception-message").value()))
                    .contains("of tenant " + dien, "belongs to tenant " + lai);
        }
        assertThat(KitTestApplication.HANDLED.stream().filter(e -> e.payload().planId().equals(planId)))
                .extracting(e -> e.tenantId()).containsExactly(lai);
    }

    @Test
    void aRefusedEventIsListedWithItsReasonAndOnceTheCauseIsMendedItsReplayIsHandledOnce() throws Exception {
        String late = "tinh-" + UUID.randomUUID().toString().substring(0, 8);
        String planId = "plan-" + UUID.randomUUID();
        send("plan.events.v1", planId, envelope("PlanApproved", "Plan", late, planId, "2024-02-01T00:00:00Z",
                approved(planId)));
        await().atMost(Duration.ofSeconds(30)).until(() -> waitingFor(planId).isPresent());
        assertThat(waitingFor(planId).orElseThrow().reason()).contains("never onboarded");
        assertThat(handled(planId)).isFalse();

        // replayed too early: refused again, and waiting again with the reason
        assertThat(replay().path("refusedAgain").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(waitingFor(planId).orElseThrow().reason()).contains("never onboarded");
        assertThat(handled(planId)).isFalse();

        // the province is onboarded after all: the operator replays what was refused
        tenants.onboard(late, "Tỉnh đến muộn", "97", List.of());
        assertThat(replay().path("replayed").asLong()).isGreaterThanOrEqualTo(1);

        assertThat(handled(planId)).isTrue();
        assertThat(waitingFor(planId)).isEmpty();
        // the other tests' refusals of unknown tenants may still be waiting, and are refused again: none is taken
        assertThat(deadLetters.replay("plan.events.v1.kit-test.dlq").replayed()).isZero();
        assertThat(KitTestApplication.HANDLED.stream().filter(e -> e.payload().planId().equals(planId))).hasSize(1);
        // handed to the consumer that refused it, never published again onto plan-service's topic, which this
        // service may not write (the broker's ACLs)
        try (TopicProbe topic = new TopicProbe(brokers, "plan.events.v1")) {
            await().atMost(Duration.ofSeconds(10)).until(() -> topic.records().stream()
                    .anyMatch(r -> planId.equals(r.key())));
            assertThat(topic.records().stream().filter(r -> planId.equals(r.key()))).hasSize(1);
        }
    }

    private double deadLettered() {
        io.micrometer.core.instrument.Counter counter = meters.find("kit-test.events.deadlettered")
                .tag("topic", "plan.events.v1").counter();
        assertThat(counter).as("registered with the binding, before any refusal").isNotNull();
        return counter.count();
    }

    private tools.jackson.databind.JsonNode replay() throws Exception {
        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/admin/dead-letters/"
                                + "plan.events.v1.kit-test.dlq/replay"))
                .header("Authorization", TestTokens.bearer(TestTokens.platformAdmin()))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return EventJson.mapper().readTree(answer.body());
    }

    private java.util.Optional<DeadLetters.DeadLetter> waitingFor(String planId) {
        return deadLetters.waiting(1000).stream().flatMap(w -> w.first().stream())
                .filter(letter -> planId.equals(letter.key())).findFirst();
    }

    private static boolean handled(String planId) {
        return KitTestApplication.HANDLED.stream().anyMatch(e -> e.payload().planId().equals(planId));
    }

    private static PlanApproved approved(String planId) {
        return new PlanApproved(planId, 1, "MTQG_DTTS_MN_2021_2025", null, new ProgrammeRules(null, null, 100),
                "Kế hoạch thử", null, null, null, "2024-01-01", "2024-12-31", "2025-12-31", 1000,
                List.of(new FundingAmount("CENTRAL", 1000)),
                List.of(new TargetLine("l1", "TRAINING_CLASS", "COMMUNITY", null, null, null, 10, 100, null, null,
                        null, null, null)));
    }

    private static String envelope(String type, String aggregateType, String tenant, String aggregateId,
                                   String occurredAt, Record payload) {
        return EventJson.mapper().writeValueAsString(new EventEnvelope<>(UUID.randomUUID().toString(), type, 1, tenant,
                aggregateType, aggregateId, 1, occurredAt, "test", null, null, payload));
    }

    private void send(String topic, String key, String value) {
        sendAll(topic, key, List.of(value));
    }

    private void sendAll(String topic, String key, List<String> values) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            values.forEach(value -> producer.send(new ProducerRecord<>(topic, key, value)));
            producer.flush();
        }
    }
}
