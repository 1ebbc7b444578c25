package vn.taphuan.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.taphuan.contracts.EventCatalog;
import vn.taphuan.contracts.EventDefinition;
import vn.taphuan.contracts.EventSchemas;
import vn.taphuan.contracts.Topics;
import vn.taphuan.contracts.tenant.v1.TenantOnboarded;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.reporting.figures.FiguresRefresher;
import vn.taphuan.reporting.support.Broker;
import vn.taphuan.reporting.support.Envelopes;
import vn.taphuan.reporting.support.ReportingIntegrationTest;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.TopicProbe;
import vn.taphuan.testsupport.identity.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The consumer side of the contracts: the events this service handles are the catalogue's, and it reads their examples. */
@ReportingIntegrationTest
class ConsumerContractTest {

    static final String TENANT = "mau-vi-du";

    @Autowired
    EventConsumers consumers;
    @Autowired
    MockMvc http;
    @Autowired
    JsonMapper json;
    @Autowired
    FiguresRefresher refresher;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;

    @Test
    void theServiceHandlesExactlyTheEventsTheCatalogueListsForIt() {
        assertThat(consumers.registeredTypes()).containsExactlyInAnyOrderElementsOf(
                EventCatalog.consumedBy("reporting-service").stream().map(EventDefinition::eventType).toList());
    }

    @Test
    void everySchemaExampleIsAppliedAndNoneIsRefused() throws Exception {
        List<Envelopes.Published> examples = new ArrayList<>();
        Set<String> keys = new java.util.HashSet<>();
        int version = 0;
        for (EventDefinition definition : EventCatalog.consumedBy("reporting-service")) {
            if (definition.topic().equals(Topics.TENANT_EVENTS)) {
                continue; // the kit's own tests cover the tenant lifecycle
            }
            JsonNode example = EventSchemas.schemaNode(definition.schemaPath()).get("examples").get(0);
            String tenant = definition.topic().equals(Topics.REFERENCE_EVENTS) ? Topics.NATIONAL : TENANT;
            String key = aggregateId(definition, example);
            keys.add(key);
            ObjectNode envelope = json.createObjectNode();
            envelope.put("eventId", UUID.randomUUID().toString());
            envelope.put("eventType", definition.eventType());
            envelope.put("schemaVersion", definition.schemaVersion());
            envelope.put("tenantId", tenant);
            envelope.put("aggregateType", definition.aggregateType());
            envelope.put("aggregateId", key);
            envelope.put("aggregateVersion", ++version);
            envelope.put("occurredAt", "2023-06-01T02:00:00Z");
            envelope.put("producer", definition.producer());
            envelope.set("payload", example);
            assertThat(EventSchemas.validateEnvelope(envelope)).as(definition.eventType()).isEmpty();
            examples.add(new Envelopes.Published(definition.topic().name(), key, json.writeValueAsString(envelope), null));
        }
        try (Broker broker = new Broker(brokers)) {
            broker.publishAll(List.of(Envelopes.envelope(TENANT, TENANT, 1, "2021-01-01T00:00:00Z",
                    new TenantOnboarded(TENANT, "99", "Tỉnh ví dụ", "2020-01-01", null, null, null))));
            broker.publishAll(examples);
            broker.awaitConsumed("reporting", Duration.ofSeconds(60));
        }
        refresher.refreshPending();

        for (String dlq : List.of("plan.events.v1", "enrolment.events.v1", "budget.events.v1", "reference.events.v1")) {
            try (TopicProbe deadLetters = new TopicProbe(brokers, Topics.deadLetter(Topics.byName(dlq), "reporting"))) {
                assertThat(deadLetters.records()).noneMatch(r -> keys.contains(r.key()));
            }
        }
        String body = http.perform(get("/api/v1/progress/plans/pl-bg-2023-dtts")
                        .header(AUTHORIZATION, TestTokens.bearer(TestTokens.officer(TENANT))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode view = json.readTree(body);
        assertThat(view.at("/plan/currentVersion").asInt()).isEqualTo(2);
        assertThat(view.at("/plan/state").asString()).isEqualTo("CLOSED");
        assertThat(view.at("/totals/budget/allocatedVnd").asLong()).isEqualTo(4_590_000_000L);
        assertThat(view.at("/totals/budget/spentVnd").asLong()).isEqualTo(41_250_000L);
    }

    /**
     * Issue 12, finding 3: a plan approved with the largest long made the nationwide envelope negative. The schema
     * bounds it now, so such an event (from a producer without the bounds, or replayed from before them) waits in the
     * dead letters and the nationwide figures stay the exact sum of the plans that fit.
     */
    @Test
    void aPlanBeyondTheBoundsGoesToTheDeadLettersAndTheNationwideEnvelopeStaysExact() throws Exception {
        String tenant = "vuot-gioi-han";
        EventDefinition approved = EventCatalog.ALL.stream().filter(d -> d.eventType().equals("PlanApproved"))
                .findFirst().orElseThrow();
        ObjectNode huge = (ObjectNode) EventSchemas.schemaNode(approved.schemaPath()).get("examples").get(0).deepCopy();
        huge.put("planId", "kh-vuot-gioi-han");
        huge.put("budgetTotalVnd", Long.MAX_VALUE);
        ((ObjectNode) huge.get("budgetBySource").get(0)).put("amountVnd", Long.MAX_VALUE);
        ObjectNode ordinary = (ObjectNode) EventSchemas.schemaNode(approved.schemaPath()).get("examples").get(0).deepCopy();
        ordinary.put("planId", "kh-binh-thuong");
        long before = national().at("/totals/budget/envelopeVnd").asLong();

        try (Broker broker = new Broker(brokers)) {
            broker.publishAll(List.of(Envelopes.envelope(tenant, tenant, 1, "2021-01-01T00:00:00Z",
                    new TenantOnboarded(tenant, "98", "Tỉnh thử giới hạn", "2020-01-01", null, null, null))));
            broker.awaitConsumed("reporting", Duration.ofSeconds(60));
            broker.publishAll(List.of(raw(approved, tenant, "kh-vuot-gioi-han", huge),
                    raw(approved, tenant, "kh-binh-thuong", ordinary)));
            broker.awaitConsumed("reporting", Duration.ofSeconds(60));
        }
        refresher.refreshPending();

        try (TopicProbe deadLetters = new TopicProbe(brokers, Topics.deadLetter(Topics.PLAN_EVENTS, "reporting"))) {
            // a new consumer group takes a while to be given the topic's partitions, longer on a busy machine
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(deadLetters.records()).anySatisfy(r -> assertThat(r.key()).isEqualTo("kh-vuot-gioi-han")));
        }
        long after = national().at("/totals/budget/envelopeVnd").asLong();
        assertThat(after).isEqualTo(before + ordinary.get("budgetTotalVnd").asLong()).isPositive();
        http.perform(get("/api/v1/progress/plans/kh-vuot-gioi-han")
                        .header(AUTHORIZATION, TestTokens.bearer(TestTokens.officer(tenant))))
                .andExpect(status().isNotFound());
    }

    private JsonNode national() throws Exception {
        return json.readTree(http.perform(get("/api/v1/national/progress")
                        .header(AUTHORIZATION, TestTokens.bearer(TestTokens.analyst())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** An envelope around a payload given as JSON, as a producer without this build's checks could send it. */
    private Envelopes.Published raw(EventDefinition definition, String tenant, String key, JsonNode payload) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("eventId", UUID.randomUUID().toString());
        envelope.put("eventType", definition.eventType());
        envelope.put("schemaVersion", definition.schemaVersion());
        envelope.put("tenantId", tenant);
        envelope.put("aggregateType", definition.aggregateType());
        envelope.put("aggregateId", key);
        envelope.put("aggregateVersion", 1);
        envelope.put("occurredAt", "2023-03-20T02:00:00Z");
        envelope.put("producer", definition.producer());
        envelope.set("payload", payload);
        return new Envelopes.Published(definition.topic().name(), key, json.writeValueAsString(envelope), null);
    }

    @Test
    void theApiIsDescribedWithVietnameseSummaries() throws Exception {
        String docs = http.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(docs).contains("/api/v1/progress/plans/{planId}", "/api/v1/national/provinces",
                "/api/v1/progress/stream", "Tiến độ một kế hoạch");
    }

    /** The Kafka key of an event: the id of the aggregate that caused it, as its producer keys it. */
    private static String aggregateId(EventDefinition definition, JsonNode example) {
        if (definition.aggregateType().equals("RosterPage")) {
            return example.get("trainingEventId").asString() + "." + example.get("rosterPage").asInt();
        }
        String field = switch (definition.aggregateType()) {
            case "Plan", "PlanBudget" -> "planId";
            case "TrainingEvent" -> "trainingEventId";
            case "Enrolment" -> "enrolmentId";
            case "AdministrativeUnit" -> "unitCode";
            default -> throw new IllegalArgumentException("unknown aggregate " + definition.aggregateType());
        };
        return example.get(field).asString();
    }
}
