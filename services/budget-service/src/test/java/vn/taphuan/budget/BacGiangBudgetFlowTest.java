package vn.taphuan.budget;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import tools.jackson.databind.JsonNode;
import vn.taphuan.contracts.EventSchemas;
import vn.taphuan.contracts.enrolment.v1.EnrolmentsChanged;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.TopicProbe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 5, "done when": the Bắc Giang 2023 plan's 6.889.000.000 đồng allocated over its lines, classes scheduled in
 * enrolment-service committed by the norms, payments and a settlement recorded, over-spending refused, redelivered
 * events changing nothing — with the exact sums.
 */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class BacGiangBudgetFlowTest extends BudgetApiSupport {

    private static final String TENANT = "bac-giang";
    /** Bắc Giang's norms: community class 36.950.000, cadre class 66.300.000, workshop 25.100.000, tour 105.000.000. */
    private static final String NORMS = """
            {"validFrom":"2023-01-01","legalBasis":"Nghị quyết 07/2023/NQ-HĐND tỉnh Bắc Giang (thử nghiệm)",
             "rates":{"PER_DIEM_LEARNER_DAY":150000,"TRAINER_FEE_SESSION":800000,"VENUE_DAY":2500000,
                      "MATERIALS_LEARNER":50000,"FIELD_VISIT_SESSION":1500000,"TRAVEL_PERSON":3500000,
                      "LODGING_PERSON_NIGHT":350000,"ORGANISATION_ACTIVITY":1000000}}
            """;

    @Test
    void theBacGiang2023EnvelopeIsAllocatedCommittedSpentAndSettledWithExactSums() throws Exception {
        String planId = "pl-bg-2023-" + UUID.randomUUID().toString().substring(0, 8);
        String officer = officer(TENANT);
        String admin = admin(TENANT);
        String te1 = planId + "-te-1", te2 = planId + "-te-2", te3 = planId + "-te-3", te4 = planId + "-te-4";
        if (call(officer, get("/api/v1/cost-norms"), 200).get("sets").isEmpty()) {
            call(admin, post("/api/v1/cost-norms/sets").content(NORMS), 201);
        }
        List<EventsToBroker.Sent> delivered = new ArrayList<>();

        // a cadre class scheduled in enrolment-service reaches us before the plan does (another topic)
        delivered.add(broker.publish(TENANT, te2, 1, BudgetEvents.cadreClass(planId, te2)));
        await().atMost(WAIT).untilAsserted(() -> assertThat(budget(officer, planId).get("status").asString())
                .isEqualTo("AWAITING_PLAN"));
        delivered.add(broker.publish(TENANT, planId, 1, BudgetEvents.bacGiang2023(planId)));
        await().atMost(WAIT).untilAsserted(() -> assertThat(budget(officer, planId).get("status").asString())
                .isEqualTo("OPEN"));

        // Sở Tài chính allocates the envelope over the four lines
        allocate(officer, planId, "community-classes", 4_590_000_000L, 201);
        allocate(officer, planId, "cadre-classes", 1_200_000_000L, 201);
        allocate(officer, planId, "workshops", 560_000_000L, 201);
        JsonNode last = allocate(officer, planId, "study-tours", 539_000_000L, 201);
        assertThat(last.get("decisionNumber").asString()).isEqualTo("112/QĐ-STC");
        JsonNode beyond = call(officer, post("/api/v1/budgets/" + planId + "/allocations").content("""
                {"targetLineId":"workshops","fundingSource":"CENTRAL","amountVnd":1,
                 "decisionNumber":"150/QĐ-STC","decisionDate":"2023-08-01"}"""), 422);
        assertThat(beyond.get("type").asString()).endsWith("/allocation-exceeds-estimate");

        // classes, a workshop (later cancelled) and a study tour are scheduled; the first schedule is heard twice
        TrainingEventScheduled firstClass = BudgetEvents.communityClass(planId, te1, "2023-05-10", "2023-05-11");
        EventsToBroker.Sent te1Scheduled = broker.publish(TENANT, te1, 1, firstClass);
        delivered.add(te1Scheduled);
        broker.send(te1Scheduled);
        delivered.add(broker.publish(TENANT, te4, 1, BudgetEvents.workshop(planId, te4)));
        delivered.add(broker.publish(TENANT, te3, 1, BudgetEvents.studyTour(planId, te3)));
        delivered.add(broker.publish(TENANT, te4, 2, BudgetEvents.cancelled(BudgetEvents.workshop(planId, te4))));
        delivered.forEach(this::awaitProcessed);

        JsonNode committed = budget(officer, planId);
        assertThat(committed.at("/totals/committedVnd").asLong()).isEqualTo(36_950_000L + 66_300_000L + 105_000_000L);
        JsonNode firstActivity = call(officer, get("/api/v1/budgets/" + planId + "/activities/" + te1), 200);
        assertThat(firstActivity.get("estimateVnd").asLong()).isEqualTo(36_950_000L);
        assertThat(firstActivity.get("estimateLines")).hasSize(6);
        assertThat(firstActivity.get("normSetId").asString()).isNotEqualTo("default");
        assertThat(call(officer, get("/api/v1/budgets/" + planId + "/activities/" + te4), 200).get("status").asString())
                .isEqualTo("CANCELLED");

        // payments and the settlement of the first class
        spend(officer, planId, "{\"trainingEventId\":\"" + te1 + "\",\"fundingSource\":\"CENTRAL\",\"amountVnd\":30000000,"
                + "\"documentNumber\":\"PC-0231\",\"spentOn\":\"2023-05-12\"}", 201);
        spend(officer, planId, "{\"trainingEventId\":\"" + te1 + "\",\"fundingSource\":\"CENTRAL\",\"amountVnd\":4500000,"
                + "\"documentNumber\":\"PC-0232\",\"spentOn\":\"2023-05-15\"}", 201);
        JsonNode settled = call(officer, post("/api/v1/budgets/" + planId + "/activities/" + te1 + "/settlement")
                .content("{\"documentNumber\":\"QT-0045\",\"settledOn\":\"2023-06-30\"}"), 201);
        assertThat(settled.at("/settlement/totalVnd").asLong()).isEqualTo(34_500_000L);
        assertThat(settled.get("releasedVnd").asLong()).isEqualTo(2_450_000L);
        spend(officer, planId, "{\"trainingEventId\":\"" + te3 + "\",\"fundingSource\":\"CENTRAL\",\"amountVnd\":104000000,"
                + "\"documentNumber\":\"PC-0301\",\"spentOn\":\"2023-09-09\"}", 201);

        // over-spending on the study-tour line is refused, naming line, source and amounts …
        String overspend = "{\"targetLineId\":\"study-tours\",\"fundingSource\":\"CENTRAL\",\"amountVnd\":436000000,"
                + "\"documentNumber\":\"PC-0900\",\"spentOn\":\"2023-10-02\"%s}";
        JsonNode refused = spend(officer, planId, overspend.formatted(""), 422);
        assertThat(refused.get("type").asString()).endsWith("/overspending");
        assertThat(refused.get("detail").asString()).contains("study-tours", "CENTRAL", "đã giao 539.000.000 đồng",
                "đã chi 104.000.000 đồng", "đề nghị chi 436.000.000 đồng");
        assertThat(refused.get("detailEn").asString()).contains("allocated 539,000,000 VND", "spent 104,000,000 VND",
                "requested 436,000,000 VND");
        // … an officer may not override it, the province administrator may, with a reason that is audited
        String reason = ",\"overrideReason\":\"Bổ sung đoàn thứ năm theo Công văn 1234/UBND-KT\"";
        spend(officer, planId, overspend.formatted(reason), 403);
        JsonNode overridden = spend(admin, planId, overspend.formatted(reason), 201);
        assertThat(overridden.get("overrideReason").asString()).isEqualTo("Bổ sung đoàn thứ năm theo Công văn 1234/UBND-KT");
        await().atMost(WAIT).untilAsserted(() -> assertThat(call(admin, get("/api/v1/audit")
                .param("aggregateId", planId), 200).findValues("commandBody").toString()).contains("overrideReason"));

        // 72 learners completed the first class, on three pages of its roster; one page is heard twice, one
        // completion is revoked
        double heard = consumed("EnrolmentsChanged");
        List<EventsToBroker.Sent> completions = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            List<EnrolmentsChanged.EnrolmentState> learners = new ArrayList<>();
            for (int i = 1; i <= 24; i++) {
                learners.add(BudgetEvents.completed(BudgetEvents.pageId(te1, page) + ".en-" + i, 2));
            }
            completions.add(EventsToBroker.envelope(TENANT, BudgetEvents.pageId(te1, page), 1,
                    BudgetEvents.page(planId, te1, page, learners.toArray(EnrolmentsChanged.EnrolmentState[]::new))));
        }
        broker.sendAll(completions);
        broker.send(completions.get(0));
        broker.publish(TENANT, BudgetEvents.pageId(te1, 2), 2, BudgetEvents.page(planId, te1, 2,
                BudgetEvents.revoked(BudgetEvents.pageId(te1, 2) + ".en-24", 3)));
        awaitConsumed("EnrolmentsChanged", heard, 5);

        JsonNode figures = budget(officer, planId);
        assertExactFigures(figures);
        long version = figures.get("version").asLong();

        // every event is redelivered, and the first schedule is replayed under a new event id: nothing changes
        double before = duplicates("TrainingEventScheduled");
        broker.sendAll(delivered);
        broker.sendAll(completions);
        EventsToBroker.Sent replay = broker.publish(TENANT, te1, 1, firstClass);
        awaitProcessed(replay);
        awaitDuplicatesSkipped("TrainingEventScheduled", before, 4);
        JsonNode after = budget(officer, planId);
        assertExactFigures(after);
        assertThat(after.get("version").asLong()).isEqualTo(version);

        // what reporting-service receives: exactly these events, each valid, keyed by the plan
        try (TopicProbe topic = new TopicProbe(brokers, "budget.events.v1")) {
            await().atMost(WAIT).untilAsserted(() -> assertThat(eventTypes(topic, planId)).isEqualTo(Map.of(
                    "BudgetAllocated", 4, "BudgetCommitted", 4, "CommitmentReleased", 2,
                    "ExpenditureRecorded", 4, "TrainingEventSettled", 1)));
            for (ConsumerRecord<String, String> record : ofPlan(topic, planId)) {
                JsonNode envelope = json.readTree(record.value());
                assertThat(EventSchemas.validateEnvelope(envelope)).isEmpty();
                assertThat(envelope.get("tenantId").asString()).isEqualTo(TENANT);
                if (envelope.get("eventType").asString().equals("CommitmentReleased")) {
                    assertThat(envelope.at("/payload/amountVnd").asLong()).isIn(25_100_000L, 2_450_000L);
                }
            }
        }
    }

    private void assertExactFigures(JsonNode figures) {
        assertThat(figures.get("estimateVnd").asLong()).isEqualTo(6_889_000_000L);
        JsonNode totals = figures.get("totals");
        assertThat(totals.get("allocatedVnd").asLong()).isEqualTo(6_889_000_000L);
        // settled class at its spending + cadre class + study tour; the cancelled workshop released in full
        assertThat(totals.get("committedVnd").asLong()).isEqualTo(34_500_000L + 66_300_000L + 105_000_000L);
        assertThat(totals.get("openCommitmentVnd").asLong()).isEqualTo(66_300_000L + 1_000_000L);
        assertThat(totals.get("spentVnd").asLong()).isEqualTo(34_500_000L + 104_000_000L + 436_000_000L);
        assertThat(totals.get("settledVnd").asLong()).isEqualTo(34_500_000L);
        assertThat(totals.get("availableVnd").asLong()).isEqualTo(6_889_000_000L - 574_500_000L - 67_300_000L);
        assertThat(figures.at("/sources/0/fundingSource").asString()).isEqualTo("CENTRAL");
        assertThat(figures.at("/sources/0/unallocatedVnd").asLong()).isZero();

        JsonNode community = figures.at("/lines/0");
        assertThat(community.get("targetLineId").asString()).isEqualTo("community-classes");
        assertThat(community.at("/amounts/spentVnd").asLong()).isEqualTo(34_500_000L);
        assertThat(community.get("personTurns").asLong()).isEqualTo(71);
        // 34.500.000 / 71 = 485.915,49 → 485.915 đồng per person-turn
        assertThat(community.get("costPerPersonTurnVnd").asLong()).isEqualTo(485_915L);
        JsonNode workshops = figures.at("/lines/2");
        assertThat(workshops.get("cancelledActivities").asInt()).isEqualTo(1);
        assertThat(workshops.at("/amounts/committedVnd").asLong()).isZero();
        JsonNode tours = figures.at("/lines/3");
        assertThat(tours.at("/amounts/spentVnd").asLong()).isEqualTo(540_000_000L);
        assertThat(tours.at("/amounts/availableVnd").asLong()).isEqualTo(539_000_000L - 540_000_000L - 1_000_000L);
    }

    private JsonNode allocate(String bearer, String planId, String line, long amount, int status) throws Exception {
        return call(bearer, post("/api/v1/budgets/" + planId + "/allocations").content("""
                {"targetLineId":"%s","fundingSource":"CENTRAL","amountVnd":%d,
                 "decisionNumber":"112/QĐ-STC","decisionDate":"2023-04-03"}""".formatted(line, amount)), status);
    }

    private JsonNode spend(String bearer, String planId, String body, int status) throws Exception {
        return call(bearer, post("/api/v1/budgets/" + planId + "/expenditures").content(body), status);
    }

    private static List<ConsumerRecord<String, String>> ofPlan(TopicProbe topic, String planId) {
        return topic.records().stream().filter(r -> planId.equals(r.key())).toList();
    }

    private Map<String, Integer> eventTypes(TopicProbe topic, String planId) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ConsumerRecord<String, String> record : ofPlan(topic, planId)) {
            counts.merge(json.readTree(record.value()).get("eventType").asString(), 1, Integer::sum);
        }
        return counts;
    }
}
