package vn.taphuan.plan.importing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.taphuan.contracts.EventSchemas;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.plan.ApiClient;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.TopicProbe;
import vn.taphuan.testsupport.identity.TestTokens;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The three source plans imported, confirmed, approved and amended through the API, with their events on Kafka. */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class PlanImportApiTest {

    private static final String OFFICER = TestTokens.officer("bac-giang");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    KnownTenants tenants;
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
    void theBacGiangPlanIsImportedReviewedConfirmedApprovedAndAmended() {
        String text = ImportMother.text(ImportMother.BAC_GIANG);
        JsonNode reading = api.postText(OFFICER, "/api/v1/plan-imports", text, 201);
        String importId = reading.get("importId").asString();
        assertThat(reading.get("status").asString()).isEqualTo("PENDING");
        assertThat(reading.at("/draft/programmeCode").asString()).isEqualTo("MTQG_DTTS_MN_2021_2025");
        assertThat(reading.at("/draft/targetLines")).hasSize(4);
        assertThat(reading.at("/draft/budgetTotalVnd").asLong()).isEqualTo(6_889_000_000L);
        JsonNode turns = extraction(reading, "targetLines[0].plannedPersonTurns");
        assertThat(turns.at("/span/quote").asString()).isEqualTo("hơn 7.500 lượt người");
        assertThat(text.substring(turns.at("/span/start").asInt(), turns.at("/span/end").asInt())).isEqualTo("hơn 7.500 lượt người");
        assertThat(turns.get("confidence").asString()).isEqualTo("MEDIUM");
        assertThat(fields(reading.get("findings"))).contains("targetLines[2].targetGroup", "documentNumber", "documentDate");

        JsonNode review = api.get(OFFICER, "/api/v1/plan-imports/" + importId, 200);
        assertThat(review.get("text").asString()).isEqualTo(text);
        api.get(TestTokens.officer("thanh-hoa"), "/api/v1/plan-imports/" + importId, 404);

        ObjectNode content = (ObjectNode) reading.get("draft");
        content.put("documentNumber", "45/KH-UBND").put("documentDate", "2023-03-15");
        ((ObjectNode) content.get("targetLines").get(2)).put("targetGroup", "CADRE");
        JsonNode plan = api.post(OFFICER, "/api/v1/plan-imports/" + importId + "/confirmation",
                1, "{\"content\":" + content + "}", 201);
        String planId = plan.get("id").asString();
        assertThat(planId).isEqualTo(reading.get("planId").asString());
        assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
        assertThat(plan.get("importId").asString()).isEqualTo(importId);
        assertThat(plan.at("/targetLines/0/lineId").asString()).isEqualTo("L1");
        assertThat(api.get(OFFICER, "/api/v1/plan-imports/" + importId, 200).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(api.post(OFFICER, "/api/v1/plan-imports/" + importId + "/confirmation",
                2, "{\"content\":" + content + "}", 409).get("type").asString()).endsWith("/import-confirmed");

        approveAndAmend(planId, "2023-03-20", "2023-09-01", line -> line.put("plannedActivities", 110));
        assertEventsReachKafka(planId, 7_500);
    }

    @Test
    void theNtmPlanNeedsItsRosterSizesAndBudgetBeforeItCanBeApproved() {
        JsonNode reading = api.postText(OFFICER, "/api/v1/plan-imports", ImportMother.text(ImportMother.NTM), 201);
        String importId = reading.get("importId").asString();
        ObjectNode content = (ObjectNode) reading.get("draft");
        assertThat(content.at("/targetLines/0/coverage/percent").asInt()).isEqualTo(100);
        assertThat(content.at("/targetLines/1/coverage/percent").asInt()).isEqualTo(80);
        assertThat(content.at("/rules/minDurationDays").asInt()).isEqualTo(2);

        String planId = api.post(OFFICER, "/api/v1/plan-imports/" + importId + "/confirmation",
                1, "{\"content\":" + content + "}", 201).get("id").asString();
        JsonNode refused = api.post(OFFICER, "/api/v1/plans/" + planId + "/submission", 1, null, 422);
        assertThat(fields(refused.get("errors"))).containsExactlyInAnyOrder("targetLines[0].coverage.rosterSize",
                "targetLines[1].coverage.rosterSize", "budgetTotalVnd");

        ((ObjectNode) content.at("/targetLines/0/coverage")).put("rosterSize", 420);
        ((ObjectNode) content.at("/targetLines/1/coverage")).put("rosterSize", 3_150);
        content.put("documentNumber", "88/KH-BCĐ").put("documentDate", "2022-04-12").put("budgetTotalVnd", 1_200_000_000L);
        ((ArrayNode) content.get("budgetBySource")).addObject().put("source", "PROVINCE").put("amountVnd", 1_200_000_000L);
        api.put(OFFICER, "/api/v1/plans/" + planId, 1, "{\"content\":" + content + "}", 200);
        approveAndAmend(planId, "2022-04-20", "2023-01-05", line -> ((ObjectNode) line.get("coverage")).put("rosterSize", 450));
        assertEventsReachKafka(planId, 0);
    }

    @Test
    void theNationalReviewOf1956ImportsItsForwardTargetsWhichTheOfficerCompletes() {
        String nfd = Normalizer.normalize(ImportMother.text(ImportMother.REVIEW_1956), Normalizer.Form.NFD);
        JsonNode reading = api.call(OFFICER, post("/api/v1/plan-imports").contentType("text/plain")
                .content(nfd.getBytes(StandardCharsets.UTF_8)), 201);
        assertThat(reading.get("decomposedInput").asBoolean()).isTrue();
        ObjectNode content = (ObjectNode) reading.get("draft");
        assertThat(content.get("programmeCode").asString()).isEqualTo("QD1956_1600_CBCC_XA");
        assertThat(content.get("targetLines")).hasSize(3);
        assertThat(content.at("/targetLines/0/plannedPersonTurns").asInt()).isEqualTo(100_000);
        assertThat(reading.get("findings").valueStream().filter(f -> f.get("field").isNull()).count()).isEqualTo(8);

        ((ObjectNode) content.at("/targetLines/1")).put("plannedActivities", 8_000);
        ((ObjectNode) content.at("/targetLines/2")).put("plannedPersonTurns", 6_300);
        content.put("title", "Kế hoạch bồi dưỡng cán bộ, công chức xã giai đoạn 2021-2025")
                .put("documentNumber", "15/KH-BNV").put("documentDate", "2021-03-01").put("budgetTotalVnd", 0L);
        ((ArrayNode) content.get("budgetBySource")).addObject().put("source", "CENTRAL").put("amountVnd", 0L);
        String planId = api.post(OFFICER, "/api/v1/plan-imports/" + reading.get("importId").asString() + "/confirmation",
                1, "{\"content\":" + content + "}", 201).get("id").asString();
        api.post(OFFICER, "/api/v1/plans/" + planId + "/submission", 1, null, 200);
        approveAndAmend(planId, "2021-03-10", "2022-06-01", line -> line.put("plannedPersonTurns", 120_000));
        assertEventsReachKafka(planId, 100_000);
    }

    /** A plan stating a quota per commune, a coverage share and a target not about training, with its signature. */
    static final String KINDS_OF_TARGETS = """
            UBND TỈNH BẮC GIANG
            Số: 12/KH-UBND
            Bắc Giang, ngày 5 tháng 3 năm 2024
            KẾ HOẠCH
            Bồi dưỡng cán bộ xây dựng nông thôn mới giai đoạn 2024-2025
            Bồi dưỡng cho 4 cán bộ mỗi xã tại 124 xã đặc biệt khó khăn.
            Kế hoạch đặt ra mục tiêu đến năm 2025, 100% cán bộ chuyên trách xây dựng NTM các cấp được bồi dưỡng, tập \
            huấn kiến thức xây dựng NTM; đồng thời, 100% người dân trên địa bàn các xã được tuyên truyền về Chương trình.
            Nguồn kinh phí: ngân sách xã, nguồn xã hội hóa.
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            Nguyễn Văn Hòa
            """;

    @Test
    void targetsOfEveryKindTheSignerAndSourcesWithoutAmountAreKeptFromTheReadingToTheApprovedPlansEvent() {
        JsonNode reading = api.postText(OFFICER, "/api/v1/plan-imports?programmeCode=MTQG_NTM_2021_2025",
                KINDS_OF_TARGETS, 201);
        ObjectNode content = (ObjectNode) reading.get("draft");
        assertThat(content.get("issuerLevel").asString()).isEqualTo("PROVINCE");
        assertThat(content.get("signer").asString()).isEqualTo("Nguyễn Văn Hòa");
        assertThat(content.get("signerTitle").asString()).isEqualTo("KT. CHỦ TỊCH – PHÓ CHỦ TỊCH");
        assertThat(content.get("sourcesWithoutAmount").valueStream().map(JsonNode::asString)).containsExactly("COMMUNE", "SOCIAL");
        assertThat(content.at("/targetLines/0/quota/perUnit").asInt()).isEqualTo(4);
        assertThat(content.at("/targetLines/0/quota/unitsInScope").asInt()).isEqualTo(124);
        assertThat(content.at("/targetLines/0/plannedPersonTurns").asInt()).isEqualTo(496);
        assertThat(content.at("/targetLines/0/source/quote").asString()).startsWith("4 cán bộ mỗi xã tại 124 xã");
        assertThat(content.at("/targetLines/1/coverage/populationUnit").asString()).isEqualTo("PERSON");
        assertThat(content.at("/otherTargets/0/unit").asString()).isEqualTo("%");
        assertThat(content.at("/otherTargets/0/source/quote").asString()).startsWith("100% người dân");
        assertThat(extraction(reading, "otherTargets[0]").at("/span/quote").asString()).startsWith("100% người dân");
        assertThat(extraction(reading, "targetLines[0].quota.unitsInScope").at("/span/quote").asString()).isEqualTo("124 xã");

        // the officer completes what the text leaves open; a quota corrected without its persons is refused
        ((ObjectNode) content.at("/targetLines/0")).put("targetGroup", "CADRE").put("plannedActivities", 12);
        ((ObjectNode) content.at("/targetLines/1/coverage")).put("rosterSize", 420);
        ((ObjectNode) content.at("/targetLines/0/quota")).put("perUnit", 5);
        String importId = reading.get("importId").asString();
        JsonNode refused = api.post(OFFICER, "/api/v1/plan-imports/" + importId + "/confirmation",
                1, "{\"content\":" + content + "}", 400);
        assertThat(fields(refused.get("errors"))).containsExactly("targetLines[0].plannedPersonTurns");
        ((ObjectNode) content.at("/targetLines/0/quota")).put("perUnit", 4);
        content.put("budgetTotalVnd", 300_000_000L);
        ((ArrayNode) content.get("budgetBySource")).addObject().put("source", "PROVINCE").put("amountVnd", 300_000_000L);
        JsonNode plan = api.post(OFFICER, "/api/v1/plan-imports/" + importId + "/confirmation",
                1, "{\"content\":" + content + "}", 201);
        assertThat(plan.get("signer").asString()).isEqualTo("Nguyễn Văn Hòa");
        assertThat(plan.get("issuerLevel").asString()).isEqualTo("PROVINCE");
        assertThat(plan.at("/otherTargets/0/source/start").asInt()).isPositive();
        assertThat(plan.at("/targetLines/0/quota/unitKind").asString()).isEqualTo("xã");
        assertThat(plan.get("sourcesWithoutAmount")).hasSize(2);

        String planId = plan.get("id").asString();
        approveAndAmend(planId, "2024-03-10", "2024-09-01", line -> line.put("plannedActivities", 14));
        try (TopicProbe topic = new TopicProbe(brokers, "plan.events.v1")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> keyed(topic.records(), planId).size() == 2);
            for (ConsumerRecord<String, String> event : keyed(topic.records(), planId)) {
                JsonNode e = json.readTree(event.value());
                assertThat(EventSchemas.validateEnvelope(e)).isEmpty();
                assertThat(e.at("/payload/issuerLevel").asString()).isEqualTo("PROVINCE");
                assertThat(e.at("/payload/signer").asString()).isEqualTo("Nguyễn Văn Hòa");
                assertThat(e.at("/payload/sourcesWithoutAmount/1").asString()).isEqualTo("SOCIAL");
                assertThat(e.at("/payload/targetLines/0/quota/persons").asLong()).isEqualTo(496);
                assertThat(e.at("/payload/targetLines/1/coverage/populationUnit").asString()).isEqualTo("PERSON");
                assertThat(e.at("/payload/otherTargets/0/unit").asString()).isEqualTo("%");
                // a target not about training is never a line: nothing in it is counted
                assertThat(e.at("/payload/targetLines")).hasSize(2);
            }
        }
    }

    @Test
    void badImportsAreProblemsNamingTheFieldAndOnlyOfficersImport() {
        assertThat(fields(api.postText(OFFICER, "/api/v1/plan-imports", "   ", 400).get("errors"))).containsExactly("text");
        assertThat(fields(api.postText(OFFICER, "/api/v1/plan-imports?programmeCode=NO_SUCH", "Kế hoạch", 400)
                .get("errors"))).containsExactly("programmeCode");
        api.postText(TestTokens.viewer("bac-giang"), "/api/v1/plan-imports", "Kế hoạch", 403);
        api.postText(TestTokens.analyst(), "/api/v1/plan-imports", "Kế hoạch", 403);
        String importId = api.postText(OFFICER, "/api/v1/plan-imports", "Kế hoạch tập huấn năm 2024: 02 lớp.", 201)
                .get("importId").asString();
        assertThat(api.post(OFFICER, "/api/v1/plan-imports/" + importId + "/confirmation",
                1, "{\"content\":{\"programmeCode\":\"MTQG_NTM_2021_2025\"}}", 400).get("errors")
                .valueStream().map(e -> e.get("field").asString())).containsExactly("content.title");
        assertThat(api.get(OFFICER, "/api/v1/plan-imports?status=PENDING", 200).get("items").valueStream()
                .map(i -> i.get("importId").asString())).contains(importId);
        api.get(TestTokens.analyst(), "/api/v1/plan-imports/" + importId, 403);
    }

    /** Submits the plan if it is still a draft, approves it, and amends its first line: version 2. */
    private void approveAndAmend(String planId, String approvedOn, String amendedOn,
                                 java.util.function.Consumer<ObjectNode> change) {
        JsonNode plan = api.get(OFFICER, "/api/v1/plans/" + planId, 200);
        if (plan.get("status").asString().equals("DRAFT")) {
            plan = api.post(OFFICER, "/api/v1/plans/" + planId + "/submission",
                    plan.get("version").asLong(), null, 200);
        }
        JsonNode approved = api.post(OFFICER, "/api/v1/plans/" + planId + "/approval",
                plan.get("version").asLong(), "{\"approvedOn\":\"" + approvedOn + "\"}", 200);
        assertThat(approved.get("planVersion").asInt()).isEqualTo(1);
        JsonNode current = api.get(OFFICER, "/api/v1/plans/" + planId + "/versions/1", 200).get("content");
        change.accept((ObjectNode) current.get("targetLines").get(0));
        JsonNode amended = api.post(OFFICER, "/api/v1/plans/" + planId + "/amendments",
                approved.get("version").asLong(), """
                {"reason":"Điều chỉnh theo thực tế","amendedOn":"%s","content":%s}"""
                .formatted(amendedOn, current), 200);
        assertThat(amended.get("planVersion").asInt()).isEqualTo(2);
    }

    private void assertEventsReachKafka(String planId, int firstLinePersonTurnsApproved) {
        try (TopicProbe topic = new TopicProbe(brokers, "plan.events.v1")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> keyed(topic.records(), planId).size() == 2);
            List<JsonNode> events = keyed(topic.records(), planId).stream().map(r -> json.readTree(r.value())).toList();
            assertThat(events).extracting(e -> e.get("eventType").asString()).containsExactly("PlanApproved", "PlanAmended");
            events.forEach(e -> assertThat(EventSchemas.validateEnvelope(e)).isEmpty());
            assertThat(events.get(0).at("/payload/targetLines/0/plannedPersonTurns").asInt())
                    .isEqualTo(firstLinePersonTurnsApproved);
        }
    }

    private static JsonNode extraction(JsonNode reading, String field) {
        return reading.get("extractions").valueStream().filter(e -> field.equals(e.get("field").asString())).findFirst()
                .orElseThrow();
    }

    private static List<String> fields(JsonNode items) {
        return items.valueStream().map(f -> f.get("field").isNull() ? "<text>" : f.get("field").asString()).toList();
    }

    private static List<ConsumerRecord<String, String>> keyed(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }
}
