package vn.taphuan.reporting;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.contracts.EventSchemas;
import vn.taphuan.contracts.enrolment.v1.TrainingEventHeld;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.contracts.plan.v1.FundingAmount;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.ProgrammeRules;
import vn.taphuan.contracts.plan.v1.TargetLine;
import vn.taphuan.contracts.reference.v1.AdministrativeUnitDefined;
import vn.taphuan.contracts.reporting.v1.PeriodReportDue;
import vn.taphuan.contracts.reporting.v1.PeriodReportOverdue;
import vn.taphuan.contracts.tenant.v1.TenantOnboarded;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.reporting.figures.FiguresRefresher;
import vn.taphuan.reporting.periodreport.PeriodReportReminders;
import vn.taphuan.reporting.support.Broker;
import vn.taphuan.reporting.support.Envelopes;
import vn.taphuan.reporting.support.ReportingIntegrationTest;
import vn.taphuan.reporting.support.TrainingLoad;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.TopicProbe;
import vn.taphuan.testsupport.identity.TestTokens;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

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
 * Issue 17, the ministry's side: Nghệ An and Hà Tĩnh, provinces no other test uses, each with a 2025 plan of the
 * ethnic-minority programme ("today" is 15/09/2025). Nghệ An held a class in May (three learners completed it), Hà
 * Tĩnh one in June (two). Nghệ An's second quarter goes through the chain and is accepted; a completion arriving
 * afterwards moves its live figures, not the certified ones; Hà Tĩnh never reports the quarter. The ministry sees
 * both side by side, Hà Tĩnh outstanding and late; the reminders announce each deadline once; the report prints.
 */
@ReportingIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodReportMinistryApiTest {

    static final String NGHE_AN = "nghe-an";
    static final String HA_TINH = "ha-tinh";
    static final String QUANG_BINH = "quang-binh";
    static final String DTTS = TrainingLoad.DTTS;
    static final String NATIONAL = "/api/v1/national/period-reports";
    static final String REPORTS = "/api/v1/progress/period-reports/";
    static final String NGHE_AN_Q2 = NGHE_AN + "." + DTTS + ".2025-Q2";
    static final String HA_TINH_Q2 = HA_TINH + "." + DTTS + ".2025-Q2";

    @Autowired
    MockMvc http;
    @Autowired
    JsonMapper json;
    @Autowired
    FiguresRefresher refresher;
    @Autowired
    PeriodReportReminders reminders;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String ngheAnPlan = "kh-na-2025-" + run;
    private final String haTinhPlan = "kh-ht-2025-" + run;
    private final String may = "lop-na-thang-5-" + run;
    private final String june = "lop-ht-thang-6-" + run;
    private final String quangBinhPlan = "kh-qb-2025-" + run;
    private final String juneQb = "lop-qb-thang-6-" + run;
    private Broker broker;
    private String brokers;

    @BeforeAll
    void twoProvincesHeardFromEvents(@Autowired KnownTenants tenants,
                                     @Value(ServiceIntegrationTest.BROKERS) String brokers) {
        this.brokers = brokers;
        broker = new Broker(brokers);
        broker.publishAll(List.of(
                Envelopes.envelope(NGHE_AN, NGHE_AN, 1, "2021-01-01T00:00:00Z",
                        new TenantOnboarded(NGHE_AN, "40", "Nghệ An", "1976-01-01", null, null, null)),
                Envelopes.envelope(HA_TINH, HA_TINH, 1, "2021-01-01T00:00:00Z",
                        new TenantOnboarded(HA_TINH, "42", "Hà Tĩnh", "1991-01-01", null, null, null)),
                Envelopes.envelope(QUANG_BINH, QUANG_BINH, 1, "2021-01-01T00:00:00Z",
                        new TenantOnboarded(QUANG_BINH, "44", "Quảng Bình", "1989-07-01", null, null, null))));
        await().atMost(Duration.ofSeconds(30)).until(() -> tenants.find(NGHE_AN).isPresent()
                && tenants.find(HA_TINH).isPresent() && tenants.find(QUANG_BINH).isPresent());
        List<Envelopes.Published> events = new ArrayList<>();
        events.addAll(province(NGHE_AN, "40", "Nghệ An", "40-ky-son", ngheAnPlan, 100));
        events.addAll(province(HA_TINH, "42", "Hà Tĩnh", "42-huong-khe", haTinhPlan, 200));
        events.addAll(held(NGHE_AN, ngheAnPlan, "40-ky-son", may, "2025-05-20"));
        events.addAll(held(HA_TINH, haTinhPlan, "42-huong-khe", june, "2025-06-12"));
        events.addAll(province(QUANG_BINH, "44", "Quảng Bình", "44-minh-hoa", quangBinhPlan, 300));
        events.addAll(held(QUANG_BINH, quangBinhPlan, "44-minh-hoa", juneQb, "2025-06-05"));
        events.add(completion(QUANG_BINH, quangBinhPlan, "44-minh-hoa", juneQb, "2025-06-05", 0, true));
        events.add(completion(QUANG_BINH, quangBinhPlan, "44-minh-hoa", juneQb, "2025-06-05", 1, false));
        for (int i = 0; i < 3; i++) {
            events.add(completion(NGHE_AN, ngheAnPlan, "40-ky-son", may, "2025-05-20", i, i < 2));
        }
        for (int i = 0; i < 2; i++) {
            events.add(completion(HA_TINH, haTinhPlan, "42-huong-khe", june, "2025-06-12", i, true));
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
    void theMinistrySeesCertifiedBesideLiveFiguresAndWhoIsOutstanding() throws Exception {
        // Nghệ An reports the quarter: commented, submitted, approved by the province, accepted by the ministry
        String q2 = REPORTS + NGHE_AN_Q2;
        read(put(q2 + "/comments").contentType(MediaType.APPLICATION_JSON).content("{\"comments\":[{\"planId\":\""
                + ngheAnPlan + "\",\"lineId\":\"lop\",\"comment\":\"Chậm do mưa lũ\"}]}"), officer(NGHE_AN));
        read(post(q2 + "/submit").header("If-Match", "\"1\""), officer(NGHE_AN));
        read(post(q2 + "/approve").header("If-Match", "\"2\""), admin(NGHE_AN));

        JsonNode approved = read(get(NATIONAL).param("programmeCode", DTTS), ministry("BDTTG"));
        // no period named: the latest quarter that is over (its deadline, 10/07, has passed)
        assertThat(approved.get("period").asString()).isEqualTo("2025-Q2");
        assertThat(approved.get("titleVi").asString()).isEqualTo("Quý 2/2025");
        assertThat(approved.get("firstDay").asString()).isEqualTo("2025-04-01");
        JsonNode ngheAn = row(approved, NGHE_AN);
        assertThat(ngheAn.get("state").asString()).isEqualTo("APPROVED");
        assertThat(ngheAn.get("stateVi").asString()).isEqualTo("tỉnh đã phê duyệt, chờ bộ");
        assertThat(ngheAn.get("reportId").asString()).isEqualTo(NGHE_AN_Q2);
        assertThat(ngheAn.get("submittedAt").isNull()).isFalse();
        assertThat(ngheAn.get("approvedAt").isNull()).isFalse();
        assertThat(ngheAn.get("acceptedAt").isNull()).isTrue();
        assertThat(ngheAn.at("/certified/personTurns").asLong()).isEqualTo(3);
        assertThat(ngheAn.at("/certified/women").asLong()).isEqualTo(2);
        assertThat(ngheAn.get("version").asLong()).isEqualTo(3);

        read(post(q2 + "/accept").header("If-Match", "\"3\"").header("X-Tenant-Id", NGHE_AN), ministry("BDTTG"));
        // a completion of the quarter arrives after the report was approved: the live figures move, the certified not
        broker.publishNow(completion(NGHE_AN, ngheAnPlan, "40-ky-son", may, "2025-05-20", 3, true));
        broker.awaitConsumed("reporting", Duration.ofSeconds(60));
        refresher.refreshPending();

        JsonNode view = read(get(NATIONAL).param("period", "2025-Q2").param("programmeCode", DTTS), ministry("BDTTG"));
        ngheAn = row(view, NGHE_AN);
        assertThat(ngheAn.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(ngheAn.get("acceptedAt").isNull()).isFalse();
        assertThat(ngheAn.get("late").asBoolean()).isFalse();
        assertThat(ngheAn.at("/certified/personTurns").asLong()).isEqualTo(3);
        assertThat(ngheAn.at("/live/personTurns").asLong()).isEqualTo(4);
        assertThat(ngheAn.at("/live/personTurnTarget").asLong()).isEqualTo(100);

        JsonNode haTinh = row(view, HA_TINH);
        assertThat(haTinh.get("state").asString()).isEqualTo("DRAFT");
        assertThat(haTinh.get("late").asBoolean()).isTrue();
        assertThat(haTinh.get("deadline").asString()).isEqualTo("2025-07-10");
        assertThat(haTinh.get("certified").isNull()).isTrue();
        assertThat(haTinh.at("/live/personTurns").asLong()).isEqualTo(2);
        assertThat(haTinh.get("submittedAt").isNull()).isTrue();

        // Hà Tĩnh is outstanding, 67 days overdue; Nghệ An is not
        JsonNode outstanding = view.get("outstanding").valueStream()
                .filter(o -> o.get("reportId").asString().equals(HA_TINH_Q2)).findFirst().orElseThrow();
        assertThat(outstanding.get("daysLeft").asLong()).isEqualTo(-67);
        assertThat(outstanding.get("late").asBoolean()).isTrue();
        assertThat(outstanding.get("provinceName").asString()).isEqualTo("Hà Tĩnh");
        assertThat(view.get("outstanding").valueStream().map(o -> o.get("reportId").asString()))
                .doesNotContain(NGHE_AN_Q2);
        assertThat(view.get("outstanding").valueStream().map(o -> o.get("deadline").asString()).toList())
                .isSortedAccordingTo(String::compareTo);

        // the totals are the rows' sums: the certified only of approved or accepted reports
        List<JsonNode> rows = view.get("rows").valueStream().toList();
        long certified = rows.stream().filter(r -> !r.get("certified").isNull())
                .mapToLong(r -> r.at("/certified/personTurns").asLong()).sum();
        long live = rows.stream().mapToLong(r -> r.at("/live/personTurns").asLong()).sum();
        assertThat(view.at("/totals/certified/personTurns").asLong()).isEqualTo(certified).isGreaterThanOrEqualTo(3);
        assertThat(view.at("/totals/live/personTurns").asLong()).isEqualTo(live).isGreaterThanOrEqualTo(6);
        assertThat(view.at("/programmes/0/programmeCode").asString()).isEqualTo(DTTS);
        assertThat(view.at("/programmes/0/certified/personTurns").asLong()).isEqualTo(certified);
        JsonNode counts = view.get("counts");
        assertThat(counts.get("reports").asInt()).isEqualTo(rows.size());
        assertThat(counts.get("certified").asInt() + counts.get("outstanding").asInt()).isEqualTo(rows.size());
        assertThat(counts.get("accepted").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(counts.get("outstanding").asInt()).isEqualTo(view.get("outstanding").size());
        assertThat(counts.get("late").asInt()).isGreaterThanOrEqualTo(1);

        // the quarter under way: nobody is late yet, Hà Tĩnh has 25 days left
        JsonNode q3 = read(get(NATIONAL).param("period", "2025-Q3"), TestTokens.bearer(TestTokens.analyst()));
        assertThat(row(q3, HA_TINH).get("late").asBoolean()).isFalse();
        assertThat(q3.get("outstanding").valueStream().filter(o -> o.get("tenantId").asString().equals(HA_TINH))
                .findFirst().orElseThrow().get("daysLeft").asLong()).isEqualTo(25);
        // a period not yet begun owes nothing
        assertThat(read(get(NATIONAL).param("period", "2026-Q1"), ministry("BDTTG")).get("rows").size()).isZero();
    }

    @Test
    void aProvinceMergedIntoAnotherFilesTheReportsOfItsOwnPlans(@Autowired KnownTenants tenants) throws Exception {
        // Yên Bái went into Lào Cai: the heir's dashboards count its history, but each files the reports of the plans
        // it owns — the report Yên Bái approves is the one that locks Yên Bái's writes — and no plan is reported twice
        String merged = "yen-bai-" + run;
        String heir = "lao-cai-" + run;
        String mergedPlan = "kh-yb-2025-" + run;
        String heirPlan = "kh-lc-2025-" + run;
        broker.publishAll(List.of(
                Envelopes.envelope(merged, merged, 1, "2021-01-01T00:00:00Z",
                        new TenantOnboarded(merged, "15", "Yên Bái", "1991-01-01", null, null, null)),
                Envelopes.envelope(heir, heir, 1, "2021-01-01T00:00:00Z",
                        new TenantOnboarded(heir, "10", "Lào Cai", "1991-01-01", null, null, List.of(merged)))));
        await().atMost(Duration.ofSeconds(30)).until(() -> tenants.find(merged).isPresent()
                && tenants.find(heir).isPresent());
        List<Envelopes.Published> events = new ArrayList<>();
        events.addAll(province(merged, "15", "Yên Bái", "15-van-chan-" + run, mergedPlan, 50));
        events.addAll(held(merged, mergedPlan, "15-van-chan-" + run, "lop-yb-" + run, "2025-05-08"));
        events.addAll(province(heir, "10", "Lào Cai", "10-bat-xat-" + run, heirPlan, 60));
        events.addAll(held(heir, heirPlan, "10-bat-xat-" + run, "lop-lc-" + run, "2025-06-03"));
        for (int i = 0; i < 2; i++) {
            events.add(completion(merged, mergedPlan, "15-van-chan-" + run, "lop-yb-" + run, "2025-05-08", i, true));
        }
        events.add(completion(heir, heirPlan, "10-bat-xat-" + run, "lop-lc-" + run, "2025-06-03", 0, false));
        broker.publishAll(events);
        broker.awaitConsumed("reporting", Duration.ofSeconds(60));
        refresher.refreshPending();

        JsonNode view = read(get(NATIONAL).param("period", "2025-Q2").param("programmeCode", DTTS), ministry("BDTTG"));
        JsonNode mergedRow = row(view, merged);
        assertThat(mergedRow.get("provinceName").asString()).isEqualTo("Yên Bái");
        assertThat(mergedRow.get("reportId").asString()).isEqualTo(merged + "." + DTTS + ".2025-Q2");
        assertThat(mergedRow.at("/live/personTurns").asLong()).isEqualTo(2);
        assertThat(row(view, heir).at("/live/personTurns").asLong()).isEqualTo(1);

        JsonNode heirReport = read(get(REPORTS + heir + "." + DTTS + ".2025-Q2"), officer(heir));
        assertThat(heirReport.get("plans").valueStream().map(p -> p.get("planId").asString())).containsExactly(heirPlan);
        JsonNode mergedReport = read(get(REPORTS + merged + "." + DTTS + ".2025-Q2"), officer(merged));
        assertThat(mergedReport.get("plans").valueStream().map(p -> p.get("planId").asString()))
                .containsExactly(mergedPlan);
    }

    @Test
    void anAnalystOfAnotherMinistrySeesNoneOfItAndBadPeriodsAreRefused() throws Exception {
        JsonNode other = read(get(NATIONAL).param("period", "2025-Q2"), ministry("BNNMT"));
        assertThat(other.get("rows").valueStream().map(r -> r.get("programmeCode").asString())).doesNotContain(DTTS);
        refused(get(NATIONAL).param("programmeCode", DTTS), ministry("BNNMT"), 403, "other-ministry");
        http.perform(get(NATIONAL).param("period", "2025-Q5").header(AUTHORIZATION, ministry("BDTTG")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        refused(get(NATIONAL), officer(HA_TINH), 403, null);
    }

    @Test
    void eachDeadlineIsAnnouncedOncePerRevisionEvenByTwoPassesAtOnce() throws Exception {
        String m08 = HA_TINH + "." + DTTS + ".2025-M08";
        String ngheAnM08 = NGHE_AN + "." + DTTS + ".2025-M08";
        // 21/09: August's reports are due on the 25th — two replicas pass at the same moment, then one again
        Instant sept21 = Instant.parse("2025-09-21T01:00:00Z");
        List<PeriodReportReminders.Announced> first = twoPasses(sept21);
        first.addAll(reminders.remind(sept21));
        assertThat(announced(first, m08, PeriodReportDue.class)).hasSize(1);
        PeriodReportDue due = (PeriodReportDue) announced(first, m08, PeriodReportDue.class).get(0);
        assertThat(due.daysLeft()).isEqualTo(4);
        assertThat(due.revision()).isZero();
        assertThat(due.state()).isEqualTo("DRAFT");
        assertThat(due.deadline()).isEqualTo("2025-09-25");
        assertThat(announced(first, ngheAnM08, PeriodReportDue.class)).hasSize(1);

        // Nghệ An submits August's report, the province approves, the ministry returns it: a new revision to remind
        String report = REPORTS + ngheAnM08;
        read(post(report + "/submit").header("If-Match", "\"0\""), officer(NGHE_AN));
        read(post(report + "/approve").header("If-Match", "\"1\""), admin(NGHE_AN));
        read(post(report + "/return").header("If-Match", "\"2\"").header("X-Tenant-Id", NGHE_AN)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Thiếu số liệu nữ\"}"), ministry("BDTTG"));
        List<PeriodReportReminders.Announced> second = twoPasses(Instant.parse("2025-09-22T01:00:00Z"));
        assertThat(announced(second, ngheAnM08, PeriodReportDue.class)).hasSize(1);
        assertThat(((PeriodReportDue) announced(second, ngheAnM08, PeriodReportDue.class).get(0)).revision()).isEqualTo(1);
        assertThat(announced(second, m08, PeriodReportDue.class)).isEmpty();

        // 26/09: the deadline passed unsubmitted — overdue, once
        Instant sept26 = Instant.parse("2025-09-26T01:00:00Z");
        List<PeriodReportReminders.Announced> third = twoPasses(sept26);
        third.addAll(reminders.remind(sept26));
        assertThat(announced(third, m08, PeriodReportOverdue.class)).hasSize(1);
        assertThat(((PeriodReportOverdue) announced(third, m08, PeriodReportOverdue.class).get(0)).daysOverdue())
                .isEqualTo(1);
        assertThat(announced(third, ngheAnM08, PeriodReportOverdue.class)).hasSize(1);
        // no mail host in the tests: nothing is e-mailed and nothing fails
        assertThat(third).noneMatch(PeriodReportReminders.Announced::mailed);

        // on the topic, keyed by the report, exactly once each
        try (TopicProbe topic = new TopicProbe(brokers, "reporting.events.v1")) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<JsonNode> haTinh = topic.records().stream().filter(r -> m08.equals(r.key()))
                        .map(r -> json.readTree(r.value())).toList();
                assertThat(haTinh).extracting(e -> e.get("eventType").asString())
                        .containsExactly("PeriodReportDue", "PeriodReportOverdue");
                assertThat(haTinh).extracting(e -> e.get("tenantId").asString()).containsOnly(HA_TINH);
                haTinh.forEach(e -> assertThat(EventSchemas.validateEnvelope(e)).isEmpty());
                List<String> ngheAn = topic.records().stream().filter(r -> ngheAnM08.equals(r.key()))
                        .map(r -> json.readTree(r.value()).get("eventType").asString()).toList();
                // the chain's events and the reminders are written in different documents: each in its own order
                assertThat(ngheAn).containsExactlyInAnyOrder("PeriodReportDue", "PeriodReportSubmitted",
                        "PeriodReportApproved", "PeriodReportReturned", "PeriodReportDue", "PeriodReportOverdue");
            });
        }
    }

    @Test
    void theProvinceSeesItsReportsDueSoonAndOverdue() throws Exception {
        JsonNode notices = read(get("/api/v1/progress/notices"), officer(HA_TINH));
        assertThat(notices.get("today").asString()).isEqualTo("2025-09-15");
        assertThat(notices.get("daysBefore").asInt()).isEqualTo(10);
        List<JsonNode> items = notices.get("items").valueStream().toList();
        // by deadline — overdue: January–July, the first quarter, the first half and the second quarter (both due
        // 10/07); due: August, on 25/09
        assertThat(items).extracting(n -> n.get("period").asString()).containsExactly("2025-M01", "2025-M02",
                "2025-Q1", "2025-M03", "2025-M04", "2025-M05", "2025-H1", "2025-Q2", "2025-M06", "2025-M07",
                "2025-M08");
        JsonNode august = items.get(items.size() - 1);
        assertThat(august.get("kind").asString()).isEqualTo("DUE");
        assertThat(august.get("daysLeft").asLong()).isEqualTo(10);
        assertThat(august.get("messageVi").asString()).contains("Tháng 08/2025", "25/09/2025", "còn 10 ngày");
        assertThat(august.get("messageEn").asString()).contains("2025-M08", "25/09/2025", "10 days left");
        JsonNode july = items.get(items.size() - 2);
        assertThat(july.get("kind").asString()).isEqualTo("OVERDUE");
        assertThat(july.get("daysLeft").asLong()).isEqualTo(-21);
        assertThat(july.get("messageVi").asString()).contains("quá hạn", "25/08/2025");
        // a province sees only its own
        assertThat(read(get("/api/v1/progress/notices"), officer(NGHE_AN)).get("items").valueStream()
                .map(n -> n.get("reportId").asString())).allMatch(id -> id.startsWith(NGHE_AN + "."));
    }

    @Test
    void theReportPrintsAsAWorkbookAndAnA4PageInTheLayoutOfAProgressReport() throws Exception {
        String report = REPORTS + QUANG_BINH + "." + DTTS + ".2025-M06";
        read(put(report + "/comments").contentType(MediaType.APPLICATION_JSON).content("{\"comments\":[{\"planId\":\""
                + quangBinhPlan + "\",\"lineId\":\"lop\",\"comment\":\"<script>alert(1)</script> & lũ\"}]}"),
                officer(QUANG_BINH));

        MockHttpServletResponse xlsx = download(get(report + "/export"), officer(QUANG_BINH));
        assertThat(xlsx.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Kế hoạch 1");
            assertThat(workbook.getSheetAt(2).getSheetName()).isEqualTo("Ký duyệt");
            Sheet summary = workbook.getSheetAt(0);
            assertThat(text(summary, 0, 0)).isEqualTo("ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH");
            assertThat(text(summary, 1, 0)).startsWith("BÁO CÁO KẾT QUẢ THỰC HIỆN").endsWith("KỲ THÁNG 06/2025");
            assertThat(text(summary, 2, 0)).contains("Tháng 06/2025", "01/06/2025", "30/06/2025", "25/07/2025");
            assertThat(column(summary, 0)).contains("SỐ LIỆU TẠM THỜI (CHƯA PHÊ DUYỆT)");
            Sheet plan = workbook.getSheetAt(1);
            int header = findRow(plan, "Dòng chỉ tiêu");
            assertThat(plan.getRow(header + 1).getCell(1).getNumericCellValue()).isEqualTo(300);
            assertThat(plan.getRow(header + 1).getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(plan.getRow(header + 1).getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(plan.getRow(header + 1).getCell(10).getStringCellValue()).isEqualTo("<script>alert(1)</script> & lũ");
        }

        MockHttpServletResponse page = download(get(report + "/export").param("format", "html"), officer(QUANG_BINH));
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'none'");
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("size: A4", "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH", "SỐ LIỆU TẠM THỜI (CHƯA PHÊ DUYỆT)",
                "&lt;script&gt;alert(1)&lt;/script&gt; &amp; lũ", "Dòng chỉ tiêu", "border: 1px solid");
        assertThat(html).doesNotContain("<script");

        // an approved report is official, signed by name, role and time at the bottom; the ministry reads it too
        read(post(report + "/submit").header("If-Match", "\"1\""), officer(QUANG_BINH));
        read(post(report + "/approve").header("If-Match", "\"2\""), admin(QUANG_BINH));
        String signed = download(get(report + "/export").param("format", "html").header("X-Tenant-Id", QUANG_BINH),
                ministry("BDTTG")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(signed).contains("SỐ LIỆU CHÍNH THỨC (ĐÃ PHÊ DUYỆT)", "officer@" + QUANG_BINH, "admin@" + QUANG_BINH,
                "Cán bộ tỉnh", "Lãnh đạo tỉnh", "III. XÁC NHẬN, PHÊ DUYỆT");
        assertThat(signed.indexOf("XÁC NHẬN, PHÊ DUYỆT")).isGreaterThan(signed.indexOf("Dòng chỉ tiêu"));

        refused(get(report + "/export").header("X-Tenant-Id", QUANG_BINH), ministry("BNNMT"), 404, null);
        refused(get(report + "/export"), officer(HA_TINH), 404, null);
        refused(get(report + "/export").param("format", "pdf"), officer(QUANG_BINH), 400, null);
    }

    private List<PeriodReportReminders.Announced> twoPasses(Instant at) {
        CompletableFuture<List<PeriodReportReminders.Announced>> one = CompletableFuture.supplyAsync(() -> reminders.remind(at));
        CompletableFuture<List<PeriodReportReminders.Announced>> two = CompletableFuture.supplyAsync(() -> reminders.remind(at));
        List<PeriodReportReminders.Announced> all = new ArrayList<>(one.join());
        all.addAll(two.join());
        return all;
    }

    private static List<Record> announced(List<PeriodReportReminders.Announced> announced, String reportId,
                                          Class<? extends Record> type) {
        return announced.stream().filter(a -> a.reportId().equals(reportId)).map(PeriodReportReminders.Announced::event)
                .filter(type::isInstance).toList();
    }

    private static JsonNode row(JsonNode view, String tenant) {
        return view.get("rows").valueStream().filter(r -> r.get("tenantId").asString().equals(tenant)
                && r.get("programmeCode").asString().equals(DTTS)).findFirst().orElseThrow();
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null && sheet.getRow(r).getCell(column) != null) {
                values.add(sheet.getRow(r).getCell(column).toString());
            }
        }
        return values;
    }

    private static int findRow(Sheet sheet, String firstCell) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null && sheet.getRow(r).getCell(0) != null
                    && firstCell.equals(sheet.getRow(r).getCell(0).toString())) {
                return r;
            }
        }
        throw new AssertionError("no row starting " + firstCell);
    }

    private List<Envelopes.Published> province(String tenant, String code, String name, String commune, String planId,
                                               int target) {
        String provinceUnit = code + "-" + tenant;
        return List.of(
                Envelopes.envelope("national", provinceUnit, 1, "2021-01-02T00:00:00Z", new AdministrativeUnitDefined(
                        provinceUnit, "tỉnh " + name, "PROVINCE", null, tenant, "1976-01-01", null, null, null)),
                Envelopes.envelope("national", commune, 1, "2021-01-02T00:00:00Z", new AdministrativeUnitDefined(
                        commune, "xã " + commune, "COMMUNE", provinceUnit, tenant, "1976-01-01", null, null,
                        "REGION_III")),
                Envelopes.envelope(tenant, planId, 1, "2025-01-10T02:00:00Z", new PlanApproved(planId, 1, DTTS,
                        "Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS&MN", new ProgrammeRules(null, null, 80),
                        "Kế hoạch tập huấn tỉnh " + name + " năm 2025 " + run, "UBND tỉnh " + name, "7/KH-UBND-" + run,
                        "2025-01-05", "2025-01-01", "2025-12-31", "2025-12-31", 400_000_000L,
                        List.of(new FundingAmount("CENTRAL", 400_000_000L)),
                        List.of(new TargetLine("lop", "TRAINING_CLASS", "COMMUNITY", null, null,
                                "Nhóm cộng đồng: lớp tập huấn", 4, target, null, null, null, null, null)))));
    }

    private static List<Envelopes.Published> held(String tenant, String planId, String commune, String id, String on) {
        return List.of(
                Envelopes.envelope(tenant, id, 1, "2025-01-20T03:00:00Z", new TrainingEventScheduled(id, planId, "lop",
                        "TRAINING_CLASS", "COMMUNITY", "Lớp tập huấn cộng đồng " + on, commune, on, on, 40, 2, 1, 1)),
                Envelopes.envelope(tenant, id, 2, on + "T10:00:00Z", new TrainingEventHeld(id, planId, "lop",
                        "TRAINING_CLASS", commune, on, 30)));
    }

    private static Envelopes.Published completion(String tenant, String planId, String commune, String activity,
                                                  String on, int learner, boolean woman) {
        return Envelopes.enrolment(tenant, activity, planId, "lop", DTTS,
                Envelopes.state("en-" + activity + "-" + learner, 3, "COMPLETED",
                        TrainingLoad.personKey(tenant + ":" + activity + ":" + learner), woman ? "FEMALE" : "MALE",
                        true, commune, "2025-01-30", on), on + "T11:00:00Z");
    }

    private void refused(MockHttpServletRequestBuilder request, String token, int status, String problem)
            throws Exception {
        ResultActions result = http.perform(request.header(AUTHORIZATION, token))
                .andExpect(status().is(status));
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

    private MockHttpServletResponse download(MockHttpServletRequestBuilder request, String token) throws Exception {
        return http.perform(request.header(AUTHORIZATION, token)).andExpect(status().isOk()).andReturn().getResponse();
    }

    private static String officer(String tenant) {
        return TestTokens.bearer(TestTokens.officer(tenant));
    }

    private static String admin(String tenant) {
        return TestTokens.bearer(TestTokens.provinceAdmin(tenant));
    }

    private static String ministry(String code) {
        return TestTokens.bearer(TestTokens.ministryAnalyst(code));
    }
}
