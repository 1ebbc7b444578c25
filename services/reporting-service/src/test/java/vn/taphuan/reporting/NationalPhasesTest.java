package vn.taphuan.reporting;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.contracts.enrolment.v1.TrainingEventHeld;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.contracts.plan.v1.FundingAmount;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.ProgrammeRules;
import vn.taphuan.contracts.plan.v1.TargetLine;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.reporting.figures.FiguresRefresher;
import vn.taphuan.reporting.support.Broker;
import vn.taphuan.reporting.support.Envelopes;
import vn.taphuan.reporting.support.ReportingIntegrationTest;
import vn.taphuan.testsupport.identity.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20 item 3 through the API: a learner trained in 2024 under the ethnic-minority programme and in 2026 under
 * the merged programme is one person, while each phase counts its own person-turns; the ministry's views show a
 * phase, a programme or everything, and an analyst of one ministry the programmes it owns (item 5). The province is
 * this class's own and the merged programme is used by no other test, so what is asserted of them is exact on the
 * store the classes share.
 */
@ReportingIntegrationTest
class NationalPhasesTest {

    static final String DTTS = "MTQG_DTTS_MN_2021_2025";
    static final String MERGED = "MTQG_NTM_GN_DTTS_2026_2035";
    static final String COMMUNE = "12-xa-thu";

    @Autowired
    MockMvc http;
    @Autowired
    JsonMapper json;
    @Autowired
    KnownTenants tenants;
    @Autowired
    FiguresRefresher refresher;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String tenant = "lai-chau-" + run;

    @BeforeEach
    void aLearnerOfBothPhasesAndOneOfTheNewPhaseOnly() {
        tenants.onboard(tenant, "Lai Châu " + run, "12", List.of());
        String p = sha256("person-a-" + run);
        String q = sha256("person-b-" + run);
        List<Envelopes.Published> events = new ArrayList<>();
        events.add(plan("kh-2024-" + run, DTTS, "2024-01-01", "2024-12-31", "2025-12-31"));
        events.add(plan("kh-2026-" + run, MERGED, "2026-01-01", "2026-12-31", "2030-12-31"));
        events.addAll(held("lop-2024-" + run, "kh-2024-" + run, "2024-05-20", "2024-05-21"));
        events.addAll(held("lop-2026-" + run, "kh-2026-" + run, "2026-03-09", "2026-03-10"));
        events.add(completed("lop-2024-" + run, "kh-2024-" + run, DTTS, "en-1-" + run, p, "2024-05-21", 3));
        events.add(completed("lop-2026-" + run, "kh-2026-" + run, MERGED, "en-2-" + run, p, "2026-03-10", 3));
        events.add(completed("lop-2026-" + run, "kh-2026-" + run, MERGED, "en-3-" + run, q, "2026-04-02", 4));
        try (Broker broker = new Broker(brokers)) {
            broker.publishAll(events);
            broker.awaitConsumed("reporting", Duration.ofSeconds(60));
        }
        refresher.refreshPending();
    }

    private Envelopes.Published plan(String planId, String programme, String start, String end, String deadline) {
        return Envelopes.envelope(tenant, planId, 1, start + "T02:00:00Z", new PlanApproved(planId, 1, programme,
                "Chương trình " + programme, new ProgrammeRules(null, null, 80), "Kế hoạch " + planId, "UBND tỉnh",
                null, null, start, end, deadline, 100_000_000L, List.of(new FundingAmount("CENTRAL", 100_000_000L)),
                List.of(new TargetLine("community", "TRAINING_CLASS", "COMMUNITY", null, null, "Cộng đồng", 2, 10,
                        null, null, null, null, null))));
    }

    /** An activity scheduled and held: its completions count towards its line. */
    private List<Envelopes.Published> held(String activity, String planId, String start, String end) {
        return List.of(Envelopes.envelope(tenant, activity, 1, start + "T02:00:00Z", new TrainingEventScheduled(
                        activity, planId, "community", "TRAINING_CLASS", "COMMUNITY", "Lớp " + activity, COMMUNE, start,
                        end, 40, 2, 1, 2)),
                Envelopes.envelope(tenant, activity, 2, end + "T09:00:00Z", new TrainingEventHeld(activity, planId,
                        "community", "TRAINING_CLASS", COMMUNE, end, 2)));
    }

    private Envelopes.Published completed(String activity, String planId, String programme, String enrolment,
                                          String person, String on, long pageVersion) {
        // the roster page's version: each write of the page is a new one
        return Envelopes.enrolment(tenant, activity, planId, "community", programme, Envelopes.state(enrolment, pageVersion,
                "COMPLETED", person, "FEMALE", true, COMMUNE, on, on), on + "T10:00:00Z");
    }

    @Test
    void aLearnerOfBothPhasesIsOnePersonWhilePersonTurnsStayWithTheirPhase() throws Exception {
        JsonNode province = read(get("/api/v1/progress"), TestTokens.officer(tenant));
        assertThat(province.at("/totals/personTurns/achieved").asLong()).isEqualTo(3);
        assertThat(province.at("/totals/persons/unique").asLong()).isEqualTo(2);

        JsonNode old = row(read(get("/api/v1/national/provinces").param("phase", "2021-2025").param("size", "200"),
                TestTokens.analyst()));
        JsonNode next = row(read(get("/api/v1/national/provinces").param("phase", "2026-2030").param("size", "200"),
                TestTokens.analyst()));
        JsonNode all = row(read(get("/api/v1/national/provinces").param("size", "200"), TestTokens.analyst()));
        assertThat(old.get("personTurns").asLong()).isEqualTo(1);
        assertThat(old.get("plans").asInt()).isEqualTo(1);
        assertThat(next.get("personTurns").asLong()).isEqualTo(2);
        assertThat(all.get("personTurns").asLong()).isEqualTo(3);
        assertThat(all.get("plans").asInt()).isEqualTo(2);

        JsonNode newPhase = read(get("/api/v1/national/progress").param("phase", "2026-2030"), TestTokens.analyst());
        assertThat(newPhase.at("/selection/phase").asString()).isEqualTo("2026-2030");
        assertThat(codes(newPhase.at("/selection/phases"))).contains("2021-2025", "2026-2030");
        assertThat(codes(newPhase.get("programmes"), "programmeCode")).containsExactly(MERGED);
        JsonNode merged = newPhase.at("/programmes/0/figures");
        assertThat(merged.at("/personTurns/achieved").asLong()).isEqualTo(2);
        assertThat(merged.at("/persons/unique").asLong()).isEqualTo(2);

        JsonNode oldPhase = read(get("/api/v1/national/progress").param("phase", "2021-2025"), TestTokens.analyst());
        assertThat(codes(oldPhase.get("programmes"), "programmeCode")).doesNotContain(MERGED).contains(DTTS);
    }

    @Test
    void anAnalystOfOneMinistrySeesItsProgrammesAndIsRefusedAnother() throws Exception {
        String agriculture = TestTokens.ministryAnalyst("BNNMT");
        JsonNode own = read(get("/api/v1/national/progress"), agriculture);
        assertThat(codes(own.get("programmes"), "programmeCode")).contains(MERGED).doesNotContain(DTTS);
        assertThat(own.at("/selection/ministryName").asString()).isEqualTo("Bộ Nông nghiệp và Môi trường");
        JsonNode inProvince = read(get("/api/v1/progress").param("tenant", tenant), agriculture);
        assertThat(inProvince.at("/totals/personTurns/achieved").asLong()).isEqualTo(2);
        assertThat(codes(inProvince.get("programmes"), "programmeCode")).containsExactly(MERGED);

        MvcResult refused = http.perform(get("/api/v1/national/progress").param("programmeCode", DTTS)
                .header(AUTHORIZATION, TestTokens.bearer(agriculture))).andExpect(status().isForbidden()).andReturn();
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");

        JsonNode ethnic = read(get("/api/v1/national/progress").param("phase", "2026-2030"),
                TestTokens.ministryAnalyst("BDTTG"));
        assertThat(codes(ethnic.get("programmes"), "programmeCode")).isEmpty();
    }

    @Test
    void aPhaseThatIsNotFiveYearsOfThePlansIsBadInputNamingTheField() throws Exception {
        MvcResult bad = http.perform(get("/api/v1/national/provinces").param("phase", "2026-2035")
                .header(AUTHORIZATION, TestTokens.bearer(TestTokens.analyst()))).andExpect(status().isBadRequest())
                .andReturn();
        assertThat(bad.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(bad.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("phase");
    }

    private JsonNode row(JsonNode page) {
        for (JsonNode row : page.get("items")) {
            if (tenant.equals(row.at("/province/tenantId").asString())) {
                return row;
            }
        }
        throw new AssertionError("no row of " + tenant);
    }

    private static List<String> codes(JsonNode array) {
        return codes(array, "code");
    }

    private static List<String> codes(JsonNode array, String field) {
        List<String> codes = new ArrayList<>();
        array.forEach(node -> codes.add(node.get(field).asString()));
        return codes;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(MockHttpServletRequestBuilder request, String token) throws Exception {
        MvcResult result = http.perform(request.header(AUTHORIZATION, TestTokens.bearer(token)))
                .andExpect(status().isOk()).andReturn();
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
