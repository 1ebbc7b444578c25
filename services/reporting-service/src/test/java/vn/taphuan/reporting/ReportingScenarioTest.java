package vn.taphuan.reporting;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.contracts.enrolment.v1.ParticipantCompleted;
import vn.taphuan.reporting.figures.FiguresRefresher;
import vn.taphuan.reporting.support.Broker;
import vn.taphuan.reporting.support.Envelopes;
import vn.taphuan.reporting.support.ReportingIntegrationTest;
import vn.taphuan.reporting.support.SseClient;
import vn.taphuan.reporting.support.TestClock;
import vn.taphuan.reporting.support.TrainingLoad;
import vn.taphuan.reporting.support.TrainingLoad.LineExpect;
import vn.taphuan.reporting.support.TrainingLoad.PlanExpect;
import vn.taphuan.testsupport.identity.TestTokens;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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
 * as after a consumer crash), to the real embedded broker; every view answers the numbers that were sent; a change
 * reaches the live streams within one second; exports read back equal the API; replaying the topics into a fresh
 * store gives identical figures.
 */
@ReportingIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1)
class ReportingScenarioTest {

    static final TrainingLoad LOAD = TrainingLoad.generate(2025);
    static final String ANALYST = TestTokens.bearer(TestTokens.analyst());

    @Autowired
    MockMvc http;
    @Autowired
    JsonMapper json;
    @Autowired
    FiguresRefresher refresher;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @LocalServerPort
    int port;

    @BeforeAll
    void publishTheLoadTwiceShuffled() {
        List<Envelopes.Published> once = new ArrayList<>(LOAD.events);
        List<Envelopes.Published> again = new ArrayList<>(LOAD.events);
        Collections.shuffle(once, new Random(1));
        Collections.shuffle(again, new Random(2));
        List<Envelopes.Published> redelivered = new ArrayList<>(LOAD.redeliveredWithNewIds);
        Collections.shuffle(redelivered, new Random(3));
        try (Broker broker = new Broker(brokers)) {
            broker.publishAll(LOAD.tenants);
            broker.publishAll(once);
            broker.publishAll(again);
            broker.publishAll(redelivered);
            broker.awaitConsumed("reporting", Duration.ofSeconds(180));
        }
        refresher.refreshPending();
    }

    static String officer(String tenant) {
        return TestTokens.bearer(TestTokens.officer(tenant));
    }

    @Test
    @Order(1)
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
    @Order(2)
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
    @Order(3)
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
    @Order(4)
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
    @Order(5)
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
        JsonNode ranking = read(get("/api/v1/national/provinces"), ANALYST);
        assertThat(ranking.get("items")).extracting(r -> r.at("/province/tenantId").asString()).isEqualTo(expectedOrder);
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
    @Order(6)
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
    }

    @Test
    @Order(7)
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
        assertThat(reached.at("/forecast/personTurns/status").asString()).isEqualTo("ON_TRACK");
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
    @Order(8)
    void theProjectionLagIsAGaugePerTopic() throws Exception {
        Instant newest = LOAD.events.stream().filter(e -> e.topic().equals("enrolment.events.v1"))
                .map(e -> Instant.parse(e.envelope().occurredAt())).max(Instant::compareTo).orElseThrow();
        String metrics = http.perform(get("/actuator/prometheus")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        double lag = Duration.between(newest, TestClock.NOW).toSeconds();
        assertThat(metrics).contains("reporting_projection_lag_seconds{application=\"reporting-service\",topic=\"enrolment.events.v1\"} "
                + String.valueOf(lag).replace(".0", ".0"));
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
