package vn.taphuan.reporting;

import org.apache.poi.ss.usermodel.Row;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
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
import vn.taphuan.contracts.tenant.v1.TenantDisabled;
import vn.taphuan.contracts.tenant.v1.TenantOnboarded;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.reporting.figures.FiguresRefresher;
import vn.taphuan.reporting.figures.PlanFiguresStore;
import vn.taphuan.reporting.live.LiveProgress;
import vn.taphuan.reporting.support.Broker;
import vn.taphuan.reporting.support.Envelopes;
import vn.taphuan.reporting.support.ReportingIntegrationTest;
import vn.taphuan.reporting.support.SseClient;
import vn.taphuan.reporting.support.TrainingLoad;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.identity.TestTokens;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A change reaches the live streams within one second: a learner completes a class of a plan of Hà Giang, a province
 * merged into Tuyên Quang, so Tuyên Quang's stream and the nationwide stream carry it. The two provinces and the plan
 * are this test's own (no other test uses them), and it asserts the nationwide figures only as they change, so it
 * shares the context of the other integration tests whatever they published before.
 */
@ReportingIntegrationTest
class LiveStreamsTest {

    static final String PREDECESSOR = "ha-giang";
    static final String HEIR = "tuyen-quang";
    static final String COMMUNE = "02-meo-vac";
    static final String ANALYST = TestTokens.bearer(TestTokens.analyst());

    @Autowired
    MockMvc http;
    @Autowired
    JsonMapper json;
    @Autowired
    KnownTenants tenants;
    @Autowired
    FiguresRefresher refresher;
    @Autowired
    LiveProgress live;
    @Autowired
    MongoTemplate mongo;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;
    @LocalServerPort
    int port;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String planId = "kh-hg-2024-" + run;
    private final String heldClass = "kh-hg-2024-" + run + "-cong-dong-1";

    @Test
    void aChangeReachesTheLiveStreamsWithinOneSecond() throws Exception {
        aMergedProvincesPlanWithAHeldClass();
        JsonNode plan = read(get("/api/v1/progress/plans/" + planId), officer(PREDECESSOR));
        long before = plan.at("/totals/personTurns/achieved").asLong();
        assertThat(before).isEqualTo(1);
        long nationalBefore = read(get("/api/v1/national/progress"), ANALYST).at("/totals/personTurns/achieved").asLong();
        // the nationwide file is built once and kept while nothing changes, then built again with the new figures
        assertThat(nationalExportTotal()).isEqualTo(nationalBefore);
        assertThat(nationalExportTotal()).isEqualTo(nationalBefore);
        String base = "http://localhost:" + port;
        try (SseClient province = new SseClient(URI.create(base + "/api/v1/progress/stream?access_token="
                + TestTokens.officer(HEIR)));
             SseClient national = new SseClient(URI.create(base + "/api/v1/national/stream?access_token="
                     + TestTokens.analyst()));
             Broker broker = new Broker(brokers)) {
            province.await(e -> e.name().equals("ready"), Duration.ofSeconds(10));
            national.await(e -> e.name().equals("ready"), Duration.ofSeconds(10));

            long sent = System.nanoTime();
            broker.publishNow(completion("en-" + run + "-live", "ha-giang:live"));

            // Tuyên Quang inherits Hà Giang's history, so its stream carries the change
            SseClient.Event planEvent = province.await(e -> e.name().equals("plan")
                    && json.readTree(e.data()).get("planId").asString().equals(planId)
                    && json.readTree(e.data()).at("/totals/personTurns/achieved").asLong() == before + 1,
                    Duration.ofSeconds(10));
            SseClient.Event nationalEvent = national.await(e -> e.name().equals("national")
                    && json.readTree(e.data()).at("/totals/personTurns/achieved").asLong() == nationalBefore + 1,
                    Duration.ofSeconds(10));
            assertThat(Duration.ofNanos(planEvent.arrivedNanos() - sent)).isLessThan(Duration.ofSeconds(1));
            assertThat(Duration.ofNanos(nationalEvent.arrivedNanos() - sent)).isLessThan(Duration.ofSeconds(1));
            assertThat(province.await(e -> e.name().equals("province"), Duration.ofSeconds(5)).data())
                    .contains("\"tenantId\":\"" + HEIR + "\"");
        }
        assertThat(nationalExportTotal()).isEqualTo(nationalBefore + 1);
    }

    /**
     * Two replicas take revisions from one counter but each writes the figures' index in its own time: a plan's change
     * under revision r can land after another plan's under r + 1 was pushed. It is pushed all the same (a stream that
     * remembered only the highest revision seen passed over it, and the page kept the old figures).
     */
    @Test
    void aChangeAnotherReplicaIndexedLateUnderALowerRevisionIsStillPushed() throws Exception {
        aMergedProvincesPlanWithAHeldClass();
        String base = "http://localhost:" + port;
        try (SseClient province = new SseClient(URI.create(base + "/api/v1/progress/stream?access_token="
                + TestTokens.officer(HEIR)))) {
            province.await(e -> e.name().equals("ready"), Duration.ofSeconds(10));
            live.pushChanges();
            // replica A takes revision r, replica B r + 1; B writes its plan's figures and index entry first
            long r = mongo.findAndModify(Query.query(Criteria.where("_id").is("figures")),
                    new Update().inc("revision", 2L), FindAndModifyOptions.options().returnNew(true), Document.class,
                    "counters").get("revision", Number.class).longValue() - 1;
            mongo.upsert(Query.query(Criteria.where("_id").is("index")), new Update()
                    .max("plans.elsewhere/kh-" + run, r + 1).max("revision", r + 1), "counters");
            live.pushChanges();
            // then A writes its change: the plan's figures as they now stand, under the lower revision
            String key = PREDECESSOR + "/" + planId;
            Document figures = mongo.findById(key, Document.class, "plan_figures");
            String stored = PlanFiguresStore.jsonOf(figures);
            String renamed = stored.replace("năm 2024 " + run, "năm 2024 " + run + " (sửa)");
            assertThat(renamed).isNotEqualTo(stored);
            mongo.upsert(Query.query(Criteria.where("_id").is(key)),
                    PlanFiguresStore.settingJson(renamed).set("revision", r), "plan_figures");
            mongo.upsert(Query.query(Criteria.where("_id").is("index")),
                    new Update().max("plans." + key.replace(".", "%2E"), r).max("revision", r), "counters");
            live.pushChanges();

            SseClient.Event pushed = province.await(e -> e.name().equals("plan")
                    && json.readTree(e.data()).get("planId").asString().equals(planId)
                    && e.data().contains(run + " (sửa)"), Duration.ofSeconds(10));
            assertThat(pushed).isNotNull();
        }
    }

    /**
     * Hà Giang, merged into Tuyên Quang on 1 July 2025, with its 2024 plan and a class held under it that one learner
     * completed, heard from events as the other services publish them.
     */
    private void aMergedProvincesPlanWithAHeldClass() {
        try (Broker broker = new Broker(brokers)) {
            broker.publishAll(List.of(
                    Envelopes.envelope(PREDECESSOR, PREDECESSOR, 1, "2021-01-01T00:00:00Z", new TenantOnboarded(
                            PREDECESSOR, "02", "Hà Giang", "1991-10-01", "2025-06-30", HEIR, null)),
                    Envelopes.envelope(HEIR, HEIR, 1, "2021-01-01T00:00:00Z", new TenantOnboarded(
                            HEIR, "08", "Tuyên Quang", "1991-10-01", null, null, List.of(PREDECESSOR))),
                    Envelopes.envelope(PREDECESSOR, PREDECESSOR, 2, "2025-07-01T00:00:00Z", new TenantDisabled(
                            PREDECESSOR, "2025-07-01", "Sáp nhập vào tỉnh Tuyên Quang"))));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> tenants.find(PREDECESSOR).isPresent() && tenants.find(HEIR).isPresent());
            broker.publishAll(List.of(
                    Envelopes.envelope("national", "02", 1, "2021-01-02T00:00:00Z", new AdministrativeUnitDefined(
                            "02", "tỉnh Hà Giang", "PROVINCE", null, PREDECESSOR, "1991-10-01", "2025-06-30", "08", null)),
                    Envelopes.envelope("national", "08", 1, "2021-01-02T00:00:00Z", new AdministrativeUnitDefined(
                            "08", "tỉnh Tuyên Quang", "PROVINCE", null, HEIR, "1991-10-01", null, null, null)),
                    Envelopes.envelope("national", COMMUNE, 1, "2021-01-02T00:00:00Z", new AdministrativeUnitDefined(
                            COMMUNE, "xã Mèo Vạc", "COMMUNE", "02", PREDECESSOR, "1991-10-01", "2025-06-30", null,
                            "ESPECIALLY_DIFFICULT")),
                    Envelopes.envelope(PREDECESSOR, planId, 3, "2024-02-20T02:00:00Z", new PlanApproved(planId, 1,
                            TrainingLoad.DTTS, "Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS&MN",
                            new ProgrammeRules(null, null, 80), "Kế hoạch tập huấn cộng đồng tỉnh Hà Giang năm 2024 " + run,
                            "UBND tỉnh Hà Giang", "12/KH-UBND-" + run, "2024-02-15", "2024-01-01", "2024-12-31",
                            "2025-12-31", 600_000_000L, List.of(new FundingAmount("CENTRAL", 600_000_000L)),
                            List.of(new TargetLine("cong-dong", "TRAINING_CLASS", "COMMUNITY", null, null,
                                    "Nhóm cộng đồng: 10 lớp cho 500 lượt người", 10, 500, null, null, null, null,
                                    null)))),
                    Envelopes.envelope(PREDECESSOR, heldClass, 1, "2024-05-01T03:00:00Z", new TrainingEventScheduled(
                            heldClass, planId, "cong-dong", "TRAINING_CLASS", "COMMUNITY",
                            "Lớp tập huấn cộng đồng Mèo Vạc " + run, COMMUNE, "2024-05-20", "2024-05-21", 40, 4, 1, 2)),
                    Envelopes.envelope(PREDECESSOR, heldClass, 2, "2024-05-21T10:00:00Z", new TrainingEventHeld(
                            heldClass, planId, "cong-dong", "TRAINING_CLASS", COMMUNE, "2024-05-21", 30)),
                    completion("en-" + run + "-1", "ha-giang:1")));
            broker.awaitConsumed("reporting", Duration.ofSeconds(60));
        }
        refresher.refreshPending();
    }

    /** A Hà Giang learner's completion of the held class. */
    private Envelopes.Published completion(String enrolmentId, String person) {
        return Envelopes.enrolment(PREDECESSOR, heldClass, planId, "cong-dong", TrainingLoad.DTTS,
                Envelopes.state(enrolmentId, 3, "COMPLETED", TrainingLoad.personKey(person + ":" + run), "FEMALE",
                        true, COMMUNE, "2024-05-10", "2024-05-21"), "2024-05-21T11:00:00Z");
    }

    private static String officer(String tenant) {
        return TestTokens.bearer(TestTokens.officer(tenant));
    }

    private long nationalExportTotal() throws Exception {
        byte[] bytes = http.perform(get("/api/v1/national/export").header(AUTHORIZATION, ANALYST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            return (long) rowStartingWith(workbook.getSheet("Chương trình"), "Tổng cộng").getCell(6).getNumericCellValue();
        }
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && text.equals(row.getCell(0).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row " + text + " in " + sheet.getSheetName());
    }

    private JsonNode read(MockHttpServletRequestBuilder request, String token) throws Exception {
        String body = http.perform(request.header(AUTHORIZATION, token)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }
}
