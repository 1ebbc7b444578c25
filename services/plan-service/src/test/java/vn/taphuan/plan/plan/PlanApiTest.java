package vn.taphuan.plan.plan;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.contracts.EventSchemas;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.identity.TestTokens;
import vn.taphuan.testsupport.TopicProbe;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
@AutoConfigureMockMvc
class PlanApiTest {

    @Autowired
    MockMvc http;
    @Autowired
    JsonMapper json;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    private static final String OFFICER = TestTokens.bearer(TestTokens.officer("bac-giang"));

    @Autowired
    KnownTenants tenants;

    @BeforeEach
    void provinces() {
        tenants.onboard("bac-giang", "Bắc Giang", "24", List.of());
        tenants.onboard("thanh-hoa", "Thanh Hóa", "38", List.of());
    }

    @Test
    void draftSubmitApprovePublishesOnePlanApprovedWithAllTargetLines() throws Exception {
        JsonNode draft = call(post("/api/v1/plans").content(PlanApiTestData.BAC_GIANG_2023.formatted("45/KH-UBND")), 201);
        String id = draft.get("id").asString();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("deadline").asString()).isEqualTo("2025-12-31");

        JsonNode submitted = call(post("/api/v1/plans/" + id + "/submission").content("{\"version\":1}"), 200);
        JsonNode approved = call(post("/api/v1/plans/" + id + "/approval")
                .content("{\"version\":" + submitted.get("version").asLong() + ",\"approvedOn\":\"2023-03-20\"}"), 200);
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");

        try (TopicProbe topic = new TopicProbe(brokers, "plan.events.v1")) {
            await().atMost(Duration.ofSeconds(15)).until(() -> keyed(topic.records(), id).size() == 1);
            JsonNode event = json.readTree(keyed(topic.records(), id).get(0).value());
            assertThat(EventSchemas.validateEnvelope(event)).isEmpty();
            assertThat(event.get("eventType").asString()).isEqualTo("PlanApproved");
            assertThat(event.get("tenantId").asString()).isEqualTo("bac-giang");
            assertThat(event.at("/payload/budgetTotalVnd").asLong()).isEqualTo(6_889_000_000L);
            assertThat(event.at("/payload/targetLines")).hasSize(4);
            assertThat(event.at("/payload/targetLines/0/plannedPersonTurns").asInt()).isEqualTo(7_500);
        }
    }

    @Test
    void aStaleVersionGets409AndNothingChanges() throws Exception {
        String id = call(post("/api/v1/plans").content(PlanApiTestData.BAC_GIANG_2023.formatted("46/KH-UBND")), 201).get("id").asString();
        call(post("/api/v1/plans/" + id + "/submission").content("{\"version\":1}"), 200);

        http.perform(post("/api/v1/plans/" + id + "/approval").header(AUTHORIZATION, OFFICER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(call(get("/api/v1/plans/" + id), 200).get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void badInputIsAProblemNamingEachFieldInBothLanguages() throws Exception {
        String bad = """
                {"programmeCode":"MTQG_DTTS_MN_2021_2025","title":"","periodStart":"2023-01-01","periodEnd":"2023-12-31",
                 "budgetTotalVnd":-5,"budgetBySource":[],"targetLines":[
                   {"lineId":"x","activityKind":"TRAINING_CLASS","targetGroup":"COMMUNITY","plannedActivities":-1,"plannedPersonTurns":10}]}
                """;
        http.perform(post("/api/v1/plans").header(AUTHORIZATION, OFFICER).contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
                .andExpect(jsonPath("$.titleEn").value("Invalid input"))
                .andExpect(jsonPath("$.errors[?(@.field=='title')].message").value("là bắt buộc"))
                .andExpect(jsonPath("$.errors[?(@.field=='title')].messageEn").value("is required"))
                .andExpect(jsonPath("$.errors[?(@.field=='budgetTotalVnd')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='targetLines[0].plannedActivities')]").exists());

        http.perform(post("/api/v1/plans").header(AUTHORIZATION, OFFICER).contentType(MediaType.APPLICATION_JSON)
                        .content(PlanApiTestData.BAC_GIANG_2023.formatted("47/KH-UBND").replace("MTQG_DTTS_MN_2021_2025", "NO_SUCH")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("programmeCode"));

        http.perform(post("/api/v1/plans").header(AUTHORIZATION, OFFICER).contentType(MediaType.APPLICATION_JSON)
                        .content(PlanApiTestData.BAC_GIANG_2023.formatted("48/KH-UBND").replace("\"2023-01-01\"", "\"01/01/2023\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("periodStart"));

        http.perform(post("/api/v1/plans").contentType(MediaType.APPLICATION_JSON).content(PlanApiTestData.BAC_GIANG_2023.formatted("49")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("Authorization"));
    }

    @Test
    void anotherProvinceCannotSeeThePlan() throws Exception {
        String id = call(post("/api/v1/plans").content(PlanApiTestData.BAC_GIANG_2023.formatted("50/KH-UBND")), 201).get("id").asString();

        http.perform(get("/api/v1/plans/" + id).header(AUTHORIZATION, TestTokens.bearer(TestTokens.officer("thanh-hoa"))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/v1/plans/" + id).header(AUTHORIZATION, TestTokens.bearer(TestTokens.officer("thanh-hoa")))
                        .header("X-Tenant-Id", "bac-giang"))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyWriteIsInTheAuditTrailWhichOnlyTheProvinceAdministratorReadsAndNobodyChanges() throws Exception {
        String id = call(post("/api/v1/plans").content(PlanApiTestData.BAC_GIANG_2023.formatted("51/KH-UBND")), 201).get("id").asString();
        call(post("/api/v1/plans/" + id + "/submission").content("{\"version\":1}"), 200);
        String admin = TestTokens.bearer(TestTokens.provinceAdmin("bac-giang"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> http.perform(get("/api/v1/audit")
                        .param("aggregateId", id).header(AUTHORIZATION, admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].command").value("POST /api/v1/plans/" + id + "/submission"))
                .andExpect(jsonPath("$.items[0].commandBody").value("{\"version\":1}"))
                .andExpect(jsonPath("$.items[0].versionBefore").value(1))
                .andExpect(jsonPath("$.items[0].versionAfter").value(2))
                .andExpect(jsonPath("$.items[1].command").value("POST /api/v1/plans"))
                .andExpect(jsonPath("$.items[1].actor").value("officer@bac-giang"))
                .andExpect(jsonPath("$.items[1].actorRoles[0]").value("PROVINCE_OFFICER")));

        http.perform(get("/api/v1/audit").header(AUTHORIZATION, OFFICER)).andExpect(status().isForbidden());
        http.perform(get("/api/v1/audit").header(AUTHORIZATION, TestTokens.bearer(TestTokens.provinceAdmin("thanh-hoa"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[?(@.aggregateId=='" + id + "')]").isEmpty());
        http.perform(post("/api/v1/audit").header(AUTHORIZATION, admin).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isMethodNotAllowed());
    }

    @Test
    void theProgrammeCatalogueIsSeeded() throws Exception {
        http.perform(get("/api/v1/reference/programmes").header(AUTHORIZATION, OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id=='MTQG_NTM_2021_2025')].deadline").value("2025-12-31"));
    }

    private JsonNode call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                          int expectedStatus) throws Exception {
        MvcResult result = http.perform(request.header(AUTHORIZATION, OFFICER).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().is(expectedStatus)).andReturn();
        return json.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<ConsumerRecord<String, String>> keyed(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }
}
