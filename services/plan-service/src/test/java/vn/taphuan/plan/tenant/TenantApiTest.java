package vn.taphuan.plan.tenant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.contracts.EventSchemas;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.plan.ApiClient;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.TopicProbe;
import vn.taphuan.testsupport.identity.DevUser;
import vn.taphuan.testsupport.identity.TestTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Onboarding provinces through the API, against the development token issuer (the identity provider of the tests). */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class TenantApiTest {

    private static final String PLATFORM_ADMIN = TestTokens.platformAdmin();

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    KnownTenants knownTenants;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(mvc, json);
        knownTenants.onboard("thanh-hoa", "Thanh Hóa", "38", List.of());
    }

    @Test
    void onboardingCreatesTheTenantItsAdministratorAndTheEventAndTheProvinceIsUsableAtOnce() {
        JsonNode onboarded = api.post(PLATFORM_ADMIN, "/api/v1/tenants", onboarding("lang-son", "20", "Lạng Sơn",
                "admin.langson", "\"password\":\"Lang-Son-2025\""), 201);

        assertThat(onboarded.at("/tenant/status").asString()).isEqualTo("ACTIVE");
        assertThat(onboarded.at("/tenant/version").asInt()).isEqualTo(1);
        assertThat(onboarded.get("administratorUsername").asString()).isEqualTo("admin.langson");
        assertThat(onboarded.get("initialPassword").isNull() || onboarded.get("initialPassword").isMissingNode()).isTrue();
        assertThat(TestTokens.issuer().users()).anySatisfy(user -> {
            assertThat(user.username()).isEqualTo("admin.langson");
            assertThat(user.tenant()).isEqualTo("lang-son");
            assertThat(user.roles()).containsExactly("PROVINCE_ADMIN");
        });
        assertThat(knownTenants.isActive("lang-son")).isTrue();

        try (TopicProbe topic = new TopicProbe(brokers, "tenant.events.v1")) {
            await().atMost(Duration.ofSeconds(15)).until(() -> keyed(topic.records(), "lang-son").size() == 1);
            JsonNode event = json.readTree(keyed(topic.records(), "lang-son").get(0).value());
            assertThat(EventSchemas.validateEnvelope(event)).isEmpty();
            assertThat(event.get("eventType").asString()).isEqualTo("TenantOnboarded");
            assertThat(event.get("tenantId").asString()).isEqualTo("lang-son");
            assertThat(event.at("/payload/provinceCode").asString()).isEqualTo("20");
            assertThat(event.at("/payload/name").asString()).isEqualTo("Lạng Sơn");
        }

        String adminToken = signIn("admin.langson", "Lang-Son-2025");
        JsonNode plan = api.post(adminToken, "/api/v1/plans", """
                {"programmeCode":"MTQG_NTM_2021_2025","title":"Kế hoạch tập huấn cán bộ NTM năm 2024",
                 "periodStart":"2024-01-01","periodEnd":"2024-12-31","scope":[{"unitCode":"P-20","communeCount":181}]}""", 201);
        assertThat(plan.get("status").asString()).isEqualTo("DRAFT");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode trail = api.get(PLATFORM_ADMIN, "/api/v1/audit?tenant=lang-son&aggregateId=lang-son", 200);
            assertThat(trail.at("/items/0/command").asString()).isEqualTo("POST /api/v1/tenants");
            assertThat(trail.at("/items/0/actor").asString()).isEqualTo("platform-admin");
            assertThat(trail.at("/items/0/commandBody").asString()).contains("\"password\":\"***\"")
                    .doesNotContain("Lang-Son-2025");
        });
    }

    @Test
    void withoutAChosenPasswordTheAdministratorGetsAGeneratedOneShownOnce() {
        JsonNode onboarded = api.post(PLATFORM_ADMIN, "/api/v1/tenants",
                onboarding("cao-bang", "04", "Cao Bằng", "admin.caobang", null), 201);

        String password = onboarded.get("initialPassword").asString();
        assertThat(password).hasSize(16);
        assertThat(signIn("admin.caobang", password)).isNotBlank();
        assertThat(api.get(PLATFORM_ADMIN, "/api/v1/tenants/cao-bang", 200).toString()).doesNotContain(password);
    }

    @Test
    void aMergedProvinceInheritsItsPredecessorsAndItsPlansMayNameTheirUnits() {
        api.post(PLATFORM_ADMIN, "/api/v1/tenants", """
                {"tenantId":"bac-giang","provinceCode":"24","name":"Bắc Giang","validFrom":"2008-08-01",
                 "validTo":"2025-06-30","successorTenantId":"bac-ninh",
                 "administrator":{"username":"admin.bacgiang","name":"Quản trị Bắc Giang","password":"Bac-Giang-2023"}}""", 201);
        JsonNode merged = api.post(PLATFORM_ADMIN, "/api/v1/tenants", """
                {"tenantId":"bac-ninh","provinceCode":"24","name":"Bắc Ninh","validFrom":"2025-07-01",
                 "predecessorTenantIds":["bac-giang"],
                 "administrator":{"username":"admin.bacninh","name":"Quản trị Bắc Ninh","password":"Bac-Ninh-2025"}}""", 201);
        assertThat(merged.at("/tenant/predecessorTenantIds/0").asString()).isEqualTo("bac-giang");
        assertThat(knownTenants.find("bac-ninh").orElseThrow().predecessorTenantIds()).containsExactly("bac-giang");

        api.post(TestTokens.officer("bac-ninh"), "/api/v1/plans", """
                {"programmeCode":"MTQG_DTTS_MN_2021_2025","title":"Kế hoạch năm 2025 (trước và sau sắp xếp)",
                 "periodStart":"2025-01-01","periodEnd":"2025-12-31",
                 "scope":[{"unitCode":"H-SON-DONG"},{"unitCode":"X-BAC-NINH-TUAN-DAO"}],
                 "targetLines":[{"activityKind":"TRAINING_CLASS","targetGroup":"COMMUNITY","plannedActivities":3,
                   "plannedPersonTurns":150,"unitCodes":["X-SON-DONG-TUAN-DAO","X-BAC-NINH-TUAN-DAO"]}]}""", 201);

        try (TopicProbe topic = new TopicProbe(brokers, "tenant.events.v1")) {
            await().atMost(Duration.ofSeconds(15)).until(() -> keyed(topic.records(), "bac-ninh").size() == 1);
            JsonNode event = json.readTree(keyed(topic.records(), "bac-ninh").get(0).value());
            assertThat(event.at("/payload/predecessorTenantIds/0").asString()).isEqualTo("bac-giang");
            assertThat(event.at("/payload/validFrom").asString()).isEqualTo("2025-07-01");
            JsonNode predecessor = json.readTree(keyed(topic.records(), "bac-giang").get(0).value());
            assertThat(predecessor.at("/payload/successorTenantId").asString()).isEqualTo("bac-ninh");
            assertThat(predecessor.at("/payload/validTo").asString()).isEqualTo("2025-06-30");
        }
    }

    @Test
    void disablingIsASoftOffboardingAndEnablingUndoesIt() {
        api.post(PLATFORM_ADMIN, "/api/v1/tenants", onboarding("son-la", "14", "Sơn La", "admin.sonla",
                "\"password\":\"Son-La-2025\""), 201);
        String officer = TestTokens.officer("son-la");
        String planBody = """
                {"programmeCode":"MTQG_DTTS_MN_2021_2025","title":"Kế hoạch năm 2024","periodStart":"2024-01-01","periodEnd":"2024-12-31"}""";
        String planId = api.post(officer, "/api/v1/plans", planBody, 201).get("id").asString();

        api.post(PLATFORM_ADMIN, "/api/v1/tenants/son-la/disabling", 1, "{\"disabledOn\":\"2999-01-01\"}", 400);
        JsonNode disabled = api.post(PLATFORM_ADMIN, "/api/v1/tenants/son-la/disabling",
                1, "{\"reason\":\"Kết thúc thí điểm\"}", 200);
        assertThat(disabled.get("status").asString()).isEqualTo("DISABLED");
        assertThat(knownTenants.isActive("son-la")).isFalse();
        JsonNode refused = api.post(officer, "/api/v1/plans", planBody, 403);
        assertThat(refused.get("type").asString()).endsWith("/tenant-disabled");
        api.get(officer, "/api/v1/plans/" + planId, 200);
        api.post(PLATFORM_ADMIN, "/api/v1/tenants/son-la/disabling", 2, null, 409);

        JsonNode enabled = api.post(PLATFORM_ADMIN, "/api/v1/tenants/son-la/enabling", 2, null, 200);
        assertThat(enabled.get("status").asString()).isEqualTo("ACTIVE");
        api.post(officer, "/api/v1/plans", planBody, 201);

        try (TopicProbe topic = new TopicProbe(brokers, "tenant.events.v1")) {
            await().atMost(Duration.ofSeconds(15)).until(() -> keyed(topic.records(), "son-la").size() == 3);
            List<JsonNode> events = keyed(topic.records(), "son-la").stream().map(r -> json.readTree(r.value())).toList();
            assertThat(events).extracting(e -> e.get("eventType").asString())
                    .containsExactly("TenantOnboarded", "TenantDisabled", "TenantOnboarded");
            events.forEach(e -> assertThat(EventSchemas.validateEnvelope(e)).isEmpty());
            assertThat(events.get(1).at("/payload/reason").asString()).isEqualTo("Kết thúc thí điểm");
            assertThat(events.get(1).get("tenantId").asString()).isEqualTo("son-la");
        }
    }

    @Test
    void nothingIsOnboardedTwiceNorWithAnotherUsersNameNorWithBadFields() {
        api.post(PLATFORM_ADMIN, "/api/v1/tenants", onboarding("dien-bien", "11", "Điện Biên", "admin.dienbien", null), 201);
        JsonNode twice = api.post(PLATFORM_ADMIN, "/api/v1/tenants",
                onboarding("dien-bien", "11", "Điện Biên", "admin.dienbien2", null), 409);
        assertThat(twice.get("type").asString()).endsWith("/tenant-exists");

        TestTokens.issuer().addUser(DevUser.withPassword("taken.user", "Someone-else-1", "Người khác", "ha-noi",
                List.of("PROVINCE_OFFICER")));
        JsonNode taken = api.post(PLATFORM_ADMIN, "/api/v1/tenants",
                onboarding("lai-chau", "12", "Lai Châu", "taken.user", null), 409);
        assertThat(PlanFields.of(taken)).containsExactly("administrator.username");
        api.get(PLATFORM_ADMIN, "/api/v1/tenants/lai-chau", 404);
        assertThat(TestTokens.issuer().users()).filteredOn(u -> u.username().equals("taken.user"))
                .singleElement().satisfies(u -> assertThat(u.tenant()).isEqualTo("ha-noi"));

        JsonNode unknown = api.post(PLATFORM_ADMIN, "/api/v1/tenants", """
                {"tenantId":"quang-ninh","provinceCode":"99","name":"Quảng Ninh","validFrom":"2008-08-01",
                 "predecessorTenantIds":["khong-co"],
                 "administrator":{"username":"admin.quangninh","name":"Quản trị","password":"Quang-Ninh-1"}}""", 400);
        assertThat(PlanFields.of(unknown)).containsExactlyInAnyOrder("provinceCode", "predecessorTenantIds[0]");

        JsonNode malformed = api.post(PLATFORM_ADMIN, "/api/v1/tenants", """
                {"tenantId":"Quảng Ninh","provinceCode":"22","name":"","validFrom":"2008-08-01",
                 "administrator":{"username":"a b","name":"Quản trị","password":"short"}}""", 400);
        assertThat(PlanFields.of(malformed)).containsExactlyInAnyOrder("name", "administrator.username",
                "administrator.password");
        JsonNode slug = api.post(PLATFORM_ADMIN, "/api/v1/tenants",
                onboarding("Quang Ninh", "22", "Quảng Ninh", "admin.qn", null), 400);
        assertThat(PlanFields.of(slug)).containsExactly("tenantId");
    }

    @Test
    void onlyThePlatformAdministratorOnboardsAndTheMinistryReadsTheList() {
        String body = onboarding("ha-tinh", "42", "Hà Tĩnh", "admin.hatinh", null);
        api.post(TestTokens.officer("thanh-hoa"), "/api/v1/tenants", body, 403);
        api.post(TestTokens.analyst(), "/api/v1/tenants", body, 403);
        api.post(null, "/api/v1/tenants", body, 401);
        api.post(PLATFORM_ADMIN, "/api/v1/tenants", body, 201);

        JsonNode list = api.get(TestTokens.analyst(), "/api/v1/tenants?status=ACTIVE", 200);
        assertThat(list.get("items").valueStream().map(t -> t.get("tenantId").asString())).contains("ha-tinh");
        api.get(TestTokens.analyst(), "/api/v1/tenants/ha-tinh", 200);
        api.get(TestTokens.viewer("thanh-hoa"), "/api/v1/tenants", 403);
        api.post(TestTokens.provinceAdmin("ha-tinh"), "/api/v1/tenants/ha-tinh/disabling", 1, null, 403);
        api.call(PLATFORM_ADMIN, get("/api/v1/tenants/khong-co"), 404);
    }

    private String signIn(String username, String password) {
        Map<?, ?> token = RestClient.create(TestTokens.issuer().issuer()).post().uri("/token")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("username", username, "password", password))
                .retrieve().body(Map.class);
        return (String) token.get("access_token");
    }

    private static String onboarding(String tenantId, String code, String name, String username, String password) {
        return """
                {"tenantId":"%s","provinceCode":"%s","name":"%s","validFrom":"2008-08-01",
                 "administrator":{"username":"%s","name":"Quản trị %s"%s}}""".formatted(tenantId, code, name, username,
                name, password == null ? "" : "," + password);
    }

    private static List<ConsumerRecord<String, String>> keyed(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }

    /** The fields a problem names. */
    static final class PlanFields {
        static List<String> of(JsonNode problem) {
            return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        }
    }
}
