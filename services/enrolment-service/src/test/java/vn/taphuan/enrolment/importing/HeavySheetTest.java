package vn.taphuan.enrolment.importing;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.enrolment.planline.PlanLine;
import vn.taphuan.enrolment.planline.PlanReplica;
import vn.taphuan.enrolment.reference.AdministrativeUnits;
import vn.taphuan.enrolment.support.Api;
import vn.taphuan.enrolment.support.Plans;
import vn.taphuan.enrolment.support.Publisher;
import vn.taphuan.enrolment.support.Sheets;
import vn.taphuan.enrolment.support.Units;
import vn.taphuan.enrolment.support.World;
import vn.taphuan.kit.sheet.SheetReader;
import vn.taphuan.kit.sheet.SheetUpload;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.kit.testing.HeavyWorkbook;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The workbook of the hardening finding — 250,000 rows of four inline-string cells, 54 MB of sheet XML in an 8 MB
 * file compressed seven to one, so no zip-bomb check stops it — sent over real HTTP while other requests keep
 * coming. It is refused early for its rows, the heap never holds more than the rows allowed, the other requests are
 * answered meanwhile, and afterwards the service still imports, consumes plan events and relays its outbox.
 */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class HeavySheetTest {

    private static final Logger log = LoggerFactory.getLogger(HeavySheetTest.class);
    private static final int ROWS = 250_000;
    /**
     * What the refusal may leave in the old generation, where a workbook held whole ends up (about 1 GB for this
     * one, measured before the reader streamed): the limit's 20,000 rows and the upload's own copies, not 250,000.
     */
    private static final long RETAINED_BOUND = 96L << 20;

    @Autowired
    MockMvc mvc;
    @Autowired
    KnownTenants tenants;
    @Autowired
    AdministrativeUnits units;
    @Autowired
    PlanReplica plans;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JsonMapper json;
    @Autowired
    SheetReader sheets;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aQuarterMillionRowWorkbookIsRefusedEarlyWhileTheServiceKeepsAnswering() throws Exception {
        Api api = Api.officer(mvc);
        String eventId = scheduledClass(api, "heavy");
        HeavyWorkbook.Generated heavy = HeavyWorkbook.xlsx(ROWS);
        log.info("the heavy workbook: {} bytes, {} bytes of sheet XML (ratio {})", heavy.content().length,
                heavy.sheetXmlBytes(), heavy.sheetXmlBytes() / heavy.content().length);

        AtomicBoolean uploading = new AtomicBoolean(true);
        AtomicInteger answeredMeanwhile = new AtomicInteger();
        AtomicLong slowestMillis = new AtomicLong();
        CompletableFuture<Void> otherRequests = CompletableFuture.runAsync(() -> {
            while (uploading.get()) {
                long start = System.nanoTime();
                HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/training-events/" + eventId)).GET());
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                slowestMillis.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                answeredMeanwhile.incrementAndGet();
            }
        });
        HeapWatch heap = HeapWatch.start();
        long start = System.nanoTime();
        HttpResponse<String> refused = upload("/api/v1/training-events/" + eventId + "/imports", "diem-danh.xlsx",
                heavy.content());
        long refusedMillis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stop();
        uploading.set(false);
        otherRequests.get();
        log.info("refused in {} ms; used heap {} MB before, peak {} MB while refusing (+{} MB), old generation's peak "
                        + "+{} MB; {} other requests answered meanwhile, the slowest in {} ms", refusedMillis,
                heap.baseline >> 20, peak >> 20, (peak - heap.baseline) >> 20, heap.oldGrowth() >> 20,
                answeredMeanwhile.get(), slowestMillis.get());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("file");
        assertThat(problem.at("/errors/0/message").asString()).contains("20.000 dòng");
        assertThat(problem.at("/errors/0/messageEn").asString()).contains("20,000 rows");
        assertThat(refused.body()).doesNotContainIgnoringCase("poi").doesNotContain("Exception");
        // on a quiet machine about 2 s, the slowest other answer under 0.6 s; the bounds leave room for a busy one
        assertThat(refusedMillis).as("time to refuse").isLessThan(15_000);
        assertThat(heap.oldGrowth()).as("heap kept while refusing").isLessThan(RETAINED_BOUND);
        assertThat(answeredMeanwhile.get()).as("other requests answered during the upload").isPositive();
        assertThat(slowestMillis.get()).as("the slowest of them").isLessThan(5_000);

        // still whole: an import goes through and its events are relayed; plan events are still consumed
        double relayed = meters.counter("enrolment.outbox.published").count();
        Sheets small = Sheets.withHeader(List.of("STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "Buổi 1"));
        small.row(1, "Lường Văn Tuấn", "Nam", 1985, "Thái", "x").row(2, "Hà Thị Mai", "Nữ", 1990, "Tày", "x");
        JsonNode report = api.upload("/api/v1/training-events/" + eventId + "/imports?wait=true", "nho.xlsx",
                small.xlsx(), 200);
        assertThat(report.get("acceptedRows").asInt()).as(report.toString()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> meters.counter("enrolment.outbox.published").count() > relayed);
        String laterPlan = "plan-" + UUID.randomUUID();
        try (Publisher publisher = new Publisher(brokers)) {
            publisher.publish(Plans.bacGiang2023(laterPlan), "bac-giang", laterPlan, 3);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> line(laterPlan).isPresent());
    }

    @Test
    void whileTwoSheetsAreHeldAThirdUploadIsToldWhenToComeBack() throws Exception {
        Api api = Api.officer(mvc);
        String eventId = scheduledClass(api, "busy");
        byte[] small = Sheets.withHeader(List.of("STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc"))
                .row(1, "Lường Văn Tuấn", "Nam", 1985, "Thái").xlsx();
        String path = "/api/v1/training-events/" + eventId + "/imports?wait=true";

        try (SheetUpload first = sheets.read("a.xlsx", small, 10); SheetUpload second = sheets.read("b.xlsx", small, 10)) {
            assertThat(meters.get("resilience4j.bulkhead.available.concurrent.calls").tag("name", "sheets").gauge().value())
                    .isZero();
            HttpResponse<String> busy = upload(path, "c.xlsx", small);
            assertThat(busy.statusCode()).as(busy.body()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(busy.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = json.readTree(busy.body());
            assertThat(problem.at("/errors/0/field").asString()).isEqualTo("file");
            assertThat(problem.at("/errors/0/message").asString()).contains("thử lại sau 30 giây");
            assertThat(problem.at("/errors/0/messageEn").asString()).contains("try again in 30 seconds");
        }
        assertThat(upload(path, "c.xlsx", small).statusCode()).isEqualTo(200);
    }

    private Optional<PlanLine> line(String planId) {
        try (TenantContext.Scope ignored = TenantContext.open("bac-giang")) {
            return plans.find(planId, "community-classes");
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> upload(String path, String fileName, byte[] content) {
        String boundary = "----taphuan" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Authorization", Api.OFFICER).timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The peak of the old generation, where what lives long enough (a workbook held whole) ends up; and, for the
     * log, the used heap sampled every millisecond — garbage included, which the collector lets grow towards the
     * heap's size before it collects, so no bound on it says what the refusal kept.
     */
    private static final class HeapWatch {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final List<MemoryPoolMXBean> old = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured")).toList();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;
        private final long baseline;
        private final long oldBaseline;

        private HeapWatch() {
            if (old.isEmpty()) {
                throw new IllegalStateException("no old generation to watch: run the tests with a generational collector");
            }
            System.gc();
            baseline = memory.getHeapMemoryUsage().getUsed();
            old.forEach(MemoryPoolMXBean::resetPeakUsage);
            oldBaseline = old.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
            sampler = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
        }

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            watch.sampler.start();
            return watch;
        }

        long stop() throws InterruptedException {
            running.set(false);
            sampler.join();
            return peak.get();
        }

        long oldGrowth() {
            return old.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() - oldBaseline;
        }
    }

    /** A class of 60 seats, two sessions, under a newly approved Bắc Giang plan. */
    private String scheduledClass(Api api, String planName) throws Exception {
        String planId = new World(tenants, units, plans).provinces().approvedPlan(Plans.bacGiang2023(planName));
        return api.post("/api/v1/training-events", """
                {"planId":"%s","targetLineId":"community-classes","title":"Lớp tập huấn cộng đồng",
                 "unitCode":"%s","startDate":"2023-09-04","endDate":"2023-09-05","capacity":60,
                 "sessions":[{"date":"2023-09-04","kind":"THEORY"},{"date":"2023-09-05","kind":"FIELD"}]}"""
                .formatted(planId, Units.DUONG_HUU), 201).get("id").asString();
    }
}
