package vn.taphuan.reporting;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.contracts.enrolment.v1.TrainingEventCancelled;
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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16: a plan's activity list searched, filtered, sorted and paged by reporting-service. Điện Biên, a province
 * no other test uses, has one plan with four activities, as the other services announce them: two classes held (three
 * and one learners completed them), a workshop cancelled, a class still scheduled; in the commune Mường Tùng of the
 * district Mường Chà and the commune Nà Sáng outside it.
 */
@ReportingIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanActivitiesApiTest {

    static final String PROVINCE = "dien-bien";
    static final String PROVINCE_UNIT = "11-dien-bien";
    static final String DISTRICT = "11-muong-cha";
    static final String MUONG_TUNG = "11-muong-tung";
    static final String NA_SANG = "11-na-sang";

    @Autowired
    MockMvc http;
    @Autowired
    JsonMapper json;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String planId = "kh-db-2025-" + run;
    private final String held = "lop-giam-ngheo-" + run;
    private final String heldOutside = "lop-can-bo-" + run;
    private final String cancelled = "hoi-thao-" + run;
    private final String scheduled = "lop-nong-nghiep-" + run;
    private Broker broker;

    @BeforeAll
    void dienBiensPlanHeardFromEvents(@Autowired KnownTenants tenants, @Autowired FiguresRefresher refresher,
                                      @Value(ServiceIntegrationTest.BROKERS) String brokers) {
        broker = new Broker(brokers);
        broker.publishNow(Envelopes.envelope(PROVINCE, PROVINCE, 1, "2021-01-01T00:00:00Z",
                new TenantOnboarded(PROVINCE, "11", "Điện Biên", "2004-01-01", null, null, null)));
        await().atMost(Duration.ofSeconds(30)).until(() -> tenants.find(PROVINCE).isPresent());
        List<Envelopes.Published> events = new ArrayList<>(List.of(
                unit(PROVINCE_UNIT, "tỉnh Điện Biên", "PROVINCE", null),
                unit(DISTRICT, "huyện Mường Chà", "DISTRICT", PROVINCE_UNIT),
                unit(MUONG_TUNG, "xã Mường Tùng", "COMMUNE", DISTRICT),
                unit(NA_SANG, "xã Nà Sáng", "COMMUNE", PROVINCE_UNIT),
                Envelopes.envelope(PROVINCE, planId, 1, "2025-03-20T02:00:00Z", new PlanApproved(planId, 1,
                        TrainingLoad.DTTS, "Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS&MN",
                        new ProgrammeRules(null, null, 80), "Kế hoạch tập huấn tỉnh Điện Biên năm 2025 " + run,
                        "UBND tỉnh Điện Biên", "12/KH-UBND-" + run, "2025-03-15", "2025-01-01", "2025-12-31",
                        "2025-12-31", 500_000_000L, List.of(new FundingAmount("CENTRAL", 500_000_000L)),
                        List.of(new TargetLine("lop", "TRAINING_CLASS", "COMMUNITY", null, null,
                                        "Nhóm cộng đồng: 6 lớp cho 240 lượt người", 6, 240, null, null, null, null, null),
                                new TargetLine("hoi-thao", "WORKSHOP", "COMMUNITY", null, null,
                                        "Hội thảo: 2 cuộc", 2, 0, null, null, null, null, null)))),
                scheduled(held, "lop", "TRAINING_CLASS", "Lớp tập huấn giảm nghèo xã Mường Tùng", MUONG_TUNG,
                        "2025-04-10", "2025-04-11"),
                Envelopes.envelope(PROVINCE, held, 2, "2025-04-11T10:00:00Z", new TrainingEventHeld(held, planId,
                        "lop", "TRAINING_CLASS", MUONG_TUNG, "2025-04-11", 30)),
                scheduled(heldOutside, "lop", "TRAINING_CLASS", "Lớp bồi dưỡng cán bộ Nà Sáng", NA_SANG,
                        "2025-06-02", "2025-06-03"),
                Envelopes.envelope(PROVINCE, heldOutside, 2, "2025-06-03T10:00:00Z", new TrainingEventHeld(heldOutside,
                        planId, "lop", "TRAINING_CLASS", NA_SANG, "2025-06-03", 25)),
                scheduled(cancelled, "hoi-thao", "WORKSHOP", "Hội thảo đánh giá giữa kỳ", MUONG_TUNG, "2025-07-15",
                        "2025-07-15"),
                Envelopes.envelope(PROVINCE, cancelled, 2, "2025-07-01T03:00:00Z", new TrainingEventCancelled(
                        cancelled, planId, "hoi-thao", "WORKSHOP", "2025-07-01", "Trùng lịch họp của tỉnh")),
                scheduled(scheduled, "lop", "TRAINING_CLASS", "Lớp tập huấn nông nghiệp", NA_SANG, "2025-10-20",
                        "2025-10-21")));
        for (int i = 0; i < 3; i++) {
            events.add(completion(held, MUONG_TUNG, "2025-04-11", i));
        }
        events.add(completion(heldOutside, NA_SANG, "2025-06-03", 0));
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
    void withoutNewParametersTheListIsEveryActivityByStartDate() throws Exception {
        JsonNode all = list(activities());
        assertThat(all.get("total").asInt()).isEqualTo(4);
        assertThat(all.get("size").asInt()).isEqualTo(50);
        assertThat(ids(all)).containsExactly(held, heldOutside, cancelled, scheduled);
        assertThat(all.at("/items/0/completed").asLong()).isEqualTo(3);
        assertThat(all.at("/items/0/unitName").asString()).isEqualTo("xã Mường Tùng");
        assertThat(list(activities().param("sort", "DATE").param("direction", "ASC"))).isEqualTo(all);
    }

    @Test
    void aSearchFindsTitlesWithoutAccentsOrCase() throws Exception {
        assertThat(ids(list(activities().param("q", "lop")))).containsExactly(held, heldOutside, scheduled);
        assertThat(ids(list(activities().param("q", "LOP TAP HUAN")))).containsExactly(held, scheduled);
        assertThat(ids(list(activities().param("q", "đánh giá")))).containsExactly(cancelled);
        assertThat(list(activities().param("q", "không có lớp này")).get("total").asInt()).isZero();
    }

    @Test
    void statusKindUnitAndDatesNarrowTheList() throws Exception {
        assertThat(ids(list(activities().param("status", "HELD")))).containsExactly(held, heldOutside);
        assertThat(ids(list(activities().param("kind", "WORKSHOP")))).containsExactly(cancelled);
        // a district holds its communes' activities
        assertThat(ids(list(activities().param("unitCode", DISTRICT)))).containsExactly(held, cancelled);
        assertThat(ids(list(activities().param("unitCode", NA_SANG)))).containsExactly(heldOutside, scheduled);
        assertThat(ids(list(activities().param("from", "2025-06-01").param("to", "2025-07-31"))))
                .containsExactly(heldOutside, cancelled);
        assertThat(ids(list(activities().param("q", "lop").param("status", "HELD").param("unitCode", DISTRICT))))
                .containsExactly(held);
    }

    @Test
    void theListIsSortedAndPagedOnTheServer() throws Exception {
        assertThat(ids(list(activities().param("sort", "PERSON_TURNS").param("direction", "DESC"))))
                .containsExactly(held, heldOutside, cancelled, scheduled);
        assertThat(ids(list(activities().param("sort", "TITLE"))))
                .containsExactly(cancelled, heldOutside, held, scheduled);
        assertThat(ids(list(activities().param("sort", "date").param("direction", "desc"))))
                .containsExactly(scheduled, cancelled, heldOutside, held);
        JsonNode second = list(activities().param("q", "lop").param("size", "2").param("page", "1"));
        assertThat(second.get("total").asInt()).isEqualTo(3);
        assertThat(ids(second)).containsExactly(scheduled);
    }

    @Test
    void badParametersAreAProblemNamingEachOneInBothLanguages() throws Exception {
        http.perform(activities().param("status", "DONE").param("kind", "SEMINAR").param("sort", "COST")
                        .param("direction", "UP").param("from", "2025-13-01").param("to", "abc").param("page", "-1")
                        .param("size", "0").param("q", "x".repeat(101)).header(AUTHORIZATION, officer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.titleEn").value("Invalid input"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("status", "kind", "sort",
                        "direction", "from", "to", "page", "size", "q")))
                .andExpect(jsonPath("$.errors[?(@.field=='kind')].message").value(
                        "không hợp lệ: SEMINAR; chọn một trong: TRAINING_CLASS, WORKSHOP, STUDY_TOUR, E_LEARNING_COHORT"))
                .andExpect(jsonPath("$.errors[?(@.field=='sort')].messageEn").value(
                        "invalid: COST; must be one of: DATE, TITLE, PERSON_TURNS"))
                .andExpect(jsonPath("$.errors[?(@.field=='q')].message").value("dài tối đa 100 ký tự"))
                .andExpect(jsonPath("$.errors[?(@.field=='from')].messageEn").value(
                        "must be a date as yyyy-MM-dd (got: 2025-13-01)"));
        http.perform(activities().param("from", "2025-07-01").param("to", "2025-06-01").header(AUTHORIZATION, officer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("ngày kết thúc không được trước ngày bắt đầu (from)"));
    }

    private MockHttpServletRequestBuilder activities() {
        return get("/api/v1/progress/plans/" + planId + "/activities");
    }

    private JsonNode list(MockHttpServletRequestBuilder request) throws Exception {
        String body = http.perform(request.header(AUTHORIZATION, officer())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("activityId").asString()));
        return ids;
    }

    private static String officer() {
        return TestTokens.bearer(TestTokens.officer(PROVINCE));
    }

    private static Envelopes.Published unit(String code, String name, String level, String parent) {
        return Envelopes.envelope("national", code, 1, "2021-01-02T00:00:00Z", new AdministrativeUnitDefined(code, name,
                level, parent, PROVINCE, "2004-01-01", null, null, null));
    }

    private Envelopes.Published scheduled(String id, String line, String kind, String title, String unit, String start,
                                          String end) {
        return Envelopes.envelope(PROVINCE, id, 1, "2025-03-25T03:00:00Z", new TrainingEventScheduled(id, planId, line,
                kind, "COMMUNITY", title, unit, start, end, 40, 4, 1, 2));
    }

    private Envelopes.Published completion(String activity, String unit, String on, int learner) {
        return Envelopes.enrolment(PROVINCE, activity, planId, "lop", TrainingLoad.DTTS,
                Envelopes.state("en-" + activity + "-" + learner, 3, "COMPLETED",
                        TrainingLoad.personKey("dien-bien:" + activity + ":" + learner), "FEMALE", true, unit,
                        "2025-03-30", on), on + "T11:00:00Z");
    }
}
