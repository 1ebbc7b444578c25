package vn.taphuan.enrolment.periodlock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.reporting.v1.PeriodReportApproved;
import vn.taphuan.contracts.reporting.v1.PeriodReportReopened;
import vn.taphuan.enrolment.planline.PlanReplica;
import vn.taphuan.enrolment.reference.AdministrativeUnits;
import vn.taphuan.enrolment.support.Api;
import vn.taphuan.enrolment.support.Plans;
import vn.taphuan.enrolment.support.Publisher;
import vn.taphuan.enrolment.support.Sheets;
import vn.taphuan.enrolment.support.Units;
import vn.taphuan.enrolment.support.World;
import vn.taphuan.kit.periodlock.PeriodLocks;
import vn.taphuan.kit.periodlock.SignerRole;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 17's locking, where the data lives: once Bắc Giang approved its report of the second quarter of 2023,
 * attendance, completions, revoked completions, new enrolments and imported sheet rows dated in the quarter are refused
 * with a problem naming the quarter and who approved it; the day after the quarter is free; after the approver reopens
 * the report, the same writes pass. Each test has a programme of its own, so no lock reaches another test's classes.
 */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class LockedPeriodApiTest {

    private static final String TENANT = "bac-giang";

    @Autowired
    MockMvc mvc;
    @Autowired
    KnownTenants tenants;
    @Autowired
    AdministrativeUnits units;
    @Autowired
    PlanReplica plans;
    @Autowired
    PeriodLocks locks;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;

    World world;
    Api api;
    String programme;
    String planId;

    @BeforeEach
    void aPlanOfAProgrammeOfItsOwn() {
        world = new World(tenants, units, plans).provinces();
        api = Api.officer(mvc);
        programme = "LOCK_" + UUID.randomUUID().toString().substring(0, 8);
        PlanApproved p = Plans.bacGiang2023("lock");
        planId = world.approvedPlan(new PlanApproved("lock", 1, programme, null, p.programmeRules(), p.title(),
                p.issuingBody(), p.documentNumber(), p.documentDate(), p.periodStart(), p.periodEnd(), p.deadline(),
                p.budgetTotalVnd(), p.budgetBySource(), p.targetLines()));
    }

    private String activity(String... sessionDays) {
        StringBuilder sessions = new StringBuilder("[");
        for (int s = 0; s < sessionDays.length; s++) {
            sessions.append(s > 0 ? "," : "").append("{\"date\":\"").append(sessionDays[s]).append("\",\"kind\":\"THEORY\"}");
        }
        return api.post("/api/v1/training-events", """
                {"planId":"%s","targetLineId":"community-classes","title":"Lớp tập huấn","unitCode":"%s",
                 "startDate":"%s","endDate":"%s","capacity":10,"sessions":%s]}""".formatted(planId, Units.AN_LAC,
                sessionDays[0], sessionDays[sessionDays.length - 1], sessions), 201).get("id").asString();
    }

    private String enrol(String eventId, String name, String cccd, int status) {
        JsonNode answer = api.post("/api/v1/training-events/" + eventId + "/enrolments", """
                {"participant":{"fullName":"%s","gender":"Nữ","birthYear":"1985","ethnicity":"Tày","jobTitle":"Trưởng thôn","nationalId":"%s"}}"""
                .formatted(name, cccd), status);
        return status == 201 ? answer.at("/enrolment/id").asString() : answer.toString();
    }

    private JsonNode mark(String enrolmentId, int session, int status) {
        return api.post("/api/v1/enrolments/" + enrolmentId + "/attendance",
                "{\"sessions\":[{\"session\":" + session + ",\"present\":true}]}", status);
    }

    private void approveQ2(long reportVersion, int revision) {
        as(() -> locks.approved(TENANT + "." + programme + ".2023-Q2", programme, "2023-Q2", "2023-04-01",
                "2023-06-30", revision, "Trần Thị Bình", SignerRole.PROVINCE_ADMIN, "2023-07-05T02:30:00Z",
                reportVersion));
    }

    private void reopenQ2(long reportVersion, int revision) {
        as(() -> locks.unlocked(TENANT + "." + programme + ".2023-Q2", programme, "2023-Q2", revision, "REOPENED",
                reportVersion));
    }

    private static void assertLockedProblem(JsonNode problem, String field) {
        assertThat(problem.get("status").asInt()).isEqualTo(409);
        assertThat(problem.get("type").asString()).isEqualTo("https://taphuan.vn/problems/period-locked");
        assertThat(problem.get("detail").asString()).contains("Quý II/2023", "Trần Thị Bình", "quản trị tỉnh",
                "05/07/2023");
        assertThat(problem.get("detailEn").asString()).contains("Q2 2023", "Trần Thị Bình", "province administrator");
        assertThat(problem.at("/period/id").asString()).isEqualTo("2023-Q2");
        assertThat(problem.at("/period/from").asString()).isEqualTo("2023-04-01");
        assertThat(problem.at("/period/to").asString()).isEqualTo("2023-06-30");
        assertThat(problem.at("/approvedBy/name").asString()).isEqualTo("Trần Thị Bình");
        assertThat(problem.at("/approvedBy/role").asString()).isEqualTo("PROVINCE_ADMIN");
        assertThat(problem.at("/approvedBy/at").asString()).isEqualTo("2023-07-05T02:30:00Z");
        if (field != null) {
            assertThat(problem.at("/errors/0/field").asString()).isEqualTo(field);
        }
    }

    @Test
    void writesDatedInAnApprovedQuarterAreRefusedTheDayAfterIsFreeAndAReopeningFreesThem() {
        // a class on the quarter's last two days, and one on the day after
        String june = activity("2023-06-29", "2023-06-30");
        String july = activity("2023-07-01");
        String an = enrol(june, "Hoàng Thị An", "024185000101", 201);
        String binh = enrol(june, "Lã Thị Bình", "024185000102", 201);
        String cuc = enrol(july, "Nông Thị Cúc", "024185000103", 201);
        mark(an, 1, 200);
        mark(an, 2, 200);
        mark(binh, 1, 200);

        approveQ2(3, 1);

        assertLockedProblem(mark(binh, 2, 409), "sessions");
        assertLockedProblem(api.post("/api/v1/enrolments/" + an + "/completion", "{}", 409), null);
        assertLockedProblem(api.post("/api/v1/training-events/" + june + "/completions", "{}", 409), null);
        // a new enrolment in the June class is dated in the quarter (its first day)
        assertThat(enrol(june, "Triệu Thị Dung", "024185000104", 409)).contains("period-locked", "Quý II/2023");
        // an attendance sheet of the June class: its rows are refused, each with the reason, nothing recorded
        byte[] sheet = Sheets.withHeader(List.of("STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "CCCD",
                        "Buổi 1", "Buổi 2"))
                .row(1, "Lã Thị Bình", "Nữ", "1985", "Tày", "024185000102", "x", "x")
                .row(2, "Triệu Thị Dung", "Nữ", "1985", "Tày", "024185000104", "x", "")
                .xlsx();
        JsonNode report = api.upload("/api/v1/training-events/" + june + "/imports?wait=true", "diem-danh.xlsx",
                sheet, 200);
        assertThat(report.get("acceptedRows").asInt()).as(report.toString()).isZero();
        assertThat(report.get("rejectedRows").asInt()).isEqualTo(2);
        assertThat(report.get("errors")).extracting(e -> e.get("message").asString())
                .allSatisfy(message -> assertThat(message).contains("Quý II/2023", "Trần Thị Bình"));
        assertThat(api.get("/api/v1/enrolments/" + binh, 200).get("sessionsAttended").asInt()).isEqualTo(1);

        // the day after the quarter is not in it
        mark(cuc, 1, 200);
        assertThat(api.post("/api/v1/training-events/" + july + "/completions", "{}", 200).get("completed").asInt())
                .isEqualTo(1);

        // reopened by the approver: the same writes pass
        reopenQ2(5, 2);
        mark(binh, 2, 200);
        assertThat(api.post("/api/v1/enrolments/" + an + "/completion", "{}", 200).get("status").asString())
                .isEqualTo("COMPLETED");

        // approved again (the next revision): revoking the completion dated 30/06 is refused, as the others
        approveQ2(7, 2);
        assertLockedProblem(api.post("/api/v1/enrolments/" + an + "/withdrawal", "{\"reason\":\"Ghi nhầm\"}", 409), null);
        // an approval heard again late never locks a reopened quarter: its report version is older
        reopenQ2(9, 3);
        approveQ2(7, 2);
        mark(binh, 1, 200);
    }

    @Test
    void anActivityIsNeitherScheduledNorMovedIntoOutOfOrAcrossAnApprovedQuarter() {
        String may = activity("2023-05-10");
        String august = activity("2023-08-10");
        approveQ2(3, 1);

        // scheduled in the quarter, or over it (March to July): refused, naming the day the request sends
        assertLockedProblem(schedule("2023-06-15", "2023-06-15", 409), "startDate");
        assertLockedProblem(schedule("2023-03-20", "2023-07-05", 409), null);
        // moved out of the quarter, or into it: refused; moved from August to September: passes
        assertLockedProblem(reschedule(may, "2023-07-12", 409), null);
        assertLockedProblem(reschedule(august, "2023-06-20", 409), "startDate");
        assertThat(reschedule(august, "2023-09-12", 200).get("startDate").asString()).isEqualTo("2023-09-12");
        assertThat(schedule("2023-07-03", "2023-07-04", 201).get("id").asString()).isNotBlank();

        // reopened: the May class may move again
        reopenQ2(5, 2);
        assertThat(reschedule(may, "2023-05-17", 200).get("startDate").asString()).isEqualTo("2023-05-17");
    }

    private JsonNode schedule(String first, String last, int status) {
        return api.post("/api/v1/training-events", """
                {"planId":"%s","targetLineId":"community-classes","title":"Lớp tập huấn","unitCode":"%s",
                 "startDate":"%s","endDate":"%s","capacity":10,"sessions":[{"date":"%s","kind":"THEORY"}]}"""
                .formatted(planId, Units.AN_LAC, first, last, first), status);
    }

    private JsonNode reschedule(String eventId, String day, int status) {
        long version = api.get("/api/v1/training-events/" + eventId, 200).get("version").asLong();
        return api.post("/api/v1/training-events/" + eventId + "/reschedule", version, """
                {"title":"Lớp tập huấn","unitCode":"%s","startDate":"%s","endDate":"%s","capacity":10,
                 "sessions":[{"date":"%s","kind":"THEORY"}],"reason":"Dời lịch"}"""
                .formatted(Units.AN_LAC, day, day, day), status);
    }

    @Test
    void theLocksFollowTheChainsEventsOnReportingEvents() {
        String reportId = TENANT + "." + programme + ".2023-M05";
        try (Publisher publisher = new Publisher(brokers)) {
            publisher.publish(new PeriodReportApproved(reportId, programme, "2023-M05", 1, "Trần Thị Bình",
                    "2023-06-05T02:30:00Z", "PROVINCE_ADMIN", "2023-05-01", "2023-05-31"), TENANT, reportId, 3);
            await().atMost(Duration.ofSeconds(30)).until(() -> as(() -> locks.lockOn(programme,
                    LocalDate.of(2023, 5, 31))).isPresent());
            assertThat(as(() -> locks.lockOn(programme, LocalDate.of(2023, 6, 1)))).isEmpty();
            publisher.publish(new PeriodReportReopened(reportId, programme, "2023-M05", 2, 1, "Trần Thị Bình",
                    "PROVINCE_ADMIN", "2023-06-20T02:00:00Z", "Bổ sung lớp", "2023-05-01", "2023-05-31"), TENANT,
                    reportId, 4);
            await().atMost(Duration.ofSeconds(30)).until(() -> as(() -> locks.lockOn(programme,
                    LocalDate.of(2023, 5, 31))).isEmpty());
        }
    }

    private static <T> T as(Supplier<T> work) {
        try (TenantContext.Scope ignored = TenantContext.open(TENANT)) {
            return work.get();
        }
    }
}
