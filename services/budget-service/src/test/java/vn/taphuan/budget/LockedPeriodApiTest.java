package vn.taphuan.budget;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import tools.jackson.databind.JsonNode;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.reporting.v1.PeriodReportAccepted;
import vn.taphuan.contracts.reporting.v1.PeriodReportApproved;
import vn.taphuan.contracts.reporting.v1.PeriodReportReopened;
import vn.taphuan.kit.periodlock.PeriodLocks;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17's locking, where the money is recorded: Thái Nguyên approved its report of the second quarter of 2023
 * (heard on reporting.events.v1), so an allocation decided, a payment made or an activity settled in the quarter is
 * refused with a problem naming the quarter and who approved it; the day after the quarter is free; an acceptance by
 * the ministry keeps the lock; once the approver reopens the report, the same writes pass. The plan has a programme
 * of its own, so the lock reaches no other test's plans.
 */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class LockedPeriodApiTest extends BudgetApiSupport {

    private static final String TENANT = "thai-nguyen";

    @Autowired
    PeriodLocks locks;

    private String planId;
    private String programme;
    private String reportId;

    @BeforeEach
    void aPlanOfAProgrammeOfItsOwn() throws Exception {
        planId = "pl-tn-" + UUID.randomUUID().toString().substring(0, 8);
        programme = "LOCK_" + UUID.randomUUID().toString().substring(0, 8);
        reportId = TENANT + "." + programme + ".2023-Q2";
        PlanApproved p = BudgetEvents.bacGiang2023(planId);
        broker.publish(TENANT, planId, 1, new PlanApproved(planId, 1, programme, p.programmeName(),
                p.programmeRules(), p.title(), p.issuingBody(), p.documentNumber(), p.documentDate(), p.periodStart(),
                p.periodEnd(), p.deadline(), p.budgetTotalVnd(), p.budgetBySource(), p.targetLines()));
        await().atMost(WAIT).untilAsserted(() -> http.perform(get("/api/v1/budgets/" + planId)
                .header(AUTHORIZATION, officer(TENANT))).andExpect(status().isOk()));
    }

    private JsonNode allocate(String decisionNumber, String on, int status) throws Exception {
        return call(officer(TENANT), post("/api/v1/budgets/" + planId + "/allocations").content("""
                {"targetLineId":"community-classes","fundingSource":"CENTRAL","amountVnd":100000000,
                 "decisionNumber":"%s","decisionDate":"%s"}""".formatted(decisionNumber, on)), status);
    }

    private JsonNode spend(String documentNumber, String on, int status) throws Exception {
        return call(officer(TENANT), post("/api/v1/budgets/" + planId + "/expenditures").content("""
                {"targetLineId":"community-classes","fundingSource":"CENTRAL","amountVnd":5000000,
                 "documentNumber":"%s","spentOn":"%s"}""".formatted(documentNumber, on)), status);
    }

    private static void assertLocked(JsonNode problem, String field) {
        assertThat(problem.get("status").asInt()).isEqualTo(409);
        assertThat(problem.get("type").asString()).isEqualTo("https://taphuan.vn/problems/period-locked");
        assertThat(problem.get("title").asString()).isEqualTo("Kỳ báo cáo đã được phê duyệt và khoá số liệu");
        assertThat(problem.get("detail").asString()).contains("Quý II/2023", "01/04/2023", "30/06/2023",
                "Đỗ Văn Hải", "quản trị tỉnh", "06/07/2023");
        assertThat(problem.get("detailEn").asString()).contains("Q2 2023", "Đỗ Văn Hải", "province administrator");
        assertThat(problem.at("/period/id").asString()).isEqualTo("2023-Q2");
        assertThat(problem.at("/period/from").asString()).isEqualTo("2023-04-01");
        assertThat(problem.at("/period/to").asString()).isEqualTo("2023-06-30");
        assertThat(problem.at("/approvedBy/name").asString()).isEqualTo("Đỗ Văn Hải");
        assertThat(problem.at("/approvedBy/role").asString()).isEqualTo("PROVINCE_ADMIN");
        assertThat(problem.at("/approvedBy/at").asString()).isEqualTo("2023-07-06T01:00:00Z");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo(field);
    }

    @Test
    void moneyDatedInAnApprovedQuarterIsRefusedTheDayAfterIsFreeAndAReopeningFreesIt() throws Exception {
        allocate("10/QĐ-STC", "2023-04-03", 201);
        String te1 = planId + "-te-1";
        awaitProcessed(broker.publish(TENANT, te1, 1, BudgetEvents.communityClass(planId, te1, "2023-06-20",
                "2023-06-21")));

        broker.publish(TENANT, reportId, 3, new PeriodReportApproved(reportId, programme, "2023-Q2", 1, "Đỗ Văn Hải",
                "2023-07-06T01:00:00Z", "PROVINCE_ADMIN", "2023-04-01", "2023-06-30"));
        await().atMost(WAIT).until(() -> as(() -> locks.lockOn(programme, LocalDate.of(2023, 6, 30))).isPresent());

        assertLocked(spend("PC-1", "2023-06-30", 409), "spentOn");
        assertLocked(spend("PC-2", "2023-04-01", 409), "spentOn");
        assertLocked(allocate("11/QĐ-STC", "2023-06-30", 409), "decisionDate");
        assertLocked(call(officer(TENANT), post("/api/v1/budgets/" + planId + "/activities/" + te1 + "/settlement")
                .content("{\"documentNumber\":\"QT-1\",\"settledOn\":\"2023-06-30\"}"), 409), "settledOn");
        // nothing was recorded by the refused writes
        assertThat(call(officer(TENANT), get("/api/v1/budgets/" + planId + "/expenditures"), 200).get("total").asInt())
                .isZero();

        // the day after the quarter, and the day before it, are not in it
        spend("PC-3", "2023-07-01", 201);
        spend("PC-4", "2023-03-31", 201);

        // the ministry's acceptance keeps it locked, still in the province approver's name
        broker.publish(TENANT, reportId, 4, new PeriodReportAccepted(reportId, programme, "2023-Q2", 1,
                "Phạm Minh Đức", "BDTTG", "2023-07-10T01:00:00Z", "MINISTRY_ANALYST", "2023-04-01", "2023-06-30"));
        await().atMost(WAIT).until(() -> as(() -> locks.lockOn(programme, LocalDate.of(2023, 6, 30)))
                .map(lock -> lock.revision() == 1 && lock.approvedByName().equals("Đỗ Văn Hải")).orElse(false)
                && "ACCEPTED".equals(stateOf()));
        assertLocked(spend("PC-5", "2023-05-15", 409), "spentOn");

        broker.publish(TENANT, reportId, 5, new PeriodReportReopened(reportId, programme, "2023-Q2", 2, 1,
                "Đỗ Văn Hải", "PROVINCE_ADMIN", "2023-07-20T01:00:00Z", "Bổ sung chứng từ chi", "2023-04-01",
                "2023-06-30"));
        await().atMost(WAIT).until(() -> as(() -> locks.lockOn(programme, LocalDate.of(2023, 6, 30))).isEmpty());
        call(officer(TENANT), post("/api/v1/budgets/" + planId + "/expenditures").content("""
                {"targetLineId":"community-classes","trainingEventId":"%s","fundingSource":"CENTRAL",
                 "amountVnd":5000000,"documentNumber":"PC-1","spentOn":"2023-06-30"}""".formatted(te1)), 201);
        allocate("11/QĐ-STC", "2023-06-30", 201);
        call(officer(TENANT), post("/api/v1/budgets/" + planId + "/activities/" + te1 + "/settlement")
                .content("{\"documentNumber\":\"QT-1\",\"settledOn\":\"2023-06-30\"}"), 201);
        // the approval heard again after the reopening changes nothing: its report version is older
        broker.publish(TENANT, reportId, 3, new PeriodReportApproved(reportId, programme, "2023-Q2", 1, "Đỗ Văn Hải",
                "2023-07-06T01:00:00Z", "PROVINCE_ADMIN", "2023-04-01", "2023-06-30"));
        String marker = TENANT + "." + programme + ".2023-M08";
        broker.publish(TENANT, marker, 3, new PeriodReportApproved(marker, programme, "2023-M08", 1, "Đỗ Văn Hải",
                "2023-09-06T01:00:00Z", "PROVINCE_ADMIN", "2023-08-01", "2023-08-31"));
        await().atMost(WAIT).until(() -> as(() -> locks.lockOn(programme, LocalDate.of(2023, 8, 15))).isPresent());
        assertThat(as(() -> locks.lockOn(programme, LocalDate.of(2023, 6, 30)))).isEmpty();
        spend("PC-6", "2023-06-29", 201);
    }

    private String stateOf() {
        org.bson.Document stored = mongo.findById(TENANT + ":" + reportId, org.bson.Document.class, "locked_periods");
        return stored == null ? null : stored.getString("state");
    }

    private static <T> T as(Supplier<T> work) {
        try (TenantContext.Scope ignored = TenantContext.open(TENANT)) {
            return work.get();
        }
    }
}
