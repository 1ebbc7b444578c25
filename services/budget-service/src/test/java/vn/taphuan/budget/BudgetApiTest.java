package vn.taphuan.budget;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.identity.TestTokens;

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

/** Errors as problem+json in both languages, optimistic concurrency, safe retries, and who may see and change what. */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class BudgetApiTest extends BudgetApiSupport {

    private static final String TENANT = "lang-son";
    private static final String ALLOCATION = """
            {"targetLineId":"community-classes","fundingSource":"CENTRAL","amountVnd":%d,
             "decisionNumber":"%s","decisionDate":"2023-04-03"}""";

    private String planId;

    @BeforeEach
    void anApprovedPlan() throws Exception {
        planId = "pl-ls-" + UUID.randomUUID().toString().substring(0, 8);
        broker.publish(TENANT, planId, 1, BudgetEvents.bacGiang2023(planId));
        await().atMost(WAIT).untilAsserted(() -> http.perform(get("/api/v1/budgets/" + planId)
                .header(AUTHORIZATION, officer(TENANT))).andExpect(status().isOk()));
    }

    @Test
    void badInputIsAProblemNamingEachFieldInBothLanguages() throws Exception {
        http.perform(post("/api/v1/budgets/" + planId + "/expenditures").header(AUTHORIZATION, officer(TENANT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targetLineId\":\"\",\"amountVnd\":-5,\"documentNumber\":\" \",\"expenditureId\":\"a b\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
                .andExpect(jsonPath("$.titleEn").value("Invalid input"))
                .andExpect(jsonPath("$.errors[?(@.field=='amountVnd')].message").value("phải lớn hơn 0"))
                .andExpect(jsonPath("$.errors[?(@.field=='amountVnd')].messageEn").value("must be greater than 0"))
                .andExpect(jsonPath("$.errors[?(@.field=='fundingSource')].messageEn").value("is required"))
                .andExpect(jsonPath("$.errors[?(@.field=='spentOn')].message").value("là bắt buộc"))
                .andExpect(jsonPath("$.errors[?(@.field=='documentNumber')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='targetLineId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='expenditureId')]").exists());

        // an unknown source, a malformed date
        http.perform(post("/api/v1/budgets/" + planId + "/allocations").header(AUTHORIZATION, officer(TENANT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ALLOCATION.formatted(1, "1/QĐ").replace("CENTRAL", "NGAN_SACH_XYZ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fundingSource"))
                .andExpect(jsonPath("$.errors[0].messageEn").value(org.hamcrest.Matchers.startsWith("must be one of: CENTRAL")));
        http.perform(post("/api/v1/budgets/" + planId + "/allocations").header(AUTHORIZATION, officer(TENANT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ALLOCATION.formatted(1, "1/QĐ").replace("2023-04-03", "03/04/2023")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decisionDate"));
    }

    @Test
    void amountsBeyondTheBoundAreAProblemNamingTheFieldAndAnAbsurdEstimateIsA422() throws Exception {
        JsonNode allocation = call(officer(TENANT), post("/api/v1/budgets/" + planId + "/allocations")
                .content(ALLOCATION.formatted(100_000_000_000_001L, "2/QĐ")), 400);
        assertThat(allocation.at("/errors/0/field").asString()).isEqualTo("amountVnd");
        assertThat(allocation.at("/errors/0/message").asString()).isEqualTo("phải nhỏ hơn hoặc bằng 100000000000000");

        JsonNode payment = call(officer(TENANT), post("/api/v1/budgets/" + planId + "/expenditures")
                .content("""
                        {"targetLineId":"community-classes","fundingSource":"CENTRAL","amountVnd":9223372036854775807,
                         "documentNumber":"PC-9","spentOn":"2023-05-12","overrideReason":"thử"}"""), 400);
        assertThat(payment.at("/errors/0/field").asString()).isEqualTo("amountVnd");

        // 100.000 learners for 100 years: more learner-days than any sum may carry
        http.perform(get("/api/v1/cost-norms/estimate").header(AUTHORIZATION, officer(TENANT))
                        .param("activityKind", "TRAINING_CLASS").param("startDate", "2000-01-01")
                        .param("endDate", "2099-12-31").param("capacity", "100000").param("sessionCount", "4"))
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("lines.PER_DIEM_LEARNER_DAY"));
    }

    @Test
    void aSourceThePlanDoesNotHaveAndADateOutsideItsPeriodAreRefusedNamingBoth() throws Exception {
        JsonNode problem = call(officer(TENANT), post("/api/v1/budgets/" + planId + "/allocations")
                .content(ALLOCATION.formatted(5_000_000, "9/QĐ").replace("CENTRAL", "PROVINCE")
                        .replace("2023-04-03", "2024-02-01")), 422);

        assertThat(problem.get("type").asString()).endsWith("/outside-plan");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("fundingSource");
        assertThat(problem.at("/errors/0/message").asString()).contains("ngân sách tỉnh");
        assertThat(problem.at("/errors/1/field").asString()).isEqualTo("decisionDate");
        assertThat(problem.at("/errors/1/messageEn").asString()).contains("01/01/2023 – 31/12/2023");
        assertThat(budget(officer(TENANT), planId).at("/totals/allocatedVnd").asLong()).isZero();
    }

    @Test
    void aRetriedAllocationIsRecordedOnceAndAStaleVersionGets412() throws Exception {
        String body = ALLOCATION.formatted(100_000_000, "112/QĐ-STC").replace("{", "{\"allocationId\":\"al-112-1\",");
        JsonNode first = call(officer(TENANT), post("/api/v1/budgets/" + planId + "/allocations").content(body), 201);
        JsonNode retried = call(officer(TENANT), post("/api/v1/budgets/" + planId + "/allocations").content(body), 200);
        assertThat(retried).isEqualTo(first);

        // the same decision for the same line and source under another id would count twice
        JsonNode twice = call(officer(TENANT), post("/api/v1/budgets/" + planId + "/allocations")
                .content(ALLOCATION.formatted(100_000_000, "112/QĐ-STC")), 409);
        assertThat(twice.get("detail").asString()).contains("al-112-1");

        long version = budget(officer(TENANT), planId).get("version").asLong();
        http.perform(get("/api/v1/budgets/" + planId).header(AUTHORIZATION, officer(TENANT)))
                .andExpect(header().string("ETag", "\"" + version + "\""));
        http.perform(post("/api/v1/budgets/" + planId + "/allocations").header(AUTHORIZATION, officer(TENANT))
                        .header("If-Match", "\"" + (version - 1) + "\"").contentType(MediaType.APPLICATION_JSON)
                        .content(ALLOCATION.formatted(1, "113/QĐ-STC")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://taphuan.vn/problems/stale-version"))
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        http.perform(post("/api/v1/budgets/" + planId + "/allocations").header(AUTHORIZATION, officer(TENANT))
                        .header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON)
                        .content(ALLOCATION.formatted(1, "113/QĐ-STC")))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"" + (version + 1) + "\""));
        assertThat(budget(officer(TENANT), planId).at("/totals/allocatedVnd").asLong()).isEqualTo(100_000_001L);
    }

    @Test
    void anotherProvinceCannotSeeOrChangeTheBudget() throws Exception {
        String other = officer("thanh-hoa");
        http.perform(get("/api/v1/budgets/" + planId).header(AUTHORIZATION, other))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(post("/api/v1/budgets/" + planId + "/allocations").header(AUTHORIZATION, other)
                        .contentType(MediaType.APPLICATION_JSON).content(ALLOCATION.formatted(1, "1/QĐ")))
                .andExpect(status().isNotFound());
        http.perform(get("/api/v1/budgets/" + planId).header(AUTHORIZATION, other).header("X-Tenant-Id", TENANT))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(call(other, get("/api/v1/budgets"), 200).get("items").findValuesAsString("planId")).doesNotContain(planId);
    }

    @Test
    void aViewerAndTheMinistryReadButCannotWrite() throws Exception {
        assertThat(budget(viewer(TENANT), planId).get("estimateVnd").asLong()).isEqualTo(6_889_000_000L);
        http.perform(post("/api/v1/budgets/" + planId + "/allocations").header(AUTHORIZATION, viewer(TENANT))
                        .contentType(MediaType.APPLICATION_JSON).content(ALLOCATION.formatted(1, "1/QĐ")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(post("/api/v1/budgets/" + planId + "/expenditures").header(AUTHORIZATION, viewer(TENANT))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"targetLineId\":\"workshops\","
                                + "\"fundingSource\":\"CENTRAL\",\"amountVnd\":1,\"documentNumber\":\"PC-1\",\"spentOn\":\"2023-05-01\"}"))
                .andExpect(status().isForbidden());

        String analyst = TestTokens.bearer(TestTokens.analyst());
        http.perform(get("/api/v1/budgets/" + planId).header(AUTHORIZATION, analyst).header("X-Tenant-Id", TENANT))
                .andExpect(status().isOk()).andExpect(jsonPath("$.planId").value(planId));
        http.perform(post("/api/v1/budgets/" + planId + "/allocations").header(AUTHORIZATION, analyst)
                        .header("X-Tenant-Id", TENANT).contentType(MediaType.APPLICATION_JSON)
                        .content(ALLOCATION.formatted(1, "1/QĐ")))
                .andExpect(status().isForbidden());
        assertThat(budget(officer(TENANT), planId).at("/totals/allocatedVnd").asLong()).isZero();
    }

    @Test
    void onlyTheProvinceAdministratorSetsNormsWhichApplyFromTheirFirstDay() throws Exception {
        String norms = """
                {"validFrom":"2024-01-01","validTo":"2024-12-31","legalBasis":"Nghị quyết 12/2023/NQ-HĐND tỉnh Lạng Sơn",
                 "rates":{"PER_DIEM_LEARNER_DAY":120000,"TRAINER_FEE_SESSION":600000,"VENUE_DAY":2000000,
                          "MATERIALS_LEARNER":40000,"FIELD_VISIT_SESSION":1000000,"TRAVEL_PERSON":2500000,
                          "LODGING_PERSON_NIGHT":300000,"ORGANISATION_ACTIVITY":500000}}""";
        call(officer(TENANT), post("/api/v1/cost-norms/sets").content(norms), 403);
        call(viewer(TENANT), post("/api/v1/cost-norms/sets").content(norms), 403);

        JsonNode added = call(admin(TENANT), post("/api/v1/cost-norms/sets").content(norms), 201);
        String setId = added.get("id").asString();
        JsonNode overlapping = call(admin(TENANT), post("/api/v1/cost-norms/sets").content(norms), 422);
        assertThat(overlapping.get("type").asString()).endsWith("/norm-periods-overlap");
        JsonNode missing = call(admin(TENANT), post("/api/v1/cost-norms/sets")
                .content(norms.replace("2024-", "2025-").replace("\"VENUE_DAY\":2000000,", "")), 400);
        assertThat(missing.at("/errors/0/field").asString()).isEqualTo("rates.VENUE_DAY");

        // a two-day class of 75 with 4 sessions, 1 in the field, by the 2024 norms and, in 2023, by the defaults
        String estimate = "/api/v1/cost-norms/estimate?activityKind=TRAINING_CLASS&capacity=75&sessionCount=4&fieldSessions=1";
        JsonNode in2024 = call(viewer(TENANT), get(estimate + "&startDate=2024-03-05&endDate=2024-03-06"), 200);
        assertThat(in2024.get("normSetId").asString()).isEqualTo(setId);
        assertThat(in2024.get("totalVnd").asLong()).isEqualTo(18_000_000L + 2_400_000L + 4_000_000L + 3_000_000L
                + 1_000_000L + 500_000L);
        JsonNode in2023 = call(viewer(TENANT), get(estimate + "&startDate=2023-03-05&endDate=2023-03-06"), 200);
        assertThat(in2023.get("normSetId").asString()).isEqualTo("default");
        assertThat(in2023.get("totalVnd").asLong()).isEqualTo(40_250_000L);

        // correcting a set replaces what was read, so it must name the version
        JsonNode replaceWithout = call(admin(TENANT), put("/api/v1/cost-norms/sets/" + setId)
                .content(norms.replace("120000", "130000")), 428);
        assertThat(replaceWithout.get("type").asString()).endsWith("/precondition-required");
        assertThat(replaceWithout.at("/errors/0/field").asString()).isEqualTo("If-Match");
        long version = call(viewer(TENANT), get("/api/v1/cost-norms"), 200).get("version").asLong();
        call(admin(TENANT), put("/api/v1/cost-norms/sets/" + setId).header("If-Match", "\"" + (version - 1) + "\"")
                .content(norms.replace("120000", "130000")), 412);
        JsonNode replaced = call(admin(TENANT), put("/api/v1/cost-norms/sets/" + setId)
                .header("If-Match", "\"" + version + "\"").content(norms.replace("120000", "130000")), 200);
        assertThat(replaced.at("/rates/PER_DIEM_LEARNER_DAY").asLong()).isEqualTo(130_000L);
    }

    /**
     * Issue 16: a plan has hundreds of activities nationally, so the budget page's table asks for one page in the
     * order the user chose; the list without those parameters stays as it was (the forms choose from it).
     */
    @Test
    void theActivityTableIsPagedAndSortedOnTheServerAndTheListStaysAsItWas() throws Exception {
        String officer = officer(TENANT);
        String te1 = planId + "-te-1", te2 = planId + "-te-2", te3 = planId + "-te-3", te4 = planId + "-te-4";
        List<EventsToBroker.Sent> delivered = List.of(
                broker.publish(TENANT, te1, 1, BudgetEvents.communityClass(planId, te1, "2023-05-10", "2023-05-11")),
                broker.publish(TENANT, te2, 1, BudgetEvents.cadreClass(planId, te2)),
                broker.publish(TENANT, te3, 1, BudgetEvents.studyTour(planId, te3)),
                broker.publish(TENANT, te4, 1, BudgetEvents.workshop(planId, te4)));
        delivered.forEach(this::awaitProcessed);
        call(officer, post("/api/v1/budgets/" + planId + "/allocations").content(ALLOCATION.formatted(500_000_000L,
                "9/QĐ-STC")), 201);
        call(officer, post("/api/v1/budgets/" + planId + "/expenditures").content("{\"trainingEventId\":\"" + te1
                + "\",\"fundingSource\":\"CENTRAL\",\"amountVnd\":30000000,\"documentNumber\":\"PC-0231\","
                + "\"spentOn\":\"2023-05-12\"}"), 201);
        String activities = "/api/v1/budgets/" + planId + "/activities";

        JsonNode list = call(officer, get(activities), 200);
        assertThat(list.isArray()).isTrue();
        assertThat(ids(list)).containsExactlyInAnyOrder(te1, te2, te3, te4);

        // by title in the Vietnamese alphabet: "Đoàn" before "Hội", not after "Lớp" as by code points
        JsonNode byTitle = call(officer, get(activities).param("sort", "ACTIVITY"), 200);
        assertThat(byTitle.get("total").asInt()).isEqualTo(4);
        assertThat(byTitle.get("size").asInt()).isEqualTo(20);
        assertThat(ids(byTitle.get("items"))).containsExactly(te3, te4, te2, te1);
        assertThat(ids(call(officer, get(activities).param("sort", "activity").param("direction", "desc"), 200)
                .get("items"))).containsExactly(te1, te2, te4, te3);
        assertThat(ids(call(officer, get(activities).param("sort", "SPENT").param("direction", "DESC"), 200)
                .get("items")).get(0)).isEqualTo(te1);

        // by what each commitment still reserves, largest first; the activity paid for has the least left
        List<Long> remaining = new ArrayList<>();
        call(officer, get(activities).param("sort", "REMAINING").param("direction", "DESC"), 200).get("items")
                .forEach(a -> remaining.add(a.get("openCommitmentVnd").asLong()));
        assertThat(remaining).hasSize(4).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(remaining.get(0)).isGreaterThan(remaining.get(3));

        // two pages of two, by estimate, largest first: together the whole list, in order
        JsonNode first = call(officer, get(activities).param("sort", "ESTIMATE").param("direction", "DESC")
                .param("size", "2"), 200);
        JsonNode second = call(officer, get(activities).param("sort", "ESTIMATE").param("direction", "DESC")
                .param("size", "2").param("page", "1"), 200);
        assertThat(first.get("total").asInt()).isEqualTo(4);
        List<Long> estimates = new ArrayList<>();
        List<String> paged = new ArrayList<>();
        for (JsonNode page : List.of(first, second)) {
            page.get("items").forEach(a -> {
                estimates.add(a.get("estimateVnd").asLong());
                paged.add(a.get("trainingEventId").asString());
            });
        }
        assertThat(paged).containsExactlyInAnyOrder(te1, te2, te3, te4);
        assertThat(estimates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(estimates.get(0)).isGreaterThan(estimates.get(3));
        // without a sort, a page is a slice of the list
        assertThat(ids(call(officer, get(activities).param("size", "3"), 200).get("items")))
                .isEqualTo(ids(list).subList(0, 3));

        http.perform(get(activities).param("sort", "COST").param("direction", "UP").param("page", "-1")
                        .param("size", "0").header(AUTHORIZATION, officer))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("sort",
                        "direction", "page", "size")))
                .andExpect(jsonPath("$.errors[?(@.field=='sort')].message").value(
                        "không hợp lệ: COST; chọn một trong: ACTIVITY, ESTIMATE, COMMITTED, SPENT, REMAINING"))
                .andExpect(jsonPath("$.errors[?(@.field=='size')].messageEn").value("must be between 1 and 200"));
    }

    private static List<String> ids(JsonNode activities) {
        List<String> ids = new ArrayList<>();
        activities.forEach(a -> ids.add(a.get("trainingEventId").asString()));
        return ids;
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        http.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/budgets/{planId}/expenditures'].post.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cost-norms/sets/{setId}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cost-norms/sets/{setId}'].put.responses['412']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cost-norms/sets/{setId}'].put.responses['428']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cost-norms/sets/{setId}'].put.parameters[?(@.name=='If-Match')]")
                        .exists());
    }

    @Test
    void writesToAPlanNotYetApprovedOrUnknownAreRefused() throws Exception {
        String early = "pl-ls-early-" + UUID.randomUUID().toString().substring(0, 8);
        EventsToBroker.Sent scheduled = broker.publish(TENANT, early + "-te", 1,
                BudgetEvents.communityClass(early, early + "-te", "2023-05-10", "2023-05-11"));
        awaitProcessed(scheduled);

        JsonNode awaiting = budget(officer(TENANT), early);
        assertThat(awaiting.get("status").asString()).isEqualTo("AWAITING_PLAN");
        assertThat(awaiting.get("activitiesAwaitingPlan").asInt()).isEqualTo(1);
        JsonNode refused = call(officer(TENANT), post("/api/v1/budgets/" + early + "/allocations")
                .content(ALLOCATION.formatted(1, "1/QĐ")), 422);
        assertThat(refused.get("type").asString()).endsWith("/plan-not-approved");
        assertThat(call(officer(TENANT), get("/api/v1/budgets").param("status", "AWAITING_PLAN"), 200)
                .get("items").findValuesAsString("planId")).contains(early).doesNotContain(planId);
        assertThat(call(officer(TENANT), get("/api/v1/budgets").param("status", "OPEN"), 200)
                .get("items").findValuesAsString("planId")).contains(planId).doesNotContain(early);
        call(officer(TENANT), get("/api/v1/budgets/no-such-plan"), 404);
        call(officer(TENANT), post("/api/v1/budgets/no-such-plan/allocations").content(ALLOCATION.formatted(1, "1/QĐ")), 404);
    }
}
