package vn.taphuan.enrolment.importing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.taphuan.enrolment.planline.PlanReplica;
import vn.taphuan.enrolment.reference.AdministrativeUnits;
import vn.taphuan.enrolment.support.Api;
import vn.taphuan.enrolment.support.Plans;
import vn.taphuan.enrolment.support.Sheets;
import vn.taphuan.enrolment.support.Units;
import vn.taphuan.enrolment.support.World;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A 10,000-row sheet (an e-learning cohort of a whole province) imports in seconds, its progress can be polled
 * while it runs, and importing it again changes nothing. Runs last: it leaves 30,000 events for the relay.
 */
@ServiceIntegrationTest
@AutoConfigureMockMvc
@Order(Integer.MAX_VALUE)
class LargeImportTest {

    private static final Logger log = LoggerFactory.getLogger(LargeImportTest.class);
    static final int ROWS = 10_000;

    @Autowired
    MockMvc mvc;
    @Autowired
    KnownTenants tenants;
    @Autowired
    AdministrativeUnits units;
    @Autowired
    PlanReplica plans;
    World world;

    @BeforeEach
    void world() {
        world = new World(tenants, units, plans).provinces();
    }

    @Test
    void tenThousandRowsImportInSecondsWithProgressAndASecondImportChangesNothing() {
        String planId = world.approvedPlan(Plans.bacGiang2023("large"));
        Api api = Api.officer(mvc);
        String eventId = api.post("/api/v1/training-events", """
                {"planId":"%s","targetLineId":"community-classes","title":"Lớp trực tuyến toàn tỉnh",
                 "unitCode":"%s","startDate":"2023-09-04","endDate":"2023-09-05","capacity":10000,
                 "sessions":[{"date":"2023-09-04","kind":"THEORY"},{"date":"2023-09-05","kind":"FIELD"}]}"""
                .formatted(planId, Units.DUONG_HUU), 201).get("id").asString();

        List<String> header = List.of("STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Chức vụ", "Đơn vị",
                "CCCD", "Buổi 1", "Buổi 2");
        Sheets sheet = Sheets.withHeader(header);
        String[] ethnicities = {"Kinh", "Tày", "Nùng", "Sán Chay", "Dao", "Hoa", "Sán Dìu", "Mông"};
        for (int i = 1; i <= ROWS; i++) {
            sheet.row(i, "Nguyễn Thị Học Viên " + i, i % 2 == 0 ? "Nữ" : "Nam", 1960 + i % 40,
                    ethnicities[i % ethnicities.length], "Người dân", i % 2 == 0 ? Units.DUONG_HUU : "xã An Lạc",
                    String.format("024%09d", i), "x", i % 10 == 0 ? "" : "x");
        }
        byte[] xlsx = sheet.xlsx();

        JsonNode started = api.upload("/api/v1/training-events/" + eventId + "/imports", "toan-tinh.xlsx", xlsx, 202);
        String job = "/api/v1/imports/" + started.get("id").asString();
        List<Integer> progress = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonNode now = api.get(job, 200);
            progress.add(now.get("processedRows").asInt());
            return !now.get("status").asString().equals("RUNNING");
        });
        JsonNode report = api.get(job, 200);
        long elapsed = report.get("elapsedMillis").asLong();
        log.info("imported {} rows in {} ms; progress seen while polling: {}", ROWS, elapsed, progress);

        assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("DONE");
        assertThat(report.get("acceptedRows").asInt()).isEqualTo(ROWS);
        assertThat(report.get("rejectedRows").asInt()).isZero();
        assertThat(report.get("participantsCreated").asInt()).isEqualTo(ROWS);
        assertThat(report.get("enrolled").asInt()).isEqualTo(ROWS);
        assertThat(report.get("attendanceChanged").asInt()).isEqualTo(2 * ROWS);
        assertThat(progress).isSorted();
        assertThat(elapsed).as("import time of %d rows", ROWS).isLessThan(15_000); // measured here: about 5 s, 2.7 s for the same sheet again

        JsonNode event = api.get("/api/v1/training-events/" + eventId, 200);
        assertThat(event.get("seatsTaken").asInt()).isEqualTo(ROWS);
        assertThat(event.at("/shares/enrolled").asInt()).isEqualTo(ROWS);
        assertThat(event.at("/shares/women").asInt()).isEqualTo(ROWS / 2);
        assertThat(event.at("/shares/ethnicMinority").asInt()).isEqualTo(ROWS - ROWS / ethnicities.length);

        JsonNode again = api.upload("/api/v1/training-events/" + eventId + "/imports?wait=true", "toan-tinh.xlsx", xlsx, 200);
        log.info("imported the same {} rows again in {} ms", ROWS, again.get("elapsedMillis").asLong());
        assertThat(again.get("alreadyEnrolled").asInt()).isEqualTo(ROWS);
        assertThat(again.get("enrolled").asInt()).isZero();
        assertThat(again.get("participantsCreated").asInt()).isZero();
        assertThat(again.get("attendanceChanged").asInt()).isZero();
        assertThat(api.get("/api/v1/training-events/" + eventId, 200).get("seatsTaken").asInt()).isEqualTo(ROWS);

        long start = System.nanoTime();
        JsonNode completions = api.post("/api/v1/training-events/" + eventId + "/completions", "", 200);
        log.info("completed {} participants in {} ms", completions.get("completed").asInt(), (System.nanoTime() - start) / 1_000_000);
        assertThat(completions.get("completed").asInt()).isEqualTo(ROWS - ROWS / 10);
    }
}
