package vn.taphuan.localstack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The platform with a real Keycloak in place of the development token issuer ({@code ./run-local.sh --keycloak}):
 * the realm of {@code infra/keycloak} imported, the services given only its addresses. A province officer and the
 * ministry analyst sign in to Keycloak and call every service; the roles and the isolation between provinces hold as
 * with the development issuer, and onboarding a province creates its first administrator in Keycloak. Skipped where
 * no JDK 21+ is installed (Keycloak cannot run on 17). Without the demo data, to stay short: one start of Keycloak and
 * the stack, side by side. The dashboards sign in at Keycloak's own page, authorization code with PKCE, in Chromium.
 */
class KeycloakIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(90);
    private static final String HA_TINH = "ha-tinh";

    private static Path dataDir;
    private static LocalStack stack;
    private static String bacGiangPlan;
    private static String haTinhPlan;

    @BeforeAll
    static void startWithKeycloakAndOnboardTwoProvinces() throws Exception {
        KeycloakServer.Requirements requirements = KeycloakServer.requirements(TestStack.root());
        assumeTrue(requirements.met(), () -> "Keycloak cannot be started here: " + requirements.missing());
        dataDir = Files.createTempDirectory("taphuan-keycloak-");
        stack = LocalStack.start(LocalStack.Settings.forTest(TestStack.root(), dataDir).withoutDemo().withKeycloak());

        Api platform = signIn("admin", DemoUsers.PASSWORD);
        // Bắc Giang's administrator is one of the realm's demo users: onboarding finds it, as a retried one would
        onboard(platform, DemoData.BAC_GIANG, "24", "Bắc Giang", "bacgiang.admin", DemoUsers.PASSWORD);
        // Hà Tĩnh's is created by onboarding, through Keycloak's admin API
        onboard(platform, HA_TINH, "42", "Hà Tĩnh", "hatinh.admin", "ha-tinh-2026");

        bacGiangPlan = createPlan(signIn("bacgiang.officer", DemoUsers.PASSWORD), "Bắc Giang");
        haTinhPlan = createPlan(signIn("hatinh.admin", "ha-tinh-2026"), "Hà Tĩnh");
    }

    @AfterAll
    static void stop() throws Exception {
        if (stack != null) {
            stack.close();
        }
        if (dataDir != null && stack != null) { // a failed start keeps its logs
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void keycloaksTokensCarryTheRolesTheTenantAndTheNameTheServicesRead() {
        JsonNode officer = claims(stack.keycloak().token("bacgiang.officer", DemoUsers.PASSWORD));
        assertThat(officer.path("iss").asString()).isEqualTo(stack.issuerUri());
        assertThat(officer.path("roles").toString()).isEqualTo("[\"PROVINCE_OFFICER\"]");
        assertThat(officer.path("tenant").asString()).isEqualTo(DemoData.BAC_GIANG);
        assertThat(officer.path("name").asString()).isEqualTo("Cán bộ Ban Dân tộc tỉnh Bắc Giang");

        JsonNode analyst = claims(stack.keycloak().token("ubdt.analyst", DemoUsers.PASSWORD));
        assertThat(analyst.path("roles").toString()).isEqualTo("[\"MINISTRY_ANALYST\"]");
        assertThat(analyst.has("tenant")).isFalse();
    }

    @Test
    void onboardingCreatedTheProvinceAdministratorInKeycloakWithItsRoleAndProvince() {
        JsonNode administrator = claims(stack.keycloak().token("hatinh.admin", "ha-tinh-2026"));
        assertThat(administrator.path("tenant").asString()).isEqualTo(HA_TINH);
        assertThat(administrator.path("roles").toString()).contains("\"PROVINCE_ADMIN\"");
        // and a second province cannot take a user name that is someone else's
        Api.Answer taken = signIn("admin", DemoUsers.PASSWORD).send("POST", stack.url("plan") + "/api/v1/tenants",
                Api.JSON.writeValueAsString(tenant("quang-binh", "44", "Quảng Bình", "hatinh.admin", "quang-binh-2026")),
                "application/json");
        assertThat(taken.status()).as(taken.raw()).isEqualTo(409);
    }

    @Test
    void usersTheDemoAddsThroughTheAdminApiSignInWithTheirRoleAndProvince() {
        stack.addUser(DemoUsers.viewer(HA_TINH, "hatinh", "Hà Tĩnh"));
        stack.addUser(DemoUsers.viewer(HA_TINH, "hatinh", "Hà Tĩnh")); // a second run finds it there
        Api viewer = signIn("hatinh.viewer", DemoUsers.PASSWORD);
        JsonNode claims = claims(stack.keycloak().token("hatinh.viewer", DemoUsers.PASSWORD));
        assertThat(claims.path("tenant").asString()).isEqualTo(HA_TINH);
        assertThat(claims.path("name").asString()).isEqualTo("Lãnh đạo tỉnh Hà Tĩnh (xem)");
        assertThat(viewer.send("GET", stack.url("plan") + "/api/v1/plans/" + haTinhPlan, null, null).status())
                .isEqualTo(200);
        assertThat(viewer.send("POST", stack.url("plan") + "/api/v1/plans",
                Api.JSON.writeValueAsString(DraftPlans.workshops2024("Hà Tĩnh")), "application/json").status()).isEqualTo(403);
    }

    @Test
    void aProvinceOfficerSignedInToKeycloakUsesEveryServiceForItsOwnProvinceOnly() {
        Api officer = signIn("bacgiang.officer", DemoUsers.PASSWORD);
        assertThat(officer.get(stack.url("plan") + "/api/v1/plans/" + bacGiangPlan).path("title").asString())
                .contains("Bắc Giang");
        officer.await(stack.url("enrolment") + "/api/v1/training-events", Api.Answer::ok, PROPAGATION);
        officer.await(stack.url("budget") + "/api/v1/budgets", Api.Answer::ok, PROPAGATION);
        officer.await(stack.url("reporting") + "/api/v1/progress", Api.Answer::ok, PROPAGATION);

        // Hà Tĩnh's plan does not exist for Bắc Giang, and naming Hà Tĩnh is refused by every service
        assertThat(signIn("hatinh.admin", "ha-tinh-2026").send("GET", stack.url("plan") + "/api/v1/plans/" + haTinhPlan,
                null, null).status()).isEqualTo(200);
        assertThat(officer.send("GET", stack.url("plan") + "/api/v1/plans/" + haTinhPlan, null, null).status())
                .isEqualTo(404);
        for (String service : LocalStack.SERVICES) {
            assertThat(status(officer, stack.url(service) + readPath(service), HA_TINH)).as(service).isEqualTo(403);
        }
        // an officer writes, but not the platform's reference data
        assertThat(officer.send("POST", stack.url("plan") + "/api/v1/tenants",
                Api.JSON.writeValueAsString(tenant("quang-tri", "45", "Quảng Trị", "quangtri.admin", "quang-tri-2026")),
                "application/json").status()).isEqualTo(403);
    }

    @Test
    void theMinistryAnalystSignedInToKeycloakReadsEveryProvincesProgressAndWritesNothing() {
        Api analyst = signIn("ubdt.analyst", DemoUsers.PASSWORD);
        assertThat(analyst.get(stack.url("reporting") + "/api/v1/national/progress")).isNotNull();
        analyst.await(stack.url("reporting") + "/api/v1/national/provinces",
                answer -> answer.ok() && answer.raw().contains(HA_TINH) && answer.raw().contains(DemoData.BAC_GIANG),
                PROPAGATION);
        for (String tenant : List.of(DemoData.BAC_GIANG, HA_TINH)) {
            assertThat(status(analyst, stack.url("plan") + "/api/v1/plans", tenant)).isEqualTo(200);
            assertThat(status(analyst, stack.url("budget") + "/api/v1/budgets", tenant)).isEqualTo(200);
            assertThat(status(analyst, stack.url("reporting") + "/api/v1/progress", tenant)).isEqualTo(200);
            // never the learners: enrolment's activities and their rosters are the province's own
            assertThat(status(analyst, stack.url("enrolment") + "/api/v1/training-events", tenant)).isEqualTo(403);
        }
        Api.Answer write = analyst.send("POST", stack.url("plan") + "/api/v1/plans",
                Api.JSON.writeValueAsString(DraftPlans.workshops2024("Bắc Giang")), "application/json");
        assertThat(write.status()).as(write.raw()).isEqualTo(403);
    }

    @Test
    void aProvinceOfficerSignsInToTheDashboardsAtKeycloaksPageAndSignsOutOfKeycloakToo() {
        // the province's figures reach reporting-service from the events of its onboarding
        signIn("bacgiang.officer", DemoUsers.PASSWORD)
                .await(stack.url("reporting") + "/api/v1/progress", Api.Answer::ok, PROPAGATION);
        try (Browser browser = Browser.open(stack.url("reporting"))) {
            browser.go("#/sign-in");
            browser.click("sign-in");
            signInAtKeycloak(browser, "bacgiang.officer");
            browser.waitUntil(PROPAGATION, () -> browser.present("province-name"));
            assertThat(browser.text("province-name")).contains("Bắc Giang");
            assertThat(browser.text("user-name")).contains("Cán bộ Ban Dân tộc tỉnh Bắc Giang");
            // the code and the state are gone from the address
            assertThat(browser.js("return location.search")).isEqualTo("");

            // signing out ends Keycloak's session: the next sign-in asks for the password again
            browser.signOut();
            browser.click("sign-in");
            signInAtKeycloak(browser, "bacgiang.officer");
            browser.waitUntil(PROPAGATION, () -> browser.present("province-name"));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Keycloak's own sign-in form, filled as a person would. */
    private static void signInAtKeycloak(Browser browser, String username) {
        browser.await(org.openqa.selenium.By.name("username")).sendKeys(username);
        browser.await(org.openqa.selenium.By.name("password")).sendKeys(DemoUsers.PASSWORD);
        browser.await(org.openqa.selenium.By.id("kc-login")).click();
    }

    private static Api signIn(String username, String password) {
        return new Api(stack.keycloak().token(username, password));
    }

    private static void onboard(Api platform, String tenantId, String code, String name, String administrator,
                                String password) {
        platform.post(stack.url("plan") + "/api/v1/tenants", tenant(tenantId, code, name, administrator, password));
    }

    private static Map<String, Object> tenant(String tenantId, String code, String name, String administrator,
                                              String password) {
        return Map.of("tenantId", tenantId, "provinceCode", code, "name", name, "validFrom", "2008-08-01",
                "administrator", Map.of("username", administrator, "name", "Quản trị tỉnh " + name,
                        "password", password));
    }

    private static String createPlan(Api writer, String province) {
        return writer.post(stack.url("plan") + "/api/v1/plans", DraftPlans.workshops2024(province)).get("id").asString();
    }

    /** A list each service answers to a reader of the province. */
    private static String readPath(String service) {
        switch (service) {
            case "plan":
                return "/api/v1/plans";
            case "enrolment":
                return "/api/v1/training-events";
            case "budget":
                return "/api/v1/budgets";
            default:
                return "/api/v1/progress";
        }
    }

    /** The answer's status to a GET naming the province ({@code ?tenant=}, as {@code X-Tenant-Id} would). */
    private static int status(Api api, String url, String tenant) {
        return api.send("GET", url + "?tenant=" + tenant, null, null).status();
    }

    private static JsonNode claims(String token) {
        String payload = token.split("\\.")[1];
        return Api.JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
