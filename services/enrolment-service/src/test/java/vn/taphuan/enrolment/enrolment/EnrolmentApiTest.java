package vn.taphuan.enrolment.enrolment;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.taphuan.enrolment.EnrolmentProperties;
import vn.taphuan.enrolment.participant.Participant;
import vn.taphuan.enrolment.planline.PlanReplica;
import vn.taphuan.enrolment.reference.AdministrativeUnits;
import vn.taphuan.enrolment.support.Api;
import vn.taphuan.enrolment.support.Plans;
import vn.taphuan.enrolment.support.Sheets;
import vn.taphuan.enrolment.support.Units;
import vn.taphuan.enrolment.support.World;
import vn.taphuan.enrolment.trainingevent.SeatHold;
import vn.taphuan.enrolment.trainingevent.TrainingEvent;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ServiceIntegrationTest
@AutoConfigureMockMvc
class EnrolmentApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    KnownTenants tenants;
    @Autowired
    AdministrativeUnits units;
    @Autowired
    PlanReplica plans;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EnrolmentProperties properties;
    World world;
    Api api;

    @BeforeEach
    void world() {
        world = new World(tenants, units, plans).provinces();
        api = Api.officer(mvc);
    }

    private String activity(String planId, String line, int capacity, int sessions) {
        StringBuilder list = new StringBuilder("[");
        for (int s = 1; s <= sessions; s++) {
            list.append(s > 1 ? "," : "").append("{\"date\":\"2023-05-1").append(s <= 2 ? 0 : 1)
                    .append("\",\"kind\":\"").append(s == 3 ? "FIELD" : "THEORY").append("\"}");
        }
        return api.post("/api/v1/training-events", """
                {"planId":"%s","targetLineId":"%s","title":"Lớp tập huấn","unitCode":"%s","startDate":"2023-05-10",
                 "endDate":"2023-05-11","capacity":%d,"sessions":%s]}""".formatted(planId, line, Units.AN_LAC, capacity, list),
                201).get("id").asString();
    }

    private static String person(String name, String gender, String ethnicity, String cccd) {
        return """
                {"participant":{"fullName":"%s","gender":"%s","birthYear":"1985","ethnicity":"%s","jobTitle":"Trưởng thôn"%s}}"""
                .formatted(name, gender, ethnicity, cccd == null ? "" : ",\"nationalId\":\"" + cccd + "\"");
    }

    private JsonNode enrol(String eventId, String body, int status) {
        return api.post("/api/v1/training-events/" + eventId + "/enrolments", body, status);
    }

    @Test
    void overCapacityAndDuplicateEnrolmentAreRefusedAndAWithdrawalFreesTheSeat() {
        String planId = world.approvedPlan(Plans.bacGiang2023("capacity"));
        String eventId = activity(planId, "community-classes", 2, 2);
        JsonNode a = enrol(eventId, person("Lò Thị Ánh", "Nữ", "Thái", "024185000001"), 201);
        String participantA = a.at("/enrolment/participantId").asString();

        JsonNode duplicate = enrol(eventId, "{\"participantId\":\"" + participantA + "\"}", 422);
        assertThat(duplicate.get("type").asString()).endsWith("/already-enrolled");
        assertThat(duplicate.get("detail").asString()).isEqualTo("Học viên đã được ghi danh vào hoạt động này");
        assertThat(duplicate.get("detailEn").asString()).isEqualTo("The participant is already enrolled in this activity");
        // the same person typed again (same ID number) is recognised, not enrolled twice
        assertThat(enrol(eventId, person("Lò Thị Ánh", "Nữ", "Thái", "024185000001"), 422).get("type").asString())
                .endsWith("/already-enrolled");

        enrol(eventId, person("Hà Văn Bình", "Nam", "Tày", "024185000002"), 201);
        JsonNode full = enrol(eventId, person("Vi Văn Cường", "Nam", "Nùng", "024185000003"), 422);
        assertThat(full.get("type").asString()).endsWith("/activity-full");
        assertThat(full.at("/errors/0/field").asString()).isEqualTo("capacity");
        assertThat(full.at("/errors/0/message").asString()).isEqualTo("hoạt động đã đủ chỗ (2 người)");

        JsonNode withdrawn = api.post("/api/v1/enrolments/" + a.at("/enrolment/id").asString() + "/withdrawal",
                "{\"reason\":\"Ốm\"}", 200);
        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
        enrol(eventId, person("Vi Văn Cường", "Nam", "Nùng", "024185000003"), 201);
        assertThat(enrol(eventId, "{\"participantId\":\"" + participantA + "\"}", 422).get("type").asString())
                .endsWith("/activity-full");
        JsonNode event = api.get("/api/v1/training-events/" + eventId, 200);
        assertThat(event.get("seatsTaken").asInt()).isEqualTo(2);
        assertThat(event.at("/shares/enrolled").asInt()).isEqualTo(2);
    }

    @Test
    void seatHoldsLeftByCommandsThatCrashedAreHealedFromTheRosterOnceTheyAreOld() {
        String planId = world.approvedPlan(Plans.bacGiang2023("healing"));
        String eventId = activity(planId, "community-classes", 2, 2);
        String first = enrol(eventId, person("Đinh Thị Ánh", "Nữ", "Mường", null), 201).at("/enrolment/id").asString();

        // a crash between taking a seat and writing the page leaves a seat held for an enrolment that never was
        crash(eventId, new SeatHold("crashed-before-writing", SeatHold.Kind.TAKE, Instant.now(),
                List.of(eventId + ".0.0000000000000000")), 1);
        assertThat(enrol(eventId, person("Đinh Văn Dũng", "Nam", "Mường", null), 422).get("type").asString())
                .as("while the hold is fresh, the seat stays taken").endsWith("/activity-full");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(eventId)), new Update()
                .set("seatHolds.0.at", Date.from(Instant.now().minus(1, ChronoUnit.HOURS))), TrainingEvent.class);
        enrol(eventId, person("Đinh Văn Dũng", "Nam", "Mường", null), 201);
        assertThat(api.get("/api/v1/training-events/" + eventId, 200).get("seatsTaken").asInt()).isEqualTo(2);

        // a crash between writing the page and settling leaves the hold of an enrolment that was written: it keeps
        // its seat when healed, so withdrawing it frees exactly one
        crash(eventId, new SeatHold("crashed-after-writing", SeatHold.Kind.TAKE,
                Instant.now().minus(1, ChronoUnit.HOURS), List.of(first)), 0);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(RosterPage.pageIdOf(first))), new Update()
                .set("enrolments.0.seatHold", "crashed-after-writing"), RosterPage.class);
        assertThat(api.post("/api/v1/enrolments/" + first + "/withdrawal", "{\"reason\":\"Ốm\"}", 200)
                .get("status").asString()).isEqualTo("WITHDRAWN");
        enrol(eventId, person("Đinh Văn Cường", "Nam", "Mường", null), 201);
        assertThat(enrol(eventId, person("Đinh Thị Em", "Nữ", "Mường", null), 422).get("type").asString())
                .endsWith("/activity-full");
        JsonNode event = api.get("/api/v1/training-events/" + eventId, 200);
        assertThat(event.get("seatsTaken").asInt()).isEqualTo(2);
        assertThat(event.at("/shares/enrolled").asInt()).isEqualTo(2);
    }

    @Test
    void aSheetUploadedAgainAfterAnImportDiedWaitsForTheDeadImportsHoldInsteadOfRefusingItsRows() throws Exception {
        String planId = world.approvedPlan(Plans.bacGiang2023("reupload"));
        String eventId = activity(planId, "community-classes", 10, 2);
        String participantId = api.post("/api/v1/participants", """
                {"fullName":"Nông Thị Hoa","gender":"Nữ","birthYear":"1988","ethnicity":"Tày","jobTitle":"Thôn trưởng",
                 "targetGroup":"Cộng đồng","unitCode":"%s","nationalId":"024188000777"}""".formatted(Units.AN_LAC), 201)
                .get("id").asString();
        Participant person = mongo.findById(participantId, Participant.class);
        TrainingEvent event = mongo.findById(eventId, TrainingEvent.class);
        String enrolmentId = Enrolment.idOf("bac-giang", eventId,
                RosterPage.pageOf(person.personKey(), event.rosterPages()), person.personKey());
        // the first upload of the sheet died (its service killed) after holding her seat, before writing her page;
        // its hold heals a second from now
        crash(eventId, new SeatHold("killed-import", SeatHold.Kind.TAKE,
                Instant.now().minus(properties.seatHoldTimeout()).plusSeconds(1), List.of(enrolmentId)), 1);

        byte[] sheet = Sheets.withHeader(List.of("STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "CCCD", "Buổi 1", "Buổi 2"))
                .row(1, "Nông Thị Hoa", "Nữ", "1988", "Tày", "024188000777", "x", "x")
                .row(2, "Hoàng Văn Khánh", "Nam", "1990", "Tày", "024190000778", "x", "")
                .csv(',').getBytes(StandardCharsets.UTF_8);
        JsonNode report = api.upload("/api/v1/training-events/" + eventId + "/imports?wait=true", "diem-danh.csv", sheet, 200);

        assertThat(report.get("acceptedRows").asInt()).as(report.toString()).isEqualTo(2);
        assertThat(report.get("rejectedRows").asInt()).isZero();
        JsonNode after = api.get("/api/v1/training-events/" + eventId, 200);
        assertThat(after.get("seatsTaken").asInt()).as("her seat counted once").isEqualTo(2);
        assertThat(after.at("/shares/enrolled").asInt()).isEqualTo(2);
        assertThat(mongo.findById(eventId, TrainingEvent.class).seatHoldsBefore(Instant.now().plusSeconds(3600)))
                .as("no hold left behind").isEmpty();
    }

    /** What a command that died after recording its hold leaves on the activity: the hold, and the seats it took. */
    private void crash(String eventId, SeatHold hold, int seatsTaken) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(eventId)), new Update()
                .push("seatHolds", mongo.getConverter().convertToMongoType(hold)).inc("seatsTaken", seatsTaken),
                TrainingEvent.class);
    }

    @Test
    void personTurnsCountEveryCompletionAndUniquePersonsCountEachPersonOnce() {
        String planId = world.approvedPlan(Plans.bacGiang2023("turns"));
        String first = activity(planId, "community-classes", 10, 1);
        String second = activity(planId, "cadre-classes", 10, 1);
        List<String> enrolments = new java.util.ArrayList<>();
        for (String eventId : List.of(first, second)) {
            enrolments.add(enrol(eventId, person("Hoàng Văn Em", "Nam", "Dao", "024190000001"), 201).at("/enrolment/id").asString());
            enrolments.add(enrol(eventId, person("Nông Thị Gấm", "Nữ", "Tày", null), 201).at("/enrolment/id").asString());
        }
        enrolments.add(enrol(first, person("Triệu Thị Hoa", "Nữ", "Dao", "024190000003"), 201).at("/enrolment/id").asString());
        for (String enrolment : enrolments) {
            api.post("/api/v1/enrolments/" + enrolment + "/attendance", "{\"sessions\":[{\"session\":1,\"present\":true}]}", 200);
        }
        assertThat(api.post("/api/v1/training-events/" + first + "/completions", "", 200).get("completed").asInt()).isEqualTo(3);
        assertThat(api.post("/api/v1/training-events/" + second + "/completions", "", 200).get("completed").asInt()).isEqualTo(2);

        JsonNode progress = api.get("/api/v1/plans/" + planId + "/progress", 200);
        assertThat(progress.get("personTurns").asInt()).isEqualTo(5);
        assertThat(progress.get("uniquePersons").asInt()).isEqualTo(3);
        JsonNode community = progress.get("lines").get(0);
        assertThat(community.get("lineId").asString()).isEqualTo("community-classes");
        assertThat(community.get("personTurns").asInt()).isEqualTo(3);
        assertThat(community.get("womenPersonTurns").asInt()).isEqualTo(2);
        assertThat(community.get("ethnicMinorityPersonTurns").asInt()).isEqualTo(3);

        // a completion revoked is taken back from person-turns; the person still counts once through the other class
        JsonNode revoked = api.post("/api/v1/enrolments/" + enrolments.get(0) + "/withdrawal", "{\"reason\":\"Ghi nhầm\"}", 200);
        assertThat(revoked.get("completionRevoked").asBoolean()).isTrue();
        progress = api.get("/api/v1/plans/" + planId + "/progress", 200);
        assertThat(progress.get("personTurns").asInt()).isEqualTo(4);
        assertThat(progress.get("uniquePersons").asInt()).isEqualTo(3);
    }

    @Test
    void completionFollowsTheAttendanceRuleAndGivesACertificateNumberOnce() {
        String planId = world.approvedPlan(Plans.bacGiang2023("rule"));
        String eventId = activity(planId, "community-classes", 10, 4);
        String enrolment = enrol(eventId, person("Lương Văn Khánh", "Nam", "Sán Dìu", null), 201).at("/enrolment/id").asString();
        String attendance = "/api/v1/enrolments/" + enrolment + "/attendance";
        JsonNode marked = api.post(attendance, """
                {"sessions":[{"session":1,"present":true},{"session":2,"present":true},{"session":3,"present":true},
                             {"session":4,"present":false}]}""", 200);
        assertThat(marked.get("sessionsAttended").asInt()).isEqualTo(3);
        long version = marked.get("version").asLong();
        assertThat(api.post(attendance, "{\"sessions\":[{\"session\":2,\"present\":true}]}", 200).get("version").asLong())
                .as("recording what is already recorded changes nothing").isEqualTo(version);

        JsonNode refused = api.post("/api/v1/enrolments/" + enrolment + "/completion", "{}", 422);
        assertThat(refused.get("type").asString()).endsWith("/attendance-rule");
        assertThat(refused.get("detail").asString()).isEqualTo("Chưa đủ điều kiện hoàn thành: dự 3/4 buổi, cần ít nhất 4");

        api.post(attendance, "{\"sessions\":[{\"session\":4,\"present\":true}]}", 200);
        JsonNode completed = api.post("/api/v1/enrolments/" + enrolment + "/completion", "{}", 200);
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("completedOn").asString()).isEqualTo("2023-05-11");
        String certificate = completed.get("certificateNumber").asString();
        assertThat(certificate).matches("24-2023-\\d{6}");
        assertThat(api.post("/api/v1/enrolments/" + enrolment + "/completion", "{}", 200).get("certificateNumber").asString())
                .isEqualTo(certificate);
        assertThat(api.post(attendance, "{\"sessions\":[{\"session\":4,\"present\":false}]}", 422).get("type").asString())
                .endsWith("/attendance-final");
        assertThat(api.post(attendance, "{\"sessions\":[{\"session\":9,\"present\":true}]}", 400).at("/errors/0/field").asString())
                .isEqualTo("sessions");
    }

    @Test
    void aBadPersonIsAProblemNamingEachFieldInBothLanguagesAndNamesakesWithoutIdAreNotMerged() throws Exception {
        String planId = world.approvedPlan(Plans.bacGiang2023("person"));
        String eventId = activity(planId, "community-classes", 10, 1);
        mvc.perform(post("/api/v1/training-events/" + eventId + "/enrolments").header(AUTHORIZATION, Api.OFFICER)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"participant":{"fullName":"","gender":"Nam/Nữ","birthYear":"19800","ethnicity":"Kinhh",
                                 "unitCode":"không có","nationalId":"12-34"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field=='participant.fullName')].message").value("là bắt buộc"))
                .andExpect(jsonPath("$.errors[?(@.field=='participant.fullName')].messageEn").value("is required"))
                .andExpect(jsonPath("$.errors[?(@.field=='participant.gender')].messageEn")
                        .value("cannot read \"Nam/Nữ\" (write Nam, Nữ or Khác)"))
                .andExpect(jsonPath("$.errors[?(@.field=='participant.birthYear')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='participant.ethnicity')].message")
                        .value("không có trong danh mục 54 dân tộc: Kinhh"))
                .andExpect(jsonPath("$.errors[?(@.field=='participant.unitCode')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='participant.nationalId')]").exists());

        // two people with the same name, birth year and unit, told apart by their ID numbers
        JsonNode first = api.post("/api/v1/participants", """
                {"fullName":"Nguyễn Văn An","gender":"Nam","birthYear":"1980","ethnicity":"Kinh","unitCode":"%s",
                 "targetGroup":"Cộng đồng","nationalId":"024080000001"}""".formatted(Units.AN_LAC), 201);
        JsonNode second = api.post("/api/v1/participants", """
                {"fullName":"Nguyễn Văn An","gender":"Nam","birthYear":"1980","ethnicity":"Kinh","unitCode":"%s",
                 "targetGroup":"Cộng đồng","nationalId":"024080000002"}""".formatted(Units.AN_LAC), 201);
        assertThat(first.get("id").asString()).isNotEqualTo(second.get("id").asString());
        assertThat(first.get("nationalIdTail").asString()).isEqualTo("…0001");
        assertThat(first.toString()).doesNotContain("024080000001");
        JsonNode again = api.post("/api/v1/participants", """
                {"fullName":"Nguyễn  Văn An","gender":"Nam","birthYear":"1980","ethnicity":"Kinh","unitCode":"%s",
                 "targetGroup":"Cộng đồng","nationalId":"24080000002"}""".formatted(Units.AN_LAC), 200);
        assertThat(again.get("id").asString()).as("the same ID number, its leading zero lost by Excel")
                .isEqualTo(second.get("id").asString());
        // the ID number is in no stored record: not the registry, not the audit trail of the request
        Api admin = new Api(mvc, vn.taphuan.testsupport.identity.TestTokens.bearer(
                vn.taphuan.testsupport.identity.TestTokens.provinceAdmin("bac-giang")));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                admin.get("/api/v1/audit?aggregateId=" + first.get("id").asString(), 200).get("total").asInt() >= 1);
        JsonNode trail = admin.get("/api/v1/audit?aggregateId=" + first.get("id").asString(), 200);
        assertThat(trail.at("/items/0/commandBody").asString()).contains("Nguyễn Văn An", "\"nationalId\":\"***\"");
        assertThat(trail.toString()).doesNotContain("024080000001");
        assertThat(mongo.findById(first.get("id").asString(), org.bson.Document.class, "participant").toJson())
                .doesNotContain("024080000001");

        JsonNode ambiguous = api.post("/api/v1/participants", """
                {"fullName":"Nguyễn Văn An","gender":"Nam","birthYear":"1980","ethnicity":"Kinh","unitCode":"%s",
                 "targetGroup":"Cộng đồng"}""".formatted(Units.AN_LAC), 422);
        assertThat(ambiguous.at("/errors/0/field").asString()).isEqualTo("nationalId");
    }

    @Test
    void aCsvSheetInUtf8WithBomAndDecomposedAccentsSeparatedBySemicolonsImportsWithTheSameNames() throws Exception {
        String planId = world.approvedPlan(Plans.bacGiang2023("csv"));
        String eventId = activity(planId, "community-classes", 10, 2);
        Sheets sheet = Sheets.withHeader(List.of("STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Buổi 1", "Buổi 2"))
                .row(1, "Lục Thị Phượng", "Nữ", "1979", "Nùng", "x", "x")
                .row(2, "Ma Văn Quý; con", "Nam", "1990", "Sán Chay", "x", "")
                .row(3, "Hứa Thị Sen", "Nữ", "1992", "Hoa", "có mặt", "vắng");
        String csv = Normalizer.normalize(sheet.csv(';'), Normalizer.Form.NFD);
        byte[] withBom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);

        JsonNode report = api.upload("/api/v1/training-events/" + eventId + "/imports?wait=true", "diem-danh.csv", withBom, 200);
        assertThat(report.get("acceptedRows").asInt()).as(report.toString()).isEqualTo(3);
        JsonNode listed = api.get("/api/v1/training-events/" + eventId + "/enrolments", 200);
        assertThat(listed.get("items")).extracting(item -> item.get("fullName").asString())
                .containsExactlyInAnyOrder("Lục Thị Phượng", "Ma Văn Quý; con", "Hứa Thị Sen");
        assertThat(listed.get("items")).extracting(item -> item.get("sessionsAttended").asInt())
                .containsExactlyInAnyOrder(2, 1, 1);

        byte[] latin1 = "Họ và tên,Giới tính\nNguyễn,Nam\n".getBytes(StandardCharsets.ISO_8859_1);
        JsonNode notUtf8 = api.upload("/api/v1/training-events/" + eventId + "/imports", "cu.csv", latin1, 400);
        assertThat(notUtf8.at("/errors/0/field").asString()).isEqualTo("file");
        JsonNode tooManySessions = api.upload("/api/v1/training-events/" + eventId + "/imports", "x.csv",
                "Họ và tên,Giới tính,Buổi 3\nA,Nam,x\n".getBytes(StandardCharsets.UTF_8), 400);
        assertThat(tooManySessions.at("/errors/0/field").asString()).isEqualTo("Buổi 3");
        assertThat(tooManySessions.at("/errors/0/messageEn").asString()).isEqualTo("the activity has 2 sessions; there is no session 3");
    }

    @Test
    void theTemplateCarriesTheColumnsTheImportReadsAndOneColumnPerSession() throws Exception {
        String planId = world.approvedPlan(Plans.bacGiang2023("template"));
        String eventId = activity(planId, "community-classes", 10, 3);
        try (Workbook template = WorkbookFactory.create(new ByteArrayInputStream(
                api.download("/api/v1/training-events/" + eventId + "/attendance-template.xlsx")))) {
            Row header = template.getSheetAt(0).getRow(0);
            List<String> headers = new java.util.ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).startsWith("STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Chức vụ", "Cấp",
                    "Đơn vị", "CCCD", "Đối tượng");
            assertThat(headers).contains("Buổi 1 (10/05/2023, lý thuyết)", "Buổi 3 (11/05/2023, thực tế/thực hành)");
            assertThat(template.getSheet("Hướng dẫn")).isNotNull();

            Row first = template.getSheetAt(0).getRow(1);
            first.createCell(1).setCellValue("Lâm Văn Tài");
            first.createCell(2).setCellValue("Nam");
            first.createCell(3).setCellValue(1975);
            first.createCell(4).setCellValue("Cao Lan");
            first.createCell(10).setCellValue("x");
            java.io.ByteArrayOutputStream filled = new java.io.ByteArrayOutputStream();
            template.write(filled);
            JsonNode report = api.upload("/api/v1/training-events/" + eventId + "/imports?wait=true", "mau.xlsx",
                    filled.toByteArray(), 200);
            assertThat(report.get("totalRows").asInt()).as("rows with only their number are not data").isEqualTo(1);
            assertThat(report.get("acceptedRows").asInt()).as(report.toString()).isEqualTo(1);
        }
    }
}
