package vn.taphuan.enrolment.trainingevent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.taphuan.contracts.plan.v1.PlanClosed;
import vn.taphuan.enrolment.planline.PlanReplica;
import vn.taphuan.enrolment.reference.AdministrativeUnits;
import vn.taphuan.enrolment.support.Api;
import vn.taphuan.enrolment.support.Plans;
import vn.taphuan.enrolment.support.Units;
import vn.taphuan.enrolment.support.World;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.identity.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
@AutoConfigureMockMvc
class TrainingEventApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    KnownTenants tenants;
    @Autowired
    AdministrativeUnits units;
    @Autowired
    PlanReplica plans;
    World world;
    Api api;

    @BeforeEach
    void world() {
        world = new World(tenants, units, plans).provinces();
        api = Api.officer(mvc);
    }

    static String schedule(String planId, String line, String unit, String start, String end, String sessions) {
        return """
                {"planId":"%s","targetLineId":"%s","title":"Lớp tập huấn cán bộ xây dựng nông thôn mới","unitCode":"%s",
                 "startDate":"%s","endDate":"%s","capacity":30,"sessions":%s}""".formatted(planId, line, unit, start, end, sessions);
    }

    @Test
    void anNtmCourseOfOneDayWithoutAFieldSessionIsRefusedNamingBothRulesInBothLanguages() throws Exception {
        String planId = world.approvedPlan(Plans.ntm2023("ntm"));
        mvc.perform(post("/api/v1/training-events").header(AUTHORIZATION, Api.OFFICER).contentType(MediaType.APPLICATION_JSON)
                        .content(schedule(planId, "ntm-cadres", Units.AN_LAC, "2023-04-10", "2023-04-10",
                                "[{\"date\":\"2023-04-10\",\"kind\":\"THEORY\"},{\"date\":\"2023-04-10\",\"kind\":\"THEORY\"}]")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://taphuan.vn/problems/programme-rules"))
                .andExpect(jsonPath("$.errors[?(@.field=='endDate')].message").value(
                        "theo quy định của chương trình MTQG_NTM_2021_2025, mỗi khóa tập huấn kéo dài ít nhất 2 ngày (khóa này 1 ngày)"))
                .andExpect(jsonPath("$.errors[?(@.field=='endDate')].messageEn").value(
                        "programme MTQG_NTM_2021_2025 requires every course to last at least 2 days (this one lasts 1)"))
                .andExpect(jsonPath("$.errors[?(@.field=='sessions')].messageEn").exists());

        JsonNode ok = api.post("/api/v1/training-events", schedule(planId, "ntm-cadres", Units.AN_LAC, "2023-04-10",
                "2023-04-11", "[{\"date\":\"2023-04-10\",\"kind\":\"THEORY\"},{\"date\":\"2023-04-11\",\"kind\":\"FIELD\"}]"), 201);
        assertThat(ok.get("programmeCode").asString()).isEqualTo("MTQG_NTM_2021_2025");
        assertThat(ok.get("sessionsRequired").asInt()).isEqualTo(2);
    }

    /**
     * An officer's connection drops after "Lên lịch" was pressed and the page sends the form again: with the form's
     * Idempotency-Key the class is scheduled once, and the second answer is that class. The same key for another
     * plan's class, or a key that is not one, is refused naming the header.
     */
    @Test
    void aScheduleSentAgainWithItsIdempotencyKeySchedulesTheClassOnce() throws Exception {
        String planId = world.approvedPlan(Plans.bacGiang2023("once"));
        String other = world.approvedPlan(Plans.bacGiang2023("once-other"));
        String body = schedule(planId, "community-classes", Units.AN_LAC, "2023-06-01", "2023-06-01",
                "[{\"date\":\"2023-06-01\",\"kind\":\"THEORY\"}]");
        String key = "form-" + java.util.UUID.randomUUID();
        long before = count(planId);

        String first = scheduleWithKey(body, key, 201).get("id").asString();
        String again = scheduleWithKey(body, key, 201).get("id").asString();

        assertThat(again).isEqualTo(first);
        assertThat(count(planId)).isEqualTo(before + 1);
        // without a key, or with another, a second class is scheduled: two classes of the same name are allowed
        assertThat(scheduleWithKey(body, key + "-2", 201).get("id").asString()).isNotEqualTo(first);
        assertThat(count(planId)).isEqualTo(before + 2);

        mvc.perform(post("/api/v1/training-events").header(AUTHORIZATION, Api.OFFICER).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace(planId, other)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"))
                .andExpect(jsonPath("$.errors[0].messageEn").value(org.hamcrest.Matchers.containsString("another request")));
        mvc.perform(post("/api/v1/training-events").header(AUTHORIZATION, Api.OFFICER).header("Idempotency-Key", "có dấu")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertThat(count(planId)).isEqualTo(before + 2);
    }

    private JsonNode scheduleWithKey(String body, String key, int status) throws Exception {
        String answer = mvc.perform(post("/api/v1/training-events").header(AUTHORIZATION, Api.OFFICER)
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(answer);
    }

    private long count(String planId) throws Exception {
        String answer = mvc.perform(get("/api/v1/training-events").param("planId", planId).param("size", "1")
                        .header(AUTHORIZATION, Api.OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(answer).get("total").asLong();
    }

    @Test
    void badInputIsAProblemNamingEachFieldInVietnameseAndEnglish() throws Exception {
        String planId = world.approvedPlan(Plans.bacGiang2023("bad"));
        mvc.perform(post("/api/v1/training-events").header(AUTHORIZATION, Api.OFFICER).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"planId":"%s","targetLineId":"community-classes","title":"","unitCode":"07360",
                                 "startDate":"2023-05-10","endDate":"2023-05-11","capacity":0,"sessions":[]}""".formatted(planId)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
                .andExpect(jsonPath("$.titleEn").value("Invalid input"))
                .andExpect(jsonPath("$.errors[?(@.field=='title')].message").value("là bắt buộc"))
                .andExpect(jsonPath("$.errors[?(@.field=='title')].messageEn").value("is required"))
                .andExpect(jsonPath("$.errors[?(@.field=='capacity')].messageEn").value("must be at least 1"))
                .andExpect(jsonPath("$.errors[?(@.field=='sessions')]").exists());

        mvc.perform(post("/api/v1/training-events").header(AUTHORIZATION, Api.OFFICER).contentType(MediaType.APPLICATION_JSON)
                        .content(schedule(planId, "community-classes", Units.AN_LAC, "2023-05-12", "2023-05-11",
                                "[{\"date\":\"2023-05-09\",\"kind\":\"THEORY\"}]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='endDate')].message").value("không được trước ngày bắt đầu"))
                .andExpect(jsonPath("$.errors[?(@.field=='sessions[0].date')]").exists());

        mvc.perform(post("/api/v1/training-events").header(AUTHORIZATION, Api.OFFICER).contentType(MediaType.APPLICATION_JSON)
                        .content(schedule(planId, "community-classes", Units.AN_LAC, "10/05/2023", "2023-05-11", "[]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startDate"));
    }

    @Test
    void anActivityAgainstAnUnknownOrClosedPlanOrLineOrAnInvalidUnitIsRefused() throws Exception {
        String planId = world.approvedPlan(Plans.bacGiang2023("refusals"));
        String oneSession = "[{\"date\":\"2023-08-01\",\"kind\":\"THEORY\"}]";
        expectRule(schedule("no-such-plan", "community-classes", Units.AN_LAC, "2023-08-01", "2023-08-01", oneSession),
                "unknown-plan", "planId");
        expectRule(schedule(planId, "no-such-line", Units.AN_LAC, "2023-08-01", "2023-08-01", oneSession),
                "unknown-target-line", "targetLineId");
        expectRule(schedule(planId, "community-classes", Units.THANH_HOA_COMMUNE, "2023-08-01", "2023-08-01", oneSession),
                "unit-not-allowed", "unitCode");
        expectRule(schedule(planId, "community-classes", "00000", "2023-08-01", "2023-08-01", oneSession),
                "unit-not-allowed", "unitCode");
        // xã Long Sơn ceased to exist on 30/6/2023: the message names its successor
        mvc.perform(post("/api/v1/training-events").header(AUTHORIZATION, Api.OFFICER).contentType(MediaType.APPLICATION_JSON)
                        .content(schedule(planId, "community-classes", Units.MERGED, "2023-08-01", "2023-08-01", oneSession)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("đơn vị kế thừa: " + Units.DUONG_HUU)));
        expectRule(schedule(planId, "community-classes", Units.AN_LAC, "2024-01-05", "2024-01-06", "[{\"date\":\"2024-01-05\",\"kind\":\"THEORY\"}]"),
                "programme-rules", "startDate");

        try (TenantContext.Scope ignored = TenantContext.open("bac-giang")) {
            plans.close(new PlanClosed(planId, 1, "2023-09-30", null), 10);
        }
        expectRule(schedule(planId, "community-classes", Units.AN_LAC, "2023-08-01", "2023-08-01", oneSession),
                "plan-closed", "planId");
    }

    @Test
    void anotherProvinceCannotSeeOrChangeTheActivityAndAViewerCannotWrite() throws Exception {
        String planId = world.approvedPlan(Plans.bacGiang2023("isolation"));
        JsonNode event = api.post("/api/v1/training-events", schedule(planId, "community-classes", Units.AN_LAC,
                "2023-06-01", "2023-06-02", "[{\"date\":\"2023-06-01\",\"kind\":\"THEORY\"}]"), 201);
        String id = event.get("id").asString();
        String thanhHoa = TestTokens.bearer(TestTokens.officer("thanh-hoa"));

        mvc.perform(get("/api/v1/training-events/" + id).header(AUTHORIZATION, thanhHoa))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/training-events/" + id + "/cancellation").header(AUTHORIZATION, thanhHoa)
                        .header("If-Match", "\"1\""))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/training-events/" + id).header(AUTHORIZATION, thanhHoa).header("X-Tenant-Id", "bac-giang"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/training-events").header(AUTHORIZATION, thanhHoa))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id=='" + id + "')]").isEmpty());
        mvc.perform(post("/api/v1/training-events/" + id + "/enrolments").header(AUTHORIZATION, thanhHoa)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"participantId\":\"x\"}"))
                .andExpect(status().isNotFound());

        String viewer = TestTokens.bearer(TestTokens.viewer("bac-giang"));
        mvc.perform(get("/api/v1/training-events/" + id).header(AUTHORIZATION, viewer)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/training-events/" + id + "/cancellation").header(AUTHORIZATION, viewer)
                        .header("If-Match", "\"1\""))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/training-events").header(AUTHORIZATION, viewer).contentType(MediaType.APPLICATION_JSON)
                        .content(schedule(planId, "community-classes", Units.AN_LAC, "2023-06-01", "2023-06-02",
                                "[{\"date\":\"2023-06-01\",\"kind\":\"THEORY\"}]")))
                .andExpect(status().isForbidden());
        // personal data is for the province: the ministry analyst reads progress, not participants
        mvc.perform(get("/api/v1/training-events/" + id + "/enrolments").header(AUTHORIZATION, TestTokens.bearer(TestTokens.analyst()))
                        .header("X-Tenant-Id", "bac-giang"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/plans/" + planId + "/progress").header(AUTHORIZATION, TestTokens.bearer(TestTokens.analyst()))
                        .header("X-Tenant-Id", "bac-giang"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].activitiesScheduled").value(1));
    }

    @Test
    void theLifecycleRunsScheduledRescheduledHeldClosedAndACancelledActivityTakesNoEnrolments() throws Exception {
        String planId = world.approvedPlan(Plans.bacGiang2023("lifecycle"));
        JsonNode event = api.post("/api/v1/training-events", schedule(planId, "community-classes", Units.AN_LAC,
                "2023-06-01", "2023-06-02", "[{\"date\":\"2023-06-01\",\"kind\":\"THEORY\"}]"), 201);
        String id = event.get("id").asString();
        mvc.perform(get("/api/v1/training-events/" + id).header(AUTHORIZATION, Api.OFFICER))
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(post("/api/v1/training-events/" + id + "/hold").header(AUTHORIZATION, Api.OFFICER))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.type").value("https://taphuan.vn/problems/precondition-required"))
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        JsonNode moved = api.post("/api/v1/training-events/" + id + "/reschedule", 1, """
                {"title":"Lớp tập huấn (dời lịch)","unitCode":"%s","startDate":"2023-06-08","endDate":"2023-06-09",
                 "capacity":35,"sessions":[{"date":"2023-06-08","kind":"THEORY"},{"date":"2023-06-09","kind":"FIELD"}],
                 "reason":"Trùng lịch họp"}""".formatted(Units.DUONG_HUU), 200);
        assertThat(moved.get("capacity").asInt()).isEqualTo(35);
        assertThat(moved.get("sessions")).hasSize(2);
        mvc.perform(post("/api/v1/training-events/" + id + "/hold").header(AUTHORIZATION, Api.OFFICER)
                        .header("If-Match", "\"1\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.type").value("https://taphuan.vn/problems/stale-version"))
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        // a client still sending the version in the body is told to send If-Match: 428 where the write has no body,
        // 400 naming the field where it has one
        mvc.perform(post("/api/v1/training-events/" + id + "/hold").header(AUTHORIZATION, Api.OFFICER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":2}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        mvc.perform(post("/api/v1/training-events/" + id + "/cancellation").header(AUTHORIZATION, Api.OFFICER)
                        .header("If-Match", "\"2\"").contentType(MediaType.APPLICATION_JSON).content("{\"version\":2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].messageEn").value(org.hamcrest.Matchers.containsString("If-Match")));
        JsonNode held = api.post("/api/v1/training-events/" + id + "/hold", moved.get("version").asLong(), null, 200);
        assertThat(held.get("heldOn").asString()).isEqualTo("2023-06-09");
        JsonNode closed = api.post("/api/v1/training-events/" + id + "/closure", held.get("version").asLong(), null, 200);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        expectRule(id, "/cancellation", closed.get("version").asLong(), "training-event-status");

        String other = api.post("/api/v1/training-events", schedule(planId, "community-classes", Units.AN_LAC,
                "2023-07-01", "2023-07-01", "[{\"date\":\"2023-07-01\",\"kind\":\"THEORY\"}]"), 201).get("id").asString();
        api.post("/api/v1/training-events/" + other + "/cancellation", 1, "{\"reason\":\"Thiếu kinh phí\"}", 200);
        mvc.perform(post("/api/v1/training-events/" + other + "/enrolments").header(AUTHORIZATION, Api.OFFICER)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"participant":{"fullName":"Lò Văn Hải","gender":"Nam","birthYear":"1980","ethnicity":"Thái"}}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://taphuan.vn/problems/training-event-status"));
    }

    @Test
    void theOpenApiDescriptionListsTheApiWithVietnameseSummaries() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/training-events/{trainingEventId}/imports'].post.summary")
                        .value(org.hamcrest.Matchers.startsWith("Tải lên danh sách điểm danh")))
                .andExpect(jsonPath("$.paths['/api/v1/plans/{planId}/progress'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/training-events/{id}/hold'].post.responses['412']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/training-events/{id}/hold'].post.responses['428']").exists());
    }

    private void expectRule(String body, String rule, String field) throws Exception {
        mvc.perform(post("/api/v1/training-events").header(AUTHORIZATION, Api.OFFICER).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://taphuan.vn/problems/" + rule))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].messageEn").isNotEmpty());
    }

    private void expectRule(String id, String action, long ifMatch, String rule) throws Exception {
        mvc.perform(post("/api/v1/training-events/" + id + action).header(AUTHORIZATION, Api.OFFICER)
                        .header("If-Match", "\"" + ifMatch + "\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://taphuan.vn/problems/" + rule));
    }
}
