package vn.taphuan.enrolment;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.taphuan.contracts.EventSchemas;
import vn.taphuan.contracts.Topics;
import vn.taphuan.enrolment.planline.PlanReplica;
import vn.taphuan.enrolment.reference.AdministrativeUnits;
import vn.taphuan.enrolment.support.Api;
import vn.taphuan.enrolment.support.Plans;
import vn.taphuan.enrolment.support.Publisher;
import vn.taphuan.enrolment.support.Sheets;
import vn.taphuan.enrolment.support.Units;
import vn.taphuan.kit.events.EventJson;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.TopicProbe;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The "done when", end to end through the API, the import and the real broker: a class is scheduled under
 * an approved plan line known only from Kafka, 30 participants are imported from an XLSX with 3 bad rows reported,
 * attendance and completion recorded, the events reach Kafka with no personal data — one event per write of the
 * roster page, however many learners it changed — and importing the sheet again changes no count and emits nothing.
 */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class EnrolmentFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    KnownTenants tenants;
    @Autowired
    PlanReplica plans;
    @Autowired
    AdministrativeUnits units;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;

    @BeforeEach
    void provinces() {
        tenants.onboard("bac-giang", "Bắc Giang", "24", List.of());
    }

    @Test
    void aClassUnderAnApprovedLineImportsThirtyParticipantsReportsThreeBadRowsCompletesAndCountsOnce() throws Exception {
        String planId = "plan-" + UUID.randomUUID();
        try (Publisher publisher = new Publisher(brokers)) {
            for (var unit : Units.all()) {
                publisher.publish(unit, Topics.NATIONAL, unit.unitCode(), 1);
            }
            publisher.publish(Plans.bacGiang2023(planId), "bac-giang", planId, 3);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> units.find(Units.DUONG_HUU).isPresent() && lineKnown(planId));

        Api api = Api.officer(mvc);
        JsonNode scheduled = api.post("/api/v1/training-events", """
                {"planId":"%s","targetLineId":"community-classes",
                 "title":"Lớp tập huấn kỹ năng giám sát đầu tư cộng đồng","unitCode":"%s",
                 "startDate":"2023-05-10","endDate":"2023-05-11","capacity":40,
                 "sessions":[{"date":"2023-05-10","kind":"THEORY","topic":"Quy trình giám sát"},
                             {"date":"2023-05-10","kind":"THEORY"},
                             {"date":"2023-05-11","kind":"FIELD","topic":"Khảo sát công trình"},
                             {"date":"2023-05-11","kind":"THEORY"}],
                 "trainers":["Nguyễn Văn Hùng"]}""".formatted(planId, Units.AN_LAC), 201);
        String eventId = scheduled.get("id").asString();
        assertThat(scheduled.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(scheduled.get("sessionsRequired").asInt()).isEqualTo(4); // 80 % of 4 sessions, rounded up

        Sheets sheet = Sheets.withHeader(Sheets.HEADER);
        List<String> names = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 33; i++) {
            String name = "Hoàng Thị Mai " + letter(i);
            String id = String.format("0241%08d", 90_000_000 + i);
            names.add(name);
            ids.add(id);
            String gender = i % 2 == 0 ? "Nữ" : "Nam";
            String ethnicity = i % 3 == 0 ? "Kinh" : i % 3 == 1 ? "Tày" : "H'Mông";
            // 26 attend every session, 2 miss one, 2 miss two: 26 complete under the 80 % rule
            String s3 = i > 26 && i <= 30 ? "" : "x";
            String s4 = i > 28 && i <= 30 ? "" : "x";
            Object year = i % 4 == 0 ? "12/05/" + (1960 + i) : (Object) (1960 + i);
            switch (i) {
                case 31 -> sheet.row(i, "", gender, year, ethnicity, "Trưởng thôn", "xã An Lạc", id, "x", "x", "x", "x");
                case 32 -> sheet.row(i, name, gender, year, "Kinhh", "Trưởng thôn", "xã An Lạc", id, "x", "x", "x", "x");
                case 33 -> sheet.row(i, name, "Nu x", year, ethnicity, "", "", "12345", "x", "x", "x", "x");
                default -> sheet.row(i, name, gender, year, ethnicity, "Thành viên Ban giám sát",
                        i % 5 == 0 ? Units.AN_LAC : "An Lạc", Long.parseLong(id), "x", "x", s3, s4);
            }
        }
        byte[] xlsx = sheet.xlsx();

        JsonNode report = api.upload("/api/v1/training-events/" + eventId + "/imports?wait=true", "diem-danh.xlsx", xlsx, 200);
        assertThat(report.get("status").asString()).isEqualTo("DONE");
        assertThat(report.get("totalRows").asInt()).isEqualTo(33);
        assertThat(report.get("acceptedRows").asInt()).as(report.toString()).isEqualTo(30);
        assertThat(report.get("enrolled").asInt()).isEqualTo(30);
        assertThat(report.get("participantsCreated").asInt()).isEqualTo(30);
        assertThat(report.get("attendanceChanged").asInt()).isEqualTo(120);
        assertThat(report.get("rejectedRows").asInt()).isEqualTo(3);
        assertThat(errors(report)).containsExactlyInAnyOrder(
                "33|Họ và tên|là bắt buộc",
                "34|Dân tộc|không có trong danh mục 54 dân tộc: Kinhh",
                "35|Giới tính|không đọc được \"Nu x\" (ghi Nam, Nữ hoặc Khác)",
                "35|CCCD|phải là số CCCD 12 chữ số (hoặc CMND 9 chữ số)");
        assertThat(report.get("errors").get(0).get("messageEn").asString()).isNotBlank();

        try (Workbook errorsXlsx = WorkbookFactory.create(new ByteArrayInputStream(
                api.download(report.get("errorReport").asString())))) {
            Row header = errorsXlsx.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Dòng gốc");
            assertThat(header.getCell(header.getLastCellNum() - 1).getStringCellValue()).isEqualTo("Lỗi (errors)");
            assertThat(errorsXlsx.getSheetAt(0).getLastRowNum()).isEqualTo(3);
            Row row35 = errorsXlsx.getSheetAt(0).getRow(3);
            assertThat(row35.getCell(0).getNumericCellValue()).isEqualTo(35);
            assertThat(row35.getCell(8)).as("ID numbers are not kept, not even in the error report").isNull();
            assertThat(row35.getCell(row35.getLastCellNum() - 1).getStringCellValue())
                    .contains("Giới tính: không đọc được").contains("/ cannot read \"Nu x\"").contains("CCCD:");
        }

        assertThat(report.at("/shares/enrolled").asInt()).isEqualTo(30);
        JsonNode withShares = api.get("/api/v1/training-events/" + eventId, 200);
        assertThat(withShares.at("/shares/enrolled").asInt()).isEqualTo(30);
        assertThat(withShares.at("/shares/women").asInt()).isEqualTo(15);
        assertThat(withShares.at("/shares/ethnicMinority").asInt()).isEqualTo(20);
        assertThat(withShares.at("/shares/ethnicMinorityPercent").asDouble()).isEqualTo(66.7);
        assertThat(withShares.at("/shares/warnings")).isEmpty();
        assertThat(withShares.get("seatsTaken").asInt()).isEqualTo(30);

        // the plan is amended: its community line now asks for 80 % ethnic-minority participants; the class warns
        try (Publisher publisher = new Publisher(brokers)) {
            publisher.publish(Plans.bacGiang2023Amended(planId), "bac-giang", planId, 4);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/training-events/" + eventId, 200)
                .at("/shares/warnings").size() == 1);
        assertThat(api.get("/api/v1/training-events/" + eventId, 200).at("/shares/warnings/0/code").asString())
                .isEqualTo("ethnic-minority-share-below-minimum");

        JsonNode completions = api.post("/api/v1/training-events/" + eventId + "/completions", "", 200);
        assertThat(completions.get("completed").asInt()).isEqualTo(26);
        assertThat(completions.get("notCompleted")).hasSize(4);
        JsonNode held = api.post("/api/v1/training-events/" + eventId + "/hold",
                api.get("/api/v1/training-events/" + eventId, 200).get("version").asLong(), null, 200);
        assertThat(held.get("status").asString()).isEqualTo("HELD");
        assertThat(held.get("completed").asInt()).isEqualTo(26);

        JsonNode progress = api.get("/api/v1/plans/" + planId + "/progress", 200);
        assertThat(progress.get("personTurns").asInt()).isEqualTo(26);
        assertThat(progress.get("uniquePersons").asInt()).isEqualTo(26);

        // scheduled, the roster page written by the import, the same page written by the completions, held
        int expected = 1 + 1 + 1 + 1;
        List<ConsumerRecord<String, String>> published;
        try (TopicProbe topic = new TopicProbe(brokers, Topics.ENROLMENT_EVENTS.name())) {
            await().atMost(Duration.ofSeconds(60)).until(() -> ofPlan(topic.records(), planId).size() >= expected);
            published = ofPlan(topic.records(), planId);
        }
        assertThat(published).hasSize(expected);
        assertThat(count(published, "EnrolmentsChanged")).isEqualTo(2);
        for (ConsumerRecord<String, String> record : published) {
            JsonNode envelope = EventJson.mapper().readTree(record.value());
            assertThat(EventSchemas.validateEnvelope(envelope)).isEmpty();
            // privacy: no name, no ID number, no personal field ever leaves the service
            assertThat(record.value()).doesNotContain("Hoàng", "Mai ", "Nguyễn Văn Hùng", "fullName", "nationalId",
                    "birthYear", "ethnicity\"");
            ids.forEach(id -> assertThat(record.value()).doesNotContain(id).doesNotContain(id.substring(1)));
        }
        List<JsonNode> changed = published.stream().map(r -> EventJson.mapper().readTree(r.value()))
                .filter(e -> e.get("eventType").asString().equals("EnrolmentsChanged")).toList();
        assertThat(changed).extracting(e -> e.get("aggregateId").asString()).containsOnly(eventId + ".0");
        JsonNode imported = changed.get(0).get("payload");
        assertThat(imported.get("enrolments")).hasSize(30);
        int attended = 0;
        for (JsonNode entry : imported.get("enrolments")) {
            assertThat(entry.get("change").asString()).isEqualTo("ENROLLED");
            assertThat(entry.get("version").asLong()).isEqualTo(1);
            assertThat(entry.get("sessionsTotal").asInt()).isEqualTo(4);
            attended += entry.get("sessionsAttended").asInt();
        }
        assertThat(attended).as("26 attended 4 sessions, 2 attended 3, 2 attended 2").isEqualTo(26 * 4 + 2 * 3 + 2 * 2);
        JsonNode completedPage = changed.get(1).get("payload");
        assertThat(completedPage.get("enrolments")).hasSize(26);
        JsonNode completed = completedPage.get("enrolments").get(0);
        assertThat(completed.get("change").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("version").asLong()).isEqualTo(2);
        assertThat(completed.get("completedOn").asString()).isEqualTo("2023-05-11");
        assertThat(completed.get("personKey").asString()).matches("[0-9a-f]{64}");
        assertThat(completed.get("unitCode").asString()).isEqualTo(Units.AN_LAC);
        assertThat(completed.get("level").asString()).isEqualTo("COMMUNITY");
        assertThat(api.get("/api/v1/enrolments/" + completed.get("enrolmentId").asString(), 200)
                .get("certificateNumber").asString()).matches("24-2023-\\d{6}");

        // the same sheet again: everyone is recognised, nothing changes, nothing is announced
        JsonNode again = api.upload("/api/v1/training-events/" + eventId + "/imports?wait=true", "diem-danh.xlsx", xlsx, 200);
        assertThat(again.get("enrolled").asInt()).isZero();
        assertThat(again.get("alreadyEnrolled").asInt()).isEqualTo(30);
        assertThat(again.get("participantsCreated").asInt()).isZero();
        assertThat(again.get("participantsUpdated").asInt()).isZero();
        assertThat(again.get("attendanceChanged").asInt()).isZero();
        assertThat(again.get("rejectedRows").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/training-events/" + eventId, 200).at("/shares/enrolled").asInt()).isEqualTo(30);
        assertThat(api.get("/api/v1/plans/" + planId + "/progress", 200).get("personTurns").asInt()).isEqualTo(26);
        try (TopicProbe topic = new TopicProbe(brokers, Topics.ENROLMENT_EVENTS.name())) {
            await().atMost(Duration.ofSeconds(20)).until(() -> ofPlan(topic.records(), planId).size() >= expected);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> ofPlan(topic.records(), planId).size() == expected);
        }
    }

    private boolean lineKnown(String planId) {
        try (TenantContext.Scope ignored = TenantContext.open("bac-giang")) {
            return plans.find(planId, "community-classes").isPresent();
        }
    }

    private static List<String> errors(JsonNode report) {
        List<String> errors = new ArrayList<>();
        report.get("errors").forEach(e -> errors.add(e.get("row").asInt() + "|" + e.get("column").asString() + "|"
                + e.get("message").asString()));
        return errors;
    }

    private static List<ConsumerRecord<String, String>> ofPlan(List<ConsumerRecord<String, String>> records, String planId) {
        return records.stream().filter(r -> r.value().contains(planId)).toList();
    }

    private static long count(List<ConsumerRecord<String, String>> records, String type) {
        return records.stream().filter(r -> r.value().contains("\"eventType\":\"" + type + "\"")).count();
    }

    private static String letter(int i) {
        return String.valueOf((char) ('A' + (i - 1) % 26)) + (i > 26 ? "h" : "");
    }
}
