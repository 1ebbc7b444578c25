package vn.taphuan.enrolment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.taphuan.contracts.reference.v1.AdministrativeUnitDefined;
import vn.taphuan.enrolment.planline.PlanReplica;
import vn.taphuan.enrolment.reference.AdministrativeUnits;
import vn.taphuan.enrolment.support.Api;
import vn.taphuan.enrolment.support.Plans;
import vn.taphuan.enrolment.support.Publisher;
import vn.taphuan.enrolment.support.Sheets;
import vn.taphuan.enrolment.support.Units;
import vn.taphuan.enrolment.support.World;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 8's isolation suite over every endpoint of this service. The victim is Lai Châu, a province no other test
 * uses, so its data is exactly what this class creates — through the service's own API and events: its communes
 * and an approved plan from Kafka, a class under the plan, a learner registered and enrolled, an attendance sheet
 * imported with one rejected row (so the error workbook holds a name). Thanh Hóa attacks it; the ministry analyst
 * must never see the learners' names, and nobody — the victim included — their full ID numbers. Same annotations as the other integration tests: one shared context.
 */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class EnrolmentIsolationTest extends AccessIsolationSuite {

    static final String VICTIM = "lai-chau";
    static final String OTHER = "thanh-hoa";
    static final String PROVINCE = "12";
    static final String DISTRICT = "106";
    static final String COMMUNE = "03430";
    /** Learners of the victim: registered, imported, and rejected on import (only in the error workbook). */
    static final String REGISTERED = "Sùng Thị Xuyến";
    static final String IMPORTED = "Giàng A Páo";
    static final String REJECTED = "Thào Thị Súa";
    /** Full ID numbers: only their last digits are kept, so they must reach nobody, not even the victim. */
    static final String REGISTERED_ID = "012187004321";
    static final String IMPORTED_ID = "012179008765";
    static final String REJECTED_ID = "012190005555";

    @Autowired
    MockMvc mvc;
    @Autowired
    KnownTenants tenants;
    @Autowired
    AdministrativeUnits units;
    @Autowired
    PlanReplica plans;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String planId = "plan-lai-chau-" + run;
    private final String title = "Lớp giám sát đầu tư cộng đồng Sì Lở Lầu " + run;
    private Publisher publisher;
    private Api victim;
    private String eventId;
    private long eventVersion;
    private String participantId;
    private String enrolmentId;
    private String importId;

    @BeforeEach
    void laiChauWithAClassLearnersAndAnImport() {
        new World(tenants, units, plans).provinces();
        tenants.onboard(VICTIM, "Lai Châu", PROVINCE, List.of());
        publisher = new Publisher(brokers);
        victim = new Api(mvc, TestTokens.bearer(TestTokens.officer(VICTIM)));

        publisher.publish(new AdministrativeUnitDefined(PROVINCE, "tỉnh Lai Châu", "PROVINCE", null, VICTIM,
                "2004-01-01", null, null, null), "national", PROVINCE, 1);
        publisher.publish(new AdministrativeUnitDefined(DISTRICT, "huyện Phong Thổ", "DISTRICT", PROVINCE, VICTIM,
                "2004-01-01", "2025-06-30", null, null), "national", DISTRICT, 1);
        publisher.publish(new AdministrativeUnitDefined(COMMUNE, "xã Sì Lở Lầu", "COMMUNE", DISTRICT, null,
                "2004-01-01", null, null, "ESPECIALLY_DIFFICULT"), "national", COMMUNE, 1);
        publisher.publish(Plans.bacGiang2023(planId), VICTIM, planId, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(victim.get("/api/v1/reference/units", 200).findValuesAsString("code")).contains(COMMUNE);
            victim.get("/api/v1/plans/" + planId + "/progress", 200);
        });

        eventId = victim.post("/api/v1/training-events", schedule(planId, title), 201).get("id").asString();
        participantId = victim.post("/api/v1/participants", """
                {"fullName":"%s","gender":"Nữ","birthYear":"1987","ethnicity":"Mông","jobTitle":"Thôn trưởng","targetGroup":"Cộng đồng",
                 "unitCode":"%s","nationalId":"%s"}""".formatted(REGISTERED, COMMUNE, REGISTERED_ID), 201).get("id").asString();
        enrolmentId = victim.post("/api/v1/training-events/" + eventId + "/enrolments",
                "{\"participantId\":\"" + participantId + "\"}", 201).at("/enrolment/id").asString();
        byte[] sheet = Sheets.withHeader(List.of("STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "CCCD", "Buổi 1",
                        "Buổi 2"))
                .row(1, IMPORTED, "Nam", 1979, "Mông", IMPORTED_ID, "x", "x")
                .row(2, REJECTED, "Không rõ", 1990, "Mông", REJECTED_ID, "x", "")
                .xlsx();
        JsonNode report = victim.upload("/api/v1/training-events/" + eventId + "/imports?wait=true", "diem-danh.xlsx",
                sheet, 200);
        assertThat(report.get("rejectedRows").asInt()).isEqualTo(1);
        importId = report.get("id").asString();
        eventVersion = victim.get("/api/v1/training-events/" + eventId, 200).get("version").asLong();
    }

    @AfterEach
    void closePublisher() {
        publisher.close();
    }

    /** A valid class under the plan's community line in the victim's commune. */
    private static String schedule(String planId, String title) {
        return """
                {"planId":"%s","targetLineId":"community-classes","title":"%s","unitCode":"%s",
                 "startDate":"2023-05-10","endDate":"2023-05-11","capacity":40,
                 "sessions":[{"date":"2023-05-10","kind":"THEORY"},{"date":"2023-05-11","kind":"FIELD"}]}"""
                .formatted(planId, title, COMMUNE);
    }

    @Override
    protected Map<String, Call> calls() {
        Map<String, String> event = Map.of("id", eventId);
        Map<String, String> eventOfEnrolments = Map.of("trainingEventId", eventId);
        Map<String, String> enrolment = Map.of("id", enrolmentId);
        Map<String, String> job = Map.of("jobId", importId);
        String sessions = "[{\"date\":\"2023-05-10\",\"kind\":\"THEORY\"},{\"date\":\"2023-05-11\",\"kind\":\"FIELD\"}]";
        byte[] csv = "Họ và tên,Giới tính,Năm sinh,Dân tộc,Buổi 1,Buổi 2\nPhạm Văn Bình,Nam,1980,Kinh,x,x\n"
                .getBytes(StandardCharsets.UTF_8);
        return Map.ofEntries(
                Map.entry("POST /api/v1/training-events", Call.plain().json(schedule(planId, "Lớp tập huấn"))),
                Map.entry("GET /api/v1/training-events", Call.plain()),
                Map.entry("GET /api/v1/training-events/{id}", Call.to(event)),
                Map.entry("POST /api/v1/training-events/{id}/reschedule", Call.to(event)
                        .header("If-Match", "\"" + eventVersion + "\"").json("""
                        {"title":"Lớp tập huấn (dời lịch)","unitCode":"%s","startDate":"2023-05-10",
                         "endDate":"2023-05-11","capacity":45,"sessions":%s,"reason":"Mùa vụ"}"""
                        .formatted(COMMUNE, sessions))),
                Map.entry("POST /api/v1/training-events/{id}/hold", Call.to(event).header("If-Match", "\"" + eventVersion + "\"")),
                Map.entry("POST /api/v1/training-events/{id}/cancellation",
                        Call.to(event).header("If-Match", "\"" + eventVersion + "\"").json("{\"reason\":\"Mưa lũ\"}")),
                Map.entry("POST /api/v1/training-events/{id}/closure", Call.to(event).header("If-Match", "\"" + eventVersion + "\"")),
                Map.entry("POST /api/v1/training-events/{trainingEventId}/enrolments",
                        Call.to(eventOfEnrolments).json("{\"participantId\":\"" + participantId + "\"}")),
                Map.entry("GET /api/v1/training-events/{trainingEventId}/enrolments", Call.to(eventOfEnrolments)),
                Map.entry("POST /api/v1/training-events/{trainingEventId}/completions", Call.to(eventOfEnrolments)),
                Map.entry("POST /api/v1/training-events/{trainingEventId}/imports",
                        Call.to(eventOfEnrolments).query("wait=true").multipart("file", "diem-danh.csv", csv, "text/csv")),
                Map.entry("GET /api/v1/training-events/{trainingEventId}/attendance-template.xlsx",
                        Call.to(eventOfEnrolments)),
                Map.entry("GET /api/v1/enrolments/{id}", Call.to(enrolment)),
                Map.entry("POST /api/v1/enrolments/{id}/attendance",
                        Call.to(enrolment).json("{\"sessions\":[{\"session\":1,\"present\":true}]}")),
                Map.entry("POST /api/v1/enrolments/{id}/completion", Call.to(enrolment).json("{}")),
                Map.entry("POST /api/v1/enrolments/{id}/withdrawal", Call.to(enrolment).json("{\"reason\":\"Ốm\"}")),
                Map.entry("POST /api/v1/participants", Call.plain().json("""
                        {"fullName":"Phạm Văn Bình","gender":"Nam","birthYear":"1980","ethnicity":"Kinh","targetGroup":"Cán bộ",
                         "unitCode":"%s"}""".formatted(Units.THANH_HOA_COMMUNE))),
                Map.entry("GET /api/v1/participants", Call.plain()),
                Map.entry("GET /api/v1/participants/{id}", Call.to(Map.of("id", participantId))),
                Map.entry("GET /api/v1/imports/{jobId}", Call.to(job)),
                Map.entry("GET /api/v1/imports/{jobId}/errors.xlsx", Call.to(job)),
                Map.entry("GET /api/v1/plans/{planId}/progress", Call.to(Map.of("planId", planId))),
                Map.entry("GET /api/v1/reference/ethnic-groups", Call.plain()),
                Map.entry("GET /api/v1/reference/units", Call.plain()),
                Map.entry("GET /api/v1/audit", Call.plain()));
    }

    @Override
    protected Set<String> victimMarkers() {
        return Set.of(planId, eventId, title, participantId, enrolmentId, importId, "xã Sì Lở Lầu");
    }

    @Override
    protected Set<String> personalMarkers() {
        return Set.of(REGISTERED, IMPORTED, REJECTED);
    }

    @Override
    protected Set<String> secretMarkers() {
        return Set.of(REGISTERED_ID, IMPORTED_ID, REJECTED_ID);
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
