package vn.taphuan.plan.enrolmentfeed;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.taphuan.testsupport.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.contracts.EventCatalog;
import vn.taphuan.contracts.EventDefinition;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.EventSchemas;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.kit.events.EventJson;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.plan.ApiClient;
import vn.taphuan.plan.plan.PlanApiTestData;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.identity.TestTokens;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A plan goes into progress when its first activity is scheduled: real envelopes on the real broker, twice and late. */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class EnrolmentFeedTest {

    private static final String OFFICER = TestTokens.officer("bac-giang");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    KnownTenants tenants;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventConsumers consumers;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;

    ApiClient api;

    @BeforeEach
    void provinces() {
        api = new ApiClient(mvc, json);
        tenants.onboard("bac-giang", "Bắc Giang", "24", List.of());
        tenants.onboard("thanh-hoa", "Thanh Hóa", "38", List.of());
    }

    @Test
    void theFirstScheduledActivityPutsAnApprovedPlanInProgressOnceHoweverOftenAndLateEventsArrive() {
        String planId = approvedPlan("60/KH-UBND");
        String first = send(scheduled(planId, "bac-giang", "2023-04-10T02:00:00Z"));
        String duplicate = send(first, scheduledEnvelope(first, planId, "bac-giang", "2023-04-10T02:00:00Z"));
        String late = send(scheduled(planId, "bac-giang", "2023-04-05T02:00:00Z"));

        await().atMost(Duration.ofSeconds(20)).until(() -> processed(first, late));
        JsonNode plan = api.get(OFFICER, "/api/v1/plans/" + planId, 200);
        assertThat(plan.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(plan.get("startedOn").asString()).isEqualTo("2023-04-10");
        assertThat(plan.get("version").asInt()).as("approved at 3, started once").isEqualTo(4);
        assertThat(duplicate).isEqualTo(first);

        // the officer's explicit command now conflicts: the plan is already in progress
        api.post(OFFICER, "/api/v1/plans/" + planId + "/start", 4, null, 409);
    }

    @Test
    void anActivityUnderADraftUnderAnotherProvincesPlanOrUnderNoPlanChangesNothing() {
        String draftId = api.post(OFFICER, "/api/v1/plans", PlanApiTestData.BAC_GIANG_2023.formatted("61/KH-UBND"), 201)
                .get("id").asString();
        String approvedId = approvedPlan("62/KH-UBND");
        String underDraft = send(scheduled(draftId, "bac-giang", "2023-04-10T02:00:00Z"));
        String unknownPlan = send(scheduled(UUID.randomUUID().toString(), "bac-giang", "2023-04-10T02:00:00Z"));
        try (TopicProbe deadLetters = new TopicProbe(brokers, "enrolment.events.v1.plan.dlq")) {
            // an event of Thanh Hóa naming Bắc Giang's plan is inconsistent: refused with the reason, not applied
            send(scheduled(approvedId, "thanh-hoa", "2023-04-10T02:00:00Z"));
            await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.records().stream()
                    .anyMatch(r -> ("te-" + approvedId).equals(r.key())));
            assertThat(new String(deadLetters.records().stream().filter(r -> ("te-" + approvedId).equals(r.key()))
                    .findFirst().orElseThrow().headers().lastHeader("x-exception-message").value()))
                    .contains("of tenant thanh-hoa", "belongs to tenant bac-giang");
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> processed(underDraft, unknownPlan));
        assertThat(api.get(OFFICER, "/api/v1/plans/" + draftId, 200).get("status").asString()).isEqualTo("DRAFT");
        JsonNode approved = api.get(OFFICER, "/api/v1/plans/" + approvedId, 200);
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("version").asInt()).isEqualTo(3);

        JsonNode started = api.post(OFFICER, "/api/v1/plans/" + approvedId + "/start",
                3, "{\"startedOn\":\"2023-05-02\"}", 200);
        assertThat(started.get("startedOn").asString()).isEqualTo("2023-05-02");
    }

    @Test
    void theEventsThisServiceHandlesAreTheOnesTheCatalogueListsForIt() {
        Set<String> kitHandled = Set.of("TenantOnboarded", "TenantDisabled"); // every service keeps its tenant list
        Set<String> handled = new HashSet<>(consumers.registeredTypes());
        handled.removeAll(kitHandled);

        assertThat(handled).isEqualTo(EventCatalog.consumedBy("plan-service").stream()
                .map(EventDefinition::eventType).collect(Collectors.toSet()));
    }

    private String approvedPlan(String documentNumber) {
        String id = api.post(OFFICER, "/api/v1/plans", PlanApiTestData.BAC_GIANG_2023.formatted(documentNumber), 201)
                .get("id").asString();
        api.post(OFFICER, "/api/v1/plans/" + id + "/submission", 1, null, 200);
        api.post(OFFICER, "/api/v1/plans/" + id + "/approval", 2, "{\"approvedOn\":\"2023-03-20\"}", 200);
        return id;
    }

    private boolean processed(String... eventIds) {
        return mongo.count(Query.query(Criteria.where("_id").in(List.of(eventIds))), "processed_events") == eventIds.length;
    }

    private EventEnvelope<TrainingEventScheduled> scheduled(String planId, String tenant, String occurredAt) {
        return scheduledEnvelope(UUID.randomUUID().toString(), planId, tenant, occurredAt);
    }

    /** All activities of these tests are one training event, so its events share a key and arrive in order. */
    private EventEnvelope<TrainingEventScheduled> scheduledEnvelope(String eventId, String planId, String tenant,
                                                                   String occurredAt) {
        TrainingEventScheduled payload = new TrainingEventScheduled("te-" + planId, planId, "community-classes",
                "TRAINING_CLASS", "COMMUNITY", "Lớp tập huấn kỹ năng giám sát đầu tư cộng đồng", "X-SON-DONG-TUAN-DAO",
                "2023-04-20", "2023-04-21", 40, 4, 1, 2);
        return new EventEnvelope<>(eventId, "TrainingEventScheduled", 1, tenant, "TrainingEvent", "te-" + planId, 1,
                occurredAt, "enrolment-service", UUID.randomUUID().toString(), null, payload);
    }

    private String send(EventEnvelope<TrainingEventScheduled> envelope) {
        return send(envelope.eventId(), envelope);
    }

    private String send(String eventId, EventEnvelope<TrainingEventScheduled> envelope) {
        JsonNode tree = EventJson.mapper().valueToTree(envelope);
        assertThat(EventSchemas.validateEnvelope(tree)).isEmpty();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>("enrolment.events.v1", envelope.aggregateId(), tree.toString())).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return eventId;
    }
}
