package vn.taphuan.budget;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.testing.AccessIsolationSuite;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.identity.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 8's isolation suite over every endpoint of this service. The victim is Điện Biên, a province no other test
 * uses, so its data is exactly what this class creates: an approved plan, a class and a completion heard from Kafka
 * as plan- and enrolment-service publish them, then through the API an allocation, a payment on the class and the
 * province's own unit-cost norms. Lạng Sơn attacks it. This service keeps no personal data of learners (only counts
 * of person-turns), so there are no personal markers; the suite still checks the analyst reads progress only.
 * Same annotations as the other integration tests: one shared context.
 */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class BudgetIsolationTest extends AccessIsolationSuite {

    static final String VICTIM = "dien-bien";
    static final String OTHER = "lang-son";
    static final String NORMS = """
            {"validFrom":"%s","validTo":"%s","legalBasis":"%s",
             "rates":{"PER_DIEM_LEARNER_DAY":110000,"TRAINER_FEE_SESSION":600000,"VENUE_DAY":2000000,
                      "MATERIALS_LEARNER":40000,"FIELD_VISIT_SESSION":1000000,"TRAVEL_PERSON":2500000,
                      "LODGING_PERSON_NIGHT":300000,"ORGANISATION_ACTIVITY":500000}}""";

    @Autowired
    MockMvc http;
    @Autowired
    JsonMapper json;
    @Autowired
    KnownTenants tenants;
    @Autowired
    MongoTemplate mongo;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String planId = "plan-dien-bien-" + run;
    private final String eventId = "te-dien-bien-" + run;
    private final String allocationId = "alloc-dien-bien-" + run;
    private final String expenditureId = "pc-dien-bien-" + run;
    private final String decisionNumber = "77/QĐ-UBND-" + run;
    private final String paymentDocument = "PC-" + run + "/2023";
    private final String legalBasis = "Nghị quyết 05/2023/NQ-HĐND tỉnh Điện Biên " + run;
    private String normSetId;
    private long normsVersion;
    private long budgetVersion;

    @BeforeEach
    void dienBienWithAPlanAClassMoneyAndNorms() throws Exception {
        tenants.onboard(VICTIM, "Điện Biên", "11", List.of());
        tenants.onboard(OTHER, "Lạng Sơn", "20", List.of());
        try (EventsToBroker broker = new EventsToBroker(brokers)) {
            awaitProcessed(broker.publish(VICTIM, planId, 1, BudgetEvents.bacGiang2023(planId)));
            awaitProcessed(broker.publish(VICTIM, eventId, 1,
                    BudgetEvents.communityClass(planId, eventId, "2023-05-10", "2023-05-11")));
            broker.publish(VICTIM, BudgetEvents.pageId(eventId, 0), 1, BudgetEvents.page(planId, eventId, 0,
                    BudgetEvents.completed(eventId + ".0.en-" + run, 2)));
            // handled in batches without the inbox: wait for the person-turn itself
            await().atMost(Duration.ofSeconds(20)).until(() -> mongo.exists(
                    Query.query(Criteria.where("_id").is(VICTIM + ":" + planId)), "plan_person_turns"));
        }
        String officer = TestTokens.bearer(TestTokens.officer(VICTIM));
        call(officer, post("/api/v1/budgets/" + planId + "/allocations").content("""
                {"allocationId":"%s","targetLineId":"community-classes","fundingSource":"CENTRAL",
                 "amountVnd":120000000,"decisionNumber":"%s","decisionDate":"2023-04-03"}"""
                .formatted(allocationId, decisionNumber)), 201);
        call(officer, post("/api/v1/budgets/" + planId + "/expenditures").content("""
                {"expenditureId":"%s","targetLineId":"community-classes","trainingEventId":"%s",
                 "fundingSource":"CENTRAL","amountVnd":31500000,"documentNumber":"%s","spentOn":"2023-05-12"}"""
                .formatted(expenditureId, eventId, paymentDocument)), 201);
        normSetId = call(TestTokens.bearer(TestTokens.provinceAdmin(VICTIM)), post("/api/v1/cost-norms/sets")
                .content(NORMS.formatted("2024-01-01", "2024-12-31", legalBasis)), 201).get("id").asString();
        // a second set, so the victim's norms are at a version another province's are not
        call(TestTokens.bearer(TestTokens.provinceAdmin(VICTIM)), post("/api/v1/cost-norms/sets")
                .content(NORMS.formatted("2025-01-01", "2025-06-30", legalBasis + " (2025)")), 201);
        normsVersion = call(officer, get("/api/v1/cost-norms"), 200).get("version").asLong();
        budgetVersion = call(officer, get("/api/v1/budgets/" + planId), 200).get("version").asLong();
    }

    private JsonNode call(String bearer, MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        MvcResult result = http.perform(request.header(AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().is(expectedStatus)).andReturn();
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private void awaitProcessed(EventsToBroker.Sent event) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.exists(
                Query.query(Criteria.where("_id").is(event.eventId())), "processed_events"));
    }

    @Override
    protected Map<String, Call> calls() {
        Map<String, String> plan = Map.of("planId", planId);
        Map<String, String> activity = Map.of("planId", planId, "trainingEventId", eventId);
        String read = "\"" + budgetVersion + "\"";
        return Map.ofEntries(
                Map.entry("GET /api/v1/budgets", Call.plain()),
                Map.entry("GET /api/v1/budgets/{planId}", Call.to(plan)),
                Map.entry("GET /api/v1/budgets/{planId}/allocations", Call.to(plan)),
                Map.entry("GET /api/v1/budgets/{planId}/allocations/{allocationId}",
                        Call.to(Map.of("planId", planId, "allocationId", allocationId))),
                Map.entry("POST /api/v1/budgets/{planId}/allocations", Call.to(plan).header("If-Match", read).json("""
                        {"targetLineId":"community-classes","fundingSource":"CENTRAL","amountVnd":5000000,
                         "decisionNumber":"12/QĐ-STC","decisionDate":"2023-06-01"}""")),
                Map.entry("GET /api/v1/budgets/{planId}/expenditures", Call.to(plan)),
                Map.entry("GET /api/v1/budgets/{planId}/expenditures/{expenditureId}",
                        Call.to(Map.of("planId", planId, "expenditureId", expenditureId))),
                Map.entry("POST /api/v1/budgets/{planId}/expenditures", Call.to(plan).header("If-Match", read).json("""
                        {"targetLineId":"community-classes","trainingEventId":"%s","fundingSource":"CENTRAL",
                         "amountVnd":1000000,"documentNumber":"PC-99/2023","spentOn":"2023-05-20"}"""
                        .formatted(eventId))),
                Map.entry("GET /api/v1/budgets/{planId}/activities", Call.to(plan)),
                Map.entry("GET /api/v1/budgets/{planId}/activities/{trainingEventId}", Call.to(activity)),
                Map.entry("POST /api/v1/budgets/{planId}/activities/{trainingEventId}/settlement",
                        Call.to(activity).header("If-Match", read).json("{\"documentNumber\":\"QT-5/2023\",\"settledOn\":\"2023-06-15\"}")),
                Map.entry("GET /api/v1/cost-norms", Call.plain()),
                Map.entry("POST /api/v1/cost-norms/sets",
                        Call.plain().json(NORMS.formatted("2026-01-01", "2026-12-31", "Nghị quyết 01/2026/NQ-HĐND"))),
                Map.entry("PUT /api/v1/cost-norms/sets/{setId}", Call.to(Map.of("setId", normSetId))
                        .header("If-Match", "\"" + normsVersion + "\"").json(NORMS.formatted("2024-01-01", "2024-06-30", "Sửa đổi"))),
                Map.entry("GET /api/v1/cost-norms/estimate", Call.plain().query(
                        "activityKind=TRAINING_CLASS&startDate=2024-03-05&endDate=2024-03-06&capacity=75&sessionCount=4"
                                + "&fieldSessions=1")),
                Map.entry("GET /api/v1/audit", Call.plain()));
    }

    @Override
    protected Set<String> victimMarkers() {
        return Set.of(planId, eventId, allocationId, expenditureId, decisionNumber, paymentDocument, legalBasis,
                normSetId);
    }

    @Override
    protected String victimTenant() {
        return VICTIM;
    }

    @Override
    protected String otherTenant() {
        return OTHER;
    }


}
