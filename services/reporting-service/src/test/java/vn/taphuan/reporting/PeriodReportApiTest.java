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
import vn.taphuan.testsupport.TopicProbe;
import vn.taphuan.contracts.EventSchemas;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17, the first slice: the periodic reports of Lai Châu, a province no other test uses, through the API. Its
 * 2025 plan of the ethnic-minority programme held a class in the first quarter (two learners completed it) and one in
 * the second (three); "today" is 15/09/2025. The second quarter's report is drafted with a comment, submitted (its
 * figures frozen while a late completion moves the live ones), approved by the province, returned by the owning
 * ministry with a reason, re-submitted with the figures of that moment, approved again and accepted — each step
 * signed, audited, and refused where it does not belong.
 */
@ReportingIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodReportApiTest {

    static final String PROVINCE = "lai-chau";
    static final String PROVINCE_UNIT = "12-lai-chau";
    static final String COMMUNE = "12-muong-te";
    static final String DTTS = TrainingLoad.DTTS;
    static final String REPORTS = "/api/v1/progress/period-reports/";
    static final String Q2 = REPORTS + PROVINCE + "." + DTTS + ".2025-Q2";

    @Autowired
    MockMvc http;
    @Autowired
    JsonMapper json;
    @Autowired
    FiguresRefresher refresher;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String planId = "kh-lc-2025-" + run;
    private final String march = "lop-thang-3-" + run;
    private final String may = "lop-thang-5-" + run;
    private Broker broker;
    private String brokers;

    @BeforeAll
    void laiChausPlanHeardFromEvents(@Autowired KnownTenants tenants,
                                     @Value(ServiceIntegrationTest.BROKERS) String brokers) {
        this.brokers = brokers;
        broker = new Broker(brokers);
        broker.publishNow(Envelopes.envelope(PROVINCE, PROVINCE, 1, "2021-01-01T00:00:00Z",
                new TenantOnboarded(PROVINCE, "12", "Lai Châu", "2004-01-01", null, null, null)));
        await().atMost(Duration.ofSeconds(30)).until(() -> tenants.find(PROVINCE).isPresent());
        List<Envelopes.Published> events = new ArrayList<>(List.of(
                Envelopes.envelope("national", PROVINCE_UNIT, 1, "2021-01-02T00:00:00Z", new AdministrativeUnitDefined(
                        PROVINCE_UNIT, "tỉnh Lai Châu", "PROVINCE", null, PROVINCE, "2004-01-01", null, null, null)),
                Envelopes.envelope("national", COMMUNE, 1, "2021-01-02T00:00:00Z", new AdministrativeUnitDefined(
                        COMMUNE, "xã Mường Tè", "COMMUNE", PROVINCE_UNIT, PROVINCE, "2004-01-01", null, null,
                        "REGION_III")),
                Envelopes.envelope(PROVINCE, planId, 1, "2025-01-10T02:00:00Z", new PlanApproved(planId, 1, DTTS,
                        "Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS&MN", new ProgrammeRules(null, null, 80),
                        "Kế hoạch tập huấn tỉnh Lai Châu năm 2025 " + run, "UBND tỉnh Lai Châu", "5/KH-UBND-" + run,
                        "2025-01-05", "2025-01-01", "2025-12-31", "2025-12-31", 400_000_000L,
                        List.of(new FundingAmount("CENTRAL", 400_000_000L)),
                        List.of(new TargetLine("lop", "TRAINING_CLASS", "COMMUNITY", null, null,
                                "Nhóm cộng đồng: 4 lớp cho 160 lượt người", 4, 160, null, null, null, null, null)))),
                held(march, "2025-03-10"),
                Envelopes.envelope(PROVINCE, march, 2, "2025-03-11T10:00:00Z", new TrainingEventHeld(march, planId,
                        "lop", "TRAINING_CLASS", COMMUNE, "2025-03-11", 30)),
                held(may, "2025-05-20"),
                Envelopes.envelope(PROVINCE, may, 2, "2025-05-21T10:00:00Z", new TrainingEventHeld(may, planId,
                        "lop", "TRAINING_CLASS", COMMUNE, "2025-05-21", 30))));
        for (int i = 0; i < 2; i++) {
            events.add(completion(march, "2025-03-11", i));
        }
        for (int i = 0; i < 3; i++) {
            events.add(completion(may, "2025-05-21", i));
        }
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
    void theProvinceListsItsPeriodsWithDeadlinesAndWhatIsLate() throws Exception {
        JsonNode quarters = read(get("/api/v1/progress/periods").param("programmeCode", DTTS)
                .param("cadence", "QUARTERLY"), officer());
        assertThat(keys(quarters)).containsExactly("2025-Q1", "2025-Q2", "2025-Q3");
        JsonNode first = quarters.at("/items/0");
        assertThat(first.get("titleVi").asString()).isEqualTo("Quý 1/2025");
        assertThat(first.get("reportId").asString()).isEqualTo(PROVINCE + "." + DTTS + ".2025-Q1");
        // Circular 01/2022/TT-UBDT's quarterly collection, due the 10th of the month after the quarter
        assertThat(first.get("deadline").asString()).isEqualTo("2025-04-10");
        assertThat(first.get("state").asString()).isEqualTo("DRAFT");
        assertThat(first.get("started").asBoolean()).isFalse();
        assertThat(first.get("late").asBoolean()).isTrue();
        JsonNode third = quarters.at("/items/2");
        assertThat(third.get("over").asBoolean()).isFalse();
        assertThat(third.get("late").asBoolean()).isFalse();

        JsonNode all = read(get("/api/v1/progress/periods").param("year", "2025"), officer());
        // the year's update is due 25 January (Circular 01/2022/TT-UBDT, Decision 552/QĐ-BDTTG)
        JsonNode year = all.get("items").valueStream().filter(p -> p.get("period").asString().equals("2025"))
                .findFirst().orElseThrow();
        assertThat(year.get("deadline").asString()).isEqualTo("2026-01-25");
        assertThat(all.get("total").asInt()).isEqualTo(9 + 3 + 2 + 1);

        http.perform(get("/api/v1/progress/periods").param("cadence", "WEEKLY").param("year", "năm")
                        .header(AUTHORIZATION, officer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("cadence", "year")));
    }

    @Test
    void aQuarterGoesThroughTheChainWithItsFiguresFrozenAtEachSubmission() throws Exception {
        JsonNode draft = read(get(Q2), officer());
        JsonNode live = read(get("/api/v1/progress/report").param("from", "2025-04").param("to", "2025-06")
                .param("programmeCode", DTTS), officer());
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("frozen").asBoolean()).isFalse();
        assertThat(draft.get("version").asLong()).isZero();
        // the same figures as the live period report: the second quarter's three person-turns, not the first's two
        assertThat(draft.at("/total/personTurns").asLong()).isEqualTo(3).isEqualTo(live.at("/total/personTurns").asLong());
        assertThat(draft.at("/total/headlineVi").asString()).isEqualTo(live.at("/total/headlineVi").asString());
        assertThat(draft.at("/plans/0/lines/0/figures/personTurns").asLong()).isEqualTo(3);

        JsonNode commented = read(put(Q2 + "/comments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"comments\":[{\"planId\":\"" + planId + "\",\"lineId\":\"lop\","
                        + "\"comment\":\"Chậm do mưa lũ; đề nghị lùi 1 lớp sang quý 3\"}]}"), officer());
        assertThat(commented.at("/plans/0/lines/0/comment").asString()).isEqualTo("Chậm do mưa lũ; đề nghị lùi 1 lớp sang quý 3");
        assertThat(commented.get("version").asLong()).isEqualTo(1);
        http.perform(get(Q2).header(AUTHORIZATION, officer())).andExpect(header().string("ETag", "\"1\""));

        http.perform(post(Q2 + "/submit").header(AUTHORIZATION, officer()))
                .andExpect(status().isPreconditionRequired());
        http.perform(post(Q2 + "/submit").header(AUTHORIZATION, officer()).header("If-Match", "\"0\""))
                .andExpect(status().isPreconditionFailed());
        JsonNode submitted = read(post(Q2 + "/submit").header("If-Match", "\"1\""), officer());
        assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("frozen").asBoolean()).isTrue();
        assertThat(submitted.at("/signOffs/0/step").asString()).isEqualTo("SUBMIT");
        assertThat(submitted.at("/signOffs/0/name").asString()).isEqualTo("officer@" + PROVINCE);
        assertThat(submitted.at("/signOffs/0/role").asString()).isEqualTo("PROVINCE_OFFICER");

        // a completion in the quarter arrives after the submission: the live figures move, the report's do not
        broker.publishNow(completion(may, "2025-05-21", 3));
        broker.awaitConsumed("reporting", Duration.ofSeconds(60));
        refresher.refreshPending();
        assertThat(read(get("/api/v1/progress/report").param("from", "2025-04").param("to", "2025-06")
                .param("programmeCode", DTTS), officer()).at("/total/personTurns").asLong()).isEqualTo(4);
        assertThat(read(get(Q2), officer()).at("/total/personTurns").asLong()).isEqualTo(3);

        // an officer does not approve; comments of a submitted report are frozen with it
        refused(post(Q2 + "/approve").header("If-Match", "\"2\""), officer(), 403, null);
        refused(put(Q2 + "/comments").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comments\":[{\"planId\":\"" + planId + "\",\"lineId\":\"lop\",\"comment\":\"x\"}]}"),
                officer(), 409, "report-step-not-in-state");
        JsonNode approved = read(post(Q2 + "/approve").header("If-Match", "\"2\""), admin());
        assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.at("/signOffs/1/role").asString()).isEqualTo("PROVINCE_ADMIN");

        // only the owning ministry's analyst decides, and a return says why
        refused(post(Q2 + "/accept").header("If-Match", "\"3\"").header("X-Tenant-Id", PROVINCE),
                ministry("BNNMT"), 404, null);
        refused(post(Q2 + "/accept").header("If-Match", "\"3\"").header("X-Tenant-Id", PROVINCE),
                TestTokens.bearer(TestTokens.analyst()), 422, "not-owning-ministry");
        refused(post(Q2 + "/return").header("If-Match", "\"3\"").header("X-Tenant-Id", PROVINCE)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"  \"}"), ministry("BDTTG"), 400, null);
        JsonNode returned = read(post(Q2 + "/return").header("If-Match", "\"3\"").header("X-Tenant-Id", PROVINCE)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Thiếu giải trình số lớp chậm tiến độ\"}"), ministry("BDTTG"));
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
        assertThat(returned.at("/signOffs/2/reason").asString()).isEqualTo("Thiếu giải trình số lớp chậm tiến độ");
        assertThat(returned.at("/signOffs/2/ministry").asString()).isEqualTo("BDTTG");
        // returned, it is written again: the live figures, the comments kept
        assertThat(returned.get("frozen").asBoolean()).isFalse();
        assertThat(returned.at("/total/personTurns").asLong()).isEqualTo(4);

        JsonNode resubmitted = read(post(Q2 + "/submit").header("If-Match", "\"4\""), officer());
        assertThat(resubmitted.get("revision").asInt()).isEqualTo(2);
        assertThat(resubmitted.at("/total/personTurns").asLong()).isEqualTo(4);
        assertThat(resubmitted.at("/plans/0/lines/0/comment").asString()).startsWith("Chậm do mưa lũ");
        read(post(Q2 + "/approve").header("If-Match", "\"5\""), admin());
        JsonNode accepted = read(post(Q2 + "/accept").header("If-Match", "\"6\"").header("X-Tenant-Id", PROVINCE),
                ministry("BDTTG"));
        assertThat(accepted.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("signOffs").size()).isEqualTo(6);
        refused(post(Q2 + "/return").header("If-Match", "\"7\"").header("X-Tenant-Id", PROVINCE)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"muộn\"}"),
                ministry("BDTTG"), 409, "report-step-not-in-state");

        JsonNode row = read(get("/api/v1/progress/periods").param("cadence", "QUARTERLY"), officer()).at("/items/1");
        assertThat(row.get("period").asString()).isEqualTo("2025-Q2");
        assertThat(row.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(row.get("late").asBoolean()).isFalse();
        assertThat(row.get("version").asLong()).isEqualTo(7);

        // every signed step is an event on reporting.events.v1, keyed by the report, in order
        String reportId = PROVINCE + "." + DTTS + ".2025-Q2";
        try (TopicProbe topic = new TopicProbe(brokers, "reporting.events.v1")) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<JsonNode> ours = topic.records().stream().filter(r -> reportId.equals(r.key()))
                        .map(r -> json.readTree(r.value())).toList();
                assertThat(ours).extracting(e -> e.get("eventType").asString()).containsExactly(
                        "PeriodReportSubmitted", "PeriodReportApproved", "PeriodReportReturned",
                        "PeriodReportSubmitted", "PeriodReportApproved", "PeriodReportAccepted");
                assertThat(ours).extracting(e -> e.get("tenantId").asString()).containsOnly(PROVINCE);
                assertThat(ours).extracting(e -> e.at("/payload/revision").asInt()).containsExactly(1, 1, 1, 2, 2, 2);
                assertThat(ours.get(0).at("/payload/personTurns").asLong()).isEqualTo(3);
                assertThat(ours.get(0).at("/payload/deadline").asString()).isEqualTo("2025-07-10");
                assertThat(ours.get(2).at("/payload/reason").asString()).isEqualTo("Thiếu giải trình số lớp chậm tiến độ");
                assertThat(ours.get(3).at("/payload/personTurns").asLong()).isEqualTo(4);
                assertThat(ours.get(5).at("/payload/ministry").asString()).isEqualTo("BDTTG");
                ours.forEach(e -> assertThat(EventSchemas.validateEnvelope(e)).isEmpty());
            });
        }

        // every step is in the province's audit trail, by whom
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode trail = read(get("/api/v1/audit").param("aggregateId", PROVINCE + "." + DTTS + ".2025-Q2")
                    .param("size", "50"), admin());
            assertThat(trail.get("total").asInt()).isEqualTo(7);
            List<String> actors = trail.get("items").valueStream().map(e -> e.get("actor").asString()).toList();
            assertThat(actors).contains("officer@" + PROVINCE, "admin@" + PROVINCE, "analyst@BDTTG");
        });
    }

    /**
     * March: the province administrator returns the submitted report to the officers before approving it, approves
     * the re-submission, then reopens it with a reason — a draft again under the next revision, the approved version
     * kept in the report, an event for the services that lock the month's data; only the administrator may.
     */
    @Test
    void theAdministratorReturnsBeforeApprovingAndReopensWhatWasApprovedKeepingTheEarlierVersion() throws Exception {
        String m03 = REPORTS + PROVINCE + "." + DTTS + ".2025-M03";
        read(post(m03 + "/submit").header("If-Match", "\"0\""), officer());
        // an officer does not return; a return says why
        refused(post(m03 + "/return").header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"x\"}"), officer(), 403, null);
        refused(post(m03 + "/return").header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\" \"}"), admin(), 400, null);
        // the ministry acts on what the province approved, not on what it has yet to approve
        refused(post(m03 + "/return").header("If-Match", "\"1\"").header("X-Tenant-Id", PROVINCE)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"), ministry("BDTTG"), 409,
                "report-step-not-in-state");
        JsonNode returned = read(post(m03 + "/return").header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Số lớp chưa khớp sổ theo dõi\"}"),
                admin());
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
        assertThat(returned.at("/signOffs/1/role").asString()).isEqualTo("PROVINCE_ADMIN");
        assertThat(returned.at("/signOffs/1/reason").asString()).isEqualTo("Số lớp chưa khớp sổ theo dõi");
        read(post(m03 + "/submit").header("If-Match", "\"2\""), officer());
        JsonNode approved = read(post(m03 + "/approve").header("If-Match", "\"3\""), admin());
        assertThat(approved.get("revision").asInt()).isEqualTo(2);
        assertThat(approved.get("earlierVersions").size()).isZero();

        // reopening is the administrator's, with a reason and the version read
        refused(post(m03 + "/reopen").header("If-Match", "\"4\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"x\"}"), officer(), 403, null);
        refused(post(m03 + "/reopen").header("If-Match", "\"4\"").header("X-Tenant-Id", PROVINCE)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"), ministry("BDTTG"), 403, null);
        refused(post(m03 + "/reopen").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"),
                admin(), 428, null);
        refused(post(m03 + "/reopen").header("If-Match", "\"3\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"x\"}"), admin(), 412, null);
        refused(post(m03 + "/reopen").header("If-Match", "\"4\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"   \"}"), admin(), 400, null);
        JsonNode reopened = read(post(m03 + "/reopen").header("If-Match", "\"4\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Bổ sung lớp ghi thiếu ở xã Mường Tè\"}"),
                admin());
        assertThat(reopened.get("state").asString()).isEqualTo("DRAFT");
        assertThat(reopened.get("revision").asInt()).isEqualTo(3);
        assertThat(reopened.get("frozen").asBoolean()).isFalse();
        assertThat(reopened.get("version").asLong()).isEqualTo(5);
        JsonNode earlier = reopened.at("/earlierVersions/0");
        assertThat(reopened.get("earlierVersions").size()).isEqualTo(1);
        assertThat(earlier.get("revision").asInt()).isEqualTo(2);
        assertThat(earlier.get("state").asString()).isEqualTo("APPROVED");
        assertThat(earlier.at("/total/personTurns").asLong()).isEqualTo(2);
        assertThat(earlier.at("/plans/0/lines/0/figures/personTurns").asLong()).isEqualTo(2);
        assertThat(earlier.get("signOffs")).extracting(s -> s.get("step").asString()).containsExactly("SUBMIT", "APPROVE");
        assertThat(earlier.at("/reopenedBy/name").asString()).isEqualTo("admin@" + PROVINCE);
        assertThat(earlier.at("/reopenedBy/role").asString()).isEqualTo("PROVINCE_ADMIN");
        assertThat(earlier.get("reopenedAt").asString()).isNotBlank();
        assertThat(earlier.get("reason").asString()).isEqualTo("Bổ sung lớp ghi thiếu ở xã Mường Tè");
        assertThat(read(get(m03), officer()).at("/earlierVersions/0/revision").asInt()).isEqualTo(2);
        // the reopened draft is submitted again as its own revision
        assertThat(read(post(m03 + "/submit").header("If-Match", "\"5\""), officer()).get("revision").asInt())
                .isEqualTo(3);

        String reportId = PROVINCE + "." + DTTS + ".2025-M03";
        try (TopicProbe topic = new TopicProbe(brokers, "reporting.events.v1")) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<JsonNode> ours = topic.records().stream().filter(r -> reportId.equals(r.key()))
                        .map(r -> json.readTree(r.value())).toList();
                assertThat(ours).extracting(e -> e.get("eventType").asString()).containsExactly(
                        "PeriodReportSubmitted", "PeriodReportReturned", "PeriodReportSubmitted",
                        "PeriodReportApproved", "PeriodReportReopened", "PeriodReportSubmitted");
                JsonNode adminReturn = ours.get(1).get("payload");
                assertThat(adminReturn.get("role").asString()).isEqualTo("PROVINCE_ADMIN");
                assertThat(adminReturn.has("ministry") && !adminReturn.get("ministry").isNull()).isFalse();
                JsonNode approval = ours.get(3).get("payload");
                assertThat(approval.get("firstDay").asString()).isEqualTo("2025-03-01");
                assertThat(approval.get("lastDay").asString()).isEqualTo("2025-03-31");
                assertThat(approval.get("role").asString()).isEqualTo("PROVINCE_ADMIN");
                assertThat(approval.get("revision").asInt()).isEqualTo(2);
                JsonNode reopening = ours.get(4).get("payload");
                assertThat(reopening.get("revision").asInt()).isEqualTo(3);
                assertThat(reopening.get("reopenedRevision").asInt()).isEqualTo(2);
                assertThat(reopening.get("signedBy").asString()).isEqualTo("admin@" + PROVINCE);
                assertThat(reopening.get("reason").asString()).isEqualTo("Bổ sung lớp ghi thiếu ở xã Mường Tè");
                assertThat(ours.get(4).get("aggregateVersion").asLong()).isEqualTo(5);
                ours.forEach(e -> assertThat(EventSchemas.validateEnvelope(e)).isEmpty());
            });
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(read(get("/api/v1/audit")
                .param("aggregateId", reportId).param("size", "50"), admin()).get("total").asInt()).isEqualTo(6));
    }

    @Test
    void aPeriodNotOverNotReportedOrBadlyNamedIsRefusedWithItsReason() throws Exception {
        String ours = REPORTS + PROVINCE + ".";
        refused(post(ours + DTTS + ".2025-Q3/submit").header("If-Match", "\"0\""), officer(), 422, "period-not-over");
        refused(get(ours + DTTS + ".2024-Q2"), officer(), 404, "not-found");
        refused(get(ours + "MTQG_NTM_2021_2025.2025-Q2"), officer(), 404, "not-found");
        refused(get(ours + DTTS + ".2025-Q5"), officer(), 404, "not-found");
        refused(get(ours + DTTS), officer(), 404, "not-found");
        // another province's report is not found, as its plans are not: the id names the province
        refused(get(REPORTS + "thanh-hoa." + DTTS + ".2025-Q2"), officer(), 404, "not-found");
        refused(get(Q2), TestTokens.bearer(TestTokens.officer("dien-bien")), 404, null);
    }

    private void refused(MockHttpServletRequestBuilder request, String token, int status, String problem)
            throws Exception {
        ResultActions result = http.perform(request.header(AUTHORIZATION, token))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        if (problem != null) {
            result.andExpect(jsonPath("$.type").value("https://taphuan.vn/problems/" + problem));
        }
    }

    private JsonNode read(MockHttpServletRequestBuilder request, String token) throws Exception {
        String body = http.perform(request.header(AUTHORIZATION, token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private static List<String> keys(JsonNode page) {
        return page.get("items").valueStream().map(p -> p.get("period").asString()).toList();
    }

    private Envelopes.Published held(String id, String on) {
        return Envelopes.envelope(PROVINCE, id, 1, "2025-01-20T03:00:00Z", new TrainingEventScheduled(id, planId,
                "lop", "TRAINING_CLASS", "COMMUNITY", "Lớp tập huấn cộng đồng " + on, COMMUNE, on, on, 40, 2, 1, 1));
    }

    private Envelopes.Published completion(String activity, String on, int learner) {
        return Envelopes.enrolment(PROVINCE, activity, planId, "lop", DTTS,
                Envelopes.state("en-" + activity + "-" + learner, 3, "COMPLETED",
                        TrainingLoad.personKey("lai-chau:" + activity + ":" + learner), "FEMALE", true, COMMUNE,
                        "2025-01-30", on), on + "T11:00:00Z");
    }

    private static String officer() {
        return TestTokens.bearer(TestTokens.officer(PROVINCE));
    }

    private static String admin() {
        return TestTokens.bearer(TestTokens.provinceAdmin(PROVINCE));
    }

    private static String ministry(String code) {
        return TestTokens.bearer(TestTokens.ministryAnalyst(code));
    }
}
