package vn.taphuan.plan.unit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.contracts.EventSchemas;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.plan.ApiClient;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.TopicProbe;
import vn.taphuan.testsupport.identity.TestTokens;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Programmes and administrative units: readable by every signed-in user, edited by the platform administrator. */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class ReferenceDataApiTest {

    private static final String ADMIN = TestTokens.platformAdmin();

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    KnownTenants tenants;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;

    ApiClient api;
    String officer;

    @BeforeEach
    void client() {
        api = new ApiClient(mvc, json);
        tenants.onboard("bac-giang", "Bắc Giang", "24", List.of());
        officer = TestTokens.officer("bac-giang");
    }

    @Test
    void theSeededCatalogueHasTheProgrammesOfTheBriefWithTheirFrameworkAndRules() {
        JsonNode programmes = api.get(officer, "/api/v1/reference/programmes", 200);
        Map<String, JsonNode> byCode = programmes.valueStream().collect(Collectors.toMap(p -> p.get("code").asString(), p -> p));

        assertThat(byCode).containsKeys("MTQG_DTTS_MN_2021_2025", "MTQG_NTM_2021_2025", "CT135_2016_2020",
                "QD1956_1600_CBCC_XA", "QD387_HOC_TAP_SUOT_DOI");
        JsonNode ntm = byCode.get("MTQG_NTM_2021_2025");
        assertThat(ntm.get("topicGroups").valueStream().map(g -> g.get("topicCount").asInt())).containsExactly(6, 9, 4);
        assertThat(ntm.at("/rules/minDurationDays").asInt()).isEqualTo(2);
        assertThat(ntm.at("/rules/minFieldSessions").asInt()).isEqualTo(1);
        assertThat(ntm.get("deadline").asString()).isEqualTo("2025-12-31");
        assertThat(byCode.get("MTQG_DTTS_MN_2021_2025").at("/legalBases/1/number").asString()).isEqualTo("752/QĐ-UBDT");
        assertThat(byCode.get("CT135_2016_2020").get("periodEnd").asString()).isEqualTo("2020-12-31");
        api.get(null, "/api/v1/reference/programmes", 401);
    }

    @Test
    void theMergedProgrammeOf2026To2035ContinuesTheProgrammesOf2021To2025WithItsPhaseDueBy2030() {
        JsonNode merged = api.get(officer, "/api/v1/reference/programmes/MTQG_NTM_GN_DTTS_2026_2035", 200);

        assertThat(merged.get("legalBases").valueStream().map(b -> b.get("number").asString()))
                .containsExactly("257/2025/QH15", "424/NQ-CP", "417/QĐ-BNNMT");
        assertThat(merged.get("owner").asString()).isEqualTo("Bộ Nông nghiệp và Môi trường");
        assertThat(merged.at("/phases/0/code").asString()).isEqualTo("2026-2030");
        assertThat(merged.at("/phases/0/deadline").asString()).isEqualTo("2030-12-31");
        assertThat(merged.get("predecessorCodes").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("MTQG_DTTS_MN_2021_2025", "MTQG_NTM_2021_2025");
        assertThat(merged.get("notes").asString()).contains("quản trị nền tảng");
        assertThat(api.get(officer, "/api/v1/reference/programmes/MTQG_NTM_2021_2025", 200).get("successorCode")
                .asString()).isEqualTo("MTQG_NTM_GN_DTTS_2026_2035");

        // a rule the guidance has not published yet is the platform administrator's to set; a successor must exist
        String unknownSuccessor = """
                {"definition":{"name":"Chương trình thử nghiệm","periodStart":"2021-01-01","periodEnd":"2025-12-31",
                 "deadline":"2025-12-31","rules":{"minAttendancePercent":80},"successorCode":"KHONG_CO_2040"}}""";
        JsonNode refused = api.post(ADMIN, "/api/v1/reference/programmes",
                "{\"code\":\"CT_CU_2021\"," + unknownSuccessor.substring(1), 400);
        assertThat(fields(refused)).containsExactly("successorCode");
    }

    @Test
    void thePlatformAdministratorDefinesAndRevisesAProgrammeWithOptimisticConcurrencyAndAnAuditTrail() {
        String body = """
                {"code":"CT_THU_NGHIEM_2026","definition":{"name":"Chương trình thử nghiệm","periodStart":"2026-01-01",
                 "periodEnd":"2030-12-31","deadline":"2030-12-31","rules":{"minAttendancePercent":90},
                 "topicGroups":[{"name":"Nhóm kỹ năng","topicCount":3}],"keywords":["thử nghiệm"]}}""";
        api.post(officer, "/api/v1/reference/programmes", body, 403);
        JsonNode created = api.post(ADMIN, "/api/v1/reference/programmes", body, 201);
        assertThat(created.get("version").asInt()).isEqualTo(1);
        api.post(ADMIN, "/api/v1/reference/programmes", body, 409);

        String revision = """
                {"definition":{"name":"Chương trình thử nghiệm (sửa)","periodStart":"2026-01-01",
                 "periodEnd":"2030-12-31","deadline":"2029-12-31","rules":{"minAttendancePercent":100}}}""";
        JsonNode revised = api.put(ADMIN, "/api/v1/reference/programmes/CT_THU_NGHIEM_2026", 1, revision, 200);
        assertThat(revised.get("version").asInt()).isEqualTo(2);
        assertThat(revised.get("deadline").asString()).isEqualTo("2029-12-31");
        assertThat(api.put(ADMIN, "/api/v1/reference/programmes/CT_THU_NGHIEM_2026", 1, revision, 412)
                .get("type").asString()).endsWith("/stale-version");
        api.put(officer, "/api/v1/reference/programmes/CT_THU_NGHIEM_2026", 2, revision, 403);

        JsonNode invalid = api.put(ADMIN, "/api/v1/reference/programmes/CT_THU_NGHIEM_2026", 2, """
                {"definition":{"name":"X","periodStart":"2026-01-01","periodEnd":"2025-12-31",
                 "deadline":"2030-12-31","rules":{"minAttendancePercent":0}}}""", 400);
        assertThat(fields(invalid)).containsExactlyInAnyOrder("periodEnd", "rules.minAttendancePercent");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode trail = api.get(ADMIN, "/api/v1/audit?tenant=national&aggregateId=CT_THU_NGHIEM_2026", 200);
            assertThat(trail.get("total").asInt()).isEqualTo(2);
            assertThat(trail.at("/items/0/command").asString()).isEqualTo("PUT /api/v1/reference/programmes/CT_THU_NGHIEM_2026");
        });
    }

    @Test
    void theUnitsAreListedByLevelDateAndProvinceAndRollUpAcrossTheReorganisation() {
        assertThat(api.get(officer, "/api/v1/reference/units?level=PROVINCE&validOn=2025-06-30&size=1", 200)
                .get("total").asInt()).isEqualTo(63);
        assertThat(api.get(officer, "/api/v1/reference/units?level=PROVINCE&validOn=2025-07-01&size=100", 200)
                .get("total").asInt()).isEqualTo(34);
        JsonNode districts = api.get(officer, "/api/v1/reference/units?level=DISTRICT&province=bac-giang", 200);
        assertThat(districts.get("items").valueStream().map(u -> u.get("shortName").asString()))
                .containsExactlyInAnyOrder("Sơn Động", "Lục Ngạn", "Lục Nam", "Yên Thế", "Lạng Giang");
        JsonNode communes = api.get(officer, "/api/v1/reference/units?parentCode=H-SON-DONG", 200);
        assertThat(communes.get("items").valueStream().map(u -> u.get("code").asString())).contains(
                "X-SON-DONG-AN-CHAU", "X-SON-DONG-TAY-YEN-TU", "X-SON-DONG-TUAN-DAO", "X-SON-DONG-DAI-SON",
                "X-SON-DONG-DUONG-HUU", "X-SON-DONG-YEN-DINH");
        assertThat(api.get(officer, "/api/v1/reference/units?name=tuấn đạo", 200).get("total").asInt()).isEqualTo(2);

        JsonNode tuanDao = api.get(officer, "/api/v1/reference/units/X-SON-DONG-TUAN-DAO", 200);
        assertThat(tuanDao.get("classification").asString()).isEqualTo("REGION_III");
        assertThat(tuanDao.get("classifications")).hasSize(2);

        JsonNode rollUp = api.get(officer, "/api/v1/reference/units/X-LUC-NGAN-BIEN-DONG/roll-up?on=2025-09-01", 200);
        assertThat(rollUp.get("unitCode").asString()).isEqualTo("X-BAC-NINH-BIEN-DONG");
        assertThat(rollUp.get("chain")).hasSize(3);
        assertThat(rollUp.get("inForce").asBoolean()).isTrue();
        assertThat(rollUp.at("/unit/provinceTenantId").asString()).isEqualTo("bac-ninh");
        assertThat(api.get(officer, "/api/v1/reference/units/H-SON-DONG/roll-up?on=2025-07-01", 200)
                .get("unitCode").asString()).isEqualTo("P-24-2025");
        api.get(officer, "/api/v1/reference/units/X-NONE/roll-up?on=2025-07-01", 404);
        api.get(officer, "/api/v1/reference/units/H-SON-DONG/roll-up", 400);
    }

    @Test
    void everySeededUnitIsAnnouncedOnTheReferenceTopicAsTheNationalTenant() {
        try (TopicProbe topic = new TopicProbe(brokers, "reference.events.v1")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> keys(topic.records()).containsAll(UnitMother.seeds().keySet()));
            List<JsonNode> events = topic.records().stream().map(r -> json.readTree(r.value())).toList();
            events.forEach(event -> {
                assertThat(EventSchemas.validateEnvelope(event)).isEmpty();
                assertThat(event.get("tenantId").asString()).isEqualTo("national");
                assertThat(event.get("eventType").asString()).isEqualTo("AdministrativeUnitDefined");
            });
            JsonNode sonDong = payloadOf(events, "H-SON-DONG");
            assertThat(sonDong.get("successorCode").asString()).isEqualTo("P-24-2025");
            assertThat(sonDong.get("validTo").asString()).isEqualTo("2025-06-30");
            assertThat(sonDong.get("parentCode").asString()).isEqualTo("P-24");
            assertThat(payloadOf(events, "X-SON-DONG-TUAN-DAO").get("classification").asString()).isEqualTo("REGION_III");
        }
    }

    @Test
    void thePlatformAdministratorChangesAUnitAndTheChangeIsAnnounced() {
        JsonNode created = api.post(ADMIN, "/api/v1/reference/units", """
                {"code":"X-SON-DONG-THANH-LUAN","definition":{"name":"Xã Thanh Luận","shortName":"Thanh Luận",
                 "level":"COMMUNE","parentCode":"H-SON-DONG","provinceTenantId":"bac-giang","validFrom":"2008-08-01",
                 "validTo":"2025-06-30","successorCode":"X-BAC-NINH-TAY-YEN-TU"}}""", 201);
        assertThat(created.get("version").asInt()).isEqualTo(1);
        api.post(officer, "/api/v1/reference/units", "{\"code\":\"X\",\"definition\":{}}", 403);

        JsonNode revised = api.put(ADMIN, "/api/v1/reference/units/X-SON-DONG-THANH-LUAN", 1, """
                {"definition":{"name":"Xã Thanh Luận","shortName":"Thanh Luận",
                 "level":"COMMUNE","parentCode":"H-SON-DONG","provinceTenantId":"bac-giang","validFrom":"2008-08-01",
                 "validTo":"2025-06-30","successorCode":"X-BAC-NINH-TAY-YEN-TU",
                 "classifications":[{"classification":"REGION_III","validFrom":"2021-06-04","validTo":"2025-12-31",
                   "basis":"Quyết định số 861/QĐ-TTg ngày 04/6/2021"}]}}""", 200);
        assertThat(revised.get("version").asInt()).isEqualTo(2);

        JsonNode invalid = api.put(ADMIN, "/api/v1/reference/units/X-SON-DONG-THANH-LUAN", 2, """
                {"definition":{"name":"Xã Thanh Luận","shortName":"Thanh Luận",
                 "level":"COMMUNE","parentCode":"H-NONE","provinceTenantId":"bac-giang","validFrom":"2008-08-01",
                 "successorCode":"X-BAC-NINH-TAY-YEN-TU"}}""", 400);
        assertThat(fields(invalid)).containsExactlyInAnyOrder("parentCode", "successorCode");

        try (TopicProbe topic = new TopicProbe(brokers, "reference.events.v1")) {
            await().atMost(Duration.ofSeconds(15)).until(() -> keyed(topic.records(), "X-SON-DONG-THANH-LUAN").size() == 2);
            List<JsonNode> events = keyed(topic.records(), "X-SON-DONG-THANH-LUAN").stream()
                    .map(r -> json.readTree(r.value())).toList();
            assertThat(events.get(0).at("/payload/classification").isMissingNode()).isTrue();
            assertThat(events.get(1).at("/payload/classification").asString()).isEqualTo("REGION_III");
            assertThat(events.get(1).get("aggregateVersion").asInt()).isEqualTo(2);
        }
    }

    @Test
    void theOpenApiDescriptionListsEveryApiWithItsVietnameseSummary() {
        JsonNode docs = api.get(null, "/v3/api-docs", 200);
        assertThat(docs.get("paths").propertyNames()).contains("/api/v1/plans", "/api/v1/plan-imports",
                "/api/v1/plan-imports/{importId}/confirmation", "/api/v1/plans/{planId}/amendments",
                "/api/v1/reference/units/{code}/roll-up", "/api/v1/tenants", "/api/v1/tenants/{tenantId}/disabling");
        assertThat(docs.at("/paths/~1api~1v1~1plan-imports/post/summary").asString()).startsWith("Đọc văn bản kế hoạch");
    }

    private static JsonNode payloadOf(List<JsonNode> events, String code) {
        return events.stream().filter(e -> code.equals(e.get("aggregateId").asString())).findFirst().orElseThrow()
                .get("payload");
    }

    private static Set<String> keys(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toCollection(HashSet::new));
    }

    private static List<ConsumerRecord<String, String>> keyed(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
