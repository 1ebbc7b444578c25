package vn.taphuan.reporting;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.contracts.enrolment.v1.TrainingEventHeld;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.contracts.plan.v1.FundingAmount;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.ProgrammeRules;
import vn.taphuan.contracts.plan.v1.TargetLine;
import vn.taphuan.contracts.reference.v1.AdministrativeUnitDefined;
import vn.taphuan.contracts.tenant.v1.TenantOnboarded;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.reporting.figures.FiguresRefresher;
import vn.taphuan.reporting.support.Broker;
import vn.taphuan.reporting.support.Envelopes;
import vn.taphuan.reporting.support.ReportingIntegrationTest;
import vn.taphuan.reporting.support.TrainingLoad;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.identity.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17, the commune level: Thái Nguyên, a province no other test uses, has its communes Đại Từ and Phú Bình report
 * to it. In August 2025 its plan held a class in Đại Từ (two learners completed it) and one in Phú Bình (one); "today"
 * is 15/09/2025. The province's report of August is refused until both communes have submitted theirs, each with
 * the figures of its own activities, frozen and signed.
 */
@ReportingIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommuneReportApiTest {

    static final String PROVINCE = "thai-nguyen";
    static final String PROVINCE_UNIT = "19-thai-nguyen";
    static final String DAI_TU = "19-dai-tu";
    static final String PHU_BINH = "19-phu-binh";
    static final String DTTS = TrainingLoad.DTTS;
    static final String COMMUNES = "/api/v1/progress/reporting-communes";
    static final String AUGUST = "/api/v1/progress/period-reports/" + PROVINCE + "." + DTTS + ".2025-M08";

    @Autowired
    MockMvc http;
    @Autowired
    JsonMapper json;
    @Autowired
    FiguresRefresher refresher;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String planId = "kh-tn-2025-" + run;
    private Broker broker;

    @BeforeAll
    void thaiNguyenHeardFromEvents(@Autowired KnownTenants tenants,
                                   @Value(ServiceIntegrationTest.BROKERS) String brokers) {
        broker = new Broker(brokers);
        broker.publishNow(Envelopes.envelope(PROVINCE, PROVINCE, 1, "2021-01-01T00:00:00Z",
                new TenantOnboarded(PROVINCE, "19", "Thái Nguyên", "1997-01-01", null, null, null)));
        await().atMost(Duration.ofSeconds(30)).until(() -> tenants.find(PROVINCE).isPresent());
        List<Envelopes.Published> events = new ArrayList<>(List.of(
                Envelopes.envelope("national", PROVINCE_UNIT, 1, "2021-01-02T00:00:00Z", new AdministrativeUnitDefined(
                        PROVINCE_UNIT, "tỉnh Thái Nguyên", "PROVINCE", null, PROVINCE, "1997-01-01", null, null, null)),
                Envelopes.envelope("national", DAI_TU, 1, "2021-01-02T00:00:00Z", new AdministrativeUnitDefined(
                        DAI_TU, "xã Đại Từ", "COMMUNE", PROVINCE_UNIT, PROVINCE, "1997-01-01", null, null, "REGION_II")),
                Envelopes.envelope("national", PHU_BINH, 1, "2021-01-02T00:00:00Z", new AdministrativeUnitDefined(
                        PHU_BINH, "xã Phú Bình", "COMMUNE", PROVINCE_UNIT, PROVINCE, "1997-01-01", null, null, "REGION_I")),
                Envelopes.envelope(PROVINCE, planId, 1, "2025-01-10T02:00:00Z", new PlanApproved(planId, 1, DTTS,
                        "Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS&MN", new ProgrammeRules(null, null, 80),
                        "Kế hoạch tập huấn tỉnh Thái Nguyên năm 2025 " + run, "UBND tỉnh Thái Nguyên", "9/KH-UBND-" + run,
                        "2025-01-05", "2025-01-01", "2025-12-31", "2025-12-31", 300_000_000L,
                        List.of(new FundingAmount("CENTRAL", 300_000_000L)),
                        List.of(new TargetLine("lop", "TRAINING_CLASS", "COMMUNITY", null, null,
                                "Nhóm cộng đồng: 4 lớp cho 120 lượt người", 4, 120, null, null, null, null, null))))));
        events.addAll(held("lop-dai-tu-" + run, DAI_TU, "2025-08-12"));
        events.addAll(held("lop-phu-binh-" + run, PHU_BINH, "2025-08-20"));
        events.add(completion("lop-dai-tu-" + run, DAI_TU, "2025-08-12", 0, true));
        events.add(completion("lop-dai-tu-" + run, DAI_TU, "2025-08-12", 1, false));
        events.add(completion("lop-phu-binh-" + run, PHU_BINH, "2025-08-20", 0, true));
        broker.publishAll(events);
        broker.awaitConsumed("reporting", Duration.ofSeconds(60));
        refresher.refreshPending();
    }

    @AfterAll
    void closeBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void theProvinceSubmitsOnlyAfterEveryReportingCommuneHasSubmitted() throws Exception {
        JsonNode none = read(get(COMMUNES), officer());
        assertThat(none.get("communes").size()).isZero();
        assertThat(none.get("version").asLong()).isZero();

        // the administrator lists them: communes of the province only; an officer may not
        String body = "{\"communes\":[\"" + DAI_TU + "\",\"" + PHU_BINH + "\"]}";
        refused(put(COMMUNES).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(body),
                officer(), 403, null);
        refused(put(COMMUNES).contentType(MediaType.APPLICATION_JSON).content(body), admin(), 428, null);
        http.perform(put(COMMUNES).header("If-Match", "\"0\"").header(AUTHORIZATION, admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"communes\":[\"" + DAI_TU + "\",\"19-khong-co\",\"" + PROVINCE_UNIT + "\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "communes[1]", "communes[2]")));
        JsonNode listed = read(put(COMMUNES).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content(body), admin());
        assertThat(listed.get("version").asLong()).isEqualTo(1);
        assertThat(listed.get("communes").valueStream().map(c -> c.get("name").asString()))
                .containsExactly("xã Đại Từ", "xã Phú Bình");

        // the province may not submit August before both communes have
        refused(post(AUGUST + "/submit").header("If-Match", "\"0\""), officer(), 422, "communes-not-submitted");
        JsonNode communes = read(get(AUGUST + "/communes"), officer());
        assertThat(communes.get("allSubmitted").asBoolean()).isFalse();
        JsonNode daiTu = communes.at("/communes/0");
        assertThat(daiTu.get("communeCode").asString()).isEqualTo(DAI_TU);
        assertThat(daiTu.get("state").asString()).isEqualTo("DRAFT");
        // each commune's own activities and learners of the month
        assertThat(daiTu.at("/figures/activitiesHeld").asLong()).isEqualTo(1);
        assertThat(daiTu.at("/figures/personTurns").asLong()).isEqualTo(2);
        assertThat(daiTu.at("/figures/women").asLong()).isEqualTo(1);
        assertThat(communes.at("/communes/1/figures/personTurns").asLong()).isEqualTo(1);

        JsonNode submitted = read(post(AUGUST + "/communes/" + DAI_TU + "/submit").header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Đã tổ chức 1 lớp, đạt kế hoạch tháng\"}"),
                officer());
        assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("frozen").asBoolean()).isTrue();
        assertThat(submitted.get("comment").asString()).isEqualTo("Đã tổ chức 1 lớp, đạt kế hoạch tháng");
        assertThat(submitted.at("/submitted/name").asString()).isEqualTo("officer@" + PROVINCE);
        assertThat(submitted.at("/submitted/role").asString()).isEqualTo("PROVINCE_OFFICER");
        assertThat(submitted.get("version").asLong()).isEqualTo(1);
        refused(post(AUGUST + "/communes/" + DAI_TU + "/submit").header("If-Match", "\"1\""), officer(), 409,
                "report-step-not-in-state");
        refused(post(AUGUST + "/communes/19-khong-co/submit").header("If-Match", "\"0\""), officer(), 404,
                "not-found");

        // Phú Bình still owes its report: the province is refused again, naming it
        String stillRefused = http.perform(post(AUGUST + "/submit").header("If-Match", "\"0\"")
                        .header(AUTHORIZATION, officer()))
                .andExpect(status().is(422))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(stillRefused).contains(PHU_BINH).doesNotContain(DAI_TU);

        read(post(AUGUST + "/communes/" + PHU_BINH + "/submit").header("If-Match", "\"0\""), admin());
        assertThat(read(get(AUGUST + "/communes"), officer()).get("allSubmitted").asBoolean()).isTrue();
        JsonNode province = read(post(AUGUST + "/submit").header("If-Match", "\"0\""), officer());
        assertThat(province.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(province.at("/total/personTurns").asLong()).isEqualTo(3);

        // a commune reports a period once it is over, like the province
        refused(post("/api/v1/progress/period-reports/" + PROVINCE + "." + DTTS + ".2025-Q3/communes/" + DAI_TU
                + "/submit").header("If-Match", "\"0\""), officer(), 422, "period-not-over");
        // another province sees none of it
        refused(get(AUGUST + "/communes"), TestTokens.bearer(TestTokens.officer("dien-bien")), 404, null);
    }

    private List<Envelopes.Published> held(String id, String commune, String on) {
        return List.of(
                Envelopes.envelope(PROVINCE, id, 1, "2025-07-20T03:00:00Z", new TrainingEventScheduled(id, planId,
                        "lop", "TRAINING_CLASS", "COMMUNITY", "Lớp tập huấn cộng đồng " + on, commune, on, on, 40, 2,
                        1, 1)),
                Envelopes.envelope(PROVINCE, id, 2, on + "T10:00:00Z", new TrainingEventHeld(id, planId, "lop",
                        "TRAINING_CLASS", commune, on, 30)));
    }

    private Envelopes.Published completion(String activity, String commune, String on, int learner, boolean woman) {
        return Envelopes.enrolment(PROVINCE, activity, planId, "lop", DTTS,
                Envelopes.state("en-" + activity + "-" + learner, 3, "COMPLETED",
                        TrainingLoad.personKey(PROVINCE + ":" + activity + ":" + learner), woman ? "FEMALE" : "MALE",
                        true, commune, "2025-07-30", on), on + "T11:00:00Z");
    }

    private void refused(MockHttpServletRequestBuilder request, String token, int status, String problem)
            throws Exception {
        ResultActions result = http.perform(request.header(AUTHORIZATION, token)).andExpect(status().is(status));
        if (problem != null) {
            result.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://taphuan.vn/problems/" + problem));
        }
    }

    private JsonNode read(MockHttpServletRequestBuilder request, String token) throws Exception {
        String body = http.perform(request.header(AUTHORIZATION, token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private static String officer() {
        return TestTokens.bearer(TestTokens.officer(PROVINCE));
    }

    private static String admin() {
        return TestTokens.bearer(TestTokens.provinceAdmin(PROVINCE));
    }
}
