package vn.taphuan.reporting;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.reporting.figures.FiguresRefresher;
import vn.taphuan.reporting.support.Broker;
import vn.taphuan.reporting.support.Envelopes;
import vn.taphuan.reporting.support.ReportingIntegrationTest;
import vn.taphuan.reporting.support.SseClient;
import vn.taphuan.testsupport.StoreWatch;
import vn.taphuan.reporting.support.TestClock;
import vn.taphuan.reporting.support.TrainingLoad;
import vn.taphuan.reporting.support.TrainingLoad.LineExpect;
import vn.taphuan.reporting.support.TrainingLoad.PlanExpect;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.identity.TestTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Done when": a generated load of several provinces' plans, activities, enrolments, completions and money, every
 * event published twice and in shuffled order (and the completions and commitments once more under new event ids,
 * as after a consumer crash), to the real embedded broker; every view answers the numbers that were sent; exports
 * read back equal the API; replaying the topics into a fresh store gives identical figures ({@link LiveStreamsTest}
 * shows a change reaching the live streams).
 * <p>
 * The load is published once for the class and no test changes it, so the tests run alone or in any order. They
 * assert nationwide totals exactly, so the class starts on a store and broker of its own rather than on the shared
 * context other test classes add provinces to.
 */
@ReportingIntegrationTest
// a fresh context (store and broker) for this class; the classes after it may share it. One embedded broker at a time:
// the broker announces its address in a JVM-wide system property. The load is published in a static @BeforeAll, so
// the context is loaded after the shared one is closed.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class ReportingScenarioTest {

    static final TrainingLoad LOAD = TrainingLoad.generate(2025);
    static final String ANALYST = TestTokens.bearer(TestTokens.analyst());

    @Autowired
    MockMvc http;
    @Autowired
    JsonMapper json;
    @Autowired
    FiguresRefresher refresher;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;
    @LocalServerPort
    int port;
    @org.springframework.boot.test.web.server.LocalManagementPort
    int managementPort;

    @BeforeAll
    static void publishTheLoadTwiceShuffled(@Autowired FiguresRefresher refresher, @Autowired StoreWatch commands,
                                            @Value(ServiceIntegrationTest.BROKERS) String brokers) {
        List<Envelopes.Published> once = new ArrayList<>(LOAD.events);
        List<Envelopes.Published> again = new ArrayList<>(LOAD.events);
        Collections.shuffle(once, new Random(1));
        Collections.shuffle(again, new Random(2));
        List<Envelopes.Published> redelivered = new ArrayList<>(LOAD.redeliveredWithNewIds);
        Collections.shuffle(redelivered, new Random(3));
        StoreWatch.Watch watch = commands.watchAll();
        try (Broker broker = new Broker(brokers); watch) {
            broker.publishAll(LOAD.tenants);
            broker.publishAll(once);
            broker.publishAll(again);
            broker.publishAll(redelivered);
            broker.awaitConsumed("reporting", Duration.ofSeconds(180));
            refresher.refreshPending();
        }
        // what the load cost the store, for the record (the command counts are asserted where they are exact)
        long turns = LOAD.plans.values().stream().mapToLong(PlanExpect::turns).sum();
        System.out.printf("store commands for the load (%d events, %d person-turns): %d, %s%n",
                once.size() + again.size() + redelivered.size(), turns, watch.total(), watch);
    }

    static String officer(String tenant) {
        return TestTokens.bearer(TestTokens.officer(tenant));
    }

    @Test
    void everyPlanAnswersTheNumbersThatWereSent() throws Exception {
        for (PlanExpect plan : LOAD.plans.values()) {
            JsonNode view = read(get("/api/v1/progress/plans/" + plan.planId), officer(plan.tenant));
            String at = plan.planId + ": ";
            assertThat(view.at("/plan/currentVersion").asInt()).as(at + "version").isEqualTo(plan.version);
            assertThat(view.at("/plan/versions")).as(at + "versions").hasSize(plan.version);
            assertThat(view.at("/plan/state").asString()).isEqualTo(plan.closed ? "CLOSED" : "IN_FORCE");

            JsonNode t = view.get("totals");
            assertThat(t.at("/activities/planned").asLong()).as(at + "planned").isEqualTo(plan.plannedActivities());
            assertThat(t.at("/activities/held").asLong()).as(at + "held").isEqualTo(plan.held());
            assertThat(t.at("/activities/scheduled").asLong()).as(at + "scheduled").isEqualTo(plan.scheduled());
            assertThat(t.at("/activities/cancelled").asLong()).as(at + "cancelled").isEqualTo(plan.cancelled());
            assertThat(t.at("/personTurns/target").asLong()).as(at + "target").isEqualTo(plan.target());
            assertThat(t.at("/personTurns/achieved").asLong()).as(at + "person-turns").isEqualTo(plan.turns());
            assertThat(t.at("/personTurns/women/count").asLong()).as(at + "women").isEqualTo(plan.women());
            assertThat(t.at("/personTurns/ethnicMinority/count").asLong()).as(at + "ethnic minority")
                    .isEqualTo(plan.ethnicMinority());
            assertThat(t.at("/persons/unique").asLong()).as(at + "unique persons").isEqualTo(plan.persons().size());
            assertThat(t.at("/pipeline/enrolledInScheduled").asLong()).as(at + "pipeline")
                    .isEqualTo(plan.enrolledInScheduled());
            assertThat(t.at("/budget/envelopeVnd").asLong()).isEqualTo(plan.envelope);
            assertThat(t.at("/budget/allocatedVnd").asLong()).as(at + "allocated").isEqualTo(plan.money(0));
            assertThat(t.at("/budget/committedVnd").asLong()).as(at + "committed").isEqualTo(plan.money(1));
            assertThat(t.at("/budget/spentVnd").asLong()).as(at + "spent").isEqualTo(plan.money(2));
            assertThat(t.at("/budget/settledVnd").asLong()).as(at + "settled").isEqualTo(plan.money(3));
            for (JsonNode source : t.at("/budget/bySource")) {
                long[] money = plan.money(source.get("source").asString());
                assertThat(source.get("spentVnd").asLong()).as(at + "spent by source").isEqualTo(money[2]);
                assertThat(source.get("committedVnd").asLong()).as(at + "committed by source").isEqualTo(money[1]);
            }
            Map<String, Long> byMonth = new TreeMap<>();
            t.get("monthly").forEach(m -> {
                if (m.get("personTurns").asLong() > 0) {
                    byMonth.put(m.get("month").asString(), m.get("personTurns").asLong());
                }
            });
            assertThat(byMonth).as(at + "monthly").isEqualTo(plan.turnsByMonth);

            for (JsonNode line : view.get("lines")) {
                LineExpect expected = plan.lines.get(line.get("lineId").asString());
                String lineAt = at + expected.lineId + ": ";
                JsonNode f = line.get("figures");
                assertThat(f.at("/activities/planned").asLong()).as(lineAt + "planned").isEqualTo(expected.plannedActivities);
                assertThat(f.at("/activities/held").asLong()).as(lineAt + "held").isEqualTo(expected.held);
                assertThat(f.at("/personTurns/target").asLong()).as(lineAt + "target").isEqualTo(expected.target);
                assertThat(f.at("/personTurns/achieved").asLong()).as(lineAt + "achieved").isEqualTo(expected.turns);
                assertThat(f.at("/personTurns/women/count").asLong()).as(lineAt + "women").isEqualTo(expected.women);
                assertThat(f.at("/persons/unique").asLong()).as(lineAt + "unique").isEqualTo(expected.persons.size());
                assertThat(f.at("/budget/spentVnd").asLong()).as(lineAt + "spent").isEqualTo(expected.spent);
            }
            assertThat(view.get("lines")).hasSize(plan.lines.size());
        }
    }

    @Test
    void theDemoPlanReadsLikeTheSourceWithItsAmendment() throws Exception {
        JsonNode view = read(get("/api/v1/progress/plans/kh-bg-2023"), officer("bac-giang"));

        assertThat(view.at("/totals/budget/envelopeVnd").asLong()).isEqualTo(6_889_000_000L);
        assertThat(view.at("/plan/versions/0/plannedPersonTurns").asLong()).isEqualTo(8_500);
        assertThat(view.at("/plan/versions/1/plannedPersonTurns").asLong()).isEqualTo(8_200);
        assertThat(view.at("/plan/versions/1/amendmentReason").asString()).isEqualTo("Điều chỉnh số lớp theo nhu cầu thực tế");
        assertThat(view.at("/lines/0/targets/plannedActivities").asInt()).isEqualTo(100);
        assertThat(view.at("/lines/0/targets/minWomenPercent").asInt()).isEqualTo(30);
        assertThat(view.at("/totals/activities/byKind")).extracting(k -> k.get("kind").asString())
                .containsExactly("TRAINING_CLASS", "WORKSHOP", "STUDY_TOUR");
        // the plan was closed at the end of 2023 far short of its target
        assertThat(view.at("/forecast/status").asString()).isEqualTo("OFF_TRACK");
        assertThat(view.at("/forecast/personTurns/basis").asString()).isEqualTo("CLOSED");
        assertThat(view.at("/linesByStatus/OFF_TRACK").asInt()).isEqualTo(4);
        assertThat(view.at("/asOf").asString()).isEqualTo("2025-09-15");
    }

    @Test
    void aMergedProvinceReportsItsPredecessorsHistoryAndCountsEachPersonOnce() throws Exception {
        List<PlanExpect> plans = LOAD.plansOf("bac-giang", "bac-ninh");
        JsonNode overview = read(get("/api/v1/progress"), officer("bac-ninh"));

        assertThat(overview.at("/province/inherits/0/tenantId").asString()).isEqualTo("bac-giang");
        assertThat(overview.at("/plans/total").asInt()).isEqualTo(2);
        assertThat(overview.at("/plans/closed").asInt()).isEqualTo(1);
        assertThat(overview.at("/totals/personTurns/achieved").asLong())
                .isEqualTo(plans.stream().mapToLong(PlanExpect::turns).sum());
        Set<String> persons = TrainingLoad.persons(plans);
        assertThat(persons.size()).isLessThan(plans.stream().mapToInt(p -> p.persons().size()).sum());
        assertThat(overview.at("/totals/persons/unique").asLong()).isEqualTo(persons.size());
        assertThat(overview.at("/totals/budget/spentVnd").asLong())
                .isEqualTo(plans.stream().mapToLong(p -> p.money(2)).sum());
        assertThat(overview.get("programmes")).extracting(p -> p.get("programmeCode").asString())
                .containsExactly(TrainingLoad.DTTS, TrainingLoad.NTM);
        JsonNode ntm = overview.at("/programmes/1");
        PlanExpect bacNinh = LOAD.plans.get("bac-ninh/kh-bn-ntm-2025");
        assertThat(ntm.at("/figures/persons/unique").asLong()).isEqualTo(bacNinh.persons().size());
        assertThat(ntm.at("/figures/persons/coverage/requiredPersons").asLong()).isEqualTo(120 + 200);
        assertThat(ntm.at("/figures/persons/coverage/covered").asLong())
                .isEqualTo(bacNinh.lines.values().stream().mapToLong(l -> l.persons.size()).sum());

        JsonNode firstPage = read(get("/api/v1/progress/plans").param("size", "1"), officer("bac-ninh"));
        assertThat(firstPage.get("total").asLong()).isEqualTo(2);
        assertThat(firstPage.get("items")).hasSize(1);
        assertThat(firstPage.at("/items/0/planId").asString()).isEqualTo("kh-bn-ntm-2025");
        JsonNode secondPage = read(get("/api/v1/progress/plans").param("size", "1").param("page", "1"), officer("bac-ninh"));
        assertThat(secondPage.at("/items/0/planId").asString()).isEqualTo("kh-bg-2023");
        assertThat(secondPage.at("/items/0/tenantId").asString()).isEqualTo("bac-giang");
        JsonNode closed = read(get("/api/v1/progress/plans").param("state", "CLOSED"), officer("bac-ninh"));
        assertThat(closed.get("total").asLong()).isEqualTo(1);

        // the predecessor's plan is part of the heir's history
        JsonNode inherited = read(get("/api/v1/progress/plans/kh-bg-2023"), officer("bac-ninh"));
        assertThat(inherited.get("tenantName").asString()).isEqualTo("Bắc Giang");
    }

    @Test
    void resultsRecordedUnderUnitsThatMergedCountForTheUnitsOfToday() throws Exception {
        Map<String, Long> turns = new TreeMap<>();
        Map<String, Long> held = new TreeMap<>();
        for (PlanExpect plan : LOAD.plansOf("bac-giang", "bac-ninh")) {
            plan.turnsByUnit.forEach((unit, n) -> turns.merge(TrainingLoad.SUCCESSOR.getOrDefault(unit, unit), n, Long::sum));
            plan.heldByUnit.forEach((unit, n) -> held.merge(TrainingLoad.SUCCESSOR.getOrDefault(unit, unit), n, Long::sum));
        }
        JsonNode units = read(get("/api/v1/progress/units").param("size", "200"), officer("bac-ninh"));

        Map<String, Long> actualTurns = new TreeMap<>();
        Map<String, Long> actualHeld = new TreeMap<>();
        for (JsonNode row : units.get("items")) {
            actualTurns.put(row.get("unitCode").asString(), row.get("personTurns").asLong());
            actualHeld.put(row.get("unitCode").asString(), row.get("activitiesHeld").asLong());
        }
        assertThat(actualTurns).isEqualTo(turns);
        assertThat(actualHeld).isEqualTo(held);
        JsonNode sonDong = find(units.get("items"), "unitCode", "27-son-dong");
        assertThat(sonDong.get("name").asString()).isEqualTo("xã Sơn Động");
        assertThat(sonDong.get("recordedUnitCodes")).extracting(JsonNode::asString).contains("24-an-chau", "24-tuan-dao");
        assertThat(sonDong.get("parentName").asString()).isEqualTo("tỉnh Bắc Ninh");

        // the map as it was before the reorganisation
        JsonNode before = read(get("/api/v1/progress/units").param("on", "2024-12-31").param("level", "DISTRICT")
                .param("planId", "kh-bg-2023"), officer("bac-ninh"));
        assertThat(before.get("items")).extracting(r -> r.get("unitCode").asString())
                .containsExactlyInAnyOrder("24-son-dong", "24-luc-ngan");
    }

    @Test
    void theMinistrySeesTheCountryWithDrillDownAndNoPersonalData() throws Exception {
        JsonNode national = read(get("/api/v1/national/progress"), ANALYST);
        List<PlanExpect> all = List.copyOf(LOAD.plans.values());
        assertThat(national.get("provinces").asInt()).isEqualTo(3);
        assertThat(national.get("plans").asInt()).isEqualTo(all.size());
        assertThat(national.at("/totals/personTurns/achieved").asLong()).isEqualTo(all.stream().mapToLong(PlanExpect::turns).sum());
        assertThat(national.at("/totals/personTurns/target").asLong()).isEqualTo(all.stream().mapToLong(PlanExpect::target).sum());
        assertThat(national.at("/totals/activities/held").asLong()).isEqualTo(all.stream().mapToLong(PlanExpect::held).sum());
        assertThat(national.at("/totals/persons/unique").asLong()).isEqualTo(TrainingLoad.persons(all).size());
        assertThat(national.at("/totals/budget/spentVnd").asLong()).isEqualTo(all.stream().mapToLong(p -> p.money(2)).sum());
        JsonNode dtts = find(national.get("programmes"), "programmeCode", TrainingLoad.DTTS);
        List<PlanExpect> dttsPlans = all.stream().filter(p -> p.programme.equals(TrainingLoad.DTTS)).toList();
        assertThat(dtts.at("/figures/personTurns/achieved").asLong()).isEqualTo(dttsPlans.stream().mapToLong(PlanExpect::turns).sum());
        assertThat(dtts.get("provinces").asInt()).isEqualTo(3);
        assertThat(dtts.at("/figures/persons/unique").asLong()).isEqualTo(TrainingLoad.persons(dttsPlans).size());

        // provinces ranked by person-turns as a share of their targets; Bắc Giang counts under Bắc Ninh
        Map<String, List<PlanExpect>> byProvince = Map.of(
                "bac-ninh", LOAD.plansOf("bac-giang", "bac-ninh"), "thanh-hoa", LOAD.plansOf("thanh-hoa"),
                "lang-son", LOAD.plansOf("lang-son"));
        List<String> expectedOrder = byProvince.keySet().stream().sorted(Comparator.comparingDouble((String t) ->
                (double) byProvince.get(t).stream().mapToLong(PlanExpect::turns).sum()
                        / byProvince.get(t).stream().mapToLong(PlanExpect::target).sum()).reversed()).toList();
        JsonNode ranking = read(get("/api/v1/national/provinces").param("order", "PROGRESS"), ANALYST);
        assertThat(ranking.get("items")).extracting(r -> r.at("/province/tenantId").asString()).isEqualTo(expectedOrder);
        // by default, who needs attention first (issue 16)
        assertThat(read(get("/api/v1/national/provinces"), ANALYST).get("items"))
                .isEqualTo(read(get("/api/v1/national/provinces").param("order", "STATUS"), ANALYST).get("items"));
        assertThat(ranking.get("items")).extracting(r -> r.get("rank").asInt()).containsExactly(1, 2, 3);
        for (JsonNode row : ranking.get("items")) {
            List<PlanExpect> plans = byProvince.get(row.at("/province/tenantId").asString());
            assertThat(row.get("personTurns").asLong()).isEqualTo(plans.stream().mapToLong(PlanExpect::turns).sum());
            assertThat(row.get("plans").asInt()).isEqualTo(plans.size());
        }

        // drill-down: province → unit → plan, naming the province
        JsonNode province = read(get("/api/v1/progress").param("tenant", "thanh-hoa"), ANALYST);
        assertThat(province.at("/plans/total").asInt()).isEqualTo(2);
        JsonNode units = read(get("/api/v1/progress/units").header("X-Tenant-Id", "thanh-hoa"), ANALYST);
        assertThat(units.get("total").asInt()).isEqualTo(2);
        JsonNode plan = read(get("/api/v1/progress/plans/kh-th-2024").param("tenant", "thanh-hoa"), ANALYST);
        assertThat(plan.at("/totals/personTurns/achieved").asLong()).isEqualTo(LOAD.plans.get("thanh-hoa/kh-th-2024").turns());

        String everything = national.toString() + ranking + province + units + plan
                + read(get("/api/v1/progress/plans/kh-th-2024/activities").param("tenant", "thanh-hoa"), ANALYST);
        assertThat(everything).doesNotContain(TrainingLoad.personKey("thanh-hoa:0").substring(0, 16)).doesNotContain("personKey");
    }

    @Test
    void periodReportsReadLikeTheMinistrysReviews() throws Exception {
        PlanExpect bacGiang = LOAD.plans.get("bac-giang/kh-bg-2023");
        JsonNode report = read(get("/api/v1/national/report").param("from", "2023-01").param("to", "2023-12")
                .param("programmeCode", TrainingLoad.DTTS), ANALYST);

        assertThat(report.at("/total/plans").asInt()).isEqualTo(1);
        assertThat(report.at("/total/personTurns").asLong()).isEqualTo(bacGiang.turns());
        assertThat(report.at("/total/personTurnTarget").asLong()).isEqualTo(8_200);
        String percent = java.math.BigDecimal.valueOf(bacGiang.turns() * 100)
                .divide(java.math.BigDecimal.valueOf(8_200), 1, java.math.RoundingMode.HALF_UP).toPlainString();
        assertThat(report.at("/total/headlineVi").asString()).isEqualTo("01/2023–12/2023: " + bacGiang.turns()
                + " lượt người, đạt " + percent.replace('.', ',') + " % mục tiêu (8.200 lượt người)");

        PlanExpect langSon = LOAD.plans.get("lang-son/kh-ls-2024");
        long in2024 = langSon.turnsByMonth.entrySet().stream().filter(e -> e.getKey().startsWith("2024"))
                .mapToLong(Map.Entry::getValue).sum();
        JsonNode province = read(get("/api/v1/progress/report").param("from", "2024-01").param("to", "2024-12"),
                officer("lang-son"));
        assertThat(province.at("/total/personTurns").asLong()).isEqualTo(in2024);
        assertThat(province.at("/total/personTurnTarget").asLong()).isEqualTo(800);
        // one plan's period
        JsonNode plan = read(get("/api/v1/progress/plans/kh-ls-2024/report").param("from", "2024-01").param("to", "2024-12"),
                officer("lang-son"));
        assertThat(plan.at("/total/plans").asInt()).isEqualTo(1);
        assertThat(plan.at("/total/personTurns").asLong()).isEqualTo(in2024);
        assertThat(plan.at("/sameTimeLastYear/from").asString()).isEqualTo("2023-01");

        // a period beside the same months a year before ("so với cùng kỳ", issue 16), and its workbook
        JsonNode whole2023 = read(get("/api/v1/national/report").param("from", "2023-01").param("to", "2023-12"), ANALYST);
        JsonNode year2024 = read(get("/api/v1/national/report").param("from", "2024-01").param("to", "2024-12"), ANALYST);
        assertThat(year2024.at("/sameTimeLastYear/from").asString()).isEqualTo("2023-01");
        assertThat(year2024.at("/sameTimeLastYear/to").asString()).isEqualTo("2023-12");
        assertThat(year2024.at("/sameTimeLastYear/total/personTurns").asLong())
                .isEqualTo(whole2023.at("/total/personTurns").asLong()).isPositive();
        assertThat(year2024.at("/sameTimeLastYear/sameTimeLastYear").isNull()).isTrue();
        try (XSSFWorkbook workbook = workbook(get("/api/v1/national/export").param("from", "2024-01")
                .param("to", "2024-12"), ANALYST)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Theo kỳ");
            Sheet sheet = workbook.getSheet("Theo kỳ");
            Row total = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && "Tổng cộng".equals(row.getCell(0).getStringCellValue())) {
                    total = row;
                }
            }
            assertThat(total).isNotNull();
            assertThat((long) total.getCell(3).getNumericCellValue()).isEqualTo(year2024.at("/total/personTurns").asLong());
            assertThat((long) total.getCell(4).getNumericCellValue())
                    .isEqualTo(whole2023.at("/total/personTurns").asLong());
        }
    }

    @Test
    void forecastsCountThePipelineAndJudgeReachedTargets() throws Exception {
        PlanExpect langSon = LOAD.plans.get("lang-son/kh-ls-2024");
        JsonNode view = read(get("/api/v1/progress/plans/kh-ls-2024"), officer("lang-son"));
        assertThat(view.at("/forecast/personTurns/pipeline").asLong()).isEqualTo(langSon.enrolledInScheduled());
        assertThat(view.at("/forecast/activities/pipeline").asLong()).isEqualTo(2);
        assertThat(view.at("/forecast/personTurns/deadline").asString()).isEqualTo("2025-12-31");
        assertThat(view.at("/forecast/personTurns/monthsRemaining").decimalValue()).isEqualByComparingTo("3.5");

        PlanExpect ntm = LOAD.plans.get("thanh-hoa/kh-th-ntm-2025");
        JsonNode reached = read(get("/api/v1/progress/plans/kh-th-ntm-2025"), officer("thanh-hoa"));
        assertThat(ntm.turns()).isGreaterThanOrEqualTo(ntm.target());
        assertThat(reached.at("/forecast/personTurns/status").asString()).isEqualTo("REACHED");
        assertThat(reached.at("/forecast/personTurns/basis").asString()).isEqualTo("REACHED");
        assertThat(reached.at("/forecast/personTurns/targetReachedOn").isNull()).isFalse();

        JsonNode pipeline = read(get("/api/v1/progress/plans/kh-ls-2024/activities").param("status", "SCHEDULED"),
                officer("lang-son"));
        assertThat(pipeline.get("total").asInt()).isEqualTo(2);
        long enrolled = 0;
        for (JsonNode row : pipeline.get("items")) {
            enrolled += row.get("enrolled").asLong();
        }
        assertThat(enrolled).isEqualTo(langSon.enrolledInScheduled());
    }

    @Test
    void theProjectionLagIsAGaugePerTopic() throws Exception {
        Instant newest = LOAD.events.stream().filter(e -> e.topic().equals("enrolment.events.v1"))
                .map(e -> Instant.parse(e.envelope().occurredAt())).max(Instant::compareTo).orElseThrow();
        // the scrape is on the management port (the kit's), which MockMvc does not reach
        HttpResponse<String> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + managementPort + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.statusCode()).isEqualTo(200);
        String metrics = scrape.body();
        double lag = Duration.between(newest, TestClock.NOW).toSeconds();
        assertThat(metrics).contains("reporting_projection_lag_seconds{application=\"reporting-service\",topic=\"enrolment.events.v1\"} "
                + String.valueOf(lag).replace(".0", ".0"));
    }

    @Test
    void exportsOpenInASpreadsheetWithTheApisNumbers() throws Exception {
        JsonNode view = read(get("/api/v1/progress/plans/kh-bg-2023"), officer("bac-giang"));
        MvcResult download = http.perform(get("/api/v1/progress/plans/kh-bg-2023/export")
                        .header(AUTHORIZATION, officer("bac-giang")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn();
        assertThat(download.getResponse().getHeader("Content-Disposition")).contains("tien-do-ke-hoach-kh-bg-2023.xlsx");
        DataFormatter vietnamese = new DataFormatter(java.util.Locale.forLanguageTag("vi-VN"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(
                download.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
            Sheet lines = workbook.getSheet("Chỉ tiêu");
            Row header = lines.getRow(4);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã dòng");
            assertThat(header.getCell(9).getStringCellValue()).isEqualTo("Lượt người đạt");
            for (int i = 0; i < view.get("lines").size(); i++) {
                JsonNode line = view.get("lines").get(i);
                Row row = lines.getRow(5 + i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(line.get("lineId").asString());
                assertThat((long) row.getCell(5).getNumericCellValue()).isEqualTo(line.at("/figures/activities/planned").asLong());
                assertThat((long) row.getCell(6).getNumericCellValue()).isEqualTo(line.at("/figures/activities/held").asLong());
                assertThat((long) row.getCell(8).getNumericCellValue()).isEqualTo(line.at("/figures/personTurns/target").asLong());
                assertThat((long) row.getCell(9).getNumericCellValue()).isEqualTo(line.at("/figures/personTurns/achieved").asLong());
                assertThat((long) row.getCell(11).getNumericCellValue()).isEqualTo(line.at("/figures/personTurns/women/count").asLong());
                assertThat((long) row.getCell(15).getNumericCellValue()).isEqualTo(line.at("/figures/persons/unique").asLong());
                assertThat((long) row.getCell(17).getNumericCellValue()).isEqualTo(line.at("/figures/budget/spentVnd").asLong());
            }
            Row total = lines.getRow(5 + view.get("lines").size());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat((long) total.getCell(9).getNumericCellValue()).isEqualTo(view.at("/totals/personTurns/achieved").asLong());
            assertThat(vietnamese.formatCellValue(total.getCell(17)))
                    .isEqualTo(vietnameseNumber(view.at("/totals/budget/spentVnd").asLong()));

            Sheet summary = workbook.getSheet("Tổng hợp");
            Row money = rowStartingWith(summary, "Kinh phí đã chi (đồng)");
            assertThat(vietnamese.formatCellValue(money.getCell(1))).isEqualTo("6.889.000.000");
            assertThat((long) money.getCell(2).getNumericCellValue()).isEqualTo(view.at("/totals/budget/spentVnd").asLong());

            Sheet sources = workbook.getSheet("Kinh phí");
            Row central = rowStartingWith(sources, "Ngân sách trung ương (sự nghiệp)");
            assertThat((long) central.getCell(4).getNumericCellValue())
                    .isEqualTo(view.at("/totals/budget/bySource/0/spentVnd").asLong());
            long monthly = 0;
            Sheet months = workbook.getSheet("Theo tháng");
            for (int r = 5; r <= months.getLastRowNum(); r++) {
                monthly += (long) months.getRow(r).getCell(2).getNumericCellValue();
            }
            assertThat(monthly).isEqualTo(view.at("/totals/personTurns/achieved").asLong());
        }

        byte[] csv = http.perform(get("/api/v1/progress/plans/kh-bg-2023/export").param("format", "csv")
                        .header(AUTHORIZATION, officer("bac-giang")))
                .andExpect(status().isOk()).andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(java.util.Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> rows = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(rows.get(0)).startsWith("Mã dòng;Nội dung;Loại hoạt động;Đối tượng;Cấp;Số hoạt động kế hoạch");
        String[] totalRow = rows.get(rows.size() - 1).split(";", -1);
        assertThat(totalRow[0]).isEqualTo("Tổng cộng");
        assertThat(totalRow[17]).isEqualTo(vietnameseNumber(view.at("/totals/budget/spentVnd").asLong()));
        assertThat(rows.get(1)).contains("Lớp đào tạo, tập huấn;Cộng đồng");

        JsonNode plans = read(get("/api/v1/progress/plans"), officer("bac-ninh"));
        JsonNode overview = read(get("/api/v1/progress"), officer("bac-ninh"));
        try (XSSFWorkbook workbook = workbook(get("/api/v1/progress/export"), officer("bac-ninh"))) {
            Sheet sheet = workbook.getSheet("Kế hoạch");
            for (int i = 0; i < plans.get("items").size(); i++) {
                Row row = sheet.getRow(5 + i);
                JsonNode plan = plans.get("items").get(i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(plan.get("title").asString());
                assertThat((long) row.getCell(13).getNumericCellValue()).isEqualTo(plan.get("personTurns").asLong());
                assertThat((long) row.getCell(17).getNumericCellValue()).isEqualTo(plan.get("spentVnd").asLong());
                assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate().toString())
                        .isEqualTo(plan.get("periodStart").asString());
            }
            Row total = rowStartingWith(workbook.getSheet("Chương trình"), "Tổng cộng");
            assertThat((long) total.getCell(6).getNumericCellValue()).isEqualTo(overview.at("/totals/personTurns/achieved").asLong());
            assertThat((long) total.getCell(10).getNumericCellValue()).isEqualTo(overview.at("/totals/persons/unique").asLong());
        }

        JsonNode ranking = read(get("/api/v1/national/provinces"), ANALYST);
        try (XSSFWorkbook workbook = workbook(get("/api/v1/national/export"), ANALYST)) {
            Sheet sheet = workbook.getSheet("Theo tỉnh");
            for (int i = 0; i < ranking.get("items").size(); i++) {
                JsonNode province = ranking.get("items").get(i);
                Row row = sheet.getRow(5 + i);
                assertThat((long) row.getCell(0).getNumericCellValue()).isEqualTo(province.get("rank").asLong());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(province.at("/province/name").asString());
                assertThat((long) row.getCell(7).getNumericCellValue()).isEqualTo(province.get("personTurns").asLong());
                assertThat(row.getCell(8).getNumericCellValue())
                        .isEqualTo(province.get("personTurnsPercent").decimalValue().doubleValue());
            }
        }
    }

    @Test
    void aProvinceSeesOnlyItsOwnAndNoViewerChangesAnything() throws Exception {
        http.perform(get("/api/v1/progress/plans/kh-bn-ntm-2025").header(AUTHORIZATION, officer("thanh-hoa")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/v1/progress/plans/kh-bn-ntm-2025").header(AUTHORIZATION, officer("thanh-hoa"))
                        .header("X-Tenant-Id", "bac-ninh"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/v1/progress/export").param("tenant", "bac-ninh").header(AUTHORIZATION, officer("lang-son")))
                .andExpect(status().isForbidden());
        // the predecessor does not see its heir's plans
        http.perform(get("/api/v1/progress/plans/kh-bn-ntm-2025").header(AUTHORIZATION, officer("bac-giang")))
                .andExpect(status().isNotFound());
        http.perform(get("/api/v1/national/progress").header(AUTHORIZATION, officer("bac-ninh")))
                .andExpect(status().isForbidden());
        http.perform(get("/api/v1/national/export").header(AUTHORIZATION, officer("bac-ninh")))
                .andExpect(status().isForbidden());
        http.perform(get("/api/v1/progress")).andExpect(status().isUnauthorized());
        http.perform(get("/api/v1/progress").header(AUTHORIZATION, ANALYST))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("X-Tenant-Id"));
        try (SseClient other = new SseClient(URI.create("http://localhost:" + port
                + "/api/v1/progress/stream?tenant=bac-ninh&access_token=" + TestTokens.officer("thanh-hoa")))) {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> other.status() == 403);
        }
        try (SseClient provinceOnNational = new SseClient(URI.create("http://localhost:" + port
                + "/api/v1/national/stream?access_token=" + TestTokens.officer("bac-ninh")))) {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> provinceOnNational.status() == 403);
        }

        String viewer = TestTokens.bearer(TestTokens.viewer("bac-ninh"));
        JsonNode before = read(get("/api/v1/progress/plans/kh-bn-ntm-2025"), viewer);
        http.perform(post("/api/v1/admin/figures/recompute").header(AUTHORIZATION, viewer))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(post("/api/v1/admin/figures/recompute").header(AUTHORIZATION, officer("bac-ninh")))
                .andExpect(status().isForbidden());
        http.perform(post("/api/v1/admin/figures/recompute").header(AUTHORIZATION, TestTokens.bearer(TestTokens.platformAdmin())))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.plans").value(LOAD.plans.size()));
        refresher.refreshPending();
        assertThat(read(get("/api/v1/progress/plans/kh-bn-ntm-2025"), viewer)).isEqualTo(before);
    }

    @Test
    void badParametersAreAProblemNamingEachOneInBothLanguages() throws Exception {
        String officer = officer("lang-son");
        http.perform(get("/api/v1/progress/report").param("from", "2023-13").param("to", "abc").header(AUTHORIZATION, officer))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
                .andExpect(jsonPath("$.titleEn").value("Invalid input"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field=='from')].message").value("phải là tháng dạng yyyy-MM, ví dụ 2023-01 (nhận được: 2023-13)"))
                .andExpect(jsonPath("$.errors[?(@.field=='from')].messageEn").value("must be a month as yyyy-MM, e.g. 2023-01 (got: 2023-13)"))
                .andExpect(jsonPath("$.errors[?(@.field=='to')].messageEn").exists());
        http.perform(get("/api/v1/progress/report").param("from", "2024-05").param("to", "2024-01").header(AUTHORIZATION, officer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("tháng kết thúc không được trước tháng bắt đầu (from)"));
        http.perform(get("/api/v1/progress/report").header(AUTHORIZATION, officer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
        http.perform(get("/api/v1/progress/plans").param("state", "OPEN").param("status", "GOOD").param("page", "-1")
                        .param("size", "500").header(AUTHORIZATION, officer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("state", "status", "page", "size")))
                .andExpect(jsonPath("$.errors[?(@.field=='size')].messageEn").value("must be between 1 and 200"))
                .andExpect(jsonPath("$.errors[?(@.field=='state')].message").value("không hợp lệ: OPEN; chọn một trong: IN_FORCE, CLOSED"));
        http.perform(get("/api/v1/progress/units").param("level", "HAMLET").param("on", "15/09/2025").header(AUTHORIZATION, officer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("level", "on")));
        http.perform(get("/api/v1/progress/export").param("format", "pdf").header(AUTHORIZATION, officer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        http.perform(get("/api/v1/progress/export").param("from", "2024-05").header(AUTHORIZATION, officer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        http.perform(get("/api/v1/national/provinces").param("order", "BEST").header(AUTHORIZATION, ANALYST))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("order"));
        http.perform(get("/api/v1/progress/plans/no-such-plan").header(AUTHORIZATION, officer))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detailEn").value("plan no-such-plan was not found"));
    }

    /**
     * A rebuild stops this replica's consumers and empties the projections: another replica consuming meanwhile would
     * apply events to what is being emptied. While the group has a consumer beyond this replica's, it is refused at
     * once, saying so (before, it stopped its consumers and failed a minute later).
     */
    @Test
    void aRebuildIsRefusedWhileAnotherReplicaConsumes(
            @org.springframework.beans.factory.annotation.Value("${spring.cloud.stream.bindings.onReferenceEvents-in-0.group}")
            String group) throws Exception {
        try (var other = new org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]>(Map.of(
                "bootstrap.servers", brokers, "group.id", group, "enable.auto.commit", "false",
                "key.deserializer", org.apache.kafka.common.serialization.ByteArrayDeserializer.class.getName(),
                "value.deserializer", org.apache.kafka.common.serialization.ByteArrayDeserializer.class.getName()))) {
            other.subscribe(List.of("reference.events.v1"));
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                other.poll(Duration.ofMillis(200)); // joins the group; reads without committing
                return !other.assignment().isEmpty();
            });
            http.perform(post("/api/v1/admin/projections/rebuild")
                            .header(AUTHORIZATION, TestTokens.bearer(TestTokens.platformAdmin())))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/other-replicas-consuming")))
                    .andExpect(jsonPath("$.detailEn").value(org.hamcrest.Matchers.containsString("scale it to one replica")));
        }
        http.perform(get("/api/v1/admin/projections/rebuild")
                        .header(AUTHORIZATION, TestTokens.bearer(TestTokens.platformAdmin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value(org.hamcrest.Matchers.not("RUNNING")));
    }

    @Test
    void replayingTheTopicsIntoAFreshStoreGivesIdenticalFigures() throws Exception {
        refresher.refreshPending();
        String group = "reporting-rebuild-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        var issuer = TestTokens.issuer();
        try (ConfigurableApplicationContext rebuilt = new SpringApplicationBuilder(ReportingServiceApplication.class,
                TestClock.class).profiles("test").run(
                "--server.port=0",
                "--spring.mongodb.uri=" + vn.taphuan.testsupport.EmbeddedMongo.uri(group),
                "--spring.cloud.stream.kafka.binder.brokers=" + brokers,
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer.issuer(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + issuer.jwkSetUri(),
                "--spring.cloud.stream.bindings.onPlanEvents-in-0.group=" + group,
                "--spring.cloud.stream.bindings.onEnrolmentEvents-in-0.group=" + group,
                "--spring.cloud.stream.bindings.onBudgetEvents-in-0.group=" + group,
                "--spring.cloud.stream.bindings.onReferenceEvents-in-0.group=" + group,
                "--spring.cloud.stream.bindings.tenantEvents-in-0.group=" + group + "-tenants")) {
            int rebuiltPort = rebuilt.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            try (Broker broker = new Broker(brokers)) {
                broker.awaitConsumed(group, Duration.ofSeconds(180));
            }
            rebuilt.getBean(FiguresRefresher.class).refreshPending();

            List<String[]> views = new ArrayList<>();
            for (String tenant : List.of("bac-giang", "bac-ninh", "thanh-hoa", "lang-son")) {
                String token = officer(tenant);
                for (String path : List.of("/api/v1/progress", "/api/v1/progress/plans?size=200",
                        "/api/v1/progress/units?size=200", "/api/v1/progress/report?from=2023-01&to=2025-12",
                        "/api/v1/progress/export?format=csv")) {
                    views.add(new String[]{path, token});
                }
                for (JsonNode plan : read(get("/api/v1/progress/plans").param("size", "200"), token).get("items")) {
                    String id = plan.get("planId").asString();
                    views.add(new String[]{"/api/v1/progress/plans/" + id, token});
                    views.add(new String[]{"/api/v1/progress/plans/" + id + "/activities?size=200", token});
                    views.add(new String[]{"/api/v1/progress/plans/" + id + "/export?format=csv", token});
                }
            }
            for (String path : List.of("/api/v1/national/progress", "/api/v1/national/provinces",
                    "/api/v1/national/report?from=2023-01&to=2025-12", "/api/v1/national/export?format=csv")) {
                views.add(new String[]{path, ANALYST});
            }
            assertThat(views).hasSizeGreaterThan(40);
            for (String[] view : views) {
                assertThat(fetch(rebuiltPort, view[0], view[1])).as(view[0]).isEqualTo(fetch(port, view[0], view[1]));
            }
        }
    }

    private static String fetch(int port, String path, String token) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path)).header(AUTHORIZATION, token).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private XSSFWorkbook workbook(MockHttpServletRequestBuilder request, String token) throws Exception {
        byte[] bytes = http.perform(request.header(AUTHORIZATION, token)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes));
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && text.equals(row.getCell(0).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row " + text + " in " + sheet.getSheetName());
    }

    /** Thousands grouped the Vietnamese way by the JDK's own locale data, independently of the exporter. */
    private static String vietnameseNumber(long value) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi-VN")).format(value);
    }

    private JsonNode read(MockHttpServletRequestBuilder request, String token) throws Exception {
        MvcResult result = http.perform(request.header(AUTHORIZATION, token)).andExpect(status().isOk()).andReturn();
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.get(field).asString())) {
                return node;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }
}
