package vn.taphuan.localstack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import review shows the kinds of targets a real plan states (issue 18), in a real browser: a document of the
 * import corpus — Bà Rịa - Vũng Tàu's plan of 2022 for New-Rural cadres, two coverage shares of named populations and
 * one target not about training — read, each value shown beside its passage, confirmed, and kept by the draft plan.
 * In Hà Tĩnh, the province {@link OfficerWorkflowIT} onboards, so the demo's figures stay as they are (a draft emits
 * no event).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanImportKindsIT {

    private static final Path CORPUS_DOCUMENT = Path.of("..", "..", "services", "plan-service", "src", "test",
            "resources", "corpus", "tuned", "ba-ria-vung-tau-2022-ntm-cadre-training.txt");
    private static final Duration PROPAGATION = Duration.ofSeconds(90);

    private Dashboards stack;
    private Browser browser;
    private Api admin;

    @BeforeAll
    void onboardTheProvince() {
        stack = Dashboards.get();
        Api platform = stack.as("admin");
        if (!platform.send("GET", stack.url("plan") + "/api/v1/tenants/" + OfficerWorkflowIT.TENANT, null, null).ok()) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("tenantId", OfficerWorkflowIT.TENANT);
            request.put("provinceCode", "42");
            request.put("name", "Hà Tĩnh");
            request.put("validFrom", "2008-08-01");
            request.put("administrator", Map.of("username", OfficerWorkflowIT.ADMIN, "name", "Quản trị tỉnh Hà Tĩnh",
                    "password", DemoUsers.PASSWORD));
            platform.post(stack.url("plan") + "/api/v1/tenants", request);
        }
        admin = stack.as(OfficerWorkflowIT.ADMIN);
        admin.await(stack.url("plan") + "/api/v1/plans", Api.Answer::ok, PROPAGATION);
        browser = Browser.open(stack.baseUrl);
        browser.signIn(OfficerWorkflowIT.ADMIN, DemoUsers.PASSWORD);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void coverageSharesAndATargetNotAboutTrainingAreShownWithTheirPassagesAndKeptByTheDraft() throws IOException {
        String raw = Files.readString(CORPUS_DOCUMENT, StandardCharsets.UTF_8);
        String text = raw.substring(raw.indexOf("\n---\n") + 5);
        browser.click("nav-import");
        browser.select("[data-testid=import-programme]", "MTQG_NTM_2021_2025");
        browser.fill("[data-testid=import-text]", text);
        browser.click("import-read");
        browser.testId("import-review");

        // each line names its kind in words; a coverage share shows its population and its passage
        assertThat(browser.text("import-line-kind-0")).isEqualTo("Tỷ lệ của một đối tượng được đào tạo");
        assertThat(browser.testId("import-line-0").getAttribute("data-kind")).isEqualTo("COVERAGE");
        assertThat(value("targetLines[0].coverage.percent")).isEqualTo("100");
        assertThat(value("targetLines[0].coverage.rosterDescription")).contains("cán bộ chuyên trách");
        assertThat(value("targetLines[1].coverage.percent")).isEqualTo("80");
        browser.click("show-targetLines[0].coverage.percent");
        assertThat(activePassage()).contains("100%");

        // the target not about training in its own section, with its passage
        assertThat(browser.text("import-other-targets")).contains("Chỉ tiêu khác (không theo dõi)");
        assertThat(value("otherTargets[0].description")).startsWith("100% người dân");
        browser.click("show-otherTargets[0]");
        assertThat(activePassage()).contains("người dân");
        Screenshots.save(browser, "import-review-kinds");

        // corrected before confirming: the first population's size, the other target's unit
        browser.fill("[name='targetLines[0].coverage.rosterSize']", "420");
        browser.fill("[name='otherTargets[0].unit']", "% người dân");
        browser.click("import-confirm");

        browser.waitUntil(() -> browser.hash().startsWith("#/plan-drafts/"));
        String planId = browser.hash().replaceFirst("#/plan-drafts/([^?]+).*", "$1");
        assertThat(browser.testId("draft-line-L1").getAttribute("data-kind")).isEqualTo("COVERAGE");
        assertThat(browser.text("draft-line-L1")).contains("100%").contains("cán bộ chuyên trách");
        assertThat(browser.text("draft-other-targets")).contains("người dân").contains("không theo dõi tiến độ");
        // coverage shares are never summed as persons
        assertThat(browser.text("draft-tracked-person-turns")).isEqualTo("0");
        JsonNode draft = admin.get(stack.url("plan") + "/api/v1/plans/" + planId);
        assertThat(draft.at("/targetLines/0/coverage/rosterSize").asInt()).isEqualTo(420);
        assertThat(draft.at("/targetLines/0/coverage/populationUnit").asString()).isEqualTo("PERSON");
        assertThat(draft.at("/targetLines/0/source/quote").asString()).contains("100%");
        assertThat(draft.at("/otherTargets/0/unit").asString()).isEqualTo("% người dân");
        assertThat(draft.at("/otherTargets/0/source/quote").asString()).startsWith("100% người dân");
    }

    @Test
    void aQuotaPerCommuneShowsItsDerivedPersonsTheSignerAndTheIssuersLevelAndTheDraftKeepsThem() {
        browser.go("#/province");
        browser.click("nav-import");
        browser.select("[data-testid=import-programme]", "MTQG_NTM_2021_2025");
        browser.fill("[data-testid=import-text]", """
                UBND TỈNH HÀ TĨNH
                Số: 12/KH-UBND
                KẾ HOẠCH
                Bồi dưỡng cán bộ xây dựng nông thôn mới giai đoạn 2024-2025
                Bồi dưỡng cho 4 cán bộ mỗi xã tại 124 xã đặc biệt khó khăn.
                Nguồn kinh phí: ngân sách xã, nguồn xã hội hóa.
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH
                Nguyễn Văn Hòa
                """);
        browser.click("import-read");
        browser.testId("import-review");

        assertThat(browser.text("import-line-kind-0")).isEqualTo("Định mức theo đơn vị (số người suy ra)");
        assertThat(browser.text("import-derived-0")).contains("496").contains("suy ra");
        browser.click("show-targetLines[0].quota.unitsInScope");
        assertThat(activePassage()).contains("124 xã");
        assertThat(value("signer")).isEqualTo("Nguyễn Văn Hòa");
        assertThat(value("issuerLevel")).isEqualTo("PROVINCE");
        assertThat(browser.text("import-sources-without-amount")).contains("Ngân sách xã").contains("Xã hội hóa");

        // a corrected quota derives its persons again, on the page and in the plan
        browser.fill("[name='targetLines[0].quota.perUnit']", "5");
        browser.waitUntil(() -> browser.text("import-derived-0").contains("620"));
        browser.select("[name='targetLines[0].targetGroup']", "CADRE");
        browser.click("import-confirm");

        browser.waitUntil(() -> browser.hash().startsWith("#/plan-drafts/"));
        String planId = browser.hash().replaceFirst("#/plan-drafts/([^?]+).*", "$1");
        assertThat(browser.testId("draft-line-L1").getAttribute("data-kind")).isEqualTo("QUOTA_PER_UNIT");
        assertThat(browser.text("draft-line-L1")).contains("620").contains("suy ra");
        assertThat(browser.text("draft-signer")).contains("Nguyễn Văn Hòa");
        assertThat(browser.text("draft-issuer")).contains("Cấp tỉnh");
        assertThat(browser.text("draft-tracked-person-turns")).isEqualTo("620");
        JsonNode draft = admin.get(stack.url("plan") + "/api/v1/plans/" + planId);
        assertThat(draft.at("/targetLines/0/plannedPersonTurns").asInt()).isEqualTo(620);
        assertThat(draft.at("/targetLines/0/quota/perUnit").asInt()).isEqualTo(5);
        assertThat(draft.at("/targetLines/0/source/quote").asString()).startsWith("4 cán bộ mỗi xã");
        assertThat(draft.get("sourcesWithoutAmount")).hasSize(2);
    }

    private String value(String name) {
        return browser.await(By.cssSelector("[name='" + name + "']")).getAttribute("value");
    }

    private String activePassage() {
        browser.waitUntil(() -> !browser.all("[data-testid=import-source] mark.active").isEmpty());
        return Browser.normalise(String.join(" ", browser.all("[data-testid=import-source] mark.active").stream()
                .map(mark -> mark.getText()).toList()));
    }
}
