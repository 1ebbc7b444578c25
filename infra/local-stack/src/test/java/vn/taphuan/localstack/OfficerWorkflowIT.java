package vn.taphuan.localstack;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.taphuan.localstack.Story.step;
import static vn.taphuan.localstack.Story.story;

/**
 * A province officer's work, done in a real browser from start to finish, in a province of its own (Hà Tĩnh,
 * onboarded here through the API) so that the demo's figures, which other end-to-end tests count on, stay as they
 * are: import a plan from its text and confirm the values beside the text; submit and approve it; schedule a class;
 * upload an attendance sheet with bad rows and see each row's error (and download them); record completions;
 * allocate and spend money — with the API's problems shown field by field in English and in Vietnamese — and watch
 * the plan's dashboard change, without reloading, when an expenditure is posted through the API; settle the class;
 * amend the plan's targets and see the dashboard measure against them with nothing achieved lost.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficerWorkflowIT {

    static final String TENANT = "ha-tinh";
    static final String ADMIN = "hatinh.admin";
    private static final Duration PROPAGATION = Duration.ofSeconds(90);

    private Dashboards stack;
    private Browser browser;
    private Api admin;
    /** Unique per run, so the test can also run against a stack that has seen it before. */
    private final String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private String planId;
    private String activityId;

    @BeforeAll
    void onboardTheProvince() {
        stack = Dashboards.get();
        Api platform = stack.as("admin");
        if (!platform.send("GET", stack.url("plan") + "/api/v1/tenants/" + TENANT, null, null).ok()) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("tenantId", TENANT);
            request.put("provinceCode", "42");
            request.put("name", "Hà Tĩnh");
            request.put("validFrom", "2008-08-01");
            request.put("administrator", Map.of("username", ADMIN, "name", "Quản trị tỉnh Hà Tĩnh",
                    "password", DemoUsers.PASSWORD));
            platform.post(stack.url("plan") + "/api/v1/tenants", request);
        }
        admin = stack.as(ADMIN);
        // every service learns the new province through Kafka
        admin.await(stack.url("enrolment") + "/api/v1/reference/units", Api.Answer::ok, PROPAGATION);
        admin.await(stack.url("budget") + "/api/v1/budgets", Api.Answer::ok, PROPAGATION);
        admin.await(stack.url("reporting") + "/api/v1/progress", Api.Answer::ok, PROPAGATION);
        browser = Browser.open(stack.baseUrl);
        browser.signIn(ADMIN, DemoUsers.PASSWORD);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * The officer's work is one story: each step begins where the one before ended (the plan it imported, the class it
     * scheduled), so the steps are told in order here rather than left to the order of test methods. A step after one
     * that failed is skipped, saying so, instead of failing for want of what it needed.
     */
    @TestFactory
    List<DynamicTest> anOfficersWorkFromThePlansTextToTheAmendedPlan() {
        return story(
                step("imports a plan from its text, checking each value beside the text",
                        this::importsAPlanFromItsTextCheckingEachValueBesideTheText),
                step("submits and approves the plan, whose dashboard then appears",
                        this::submitsAndApprovesThePlanWhoseDashboardThenAppears),
                step("schedules a class", this::schedulesAClass),
                step("uploads an attendance sheet and sees what was wrong in which row",
                        this::uploadsAnAttendanceSheetAndSeesWhatWasWrongInWhichRow),
                step("allocates and spends, the API's problems shown field by field in either language",
                        this::allocatesAndSpendsWithTheApisProblemsShownFieldByFieldInEitherLanguage),
                step("the dashboard follows events live without reloading",
                        this::theDashboardFollowsEventsLiveWithoutReloading),
                step("settles the activity, its spending becoming final", this::settlesTheActivityItsSpendingBecomingFinal),
                step("amends the plan, and what was achieved stays counted", this::amendsThePlanAndWhatWasAchievedStaysCounted));
    }


    private void importsAPlanFromItsTextCheckingEachValueBesideTheText() {
        assertThat(browser.hash()).isEqualTo("#/province");
        browser.click("nav-import");
        browser.select("[data-testid=import-programme]", "MTQG_DTTS_MN_2021_2025");
        browser.fill("[data-testid=import-text]", resource("web/ha-tinh-2025-plan.txt"));
        browser.click("import-read");

        browser.testId("import-review");
        assertThat(value("title")).isEqualTo("Đào tạo nâng cao năng lực cho cộng đồng vùng đồng bào DTTS&MN tỉnh Hà Tĩnh năm 2025");
        assertThat(value("periodStart")).isEqualTo("01/01/2025");
        assertThat(value("targetLines[0].plannedActivities")).isEqualTo("4");
        assertThat(value("targetLines[0].plannedPersonTurns")).isEqualTo("200");
        assertThat(value("budgetTotalVnd")).isEqualTo("300.000.000");
        // the value beside the passage it was read from
        browser.click("show-targetLines[0].plannedPersonTurns");
        browser.waitUntil(() -> !browser.all("[data-testid=import-source] mark.active").isEmpty());
        Screenshots.save(browser, "workflow-1-import-review");
        assertThat(Browser.normalise(browser.all("[data-testid=import-source] mark.active").get(0).getText()))
                .contains("200");
        // what the text does not say, the officer adds: the document's number and date, the minimum shares
        assertThat(browser.text("finding-documentNumber")).contains("hãy nhập số văn bản");
        browser.fill("[name=documentNumber]", "KH-E2E/" + run);
        browser.fill("[name=documentDate]", "15/01/2025");
        browser.fill("[name='targetLines[0].minWomenPercent']", "30");
        browser.fill("[name='targetLines[0].minEthnicMinorityPercent']", "50");
        browser.click("import-confirm");

        browser.waitUntil(() -> browser.hash().startsWith("#/plan-drafts/"));
        planId = browser.hash().replaceFirst("#/plan-drafts/([^?]+).*", "$1");
        JsonNode draft = admin.get(stack.url("plan") + "/api/v1/plans/" + planId);
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("documentNumber").asString()).isEqualTo("KH-E2E/" + run);
        assertThat(draft.at("/targetLines/0/plannedPersonTurns").asLong()).isEqualTo(200);
        assertThat(draft.at("/targetLines/0/minWomenPercent").asInt()).isEqualTo(30);
        assertThat(draft.path("budgetTotalVnd").asLong()).isEqualTo(300_000_000L);
    }

    private void submitsAndApprovesThePlanWhoseDashboardThenAppears() {
        browser.click("draft-submit");
        browser.waitUntil(() -> "SUBMITTED".equals(browser.testId("draft-status").getAttribute("data-status")));
        browser.fill("#approved-on", "20/01/2025");
        browser.click("draft-approve");
        browser.waitUntil(() -> "APPROVED".equals(browser.testId("draft-status").getAttribute("data-status")));
        browser.click("draft-dashboard");
        // the figures arrive through Kafka; the page shows them as soon as reporting-service pushes them
        browser.waitUntil(PROPAGATION, () -> browser.present("kpi-person-turns"));
        assertThat(browser.text("kpi-person-turns")).isEqualTo("0 / 200");
        assertThat(browser.text("kpi-activities")).isEqualTo("0 / 4");
    }

    private void schedulesAClass() {
        // enrolment-service learns the approved plan through Kafka before it takes classes under it
        admin.await(stack.url("enrolment") + "/api/v1/plans/" + planId + "/progress", Api.Answer::ok, PROPAGATION);
        browser.go("#/plans/" + planId);
        browser.click("schedule-link");
        browser.testId("schedule-submit");
        browser.select("[data-testid=schedule-line]", "L1");
        browser.fill("[data-testid=schedule-title]", "Lớp tập huấn cộng đồng — kiểm thử " + run);
        browser.select("[data-testid=schedule-unit]", "P-42");
        browser.fill("[data-testid=schedule-start]", "10/05/2025");
        browser.fill("[data-testid=schedule-end]", "11/05/2025");
        browser.fill("[data-testid=schedule-capacity]", "40");
        browser.fill("[name='sessions[0].date']", "10/05/2025");
        browser.fill("[name='sessions[0].topic']", "Giám sát đầu tư cộng đồng");
        browser.click("add-session");
        browser.fill("[name='sessions[1].date']", "11/05/2025");
        browser.select("[name='sessions[1].kind']", "FIELD");
        browser.fill("[name='sessions[1].topic']", "Thực hành tại thôn");
        browser.click("schedule-submit");

        browser.waitUntil(() -> browser.hash().startsWith("#/activities/"));
        activityId = browser.hash().substring("#/activities/".length());
        assertThat(browser.text("activity-title")).isEqualTo("Lớp tập huấn cộng đồng — kiểm thử " + run);
        assertThat(browser.text("activity-seats")).isEqualTo("0 / 40 chỗ");
    }

    private void uploadsAnAttendanceSheetAndSeesWhatWasWrongInWhichRow() throws IOException {
        Path sheet = Files.createTempFile("diem-danh-", ".csv");
        Files.writeString(sheet, String.join("\n",
                "STT,Họ và tên,Giới tính,Năm sinh,Dân tộc,Chức vụ,Đơn vị,CCCD,Buổi 1,Buổi 2",
                "1,Lô Thị Hoa,Nữ,1985,Thái,Người dân,P-42,042185000101,x,x",
                "2,Hồ Văn Tâm,Nam,1979,Chứt,Trưởng thôn,P-42,042079000102,x,x",
                "3,Nguyễn Thị Lan,Nữ,1990,Kinh,Cộng tác viên giảm nghèo,P-42,042190000103,x,x",
                "4,Lương Thị Mai,Nữ,1988,Mường,Người có uy tín,P-42,042188000104,x,x",
                "5,Vi Văn Bình,Không rõ,19x5,Thái,Người dân,P-42,042175000105,x,x",
                "6,,Nam,1980,Kinh,Người dân,P-42,042180000106,x,"), StandardCharsets.UTF_8);
        try {
            browser.upload("[data-testid=attendance-file]", sheet);
            browser.click("attendance-upload");
            browser.waitUntil(PROPAGATION, () -> browser.present("import-accepted"));
            assertThat(browser.text("import-accepted")).isEqualTo("4");
            assertThat(browser.text("import-rejected")).isEqualTo("2");
            assertThat(browser.text("import-enrolled")).isEqualTo("4");
            // each bad row named with its column and the reason, in Vietnamese
            String errors = browser.text("row-errors");
            assertThat(errors).contains("Giới tính", "Năm sinh", "Họ và tên");
            assertThat(browser.all("[data-testid=row-errors] tbody tr")).hasSizeGreaterThanOrEqualTo(3);
            Screenshots.save(browser, "workflow-2-attendance-row-errors");
            assertThat(browser.all("[data-testid=row-errors] tbody td:first-child"))
                    .extracting(cell -> Browser.normalise(cell.getText())).contains("6", "7");
            // the rejected rows, to fix and upload again
            browser.click("download-errors");
            Path rejected = browser.awaitDownload(".xlsx");
            try (InputStream in = Files.newInputStream(rejected); Workbook workbook = WorkbookFactory.create(in)) {
                Sheet first = workbook.getSheetAt(0);
                assertThat(first.getPhysicalNumberOfRows()).isGreaterThanOrEqualTo(3); // header and the two rows
            }
        } finally {
            Files.deleteIfExists(sheet);
        }
        browser.click("record-completions");
        assertThat(browser.text("completions-result")).contains("Đã ghi nhận hoàn thành: 4 người");
        browser.waitUntil(() -> browser.text("activity-completed").equals("4"));
        // said under the button, in view, not at the top of the page
        assertThat(browser.js("const button = document.querySelector('[data-testid=record-completions]');"
                + " const result = document.querySelector('[data-testid=completions-result]');"
                + " const box = result.getBoundingClientRect();"
                + " return !!(button.compareDocumentPosition(result) & Node.DOCUMENT_POSITION_FOLLOWING)"
                + " && box.top >= 0 && box.bottom <= window.innerHeight;")).isEqualTo(true);
    }

    private void allocatesAndSpendsWithTheApisProblemsShownFieldByFieldInEitherLanguage() {
        admin.await(stack.url("budget") + "/api/v1/budgets/" + planId,
                answer -> answer.ok() && "OPEN".equals(answer.body().path("status").asString()), PROPAGATION);
        browser.go("#/plans/" + planId + "/budget");
        browser.select("#alloc-line", "L1");
        browser.fill("#alloc-amount", "300.000.000");
        browser.fill("#alloc-decision", "QĐ-E2E/" + run);
        browser.fill("#alloc-date", "01/02/2025");
        browser.click("allocation-submit");
        browser.testId("budget-saved");

        // an expenditure sent without amount, voucher or date: the API names each field, in the chosen language
        browser.click("lang-toggle");
        browser.waitUntil(() -> "en".equals(browser.js("return document.documentElement.lang")));
        browser.click("spend-submit");
        browser.waitUntil(() -> !browser.all("[data-error-for=amountVnd]").isEmpty());
        assertThat(fieldError("amountVnd")).isEqualTo("is required");
        assertThat(fieldError("documentNumber")).isEqualTo("is required");
        assertThat(fieldError("spentOn")).isEqualTo("is required");
        assertThat(browser.text("problem")).contains("Invalid input");
        browser.click("lang-toggle");
        browser.waitUntil(() -> "vi".equals(browser.js("return document.documentElement.lang")));
        browser.click("spend-submit");
        browser.waitUntil(() -> !browser.all("[data-error-for=amountVnd]").isEmpty());
        assertThat(fieldError("amountVnd")).isEqualTo("là bắt buộc");
        Screenshots.save(browser, "workflow-3-expenditure-problem");
        assertThat(browser.text("problem")).contains("Dữ liệu không hợp lệ", "amountVnd", "documentNumber", "spentOn");

        browser.select("[data-testid=spend-activity]", activityId);
        browser.fill("[data-testid=spend-amount]", "12.500.000");
        browser.fill("[data-testid=spend-document]", "PC-E2E/" + run);
        browser.fill("[data-testid=spend-date]", "12/05/2025");
        browser.click("spend-submit");
        browser.testId("budget-saved");
        assertThat(browser.text("expenditures")).contains("12.500.000 ₫", "PC-E2E/" + run);
        JsonNode budget = admin.get(stack.url("budget") + "/api/v1/budgets/" + planId);
        assertThat(budget.at("/totals/spentVnd").asLong()).isEqualTo(12_500_000L);
    }

    private void theDashboardFollowsEventsLiveWithoutReloading() {
        browser.go("#/plans/" + planId);
        // what the officer did in the browser, counted by reporting-service from the events
        browser.waitUntil(PROPAGATION, () -> browser.present("kpi-person-turns")
                && browser.text("kpi-person-turns").equals("4 / 200"));
        browser.waitUntil(PROPAGATION, () -> browser.text("kpi-spent").equals("12.500.000 ₫"));
        browser.awaitText("plan-women", () -> Shown.percent(admin.get(stack.url("reporting")
                + "/api/v1/progress/plans/" + planId).at("/totals/personTurns/women/share")));
        browser.js("window.__stillTheSamePage = true");

        // an expenditure posted through the API, as another officer's browser or a finance system would
        admin.post(stack.url("budget") + "/api/v1/budgets/" + planId + "/expenditures", Map.of(
                "expenditureId", "e2e-live-" + run, "targetLineId", "L1", "trainingEventId", activityId,
                "fundingSource", "CENTRAL", "amountVnd", 7_500_000L, "documentNumber", "PC-E2E-LIVE/" + run,
                "spentOn", "2025-05-13"));
        browser.waitUntil(Duration.ofSeconds(15), () -> browser.text("kpi-spent").equals("20.000.000 ₫"));
        assertThat(browser.js("return window.__stillTheSamePage === true")).isEqualTo(true);
        assertThat(browser.testId("live").getAttribute("data-state")).isEqualTo("open");
        assertThat(browser.scriptErrors()).isEmpty();
    }

    private void settlesTheActivityItsSpendingBecomingFinal() {
        // the live test's payment, recorded again (the same id and content record once): this test stands alone
        admin.post(stack.url("budget") + "/api/v1/budgets/" + planId + "/expenditures", Map.of(
                "expenditureId", "e2e-live-" + run, "targetLineId", "L1", "trainingEventId", activityId,
                "fundingSource", "CENTRAL", "amountVnd", 7_500_000L, "documentNumber", "PC-E2E-LIVE/" + run,
                "spentOn", "2025-05-13"));
        browser.go("#/plans/" + planId + "/budget");
        assertThat(browser.text("settlement-" + activityId)).isEqualTo("Chưa quyết toán");
        browser.select("[data-testid=settle-activity]", activityId);
        browser.fill("[data-testid=settle-document]", "QT-E2E/" + run);
        // before the class's last day (11/05/2025): refused, the date named beside its field
        browser.fill("[data-testid=settle-date]", "10/05/2025");
        browser.click("settle-submit");
        browser.waitUntil(() -> !browser.all("[data-error-for=settledOn]").isEmpty());
        assertThat(fieldError("settledOn")).contains("11/05/2025");

        browser.fill("[data-testid=settle-date]", "20/05/2025");
        browser.click("settle-submit");
        browser.waitUntil(() -> browser.present("budget-saved")
                && browser.text("budget-saved").equals("Đã ghi nhận quyết toán."));
        assertThat(browser.text("settlement-" + activityId))
                .isEqualTo("20.000.000 ₫ — QT-E2E/" + run + ", 20/05/2025");
        assertThat(browser.present("nothing-to-settle")).isTrue();
        Screenshots.save(browser, "workflow-4-settlement");
        JsonNode budget = admin.get(stack.url("budget") + "/api/v1/budgets/" + planId);
        assertThat(budget.at("/totals/settledVnd").asLong()).isEqualTo(20_000_000L);
        assertThat(budget.at("/totals/spentVnd").asLong()).isEqualTo(20_000_000L);
    }

    private void amendsThePlanAndWhatWasAchievedStaysCounted() {
        browser.go("#/plans/" + planId);
        browser.click("versions-link");
        browser.testId("amendment-form");
        assertThat(browser.all("[data-testid=versions] tbody tr")).hasSize(1);
        browser.fill("[name='targetLines[0].plannedActivities']", "5");
        browser.fill("[name='targetLines[0].plannedPersonTurns']", "250");
        // an amendment needs its reason: the API names the field
        browser.click("amend-submit");
        browser.waitUntil(() -> !browser.all("[data-error-for=reason]").isEmpty());
        assertThat(fieldError("reason")).isNotBlank();

        browser.fill("[data-testid=amend-reason]", "Bổ sung 01 lớp theo đề nghị của các xã");
        browser.fill("[data-testid=amend-document]", "QĐ-ĐC/" + run);
        browser.fill("[data-testid=amend-date]", "01/06/2025");
        browser.click("amend-submit");
        browser.waitUntil(() -> browser.present("amendment-saved"));
        assertThat(browser.text("amendment-saved")).contains("phiên bản 2");
        Screenshots.save(browser, "workflow-5-amendment");
        String latest = Browser.normalise(browser.all("[data-testid=versions] tbody tr").get(0).getText());
        assertThat(latest).contains("01/06/2025", "QĐ-ĐC/" + run, "Bổ sung 01 lớp",
                "L1 · Số hoạt động: 4 → 5", "L1 · Số lượt người: 200 → 250");
        JsonNode plan = admin.get(stack.url("plan") + "/api/v1/plans/" + planId);
        assertThat(plan.path("planVersion").asInt()).isEqualTo(2);
        assertThat(plan.at("/targetLines/0/plannedPersonTurns").asInt()).isEqualTo(250);

        // reporting-service learns the new targets from PlanAmended; the 4 person-turns already achieved remain
        browser.go("#/plans/" + planId);
        browser.waitUntil(PROPAGATION, () -> browser.present("kpi-person-turns")
                && browser.text("kpi-person-turns").equals("4 / 250"));
        assertThat(browser.scriptErrors()).isEmpty();
    }

    private String value(String name) {
        return browser.await(By.cssSelector("[name='" + name + "']")).getAttribute("value");
    }

    private String fieldError(String field) {
        return Browser.normalise(browser.all("[data-error-for=" + field + "]").get(0).getText());
    }

    private static String resource(String path) {
        try (InputStream in = OfficerWorkflowIT.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
