package vn.taphuan.enrolment;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import vn.taphuan.enrolment.support.Sheets;
import vn.taphuan.enrolment.support.Units;
import vn.taphuan.enrolment.support.World;
import vn.taphuan.kit.events.EventJson;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.TopicProbe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The roster as other services hear it and as concurrent officers fill it: one {@code EnrolmentsChanged} per page
 * write carrying each changed enrolment's whole state with a version that grows with every change, and a class
 * filled by two imports at once holding exactly its capacity.
 */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class RosterEventsTest {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RosterEventsTest.class);

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
    World world;
    Api api;

    @BeforeEach
    void world() {
        world = new World(tenants, units, plans).provinces();
        api = Api.officer(mvc);
    }

    private String activity(String planId, int capacity) {
        return api.post("/api/v1/training-events", """
                {"planId":"%s","targetLineId":"community-classes","title":"Lớp tập huấn","unitCode":"%s",
                 "startDate":"2023-05-10","endDate":"2023-05-11","capacity":%d,
                 "sessions":[{"date":"2023-05-10","kind":"THEORY"},{"date":"2023-05-11","kind":"FIELD"}]}"""
                .formatted(planId, Units.AN_LAC, capacity), 201).get("id").asString();
    }

    @Test
    void everyChangeOfAnEnrolmentIsAnnouncedWithItsWholeStateAndAHigherVersion() {
        String planId = world.approvedPlan(Plans.bacGiang2023("versions"));
        String eventId = activity(planId, 40);
        String enrolment = api.post("/api/v1/training-events/" + eventId + "/enrolments", """
                {"participant":{"fullName":"Hoàng Văn Phúc","gender":"Nam","birthYear":"1981","ethnicity":"Tày",
                 "nationalId":"024181000777"}}""", 201).at("/enrolment/id").asString();
        String url = "/api/v1/enrolments/" + enrolment;
        api.post(url + "/attendance", "{\"sessions\":[{\"session\":1,\"present\":true},{\"session\":2,\"present\":true}]}", 200);
        api.post(url + "/completion", "{}", 200);
        api.post(url + "/withdrawal", "{\"reason\":\"Ghi nhầm lớp\"}", 200);
        String participant = api.get(url, 200).get("participantId").asString();
        api.post("/api/v1/training-events/" + eventId + "/enrolments", "{\"participantId\":\"" + participant + "\"}", 201);

        List<JsonNode> heard = new ArrayList<>();
        try (TopicProbe topic = new TopicProbe(brokers, Topics.ENROLMENT_EVENTS.name())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> pageEvents(topic.records(), eventId).size() >= 5);
            heard.addAll(pageEvents(topic.records(), eventId));
        }
        assertThat(heard).hasSize(5);
        assertThat(heard).extracting(e -> e.get("aggregateVersion").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L);
        heard.forEach(e -> assertThat(EventSchemas.validateEnvelope(e)).isEmpty());
        List<JsonNode> states = heard.stream().map(e -> e.at("/payload/enrolments/0")).toList();
        assertThat(heard).allSatisfy(e -> assertThat(e.at("/payload/enrolments")).hasSize(1));
        assertThat(states).extracting(s -> s.get("enrolmentId").asString()).containsOnly(enrolment);
        assertThat(states).extracting(s -> s.get("version").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(states).extracting(s -> s.get("change").asString())
                .containsExactly("ENROLLED", "ATTENDANCE", "COMPLETED", "WITHDRAWN", "ENROLLED");
        assertThat(states).extracting(s -> s.get("status").asString())
                .containsExactly("ENROLLED", "ENROLLED", "COMPLETED", "WITHDRAWN", "ENROLLED");
        assertThat(states).extracting(s -> s.get("sessionsAttended").asInt()).containsExactly(0, 2, 2, 2, 0);
        // each state is whole: the facts a consumer counts travel with every change, not only with the enrolment
        assertThat(states).allSatisfy(s -> {
            assertThat(s.get("personKey").asString()).matches("[0-9a-f]{64}");
            assertThat(s.get("gender").asString()).isEqualTo("MALE");
            assertThat(s.get("ethnicMinority").asBoolean()).isTrue();
            assertThat(s.get("unitCode").asString()).isEqualTo(Units.AN_LAC);
            assertThat(s.get("sessionsTotal").asInt()).isEqualTo(2);
        });
        assertThat(states.get(2).get("completedOn").asString()).isEqualTo("2023-05-11");
        assertThat(states.get(3).get("completionRevoked").asBoolean()).isTrue();
        assertThat(states.get(3).get("withdrawnOn")).isNotNull();
        assertThat(states.get(4).has("completedOn")).as("enrolled again: counted anew").isFalse();
    }

    @Test
    void twoImportsIntoOneClassAtOnceFillItExactlyToItsCapacity() throws Exception {
        String planId = world.approvedPlan(Plans.bacGiang2023("concurrent"));
        int capacity = 90;
        String eventId = activity(planId, capacity);
        // 100 people in all, 20 of them on both sheets
        byte[] first = sheet(1, 60);
        byte[] second = sheet(41, 100);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService officers = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<JsonNode>> imports = new ArrayList<>();
            for (byte[] sheet : List.of(first, second)) {
                imports.add(CompletableFuture.supplyAsync(() -> {
                    bothAt(together);
                    return api.upload("/api/v1/training-events/" + eventId + "/imports?wait=true", "diem-danh.xlsx",
                            sheet, 200);
                }, officers));
            }
            List<JsonNode> reports = imports.stream().map(CompletableFuture::join).toList();
            reports.forEach(r -> log.info("concurrent import: {} enrolled, {} already enrolled, {} refused",
                    r.get("enrolled").asInt(), r.get("alreadyEnrolled").asInt(), r.get("rejectedRows").asInt()));
            int enrolled = reports.stream().mapToInt(r -> r.get("enrolled").asInt()).sum();
            assertThat(enrolled).as(reports.toString()).isEqualTo(capacity);
            reports.forEach(report -> report.get("errors").forEach(error -> assertThat(error.get("messageEn").asString())
                    .as("rows are refused only for want of a seat, or as being enrolled by the other import")
                    .containsAnyOf("the activity is full", "by another request at this moment")));
        } finally {
            officers.shutdownNow();
        }

        JsonNode event = api.get("/api/v1/training-events/" + eventId, 200);
        assertThat(event.get("seatsTaken").asInt()).isEqualTo(capacity);
        assertThat(event.at("/shares/enrolled").asInt()).isEqualTo(capacity);
        JsonNode listed = api.get("/api/v1/training-events/" + eventId + "/enrolments?size=1000", 200);
        assertThat(listed.get("total").asInt()).isEqualTo(capacity);
        Set<String> people = new HashSet<>();
        listed.get("items").forEach(item -> people.add(item.get("participantId").asString()));
        assertThat(people).as("nobody enrolled twice").hasSize(capacity);
    }

    private static byte[] sheet(int from, int to) {
        Sheets sheet = Sheets.withHeader(List.of("STT", "Họ và tên", "Giới tính", "Năm sinh", "Dân tộc", "CCCD",
                "Buổi 1", "Buổi 2"));
        for (int i = from; i <= to; i++) {
            sheet.row(i, "Vi Thị Học Viên " + i, i % 2 == 0 ? "Nữ" : "Nam", 1970 + i % 30, "Nùng",
                    String.format("024%09d", 700_000 + i), "x", "x");
        }
        return sheet.xlsx();
    }

    private static void bothAt(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> pageEvents(List<ConsumerRecord<String, String>> records, String eventId) {
        return records.stream().filter(r -> r.key().startsWith(eventId + "."))
                .map(r -> EventJson.mapper().readTree(r.value()))
                .filter(e -> e.get("eventType").asString().equals("EnrolmentsChanged")).toList();
    }
}
