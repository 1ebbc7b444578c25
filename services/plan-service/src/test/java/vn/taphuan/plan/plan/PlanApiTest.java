package vn.taphuan.plan.plan;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.contracts.EventSchemas;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.plan.ApiClient;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.TopicProbe;
import vn.taphuan.testsupport.identity.TestTokens;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@ServiceIntegrationTest
@AutoConfigureMockMvc
class PlanApiTest {

    private static final String OFFICER = TestTokens.officer("bac-giang");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    KnownTenants tenants;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
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
    void aPlanIsDraftedSubmittedApprovedAmendedAndClosedAndEachCountingStepReachesKafkaInOrder() {
        double approvedBefore = counted("plan.plans.approved");
        double amendedBefore = counted("plan.plans.amended");
        JsonNode draft = api.post(OFFICER, "/api/v1/plans", PlanApiTestData.BAC_GIANG_2023.formatted("45/KH-UBND"), 201);
        String id = draft.get("id").asString();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("deadline").asString()).isEqualTo("2025-12-31");
        assertThat(draft.get("year").asInt()).isEqualTo(2023);
        assertThat(draft.get("planVersion").asInt()).isZero();

        api.post(OFFICER, "/api/v1/plans/" + id + "/submission", 1, null, 200);
        JsonNode approved = api.post(OFFICER, "/api/v1/plans/" + id + "/approval",
                2, "{\"approvedOn\":\"2023-03-20\"}", 200);
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("planVersion").asInt()).isEqualTo(1);
        assertThat(approved.at("/effectiveRules/minAttendancePercent").asInt()).isEqualTo(80);

        String amendedContent = PlanApiTestData.BAC_GIANG_2023.formatted("45/KH-UBND")
                .replace("\"plannedActivities\":102,\"plannedPersonTurns\":7500", "\"plannedActivities\":110,\"plannedPersonTurns\":8000")
                .replace("]}\n", ",{\"activityKind\":\"E_LEARNING_COHORT\",\"targetGroup\":\"CADRE\",\"plannedActivities\":2,\"plannedPersonTurns\":200}]}\n");
        JsonNode amended = api.post(OFFICER, "/api/v1/plans/" + id + "/amendments", 3, """
                {"reason":"Tăng số lớp cộng đồng theo nhu cầu thực tế","amendedOn":"2023-08-01",
                 "amendmentDocumentNumber":"120/KH-UBND","content":%s}""".formatted(amendedContent), 200);
        assertThat(amended.get("planVersion").asInt()).isEqualTo(2);
        assertThat(amended.at("/targetLines/4/lineId").asString()).isEqualTo("L1");

        assertThat(api.get(OFFICER, "/api/v1/plans/" + id + "/versions", 200)).hasSize(2);
        assertThat(api.get(OFFICER, "/api/v1/plans/" + id + "/versions/1", 200)
                .at("/content/targetLines/0/plannedActivities").asInt()).isEqualTo(102);
        JsonNode second = api.get(OFFICER, "/api/v1/plans/" + id + "/versions/2", 200);
        assertThat(second.at("/content/targetLines/0/plannedActivities").asInt()).isEqualTo(110);
        assertThat(second.get("reason").asString()).isEqualTo("Tăng số lớp cộng đồng theo nhu cầu thực tế");
        api.get(OFFICER, "/api/v1/plans/" + id + "/versions/3", 404);

        JsonNode closed = api.post(OFFICER, "/api/v1/plans/" + id + "/closure",
                4, "{\"closedOn\":\"2024-01-10\",\"reason\":\"Hết năm kế hoạch\"}", 200);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(counted("plan.plans.approved") - approvedBefore).isEqualTo(1);
        assertThat(counted("plan.plans.amended") - amendedBefore).isEqualTo(1);

        try (TopicProbe topic = new TopicProbe(brokers, "plan.events.v1")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> keyed(topic.records(), id).size() == 3);
            List<JsonNode> events = keyed(topic.records(), id).stream().map(r -> json.readTree(r.value())).toList();
            events.forEach(event -> {
                assertThat(EventSchemas.validateEnvelope(event)).isEmpty();
                assertThat(event.get("tenantId").asString()).isEqualTo("bac-giang");
                assertThat(event.get("producer").asString()).isEqualTo("plan-service");
            });
            assertThat(events).extracting(e -> e.get("eventType").asString())
                    .containsExactly("PlanApproved", "PlanAmended", "PlanClosed");
            assertThat(events.get(0).at("/payload/planVersion").asInt()).isEqualTo(1);
            assertThat(events.get(0).at("/payload/budgetTotalVnd").asLong()).isEqualTo(6_889_000_000L);
            assertThat(events.get(0).at("/payload/targetLines/0/plannedPersonTurns").asInt()).isEqualTo(7_500);
            assertThat(events.get(0).at("/payload/targetLines/3/unitCodes/0").asString()).isEqualTo("X-SON-DONG-TUAN-DAO");
            assertThat(events.get(0).at("/payload/programmeRules/minAttendancePercent").asInt()).isEqualTo(80);
            assertThat(events.get(1).at("/payload/planVersion").asInt()).isEqualTo(2);
            assertThat(events.get(1).at("/payload/targetLines/0/plannedPersonTurns").asInt()).isEqualTo(8_000);
            assertThat(events.get(1).at("/payload/targetLines")).hasSize(5);
            assertThat(events.get(1).at("/payload/amendedOn").asString()).isEqualTo("2023-08-01");
            assertThat(events.get(1).at("/payload/amendmentDocumentNumber").asString()).isEqualTo("120/KH-UBND");
            assertThat(events.get(2).at("/payload/planVersion").asInt()).isEqualTo(2);
            assertThat(events.get(2).at("/payload/closedOn").asString()).isEqualTo("2024-01-10");
        }
    }

    @Test
    void aPlanOfThe2021To2025PhaseIsClosedOutWithIfMatchAndBadDaysAreNamed() {
        String id = api.post(OFFICER, "/api/v1/plans", PlanApiTestData.BAC_GIANG_2023.formatted("47/KH-UBND"), 201)
                .get("id").asString();
        api.post(OFFICER, "/api/v1/plans/" + id + "/submission", 1, null, 200);
        api.post(OFFICER, "/api/v1/plans/" + id + "/approval", 2, "{\"approvedOn\":\"2023-03-20\"}", 200);

        JsonNode early = api.post(OFFICER, "/api/v1/plans/" + id + "/close-out", 3, "{\"closedOutOn\":\"2025-06-30\"}", 422);
        assertThat(early.at("/errors/0/field").asString()).isEqualTo("closedOutOn");
        assertThat(early.at("/errors/0/message").asString()).contains("31/12/2025");
        api.post(OFFICER, "/api/v1/plans/" + id + "/close-out", 2, "{\"closedOutOn\":\"2025-12-31\"}", 412);

        JsonNode closedOut = api.post(OFFICER, "/api/v1/plans/" + id + "/close-out", 3,
                "{\"closedOutOn\":\"2025-12-31\",\"remarks\":\"Tổng kết giai đoạn 2021-2025\"}", 200);
        assertThat(closedOut.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closedOut.get("closedOutOn").asString()).isEqualTo("2025-12-31");
        long now = api.get(OFFICER, "/api/v1/plans/" + id, 200).get("version").asLong();
        JsonNode again = api.post(OFFICER, "/api/v1/plans/" + id + "/close-out", now, "{\"closedOutOn\":\"2025-12-31\"}", 409);
        assertThat(again.get("type").asString()).endsWith("/plan-closed-out");

        try (TopicProbe topic = new TopicProbe(brokers, "plan.events.v1")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> keyed(topic.records(), id).size() == 3);
            List<JsonNode> events = keyed(topic.records(), id).stream().map(r -> json.readTree(r.value())).toList();
            events.forEach(event -> assertThat(EventSchemas.validateEnvelope(event)).isEmpty());
            assertThat(events).extracting(e -> e.get("eventType").asString())
                    .containsExactly("PlanApproved", "PlanClosed", "PlanClosedOut");
            assertThat(events.get(2).at("/payload/phase").asString()).isEqualTo("2021-2025");
            assertThat(java.time.Instant.parse(events.get(2).at("/payload/closedOutAt").asString())).isNotNull();
        }
    }

    @Test
    void wrongTransitionsAre409StaleVersions412AndAnIncompletePlanCannotBeSubmitted() {
        String id = api.post(OFFICER, "/api/v1/plans", PlanApiTestData.BAC_GIANG_2023.formatted("46/KH-UBND"), 201)
                .get("id").asString();

        JsonNode wrong = api.post(OFFICER, "/api/v1/plans/" + id + "/approval", 1, null, 409);
        assertThat(wrong.get("type").asString()).endsWith("/plan-status");
        assertThat(wrong.get("detail").asString()).contains("DRAFT");
        assertThat(wrong.get("detailEn").asString()).contains("Cannot approve");

        api.post(OFFICER, "/api/v1/plans/" + id + "/submission", 1, null, 200);
        JsonNode stale = api.post(OFFICER, "/api/v1/plans/" + id + "/approval", 1, null, 412);
        assertThat(stale.get("type").asString()).endsWith("/stale-version");
        assertThat(api.etag(OFFICER, "/api/v1/plans/" + id)).as("the stored version, a strong tag").isEqualTo("\"2\"");
        JsonNode unnamed = api.call(OFFICER, post("/api/v1/plans/" + id + "/approval"), 428);
        assertThat(unnamed.get("type").asString()).endsWith("/precondition-required");
        assertThat(unnamed.at("/errors/0/field").asString()).isEqualTo("If-Match");
        JsonNode inBody = api.post(OFFICER, "/api/v1/plans/" + id + "/approval", 2, "{\"version\":2}", 400);
        assertThat(inBody.at("/errors/0/field").asString()).isEqualTo("version");
        assertThat(inBody.at("/errors/0/messageEn").asString()).contains("If-Match");
        assertThat(api.get(OFFICER, "/api/v1/plans/" + id, 200).get("status").asString()).isEqualTo("SUBMITTED");

        String incomplete = PlanApiTestData.BAC_GIANG_2023.formatted("47/KH-UBND")
                .replace("\"periodStart\":\"2023-01-01\",\"periodEnd\":\"2023-12-31\",", "")
                .replace("\"budgetTotalVnd\":6889000000,", "").replace("\"budgetBySource\":[{\"source\":\"CENTRAL\",\"amountVnd\":6889000000}],", "");
        String incompleteId = api.post(OFFICER, "/api/v1/plans", incomplete, 201).get("id").asString();
        JsonNode refused = api.post(OFFICER, "/api/v1/plans/" + incompleteId + "/submission", 1, null, 422);
        assertThat(fieldsOf(refused)).containsExactlyInAnyOrder("periodStart", "periodEnd", "budgetTotalVnd");
    }

    @Test
    void badInputIsAProblemNamingEachFieldInBothLanguages() throws Exception {
        String bad = """
                {"programmeCode":"MTQG_DTTS_MN_2021_2025","title":"","periodStart":"2023-01-01","periodEnd":"2023-12-31",
                 "budgetTotalVnd":-5,"budgetBySource":[],"targetLines":[
                   {"lineId":"x","activityKind":"TRAINING_CLASS","targetGroup":"COMMUNITY","plannedActivities":-1,"plannedPersonTurns":10,
                    "coverage":{"percent":120}}]}
                """;
        JsonNode problem = api.post(OFFICER, "/api/v1/plans", bad, 400);
        assertThat(problem.get("title").asString()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(problem.get("titleEn").asString()).isEqualTo("Invalid input");
        assertThat(fieldsOf(problem)).containsExactlyInAnyOrder("title", "budgetTotalVnd",
                "targetLines[0].plannedActivities", "targetLines[0].coverage.percent");
        JsonNode title = error(problem, "title");
        assertThat(title.get("message").asString()).isEqualTo("là bắt buộc");
        assertThat(title.get("messageEn").asString()).isEqualTo("is required");

        JsonNode domain = api.post(OFFICER, "/api/v1/plans", PlanApiTestData.BAC_GIANG_2023.formatted("48/KH-UBND")
                .replace("MTQG_DTTS_MN_2021_2025", "NO_SUCH").replace("H-YEN-THE", "P-38")
                .replace("\"amountVnd\":6889000000", "\"amountVnd\":6000000000"), 400);
        assertThat(fieldsOf(domain)).containsExactlyInAnyOrder("programmeCode", "scope[3].unitCode", "budgetBySource");
        assertThat(error(domain, "scope[3].unitCode").get("message").asString()).contains("không thuộc tỉnh");
        assertThat(error(domain, "budgetBySource").get("messageEn").asString())
                .isEqualTo("the sources add up to 6000000000 VND, not the total of 6889000000 VND");

        JsonNode format = api.post(OFFICER, "/api/v1/plans", PlanApiTestData.BAC_GIANG_2023.formatted("49/KH-UBND")
                .replace("\"2023-01-01\"", "\"01/01/2023\""), 400);
        assertThat(fieldsOf(format)).containsExactly("periodStart");

        JsonNode unsigned = api.post(null, "/api/v1/plans", PlanApiTestData.BAC_GIANG_2023.formatted("50"), 401);
        assertThat(fieldsOf(unsigned)).containsExactly("Authorization");
    }

    @Test
    void aMultiYearPlanUnderTheMergedProgrammeKeepsItsYearlyTargetsAndIsDueByThePhasesDeadline() {
        String plan = """
                {"programmeCode":"MTQG_NTM_GN_DTTS_2026_2035","title":"Kế hoạch giai đoạn 2026 - 2030",
                 "periodStart":"2026-01-01","periodEnd":"2030-12-31","targetLines":[
                   {"lineId":"community","activityKind":"TRAINING_CLASS","targetGroup":"COMMUNITY","plannedActivities":50,
                    "plannedPersonTurns":2000,"yearlyTargets":[{"year":2026,"plannedActivities":10,"plannedPersonTurns":400},
                    {"year":2027,"plannedActivities":10,"plannedPersonTurns":400}%s]}]}
                """;
        JsonNode draft = api.post(OFFICER, "/api/v1/plans", plan.formatted(""), 201);
        assertThat(draft.get("deadline").asString()).isEqualTo("2030-12-31");
        assertThat(draft.at("/targetLines/0/yearlyTargets/1/year").asInt()).isEqualTo(2027);
        assertThat(draft.at("/targetLines/0/yearlyTargets/1/plannedPersonTurns").asInt()).isEqualTo(400);

        JsonNode refused = api.post(OFFICER, "/api/v1/plans",
                plan.formatted(",{\"year\":2031,\"plannedActivities\":40,\"plannedPersonTurns\":100}"), 400);
        assertThat(fieldsOf(refused)).containsExactlyInAnyOrder("targetLines[0].yearlyTargets[2].year",
                "targetLines[0].yearlyTargets");
    }

    /** Issue 12, finding 3: one province could turn the nationwide budget negative with the largest long. */
    @Test
    void theLargestLongAsABudgetAndTheLargestIntAsActivitiesAreRefusedNamingEachField() {
        JsonNode money = api.post(OFFICER, "/api/v1/plans", PlanApiTestData.BAC_GIANG_2023.formatted("51/KH-UBND")
                .replace("6889000000", "9223372036854775807"), 400);
        assertThat(money.get("type").asString()).endsWith("/invalid-input");
        assertThat(fieldsOf(money)).containsExactlyInAnyOrder("budgetTotalVnd", "budgetBySource[0].amountVnd");
        assertThat(error(money, "budgetTotalVnd").get("message").asString()).contains("100000000000000");
        assertThat(error(money, "budgetTotalVnd").get("messageEn").asString()).contains("at most");

        JsonNode activities = api.post(OFFICER, "/api/v1/plans", PlanApiTestData.BAC_GIANG_2023.formatted("52/KH-UBND")
                .replace("\"plannedActivities\":102", "\"plannedActivities\":2147483647"), 400);
        assertThat(fieldsOf(activities)).containsExactly("targetLines[0].plannedActivities");

        // at the bounds the plan is accepted
        api.post(OFFICER, "/api/v1/plans", PlanApiTestData.BAC_GIANG_2023.formatted("53/KH-UBND")
                .replace("6889000000", "100000000000000")
                .replace("\"plannedActivities\":102,\"plannedPersonTurns\":7500",
                        "\"plannedActivities\":100000,\"plannedPersonTurns\":10000000"), 201);
    }

    @Test
    void anotherProvinceCannotReadOrChangeThePlanAViewerCannotWriteAndTheMinistryOnlyReads() {
        String id = api.post(OFFICER, "/api/v1/plans", PlanApiTestData.BAC_GIANG_2023.formatted("51/KH-UBND"), 201)
                .get("id").asString();
        String thanhHoa = TestTokens.officer("thanh-hoa");

        api.get(thanhHoa, "/api/v1/plans/" + id, 404);
        api.post(thanhHoa, "/api/v1/plans/" + id + "/submission", 1, null, 404);
        api.call(thanhHoa, get("/api/v1/plans/" + id).header("X-Tenant-Id", "bac-giang"), 403);
        assertThat(api.get(thanhHoa, "/api/v1/plans?documentNumber=51/KH-UBND", 200).get("total").asLong()).isZero();

        String viewer = TestTokens.viewer("bac-giang");
        assertThat(api.get(viewer, "/api/v1/plans/" + id, 200).get("id").asString()).isEqualTo(id);
        api.post(viewer, "/api/v1/plans/" + id + "/submission", 1, null, 403);
        api.post(viewer, "/api/v1/plans", PlanApiTestData.BAC_GIANG_2023.formatted("52/KH-UBND"), 403);

        String analyst = TestTokens.analyst();
        api.call(analyst, get("/api/v1/plans/" + id).header("X-Tenant-Id", "bac-giang"), 200);
        api.call(analyst, post("/api/v1/plans/" + id + "/submission").header("X-Tenant-Id", "bac-giang")
                .header("If-Match", "\"1\""), 403);
        api.get(null, "/api/v1/plans/" + id, 401);
    }

    @Test
    void thePlanListFiltersByProgrammeYearStatusAndUnitAndPages() {
        String a = api.post(OFFICER, "/api/v1/plans", PlanApiTestData.BAC_GIANG_2023.formatted("53/KH-UBND"), 201).get("id").asString();
        api.post(OFFICER, "/api/v1/plans/" + a + "/submission", 1, null, 200);
        api.post(OFFICER, "/api/v1/plans", PlanApiTestData.BAC_GIANG_2023.formatted("53/KH-UBND")
                .replace("2023-01-01", "2024-01-01").replace("2023-12-31", "2024-12-31").replace("2023-03-15", "2024-03-15"), 201);

        assertThat(api.get(OFFICER, "/api/v1/plans?documentNumber=53/KH-UBND", 200).get("total").asLong()).isEqualTo(2);
        JsonNode in2024 = api.get(OFFICER, "/api/v1/plans?documentNumber=53/KH-UBND&year=2024", 200);
        assertThat(in2024.get("total").asLong()).isEqualTo(1);
        assertThat(in2024.at("/items/0/year").asInt()).isEqualTo(2024);
        JsonNode submitted = api.get(OFFICER, "/api/v1/plans?documentNumber=53/KH-UBND&status=SUBMITTED", 200);
        assertThat(submitted.at("/items/0/id").asString()).isEqualTo(a);
        assertThat(api.get(OFFICER, "/api/v1/plans?documentNumber=53/KH-UBND&unitCode=H-SON-DONG", 200)
                .get("total").asLong()).isEqualTo(2);
        assertThat(api.get(OFFICER, "/api/v1/plans?documentNumber=53/KH-UBND&unitCode=X-SON-DONG-TUAN-DAO", 200)
                .get("total").asLong()).isEqualTo(2);
        assertThat(api.get(OFFICER, "/api/v1/plans?documentNumber=53/KH-UBND&unitCode=H-NONE", 200)
                .get("total").asLong()).isZero();
        assertThat(api.get(OFFICER, "/api/v1/plans?documentNumber=53/KH-UBND&programmeCode=MTQG_NTM_2021_2025", 200)
                .get("total").asLong()).isZero();
        JsonNode page = api.get(OFFICER, "/api/v1/plans?documentNumber=53/KH-UBND&size=1&page=1", 200);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.at("/items/0/year").asInt()).as("newest period first").isEqualTo(2023);
    }

    @Test
    void everyWriteIsInTheAuditTrailWhichOnlyTheProvinceAdministratorReadsAndNobodyChanges() {
        String id = api.post(OFFICER, "/api/v1/plans", PlanApiTestData.BAC_GIANG_2023.formatted("54/KH-UBND"), 201)
                .get("id").asString();
        api.post(OFFICER, "/api/v1/plans/" + id + "/submission", 1, null, 200);
        String admin = TestTokens.provinceAdmin("bac-giang");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode trail = api.get(admin, "/api/v1/audit?aggregateId=" + id, 200);
            assertThat(trail.get("total").asLong()).isEqualTo(2);
            assertThat(trail.at("/items/0/command").asString()).isEqualTo("POST /api/v1/plans/" + id + "/submission");
            assertThat(trail.at("/items/0/commandBody").asString("")).as("a submission has no body").isEmpty();
            assertThat(trail.at("/items/0/versionBefore").asInt()).isEqualTo(1);
            assertThat(trail.at("/items/0/versionAfter").asInt()).isEqualTo(2);
            assertThat(trail.at("/items/1/command").asString()).isEqualTo("POST /api/v1/plans");
            assertThat(trail.at("/items/1/actor").asString()).isEqualTo("officer@bac-giang");
            assertThat(trail.at("/items/1/actorRoles/0").asString()).isEqualTo("PROVINCE_OFFICER");
        });

        api.get(OFFICER, "/api/v1/audit", 403);
        JsonNode otherTrail = api.get(TestTokens.provinceAdmin("thanh-hoa"), "/api/v1/audit?aggregateId=" + id, 200);
        assertThat(otherTrail.get("total").asLong()).isZero();
        api.post(admin, "/api/v1/audit", "{}", 405);
    }

    private double counted(String name) {
        var counter = meters.find(name).tag("tenant", "bac-giang").counter();
        return counter == null ? 0 : counter.count();
    }

    static List<String> fieldsOf(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    static JsonNode error(JsonNode problem, String field) {
        return problem.get("errors").valueStream().filter(e -> field.equals(e.get("field").asString())).findFirst()
                .orElseThrow();
    }

    private static List<ConsumerRecord<String, String>> keyed(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }
}
