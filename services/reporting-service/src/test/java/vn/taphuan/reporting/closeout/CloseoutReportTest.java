package vn.taphuan.reporting.closeout;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.budget.v1.BudgetAllocated;
import vn.taphuan.contracts.budget.v1.ExpenditureRecorded;
import vn.taphuan.contracts.enrolment.v1.TrainingEventHeld;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.contracts.plan.v1.FundingAmount;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.PlanClosed;
import vn.taphuan.contracts.plan.v1.PlanClosedOut;
import vn.taphuan.contracts.plan.v1.ProgrammeRules;
import vn.taphuan.contracts.plan.v1.TargetLine;
import vn.taphuan.contracts.reference.v1.AdministrativeUnitDefined;
import vn.taphuan.contracts.tenant.v1.TenantOnboarded;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.reporting.admin.ProjectionRebuild;
import vn.taphuan.reporting.facts.PlanKey;
import vn.taphuan.reporting.figures.FiguresRefresher;
import vn.taphuan.reporting.support.Broker;
import vn.taphuan.reporting.support.Envelopes;
import vn.taphuan.reporting.support.ReportingIntegrationTest;
import vn.taphuan.reporting.support.TrainingLoad;
import vn.taphuan.testsupport.identity.TestTokens;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20: the 2021–2025 close-out. Cao Bằng, a province no other test uses, has a 2025 plan of the ethnic-minority
 * programme (a community line of 2 classes for 3 person-turns, at least 60 % women; a cadre line of 1 class for 2)
 * and a 2026 plan of the merged programme. One class was held, two learners completed it (one woman), 4 million
 * spent; then the plan was closed out on 10/01/2026, and afterwards a third learner's completion and 1 million of
 * spending were recorded: kept, but the close-out figures do not move.
 */
@ReportingIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CloseoutReportTest {

    static final String PROVINCE = "cao-bang";
    static final String PROVINCE_UNIT = "04-cao-bang";
    static final String COMMUNE = "04-ha-quang";
    static final String CLOSED_OUT_AT = "2026-01-10T03:00:00Z";

    @Autowired
    MockMvc http;
    @Autowired
    JsonMapper json;
    @Autowired
    CloseOuts closeOuts;
    @Autowired
    MongoTemplate mongo;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String planId = "kh-cb-2025-" + run;
    private final String plan2026 = "kh-cb-2026-" + run;
    private final String held = "lop-cb-" + run;
    private Envelopes.Published lateSpending;
    private Broker broker;

    @BeforeAll
    void caoBangsPhaseHeardFromEvents(@Autowired KnownTenants tenants, @Autowired FiguresRefresher refresher,
                                      @Value("${spring.embedded.kafka.brokers}") String brokers) {
        broker = new Broker(brokers);
        broker.publishNow(Envelopes.envelope(PROVINCE, PROVINCE, 1, "2021-01-01T00:00:00Z",
                new TenantOnboarded(PROVINCE, "04", "Cao Bằng", "1499-01-01", null, null, null)));
        await().atMost(Duration.ofSeconds(30)).until(() -> tenants.find(PROVINCE).isPresent());
        List<Envelopes.Published> events = new ArrayList<>(List.of(
                Envelopes.envelope("national", PROVINCE_UNIT, 1, "2021-01-02T00:00:00Z", new AdministrativeUnitDefined(
                        PROVINCE_UNIT, "tỉnh Cao Bằng", "PROVINCE", null, PROVINCE, "1499-01-01", null, null, null)),
                Envelopes.envelope("national", COMMUNE, 1, "2021-01-02T00:00:00Z", new AdministrativeUnitDefined(
                        COMMUNE, "xã Hà Quảng", "COMMUNE", PROVINCE_UNIT, PROVINCE, "1499-01-01", null, null, null)),
                Envelopes.envelope(PROVINCE, planId, 1, "2025-03-20T02:00:00Z", new PlanApproved(planId, 1,
                        TrainingLoad.DTTS, "Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS&MN",
                        new ProgrammeRules(null, null, 80), "Kế hoạch tập huấn tỉnh Cao Bằng năm 2025 " + run,
                        "UBND tỉnh Cao Bằng", "20/KH-UBND-" + run, "2025-03-15", "2025-01-01", "2025-12-31",
                        "2025-12-31", 50_000_000L, List.of(new FundingAmount("CENTRAL", 50_000_000L)),
                        List.of(new TargetLine("cong-dong", "TRAINING_CLASS", "COMMUNITY", null, null,
                                        "Cộng đồng: 2 lớp, 3 lượt người", 2, 3, null, null, 60, null, null),
                                new TargetLine("can-bo", "TRAINING_CLASS", "CADRE", null, null,
                                        "Cán bộ: 1 lớp, 2 lượt người", 1, 2, null, null, null, null, null)))),
                Envelopes.envelope(PROVINCE, plan2026, 1, "2026-02-20T02:00:00Z", new PlanApproved(plan2026, 1,
                        "MTQG_NTM_GN_DTTS_2026_2035", "Chương trình MTQG hợp nhất 2026-2035",
                        new ProgrammeRules(null, null, 80), "Kế hoạch tỉnh Cao Bằng 2026-2030 " + run,
                        "UBND tỉnh Cao Bằng", "5/KH-UBND-" + run, "2026-02-10", "2026-01-01", "2030-12-31",
                        "2030-12-31", 90_000_000L, List.of(new FundingAmount("CENTRAL", 90_000_000L)),
                        List.of(new TargetLine("lop", "TRAINING_CLASS", "COMMUNITY", null, null, "Lớp", 9, 900, null,
                                null, null, null, null)))),
                Envelopes.envelope(PROVINCE, held, 1, "2025-05-01T03:00:00Z", new TrainingEventScheduled(held, planId,
                        "cong-dong", "TRAINING_CLASS", "COMMUNITY", "Lớp cộng đồng Hà Quảng " + run, COMMUNE,
                        "2025-05-20", "2025-05-21", 40, 4, 1, 2)),
                Envelopes.envelope(PROVINCE, held, 2, "2025-05-21T10:00:00Z", new TrainingEventHeld(held, planId,
                        "cong-dong", "TRAINING_CLASS", COMMUNE, "2025-05-21", 3)),
                completion(0, "FEMALE", "2025-05-21T11:00:00Z"),
                completion(1, "MALE", "2025-05-21T11:00:00Z"),
                Envelopes.envelope(PROVINCE, planId, 1, "2025-03-25T03:00:00Z", new BudgetAllocated(planId,
                        "al-" + run, "cong-dong", "CENTRAL", 20_000_000L, "9/QĐ-STC-" + run, "2025-03-25")),
                Envelopes.envelope(PROVINCE, planId, 2, "2025-05-25T03:00:00Z", new ExpenditureRecorded(planId,
                        "pc-" + run, "cong-dong", held, "CENTRAL", 4_000_000L, "PC-" + run, "2025-05-25", null)),
                Envelopes.envelope(PROVINCE, planId, 2, "2026-01-10T02:59:00Z", new PlanClosed(planId, 1,
                        "2025-12-31", "Khép lại khi tổng kết giai đoạn")),
                Envelopes.envelope(PROVINCE, planId, 3, "2026-01-10T03:00:01Z", new PlanClosedOut(planId, 1,
                        "2021-2025", "2025-12-31", "2026-01-10", CLOSED_OUT_AT, "Tổng kết giai đoạn 2021-2025"))));
        broker.publishAll(events);
        broker.awaitConsumed("reporting", Duration.ofSeconds(60));
        // recorded after the close-out: a late sheet and a late payment
        lateSpending = Envelopes.envelope(PROVINCE, planId, 3, "2026-01-20T03:00:00Z", new ExpenditureRecorded(planId,
                "pc-late-" + run, "cong-dong", held, "CENTRAL", 1_000_000L, "PC-late-" + run, "2026-01-20", null));
        broker.publishAll(List.of(completion(2, "FEMALE", "2026-01-20T03:00:00Z"), lateSpending));
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
    void theProvincesReportSaysWhatEachProgrammeOfThePhaseAchievedAndWhatItMissedByHowMuch() throws Exception {
        JsonNode report = read(get("/api/v1/progress/closeout"), officer());

        assertThat(report.get("phase").asString()).isEqualTo("2021-2025");
        assertThat(report.get("scopeName").asString()).isEqualTo("Cao Bằng");
        assertThat(report.get("programmes")).as("the 2026 plan is of the next phase").hasSize(1);
        JsonNode dtts = report.at("/programmes/0/result");
        assertThat(report.at("/programmes/0/programmeCode").asString()).isEqualTo(TrainingLoad.DTTS);
        assertThat(dtts.get("plans").asInt()).isEqualTo(1);
        assertThat(dtts.get("plansClosedOut").asInt()).isEqualTo(1);
        assertThat(dtts.at("/activities/target").asLong()).isEqualTo(3);
        assertThat(dtts.at("/activities/achieved").asLong()).isEqualTo(1);
        assertThat(dtts.at("/activities/shortfall").asLong()).isEqualTo(2);
        assertThat(dtts.at("/personTurns/target").asLong()).isEqualTo(5);
        assertThat(dtts.at("/personTurns/achieved").asLong()).as("the late completion is not counted").isEqualTo(2);
        assertThat(dtts.at("/personTurns/percent").decimalValue()).isEqualByComparingTo("40.0");
        assertThat(dtts.at("/personTurns/shortfall").asLong()).as("1 community + 2 cadres").isEqualTo(3);
        assertThat(dtts.at("/women/count").asLong()).isEqualTo(1);
        assertThat(dtts.at("/women/share").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(dtts.get("womenShortfall").asLong()).as("60 % of 2 is 2 women").isEqualTo(1);
        assertThat(dtts.get("uniquePersons").asLong()).isEqualTo(2);
        assertThat(dtts.at("/budget/spentVnd").asLong()).as("the late payment is not counted").isEqualTo(4_000_000L);
        assertThat(dtts.at("/budget/costPerPersonTurnVnd").asLong()).isEqualTo(2_000_000L);
        assertThat(dtts.at("/budget/bySource/0/source").asString()).isEqualTo("CENTRAL");
        assertThat(dtts.get("linesNotReached").asInt()).isEqualTo(2);
        assertThat(report.at("/total/uniquePersons").isNull()).as("persons do not add up across programmes").isTrue();

        assertThat(report.get("plans")).singleElement().satisfies(plan -> {
            assertThat(plan.get("planId").asString()).isEqualTo(planId);
            assertThat(plan.get("closedOutOn").asString()).isEqualTo("2026-01-10");
            assertThat(plan.get("changesAfterCloseOut").asLong()).isEqualTo(2);
        });
        assertThat(report.get("notReached")).extracting(n -> n.get("lineId").asString() + " " + n.get("measure").asString()
                        + " " + n.get("target").asLong() + "/" + n.get("achieved").asLong() + " −" + n.get("shortfall").asLong())
                .containsExactly("cong-dong ACTIVITIES 2/1 −1", "cong-dong PERSON_TURNS 3/2 −1", "cong-dong WOMEN 2/1 −1",
                        "can-bo ACTIVITIES 1/0 −1", "can-bo PERSON_TURNS 2/0 −2");

        JsonNode live = read(get("/api/v1/progress/plans/" + planId), officer());
        assertThat(live.at("/totals/personTurns/achieved").asLong()).as("the live view shows the frozen figures")
                .isEqualTo(2);
    }

    @Test
    void theMinistrySeesEachProvinceUnderEachProgrammeAndTheWorkbookOpensInVietnamese() throws Exception {
        JsonNode national = read(get("/api/v1/national/closeout").param("phase", "2021-2025"),
                TestTokens.bearer(TestTokens.analyst()));
        assertThat(national.get("scope").asString()).isEqualTo("NATIONAL");
        assertThat(national.get("provinces")).filteredOn(p -> p.get("tenantId").asString().equals(PROVINCE))
                .singleElement().satisfies(p -> {
                    assertThat(p.get("programmeCode").asString()).isEqualTo(TrainingLoad.DTTS);
                    assertThat(p.at("/result/personTurns/achieved").asLong()).isEqualTo(2);
                    assertThat(p.at("/result/uniquePersons").asLong()).isEqualTo(2);
                });

        byte[] file = http.perform(get("/api/v1/progress/closeout/export").header(AUTHORIZATION, officer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
            assertThat(List.of(workbook.getSheetAt(1).getSheetName(), workbook.getSheetAt(2).getSheetName(),
                    workbook.getSheetAt(3).getSheetName())).containsExactly("Chưa đạt", "Kinh phí", "Kế hoạch");
            Sheet summary = workbook.getSheetAt(0);
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).startsWith("BÁO CÁO TỔNG KẾT 2021-2025");
            int header = 1 + 3 + 1;
            assertThat(summary.getRow(header).getCell(8).getStringCellValue()).isEqualTo("Lượt người đạt");
            assertThat(summary.getRow(header + 1).getCell(8).getNumericCellValue()).isEqualTo(2);
            assertThat(summary.getRow(header + 1).getCell(10).getNumericCellValue()).as("lượt người còn thiếu")
                    .isEqualTo(3);
        }
        byte[] nationalFile = http.perform(get("/api/v1/national/closeout/export")
                        .header(AUTHORIZATION, TestTokens.bearer(TestTokens.analyst())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(nationalFile))) {
            assertThat(workbook.getSheet("Theo tỉnh")).isNotNull();
        }
    }

    @Test
    void aBadPhaseIsNamedInBothLanguagesAndTheOfficerCannotReadTheCountry() throws Exception {
        String body = http.perform(get("/api/v1/progress/closeout").param("phase", "2025-2021")
                        .header(AUTHORIZATION, officer()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode problem = json.readTree(body);
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("phase");
        assertThat(problem.at("/errors/0/message").asString()).contains("2021-2025");
        assertThat(problem.at("/errors/0/messageEn").asString()).contains("five-year phase");
        http.perform(get("/api/v1/national/closeout").header(AUTHORIZATION, officer())).andExpect(status().isForbidden());
    }

    @Test
    void aStoreEmptiedByARebuildReadsTheCloseOutsFromTheLogBeforeItsFirstFact() {
        // as a rebuild leaves it: the close-outs dropped with the projections, the replay about to begin
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id")
                        .is(new PlanKey(PROVINCE, planId).value())), CloseOuts.COLLECTION);
        closeOuts.cleared(new ProjectionRebuild.ProjectionsCleared());
        List<EventEnvelope<ExpenditureRecorded>> applied = new ArrayList<>();

        @SuppressWarnings("unchecked")
        EventEnvelope<ExpenditureRecorded> late = (EventEnvelope<ExpenditureRecorded>) (EventEnvelope<?>) lateSpending.envelope();
        closeOuts.unlessLate(ExpenditureRecorded::planId, applied::add).handle(late);

        assertThat(applied).as("replayed before the close-out's own event, the late payment is still kept aside").isEmpty();
        assertThat(closeOuts.find(new PlanKey(PROVINCE, planId))).hasValueSatisfying(
                c -> assertThat(c.closedOutAt()).hasToString(CLOSED_OUT_AT));
    }

    private Envelopes.Published completion(int learner, String gender, String occurredAt) {
        return Envelopes.enrolment(PROVINCE, held, planId, "cong-dong", TrainingLoad.DTTS,
                Envelopes.state("en-" + run + "-" + learner, 3, "COMPLETED", TrainingLoad.personKey("cb-" + run + learner),
                        gender, false, COMMUNE, "2025-05-10", "2025-05-21"), occurredAt);
    }

    private JsonNode read(MockHttpServletRequestBuilder request, String bearer) throws Exception {
        String body = http.perform(request.header(AUTHORIZATION, bearer)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private static String officer() {
        return TestTokens.bearer(TestTokens.officer(PROVINCE));
    }
}
