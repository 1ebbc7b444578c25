package vn.taphuan.enrolment.importing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.taphuan.enrolment.planline.PlanReplica;
import vn.taphuan.enrolment.reference.AdministrativeUnits;
import vn.taphuan.enrolment.support.Api;
import vn.taphuan.enrolment.support.Plans;
import vn.taphuan.enrolment.support.Sheets;
import vn.taphuan.enrolment.support.Units;
import vn.taphuan.enrolment.support.World;
import vn.taphuan.kit.events.OutboxRelay;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.StoreWatch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A 10,000-row sheet (an e-learning cohort of a whole province) imports in seconds, writing tens of roster documents
 * rather than one per learner, its progress can be polled while it runs, and importing it again writes nothing; a
 * class of 20,000 is imported and completed without any store reply carrying the whole class. Each test waits until the
 * relay has sent what it wrote, so the classes after it, in whatever order, find no backlog of its events; its own
 * context has its own broker, which the others' topic probes do not read ({@link ServiceIntegrationTest#BROKERS}).
 * The timings logged are of a shared 2-core machine.
 */
@ServiceIntegrationTest
@AutoConfigureMockMvc
@Import(StoreWatch.Config.class)
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
    @Autowired
    StoreWatch store;
    /** What the service asked of the store since the last {@link #watchAnew}. */
    StoreWatch.Watch traffic;
    @Autowired
    MongoTemplate mongo;
    World world;

    @BeforeEach
    void world() {
        world = new World(tenants, units, plans).provinces();
    }

    @AfterEach
    void relayed() {
        awaitRelayed();
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

        long cpu = cpuMillis();
        JsonNode started = api.upload("/api/v1/training-events/" + eventId + "/imports", "toan-tinh.xlsx", xlsx, 202);
        String job = "/api/v1/imports/" + started.get("id").asString();
        watchAnew();
        List<Integer> progress = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonNode now = api.get(job, 200);
            progress.add(now.get("processedRows").asInt());
            return !now.get("status").asString().equals("RUNNING");
        });
        JsonNode report = api.get(job, 200);
        long elapsed = report.get("elapsedMillis").asLong();
        log.info("imported {} rows in {} ms, {} ms of CPU; progress seen while polling: {}", ROWS, elapsed,
                cpuMillis() - cpu, progress);

        assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("DONE");
        assertThat(report.get("acceptedRows").asInt()).isEqualTo(ROWS);
        assertThat(report.get("rejectedRows").asInt()).isZero();
        assertThat(report.get("participantsCreated").asInt()).isEqualTo(ROWS);
        assertThat(report.get("enrolled").asInt()).isEqualTo(ROWS);
        assertThat(report.get("attendanceChanged").asInt()).isEqualTo(2 * ROWS);
        assertThat(progress).isSorted();
        // a loose bound: the machine running the tests is shared, the document counts below are the real measure
        assertThat(elapsed).as("import time of %d rows", ROWS).isLessThan(60_000);

        JsonNode event = api.get("/api/v1/training-events/" + eventId, 200);
        assertThat(event.get("seatsTaken").asInt()).isEqualTo(ROWS);
        assertThat(event.at("/shares/enrolled").asInt()).isEqualTo(ROWS);
        assertThat(event.at("/shares/women").asInt()).isEqualTo(ROWS / 2);
        assertThat(event.at("/shares/ethnicMinority").asInt()).isEqualTo(ROWS - ROWS / ethnicities.length);

        // roster pages are written once per import, not once per row: 40 pages; the relay publishes their events
        // from what the import handed over and does not write them again
        long rosterWrites = traffic.written("rosterPage");
        log.info("documents written by the first import of {} rows: {}", ROWS, traffic.writtenByCollection());
        assertThat(rosterWrites).as("roster page writes for %d rows", ROWS).isBetween(40L, 48L);
        // about 20 chunks of whole pages, each taking and settling its seats (and the relay's removal of each audit entry)
        assertThat(traffic.written("trainingEvent")).as("seat holds taken and settled").isLessThanOrEqualTo(100);

        awaitRelayed();
        watchAnew();
        cpu = cpuMillis();
        JsonNode again = api.upload("/api/v1/training-events/" + eventId + "/imports?wait=true", "toan-tinh.xlsx", xlsx, 200);
        log.info("imported the same {} rows again in {} ms, {} ms of CPU; documents written: {}", ROWS,
                again.get("elapsedMillis").asLong(), cpuMillis() - cpu, traffic.writtenByCollection());
        assertThat(again.get("alreadyEnrolled").asInt()).isEqualTo(ROWS);
        assertThat(again.get("enrolled").asInt()).isZero();
        assertThat(again.get("participantsCreated").asInt()).isZero();
        assertThat(again.get("attendanceChanged").asInt()).isZero();
        assertThat(traffic.written("rosterPage") + traffic.written("trainingEvent") + traffic.written("participant"))
                .as("the same sheet again writes nothing but its own report").isZero();
        assertThat(api.get("/api/v1/training-events/" + eventId, 200).get("seatsTaken").asInt()).isEqualTo(ROWS);

        cpu = cpuMillis();
        long start = System.nanoTime();
        JsonNode completions = api.post("/api/v1/training-events/" + eventId + "/completions", "", 200);
        log.info("completed {} participants in {} ms, {} ms of CPU", completions.get("completed").asInt(),
                (System.nanoTime() - start) / 1_000_000, cpuMillis() - cpu);
        assertThat(completions.get("completed").asInt()).isEqualTo(ROWS - ROWS / 10);
    }

    @Test
    void aClassOfTwentyThousandLearnersCompletesWithoutAnyStoreReplyCarryingTheWholeClass() {
        int learners = 20_000;
        String planId = world.approvedPlan(Plans.bacGiang2023("twenty-thousand"));
        Api api = Api.officer(mvc);
        String eventId = api.post("/api/v1/training-events", """
                {"planId":"%s","targetLineId":"community-classes","title":"Lớp trực tuyến hai vạn học viên",
                 "unitCode":"%s","startDate":"2023-10-02","endDate":"2023-10-03","capacity":%d,
                 "sessions":[{"date":"2023-10-02","kind":"THEORY"},{"date":"2023-10-03","kind":"FIELD"}]}"""
                .formatted(planId, Units.DUONG_HUU, learners), 201).get("id").asString();
        Sheets sheet = Sheets.withHeader(List.of("STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Đơn vị",
                "CCCD", "Buổi 1", "Buổi 2"));
        for (int i = 1; i <= learners; i++) {
            sheet.row(i, "Lò Văn Học Viên " + i, i % 2 == 0 ? "Nữ" : "Nam", 1960 + i % 40, i % 3 == 0 ? "Kinh" : "Thái",
                    Units.DUONG_HUU, String.format("025%09d", i), "x", "x");
        }

        byte[] xlsx = sheet.xlsx();
        watchAnew();
        long cpu = cpuMillis();
        JsonNode report = api.upload("/api/v1/training-events/" + eventId + "/imports?wait=true", "hai-van.xlsx",
                xlsx, 200);
        long imported = report.get("elapsedMillis").asLong();
        log.info("imported {} rows in {} ms ({} rows/s), {} ms of CPU; documents written: {}", learners, imported,
                learners * 1000L / Math.max(1, imported), cpuMillis() - cpu, traffic.writtenByCollection());
        assertThat(report.get("acceptedRows").asInt()).as(report.toString()).isEqualTo(learners);
        assertThat(traffic.written("rosterPage")).as("80 pages, written once each (never again by the relay)")
                .isBetween(80L, 96L);

        awaitRelayed();
        watchAnew();
        cpu = cpuMillis();
        long start = System.nanoTime();
        JsonNode completions = api.post("/api/v1/training-events/" + eventId + "/completions", "", 200);
        long completing = (System.nanoTime() - start) / 1_000_000;
        log.info("completed {} learners in {} ms, {} ms of CPU; largest store reply {} bytes; documents written: {}",
                completions.get("completed").asInt(), completing, cpuMillis() - cpu, traffic.largestReply(),
                traffic.writtenByCollection());
        assertThat(completions.get("completed").asInt()).isEqualTo(learners);
        // the whole class is about 10 MB in store: no single round trip may carry more than a small part of it
        assertThat(traffic.largestReply()).as("largest store reply while completing").isLessThan(2_000_000);
        assertThat(traffic.written("rosterPage")).as("one write per page, none by the relay").isBetween(80L, 96L);
        assertThat(api.get("/api/v1/training-events/" + eventId, 200).get("completed").asInt()).isEqualTo(learners);
    }

    /**
     * CPU time of this whole JVM — the service, the embedded store and broker, the relay — in ms: on a shared machine
     * a steadier measure of the work done than the time it took.
     */
    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    /**
     * Waits until the relay has published every event and moved every audit entry the tests' writes left: it has
     * finished every write's intent (published entries may stay in a document until its next write replaces them).
     */
    private void awaitRelayed() {
        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(500))
                .until(() -> mongo.getCollection(OutboxRelay.INTENTS).countDocuments() == 0);
    }

    private void watchAnew() {
        if (traffic != null) {
            traffic.close();
        }
        traffic = store.watchAll();
    }
}
