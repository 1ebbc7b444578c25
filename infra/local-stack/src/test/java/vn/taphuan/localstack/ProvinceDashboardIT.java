package vn.taphuan.localstack;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Bắc Giang demo province in a real browser, as its officer sees it after signing in: every figure on the
 * province's and the plan's dashboards equals what reporting-service's API answers (read by the test and compared
 * with the rendered text), English on request, a phone-sized screen, the Excel reports, nothing loaded from outside
 * the platform, and a viewer who sees but cannot write.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceDashboardIT {

    private Dashboards stack;
    private Browser browser;
    private Api officer;
    private String reporting;
    private String planId;

    @BeforeAll
    void signIn() {
        stack = Dashboards.get();
        reporting = stack.url("reporting");
        officer = stack.as("bacgiang.officer");
        planId = demoPlanId(officer, reporting);
        browser = Browser.open(stack.baseUrl);
        browser.signIn("bacgiang.officer", DemoUsers.PASSWORD);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    static String demoPlanId(Api api, String reporting) {
        return demoPlanId(api, reporting, DemoData.BAC_GIANG_DOCUMENT);
    }

    static String demoPlanId(Api api, String reporting, String documentNumber) {
        for (JsonNode row : api.get(reporting + "/api/v1/progress/plans?size=100").path("items")) {
            if (documentNumber.equals(row.path("documentNumber").asString())) {
                return row.path("planId").asString();
            }
        }
        throw new IllegalStateException("the demo plan " + documentNumber + " is not reported");
    }

    @Test
    void theOfficerLandsOnTheProvinceDashboardShowingTheReportingApisFigures() {
        browser.go("#/province");
        assertThat(browser.text("province-name")).isEqualTo("Tỉnh Bắc Giang");
        browser.awaitText("kpi-activities", () -> {
            JsonNode a = overview().at("/totals/activities");
            return Shown.of(a.path("held"), a.path("planned"));
        });
        browser.awaitText("kpi-person-turns", () -> {
            JsonNode p = overview().at("/totals/personTurns");
            return Shown.of(p.path("achieved"), p.path("target"));
        });
        browser.awaitText("kpi-persons", () -> Shown.number(overview().at("/totals/persons/unique")));
        browser.awaitText("kpi-spent", () -> Shown.money(overview().at("/totals/budget/spentVnd")));
        browser.awaitText("plan-row-" + planId + "-person-turns", () -> {
            JsonNode p = plan().at("/totals/personTurns");
            return Shown.bar(p.path("achieved"), p.path("target"));
        });
        assertThat(browser.scriptErrors()).isEmpty();
    }

    @Test
    void thePlanDashboardShowsEveryFigureAsTheReportingApiAnswersIt() {
        browser.go("#/province");
        browser.click("plan-link-" + planId);
        browser.waitUntil(() -> browser.hash().equals("#/plans/" + planId));
        JsonNode plan = plan();
        assertThat(browser.text("plan-title")).isEqualTo(plan.at("/plan/title").asString());
        assertThat(browser.testId("plan-status").getAttribute("data-status")).isEqualTo(plan.at("/forecast/status").asString());

        browser.awaitText("kpi-activities", () -> Shown.of(plan().at("/totals/activities/held"), plan().at("/totals/activities/planned")));
        browser.awaitText("kpi-person-turns", () -> Shown.of(plan().at("/totals/personTurns/achieved"), plan().at("/totals/personTurns/target")));
        browser.awaitText("kpi-persons", () -> Shown.number(plan().at("/totals/persons/unique")));
        browser.awaitText("kpi-spent", () -> Shown.money(plan().at("/totals/budget/spentVnd")));
        // every target line: activities and person-turns against its targets, its forecast status
        for (JsonNode line : plan.path("lines")) {
            String id = line.path("lineId").asString();
            browser.awaitText("line-" + id + "-activities", () -> {
                JsonNode a = line(id).at("/figures/activities");
                return Shown.bar(a.path("held"), a.path("planned"));
            });
            JsonNode turns = line.at("/figures/personTurns");
            if (turns.path("target").asLong() > 0 || turns.path("achieved").asLong() > 0) {
                browser.awaitText("line-" + id + "-person-turns", () -> {
                    JsonNode p = line(id).at("/figures/personTurns");
                    return Shown.bar(p.path("achieved"), p.path("target"));
                });
            }
            assertThat(browser.testId("line-" + id + "-status").getAttribute("data-status"))
                    .isEqualTo(line.at("/forecast/status").asString());
            // each bar takes its own count's status, not the line's worst (issue 16: 119 % drawn red)
            assertThat(barFill("line-" + id + "-activities")).isEqualTo(fillFor(line.at("/forecast/activities/status")));
            if (browser.present("line-" + id + "-person-turns")) {
                assertThat(barFill("line-" + id + "-person-turns"))
                        .isEqualTo(fillFor(line.at("/forecast/personTurns/status")));
            }
        }
        // the forecast to the deadline, the shares, the breakdowns, money by source
        browser.awaitText("forecast-PERSON_TURNS-projected",
                () -> Shown.number(plan().at("/forecast/personTurns/projectedAtDeadline")));
        browser.awaitText("forecast-PERSON_TURNS-shortfall",
                () -> Shown.number(plan().at("/forecast/personTurns/shortfallAtDeadline")));
        browser.awaitText("plan-women", () -> Shown.percent(plan().at("/totals/personTurns/women/share")));
        browser.awaitText("plan-minority", () -> Shown.percent(plan().at("/totals/personTurns/ethnicMinority/share")));
        for (JsonNode group : plan.at("/totals/personTurns/byTargetGroup")) {
            String key = group.path("key").asString();
            browser.awaitText("by-group-" + key, () -> Shown.number(group(key).path("achieved")));
        }
        for (JsonNode source : plan.at("/totals/budget/bySource")) {
            String key = source.path("source").asString();
            browser.awaitText("budget-sources-" + key + "-spent", () -> Shown.money(source(key).path("spentVnd")));
        }
        // the monthly chart is drawn (ECharts, SVG), and the activities are listed
        browser.waitUntil(() -> !browser.all("[data-testid=monthly-chart] svg path").isEmpty());
        // and a screen reader is told what it shows in Vietnamese (ECharts' own description is English only)
        browser.waitUntil(() -> String.valueOf(browser.testId("monthly-chart").getAttribute("aria-label"))
                .startsWith("Biểu đồ số lượt người được đào tạo theo tháng"));
        browser.waitUntil(() -> !browser.all("[data-testid=activities] tbody tr").isEmpty());
        // by unit, as the map stood during the plan: the districts of 2023
        JsonNode units = officer.get(reporting + "/api/v1/progress/units?planId=" + planId + "&level=DISTRICT&on="
                + plan.at("/plan/periodEnd").asString() + "&size=200");
        for (JsonNode unit : units.path("items")) {
            browser.awaitText("unit-" + unit.path("unitCode").asString() + "-person-turns",
                    () -> Shown.number(unit.path("personTurns")));
        }
        assertThat(browser.scriptErrors()).isEmpty();
        browser.viewport(1366, 1900);
        Screenshots.saveForReadme(browser, "province-dashboard");
        browser.viewport(1366, 900);
    }

    @Test
    void theCloseOutPageOfThe2021To2025PhaseShowsTheReportingApisFigures() {
        browser.go("#/province");
        browser.click("closeout-link");
        browser.waitUntil(() -> browser.hash().equals("#/closeout"));
        assertThat(browser.text("closeout-title")).isEqualTo("Báo cáo tổng kết giai đoạn 2021-2025");
        JsonNode report = officer.get(reporting + "/api/v1/progress/closeout");
        for (JsonNode programme : report.path("programmes")) {
            String id = "closeout-" + programme.path("programmeCode").asString();
            browser.awaitText(id + "-person-turns", () -> {
                JsonNode p = programmeOf(programme.path("programmeCode").asString()).at("/result/personTurns");
                return Shown.of(p.path("achieved"), p.path("target"))
                        + (p.path("percent").isNull() || p.path("percent").isMissingNode() ? ""
                        : " (" + Shown.percent(p.path("percent")) + ")");
            });
        }
        browser.awaitText("closeout-state-" + planId, () -> closeOutState(planId));
        assertThat(browser.present("closeout-export")).isTrue();
        assertThat(browser.scriptErrors()).isEmpty();
    }

    private JsonNode programmeOf(String code) {
        for (JsonNode programme : officer.get(reporting + "/api/v1/progress/closeout").path("programmes")) {
            if (code.equals(programme.path("programmeCode").asString())) {
                return programme;
            }
        }
        throw new AssertionError("no programme " + code + " in the close-out report");
    }

    /** What the plan's state cell says: closed out on its day, or not yet (with the officer's button beside it). */
    private String closeOutState(String id) {
        for (JsonNode plan : officer.get(reporting + "/api/v1/progress/closeout").path("plans")) {
            if (id.equals(plan.path("planId").asString())) {
                if (plan.path("closedOutOn").isString()) {
                    String[] ymd = plan.path("closedOutOn").asString().split("-");
                    String shown = "Đã khép lại " + ymd[2] + "/" + ymd[1] + "/" + ymd[0];
                    long changes = plan.path("changesAfterCloseOut").asLong();
                    return changes == 0 ? shown : shown + " (" + Shown.number(changes) + " thay đổi sau khi khép lại, không tính)";
                }
                return "Chưa khép lại Khép lại";
            }
        }
        throw new AssertionError("the demo plan " + id + " is not in the close-out report");
    }

    @Test
    void englishIsAToggleAway() {
        browser.go("#/plans/" + planId);
        JsonNode turns = plan().at("/totals/personTurns");
        browser.awaitText("kpi-person-turns", () -> Shown.of(turns.path("achieved"), turns.path("target")));
        browser.click("lang-toggle");
        try {
            browser.waitUntil(() -> "en".equals(browser.js("return document.documentElement.lang")));
            browser.awaitText("kpi-person-turns", () -> String.format(java.util.Locale.UK, "%,d / %,d",
                    turns.path("achieved").asLong(), turns.path("target").asLong()));
            assertThat(browser.mainText()).contains("Person-turns trained", "Forecast to the deadline");
        } finally {
            browser.click("lang-toggle");
            browser.waitUntil(() -> "vi".equals(browser.js("return document.documentElement.lang")));
        }
        browser.awaitText("kpi-person-turns", () -> Shown.of(turns.path("achieved"), turns.path("target")));
        assertThat(browser.mainText()).contains("Lượt người đã đào tạo", "Dự báo đến hạn");
    }

    @Test
    void aPhoneSizedScreenShowsTheDashboardWithoutScrollingSideways() {
        browser.phone(390, 844);
        try {
            browser.go("#/plans/" + planId);
            browser.waitUntil(() -> browser.innerWidth() == 390);
            browser.awaitText("kpi-person-turns", () -> Shown.of(plan().at("/totals/personTurns/achieved"),
                    plan().at("/totals/personTurns/target")));
            browser.waitUntil(() -> !browser.all("[data-testid=monthly-chart] svg").isEmpty());
            assertThat(browser.fitsWidth()).as("the plan's dashboard fits a 390 px wide screen").isTrue();
            browser.go("#/province");
            browser.testId("kpi-person-turns");
            assertThat(browser.fitsWidth()).as("the province's dashboard fits a 390 px wide screen").isTrue();
            // a compact header: the figures start high on the screen (it took 165 px)
            assertThat((Long) browser.js("return Math.round(document.getElementById('topbar').getBoundingClientRect().height)"))
                    .as("the header's height on a phone").isLessThanOrEqualTo(96L);
            Screenshots.save(browser, "phone-province");
        } finally {
            browser.laptop();
        }
    }

    @Test
    void aServiceOutOfReachIsToldInVietnameseAndThePageLoadsAgainOnRetry() {
        browser.go("#/plans/" + planId);
        browser.waitUntil(() -> !browser.all("[data-testid=monthly-chart] svg").isEmpty());
        // the network goes: every call the page makes fails as the browser fails it
        browser.js("window.realFetch = window.fetch; window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));");
        try {
            browser.go("#/province");
            browser.waitUntil(() -> browser.present("retry"));
            assertThat(browser.text("problem")).contains("Không kết nối được").doesNotContain("Failed to fetch");
        } finally {
            browser.js("window.fetch = window.realFetch;");
        }
        // it comes back: one click loads the page
        browser.click("retry");
        browser.waitUntil(() -> browser.present("province-name") && !browser.present("problem"));
        assertThat(browser.text("province-name")).isEqualTo("Tỉnh Bắc Giang");
    }

    @Test
    void thePlansExcelReportDownloads() throws IOException {
        browser.go("#/plans/" + planId);
        browser.click("export-plan");
        Path file = browser.awaitDownload(".xlsx");
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).contains("Tổng hợp", "Chỉ tiêu", "Kinh phí", "Theo tháng");
        }
    }

    @Test
    void everyScriptStyleAndCallComesFromThePlatformItself() {
        browser.go("#/plans/" + planId);
        browser.waitUntil(() -> !browser.all("[data-testid=monthly-chart] svg").isEmpty());
        List<String> platform = new ArrayList<>();
        for (String service : List.of("plan", "enrolment", "budget", "reporting")) {
            platform.add(origin(stack.url(service)));
        }
        platform.add(origin(stack.baseUrl));
        platform.add(origin(stack.issuer()));
        assertThat(browser.requestedOrigins()).isNotEmpty().allMatch(platform::contains);
        assertThat(browser.all("script[src], link[href]")).allMatch(element -> {
            String url = element.getAttribute(element.getTagName().equals("script") ? "src" : "href");
            return url.startsWith(stack.baseUrl) || url.startsWith("data:");
        });
    }

    @Test
    void aTargetLineOpensItsActivitiesAndTheListFiltersByStatus() {
        browser.reopen("#/plans/" + planId);
        JsonNode line = plan().path("lines").get(0);
        String lineId = line.path("lineId").asString();
        browser.click("line-" + lineId + "-activity-list");
        JsonNode expected = officer.get(reporting + "/api/v1/progress/plans/" + planId + "/activities?lineId=" + lineId
                + "&size=25");
        awaitTitles(expected);
        assertThat(activityTitles()).isNotEmpty();
        browser.select("[data-testid=activities-status]", "HELD");
        JsonNode held = officer.get(reporting + "/api/v1/progress/plans/" + planId + "/activities?lineId=" + lineId
                + "&status=HELD&size=25");
        awaitTitles(held);
    }

    @Test
    void aSearchTypedWithoutAccentsNarrowsTheActivityListAndStaysInTheAddress() {
        browser.reopen("#/plans/" + planId);
        String activities = reporting + "/api/v1/progress/plans/" + planId + "/activities?size=25";
        JsonNode all = officer.get(activities);
        awaitTitles(all);
        // typed key by key, as an officer without a Vietnamese keyboard would: "hoi thao" finds "Hội thảo …"
        browser.testId("activities-search").sendKeys("hoi thao");
        JsonNode workshops = officer.get(activities + "&q=hoi+thao");
        assertThat(workshops.path("total").asLong()).isPositive().isLessThan(all.path("total").asLong());
        awaitTitles(workshops);
        assertThat(activityTitles()).allMatch(title -> title.startsWith("Hội thảo"));
        browser.awaitText("activities-count", () -> workshops.path("total").asLong() + " hoạt động");
        assertThat(browser.hash()).contains("q=hoi+thao");

        // the address opens the same list
        browser.reopen(browser.hash());
        awaitTitles(workshops);
        assertThat(browser.testId("activities-search").getAttribute("value")).isEqualTo("hoi thao");
    }

    @Test
    void theActivityListSortsByItsHeadersAndNarrowsByKindPlaceAndDays() {
        String activities = reporting + "/api/v1/progress/plans/" + planId + "/activities?size=25";
        browser.reopen("#/plans/" + planId);
        awaitTitles(officer.get(activities));

        // a header orders the list, A to Z and, clicked again, Z to A; the sorted header says so to a screen reader
        browser.click("activities-sort-TITLE");
        JsonNode byTitle = officer.get(activities + "&sort=TITLE&direction=ASC");
        awaitTitles(byTitle);
        assertThat(browser.all("[data-testid=activities] th[aria-sort=ascending]")).hasSize(1);
        browser.click("activities-sort-TITLE");
        String descending = activities + "&sort=TITLE&direction=DESC";
        awaitTitles(officer.get(descending));
        assertThat(activityTitles()).isNotEqualTo(titles(byTitle));
        assertThat(browser.all("[data-testid=activities] th[aria-sort=descending]")).hasSize(1);

        // a kind narrows it, the order kept
        browser.select("[data-testid=activities-kind]", "WORKSHOP");
        JsonNode workshops = officer.get(descending + "&kind=WORKSHOP");
        assertThat(workshops.path("total").asLong()).isPositive();
        awaitTitles(workshops);
        assertThat(browser.hash()).contains("kind=WORKSHOP").contains("sort=TITLE");
        browser.click("activities-clear");
        awaitTitles(officer.get(descending));

        // a place's name finds the activities held there
        JsonNode all = officer.get(reporting + "/api/v1/progress/plans/" + planId + "/activities?size=200");
        String place = null;
        String month = null;
        for (JsonNode item : all.path("items")) {
            if (place == null && item.path("unitName").isString()) {
                place = item.path("unitName").asString();
            }
            if (month == null && item.path("startDate").isString()) {
                month = item.path("startDate").asString().substring(0, 7);
            }
        }
        assertThat(place).as("a demo activity with a place").isNotNull();
        browser.fill("[data-testid=activities-search]", place);
        JsonNode there = officer.get(descending + "&q=" + java.net.URLEncoder.encode(place,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(there.path("total").asLong()).isPositive().isLessThan(all.path("total").asLong());
        awaitTitles(there);
        browser.click("activities-clear");

        // days, typed the Vietnamese way: the activities overlapping one month
        java.time.YearMonth days = java.time.YearMonth.parse(month);
        java.time.format.DateTimeFormatter typed = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        browser.fill("[data-testid=activities-from]", days.atDay(1).format(typed));
        browser.fill("[data-testid=activities-to]", days.atEndOfMonth().format(typed));
        JsonNode inMonth = officer.get(descending + "&from=" + days.atDay(1) + "&to=" + days.atEndOfMonth());
        assertThat(inMonth.path("total").asLong()).isPositive().isLessThan(all.path("total").asLong());
        awaitTitles(inMonth);
        assertThat(browser.hash()).contains("from=" + days.atDay(1)).contains("to=" + days.atEndOfMonth());
    }

    @Test
    void aMonthsBarInTheMonthlyChartOpensTheActivitiesOfThatMonth() {
        browser.reopen("#/plans/" + planId);
        browser.waitUntil(() -> browser.testId("monthly-chart").getAttribute("data-points") != null);
        JsonNode points = Api.JSON.readTree(browser.testId("monthly-chart").getAttribute("data-points"));
        // the busiest month: its bar is the tallest, easiest to hit
        String busiest = null;
        long most = -1;
        for (JsonNode entry : plan().at("/totals/monthly")) {
            String month = entry.path("month").asString();
            if (points.has(month) && entry.path("personTurns").asLong() > most) {
                busiest = month;
                most = entry.path("personTurns").asLong();
            }
        }
        assertThat(busiest).as("a month with person-turns on the chart").isNotNull();
        browser.clickAt("monthly-chart", points.path(busiest).get(0).asInt(), points.path(busiest).get(1).asInt());
        java.time.YearMonth month = java.time.YearMonth.parse(busiest);
        JsonNode expected = officer.get(reporting + "/api/v1/progress/plans/" + planId + "/activities?size=25&from="
                + month.atDay(1) + "&to=" + month.atEndOfMonth());
        assertThat(expected.path("total").asLong()).isPositive();
        awaitTitles(expected);
        assertThat(browser.hash()).contains("from=" + month.atDay(1)).contains("to=" + month.atEndOfMonth());
    }

    @Test
    void theBudgetsActivityTableIsPagedAndSortsByWhatRemains() {
        String activities = stack.url("budget") + "/api/v1/budgets/" + planId + "/activities?size=20";
        browser.reopen("#/plans/" + planId + "/budget");
        JsonNode first = officer.get(activities + "&page=0");
        assertThat(first.path("total").asInt()).as("the demo plan's activities").isGreaterThan(20);
        awaitBudgetTitles(first);
        browser.click("budget-activities-pager-next");
        awaitBudgetTitles(officer.get(activities + "&page=1"));

        // a header (a button, reached by keyboard) orders the table from its first page, largest first
        browser.click("budget-activities-sort-REMAINING");
        JsonNode remaining = officer.get(activities + "&page=0&sort=REMAINING&direction=DESC");
        awaitBudgetTitles(remaining);
        assertThat(browser.all("[data-testid=budget-activities] th[aria-sort=descending]")).hasSize(1);
        assertThat(browser.hash()).contains("sort=REMAINING");
        browser.click("budget-activities-sort-ACTIVITY");
        awaitBudgetTitles(officer.get(activities + "&page=0&sort=ACTIVITY&direction=ASC"));
    }

    private void awaitBudgetTitles(JsonNode page) {
        List<String> expected = titles(page);
        java.util.function.Supplier<List<String>> shown = () -> {
            List<String> titles = new ArrayList<>();
            browser.all("[data-testid=budget-activities] tbody tr td:first-child")
                    .forEach(cell -> titles.add(cell.getText().trim()));
            return titles;
        };
        try {
            browser.waitUntil(() -> shown.get().equals(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertThat(shown.get()).as("the budget's activities listed").isEqualTo(expected);
        }
    }

    /** Waits for the activity table to list the titles of {@code page}; says what it lists if it does not. */
    private void awaitTitles(JsonNode page) {
        try {
            browser.waitUntil(() -> activityTitles().equals(titles(page)));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertThat(activityTitles()).as("the activities listed").isEqualTo(titles(page));
        }
    }

    private List<String> activityTitles() {
        List<String> titles = new ArrayList<>();
        browser.all("[data-testid=activities] tbody tr td:first-child").forEach(cell -> titles.add(cell.getText().trim()));
        return titles;
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.path("items").forEach(item -> titles.add(item.path("title").asString().trim()));
        return titles;
    }

    @Test
    void aPlanIsReportedForAPeriodBesideTheSameMonthsAYearBefore() {
        browser.reopen("#/plans/" + planId);
        browser.testId("period-table");
        browser.select("[data-testid=period-year]", "2023");
        browser.select("[data-testid=period-quarter]", "3");
        JsonNode quarter = officer.get(reporting + "/api/v1/progress/plans/" + planId + "/report?from=2023-07&to=2023-09");
        browser.awaitText("period-TOTAL-person-turns", () -> Shown.number(quarter.at("/total/personTurns")));
        browser.awaitText("period-TOTAL-last-year", () -> Shown.number(quarter.at("/sameTimeLastYear/total/personTurns")));
        assertThat(quarter.at("/total/personTurns").asLong()).isPositive();
    }

    @Test
    void eightTabsOfTheDashboardAllLoadSharingOneLiveConnection() {
        // a browser keeps six connections to a server; a stream held open per tab left the seventh tab blank
        browser.go("#/province");
        browser.waitUntil(() -> "open".equals(browser.testId("live").getAttribute("data-state")));
        String first = browser.currentTab();
        List<String> tabs = browser.openTabs(7);
        try {
            for (String tab : tabs) {
                browser.switchTo(tab);
                browser.waitUntil(java.time.Duration.ofSeconds(30), () -> browser.present("province-name")
                        && browser.present("live") && "open".equals(browser.testId("live").getAttribute("data-state")));
                assertThat(browser.text("province-name")).isEqualTo("Tỉnh Bắc Giang");
            }
            // the tab holding the stream goes: another takes it over, and the rest stay live
            browser.closeTabs(List.of(first), tabs.get(0));
            first = tabs.remove(0);
            browser.switchTo(tabs.get(tabs.size() - 1));
            browser.reopen("#/province");
            browser.waitUntil(java.time.Duration.ofSeconds(30),
                    () -> "open".equals(browser.testId("live").getAttribute("data-state")));
        } finally {
            browser.closeTabs(tabs, first);
        }
    }

    @Test
    void theScriptsAndTheFiguresTravelCompressedAndTheScriptsAreCachedUntilTheyChange() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (String path : List.of("assets/js/main.js", "webjars/echarts/dist/echarts.esm.min.js")) {
            java.net.http.HttpResponse<byte[]> answer = client.send(java.net.http.HttpRequest.newBuilder(
                    URI.create(stack.baseUrl + "/" + path)).header("Accept-Encoding", "gzip").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
        }
        // the page is asked for again at every visit; the scripts it names, under the build's content hash, are kept
        java.net.http.HttpResponse<String> page = client.send(java.net.http.HttpRequest.newBuilder(
                URI.create(stack.baseUrl + "/")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"(v-[0-9a-f]+/assets/js/main\\.js)\"")
                .matcher(page.body());
        assertThat(script.find()).as(page.body()).isTrue();
        for (String path : List.of(script.group(1), script.group(1).replace("assets/js/main.js",
                "webjars/echarts/dist/echarts.esm.min.js"))) {
            java.net.http.HttpResponse<byte[]> answer = client.send(java.net.http.HttpRequest.newBuilder(
                    URI.create(stack.baseUrl + "/" + path)).header("Accept-Encoding", "gzip").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Cache-Control")).as(path)
                    .hasValue("max-age=31536000, public, immutable");
            assertThat(answer.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
        }
    }

    @Test
    void aViewerSeesTheFiguresButNoWayToChangeThem() {
        try (Browser viewer = Browser.open(stack.baseUrl)) {
            viewer.go("#/province");
            viewer.waitUntil(() -> viewer.hash().equals("#/sign-in"));
            viewer.fill("#username", "bacgiang.viewer");
            viewer.fill("#password", "not-the-password");
            viewer.click("sign-in");
            assertThat(viewer.text("sign-in-error")).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
            viewer.signIn("bacgiang.viewer", DemoUsers.PASSWORD);
            assertThat(viewer.hash()).isEqualTo("#/province");
            viewer.go("#/plans/" + planId);
            viewer.testId("kpi-person-turns");
            assertThat(viewer.present("schedule-link")).isFalse();
            assertThat(viewer.present("nav-import")).isFalse();
            viewer.signOut();
            viewer.go("#/plans/" + planId);
            viewer.waitUntil(() -> viewer.hash().startsWith("#/sign-in"));
        }
    }

    // ---------------------------------------------------------------- the API, read as the officer

    private JsonNode overview() {
        return officer.get(reporting + "/api/v1/progress");
    }

    private JsonNode plan() {
        return officer.get(reporting + "/api/v1/progress/plans/" + planId);
    }

    private JsonNode line(String lineId) {
        for (JsonNode line : plan().path("lines")) {
            if (line.path("lineId").asString().equals(lineId)) {
                return line;
            }
        }
        throw new IllegalStateException("no line " + lineId);
    }

    private JsonNode group(String key) {
        for (JsonNode group : plan().at("/totals/personTurns/byTargetGroup")) {
            if (group.path("key").asString().equals(key)) {
                return group;
            }
        }
        throw new IllegalStateException("no group " + key);
    }

    private JsonNode source(String key) {
        for (JsonNode source : plan().at("/totals/budget/bySource")) {
            if (source.path("source").asString().equals(key)) {
                return source;
            }
        }
        throw new IllegalStateException("no source " + key);
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    /** The class of the fill of the progress bar whose figures carry {@code testId}. */
    private String barFill(String testId) {
        return browser.testId(testId).findElement(org.openqa.selenium.By.xpath(
                "ancestor::div[@class='bar'][1]//div[contains(@class,'bar-fill')]")).getAttribute("class");
    }

    private static String fillFor(JsonNode status) {
        return status == null || status.isNull() || status.isMissingNode() ? "bar-fill" : "bar-fill " + status.asString();
    }
}
