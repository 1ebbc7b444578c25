package vn.taphuan.localstack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.taphuan.localstack.Story.step;
import static vn.taphuan.localstack.Story.story;

/**
 * A quarter of the Bắc Giang demo plan reported through the whole chain in a real browser (issue 17): the officer
 * comments on a target line and submits; the province administrator returns it with a reason; the officer submits
 * again; the administrator approves, and a write dated in the quarter — a learner's attendance at a session of a class
 * held in it — is refused on the activity page, naming the period and who approved it, in Vietnamese and in English;
 * on the ministry's page the analyst sees Bắc Giang's row of the quarter — a province merged into another still files
 * the reports of its own plans, whose writes its approval locks — with the approved report's figures beside the live
 * ones, and accepts it; the Bắc Giang administrator reopens its report with a reason, the approved version kept, and the same
 * write passes. Every state the page shows is the one
 * reporting-service answers, and the pages fit a laptop (1366 px) and a phone (390 px).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodReportChainIT {

    static final String TENANT = DemoData.BAC_GIANG;
    static final String PROGRAMME = "MTQG_DTTS_MN_2021_2025";
    static final String PERIOD = "2023-Q2";
    static final String REPORT = TENANT + "." + PROGRAMME + "." + PERIOD;
    static final String OFFICER = "bacgiang.officer";
    static final String ADMIN = "bacgiang.admin";
    static final String ANALYST = "bdttg.analyst";
    private static final String RETURN_REASON = "Bổ sung ý kiến về lớp bồi dưỡng cán bộ chưa tổ chức";
    private static final String REOPEN_REASON = "Bổ sung điểm danh buổi học bị sót";

    private Dashboards stack;
    private Browser browser;
    private Api officer;
    private Api admin;
    private Api analyst;
    private String reporting;
    private String enrolment;
    private String signedIn;
    /** The learner whose missed session is the write dated in the quarter. */
    private Mark mark;

    @BeforeAll
    void openTheQuarter() {
        stack = Dashboards.get();
        reporting = stack.url("reporting");
        enrolment = stack.url("enrolment");
        officer = stack.as(OFFICER);
        admin = stack.as(ADMIN);
        analyst = stack.as(ANALYST);
        mark = missedSessionInTheQuarter();
        bringBackToDraft();
        browser = Browser.open(stack.baseUrl);
    }

    @AfterAll
    void close() {
        try {
            // the demo's quarter is left open for the other tests, whatever happened here
            bringBackToDraft();
        } finally {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @TestFactory
    List<DynamicTest> aQuarterGoesThroughTheChainAndIsLockedWhileApproved() {
        return story(
                step("the officer finds the quarter among the province's periods, its deadline and state as reported",
                        this::theOfficerFindsTheQuarterAmongThePeriods),
                step("the officer comments on a line and submits, freezing the figures", this::theOfficerCommentsAndSubmits),
                step("the administrator returns it with a reason", this::theAdministratorReturnsItWithAReason),
                step("the officer submits it again", this::theOfficerSubmitsAgain),
                step("the administrator approves it", this::theAdministratorApproves),
                step("a write dated in the approved quarter is refused, naming the period and its approver",
                        this::aWriteInTheApprovedQuarterIsRefused),
                step("the analyst sees the province's certified figures beside the live ones",
                        this::theAnalystSeesCertifiedBesideLive),
                step("the administrator reopens it with a reason, and the same write passes",
                        this::theAdministratorReopensAndTheWritePasses),
                step("the pages fit 1366 px and 390 px", this::thePagesFitALaptopAndAPhone));
    }

    // ------------------------------------------------------------ the story

    private void theOfficerFindsTheQuarterAmongThePeriods() {
        as(OFFICER);
        browser.go("#/province");
        // the dashboard reminds of the reports overdue, the quarter's among them
        browser.testId("period-notices");
        browser.click("period-reports-link");
        browser.waitUntil(() -> browser.hash().startsWith("#/period-reports") && browser.present("periods-title"));
        browser.select("[data-testid=periods-cadence]", "QUARTERLY");
        browser.waitUntil(() -> browser.hash().contains("cadence=QUARTERLY"));
        browser.select("[data-testid=periods-year]", "2023");
        browser.waitUntil(() -> browser.hash().contains("year=2023"));
        JsonNode row = periodRow();
        browser.awaitText("period-link-" + REPORT, () -> periodRow().path("titleVi").asString());
        assertThat(browser.text("period-deadline-" + REPORT)).startsWith(day(row.path("deadline").asString()));
        // the quarter's deadline passed long ago and the province has not approved: late, said in words
        assertThat(row.path("late").asBoolean()).isTrue();
        assertThat(browser.text("period-late-" + REPORT)).isEqualTo("quá hạn");
        assertThat(browser.testId("period-state-" + REPORT).getAttribute("data-state")).isEqualTo(row.path("state").asString());
        // other quarters of the year, none of another cadence
        assertThat(browser.all("[data-testid=periods] tbody tr")).hasSize(api(officer, "/api/v1/progress/periods?cadence=QUARTERLY&year=2023&size=200")
                .path("items").size());
        // the filters stay in the address: a reload shows the same list
        browser.reopen(browser.hash());
        browser.awaitText("period-link-" + REPORT, () -> periodRow().path("titleVi").asString());
        assertThat(browser.testId("periods-cadence").getAttribute("value")).isEqualTo("QUARTERLY");
        // the reminders name the overdue quarter
        browser.waitUntil(() -> browser.present("period-notices"));
        assertThat(browser.testId("notice-" + REPORT).getAttribute("data-late")).isEqualTo("true");
        assertThat(browser.scriptErrors()).isEmpty();
        browser.click("period-link-" + REPORT);
        browser.waitUntil(() -> browser.hash().equals("#/period-reports/" + REPORT));
    }

    private void theOfficerCommentsAndSubmits() {
        as(OFFICER);
        openReport();
        JsonNode report = report(officer);
        browser.awaitText("report-total-person-turns", () -> personTurns(report(officer).path("total")));
        assertThat(browser.text("report-total-spent")).isEqualTo(Shown.money(report.at("/total/spentVnd")));
        assertThat(browser.text("report-deadline")).isEqualTo(day(report.path("deadline").asString()));
        assertState("DRAFT", "đang soạn");
        JsonNode plan = report.path("plans").get(0);
        JsonNode line = plan.path("lines").get(0);
        String comment = "Lớp tập huấn cộng đồng tổ chức đúng kế hoạch quý " + PERIOD;
        String box = "comment-" + plan.path("planId").asString() + "-" + line.path("lineId").asString();
        browser.fill("[data-testid=\"" + box + "\"]", comment);
        browser.click("comments-save");
        browser.testId("comments-saved");
        assertThat(lineOf(report(officer), plan.path("planId").asString(), line.path("lineId").asString())
                .path("comment").asString()).isEqualTo(comment);

        browser.click("report-submit");
        browser.testId("confirm-submit");
        browser.click("step-confirm");
        awaitState("SUBMITTED");
        assertThat(browser.text("step-done")).contains("Đã nộp báo cáo");
        JsonNode submitted = report(officer);
        assertThat(submitted.path("frozen").asBoolean()).isTrue();
        assertThat(submitted.path("revision").asInt()).isEqualTo(1);
        // the officer takes no further step on a submitted report; the comment is shown, no longer editable
        assertThat(browser.present("report-submit")).isFalse();
        assertThat(browser.text(box)).isEqualTo(comment);
        // the report as a workbook, downloaded with the token in its header: the comment is in it
        browser.click("report-xlsx");
        java.nio.file.Path workbook = browser.awaitDownload(".xlsx");
        assertThat(workbook.getFileName().toString()).contains(PERIOD);
        assertThat(cells(workbook)).anyMatch(cell -> cell.contains(comment));
        assertThat(browser.scriptErrors()).isEmpty();
    }

    /** Every text cell of a workbook. */
    private static List<String> cells(java.nio.file.Path file) {
        List<String> texts = new java.util.ArrayList<>();
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file);
             org.apache.poi.ss.usermodel.Workbook book = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            })));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return texts;
    }

    private void theAdministratorReturnsItWithAReason() {
        as(ADMIN);
        openReport();
        awaitState("SUBMITTED");
        browser.click("report-return");
        // no reason, nothing sent
        browser.click("step-confirm");
        browser.testId("step-reason-required");
        assertThat(report(admin).path("state").asString()).isEqualTo("SUBMITTED");
        browser.fill("[data-testid=step-reason]", RETURN_REASON);
        browser.click("step-confirm");
        awaitState("RETURNED");
        JsonNode returned = report(admin);
        JsonNode step = returned.path("signOffs").get(returned.path("signOffs").size() - 1);
        assertThat(step.path("step").asString()).isEqualTo("RETURN");
        assertThat(step.path("reason").asString()).isEqualTo(RETURN_REASON);
        assertThat(browser.text("report-signoffs")).contains(RETURN_REASON).contains("Quản trị tỉnh Bắc Giang");
    }

    private void theOfficerSubmitsAgain() {
        as(OFFICER);
        openReport();
        awaitState("RETURNED");
        assertThat(browser.text("report-signoffs")).contains(RETURN_REASON);
        browser.click("report-submit");
        browser.click("step-confirm");
        awaitState("SUBMITTED");
        assertThat(report(officer).path("revision").asInt()).isEqualTo(2);
        browser.awaitText("report-revision", () -> "lần nộp thứ " + report(officer).path("revision").asInt());
    }

    private void theAdministratorApproves() {
        as(ADMIN);
        openReport();
        awaitState("SUBMITTED");
        // If-Match is the version the page read: a step taken meanwhile elsewhere is refused, not overwritten
        browser.click("report-approve");
        browser.click("step-confirm");
        awaitState("APPROVED");
        assertThat(browser.present("report-reopen")).isTrue();
        assertThat(browser.present("report-approve")).isFalse();
        assertThat(browser.text("report-signoffs")).contains("Phê duyệt");
    }

    private void aWriteInTheApprovedQuarterIsRefused() {
        as(OFFICER);
        // the lock reaches enrolment through Kafka: wait until it refuses there before trying in the browser
        awaitLocked();
        browser.reopen("#/activities/" + mark.activityId());
        String box = "roster-" + mark.key() + "-session-" + mark.session();
        browser.waitUntil(() -> browser.present(box));
        assertThat(browser.testId(box).getAttribute("data-present")).isEqualTo("false");
        browser.click(box);
        browser.testId("roster-problem");
        assertThat(browser.testId("roster-problem").getAttribute("data-status")).isEqualTo("409");
        String said = browser.text("roster-problem-locked-period");
        assertThat(said).startsWith("Kỳ báo cáo ").contains("(" + PERIOD + ", từ 01/04/2023 đến 30/06/2023)")
                .contains("đã được Quản trị tỉnh Bắc Giang (quản trị tỉnh) phê duyệt lúc ");
        assertThat(browser.testId(box).getAttribute("data-present")).isEqualTo("false");
        assertThat(presentAt(mark)).isFalse();

        // in English too
        browser.click("lang-toggle");
        browser.waitUntil(() -> browser.present(box) && "en".equals(browser.js("return document.documentElement.lang")));
        browser.click(box);
        browser.waitUntil(() -> browser.present("roster-problem-locked-period"));
        assertThat(browser.text("roster-problem-locked-period")).startsWith("The reporting period ")
                .contains("(" + PERIOD + ", 01/04/2023 to 30/06/2023)")
                .contains("was approved by Quản trị tỉnh Bắc Giang (province administrator)");
        browser.click("lang-toggle");
        browser.waitUntil(() -> "vi".equals(browser.js("return document.documentElement.lang")));
        assertThat(presentAt(mark)).isFalse();
        assertThat(browser.scriptErrors()).isEmpty();
    }

    /**
     * The ministry's row of the quarter is Bắc Giang's own report (merged into Bắc Ninh in 2025, it still files the
     * reports of its plans): approved by its administrator, so its frozen figures stand beside the live ones, and it
     * is no longer outstanding; the analyst then accepts it from its page.
     */
    private void theAnalystSeesCertifiedBesideLive() {
        as(ANALYST);
        browser.go("#/national");
        browser.click("period-reports-link");
        browser.waitUntil(() -> browser.hash().startsWith("#/national/period-reports"));
        browser.select("[data-testid=national-period]", PERIOD);
        browser.waitUntil(() -> browser.hash().contains("period=" + PERIOD));
        browser.select("[data-testid=national-programme]", PROGRAMME);
        browser.waitUntil(() -> browser.hash().contains("programmeCode=" + PROGRAMME));
        String url = reporting + "/api/v1/progress/period-reports/" + REPORT;
        JsonNode approved = analyst.get(url + "?tenant=" + TENANT);
        assertThat(approved.path("state").asString()).isEqualTo("APPROVED");

        browser.reopen("#/national/period-reports?period=" + PERIOD + "&programmeCode=" + PROGRAMME);
        browser.waitUntil(() -> browser.present("national-state-" + TENANT)
                && "APPROVED".equals(browser.testId("national-state-" + TENANT).getAttribute("data-state")));
        // certified: the approved report's frozen figures; live: what is recorded now — each as the API gives it
        browser.awaitText("national-" + TENANT + "-personTurns-certified", () -> Shown.number(approved.at("/total/personTurns")));
        browser.awaitText("national-" + TENANT + "-spentVnd-certified", () -> Shown.money(approved.at("/total/spentVnd")));
        JsonNode row = nationalRow();
        for (String measure : List.of("personTurns", "persons", "activities", "spentVnd")) {
            if (figure(row.path("live"), measure).isMissingNode()) {
                // a measure the service does not give is not a column of dashes
                assertThat(browser.present("national-" + TENANT + "-" + measure + "-live")).as(measure).isFalse();
                continue;
            }
            assertThat(browser.text("national-" + TENANT + "-" + measure + "-live")).as("live %s", measure)
                    .isEqualTo(shown(measure, figure(row.path("live"), measure)));
            assertThat(browser.text("national-" + TENANT + "-" + measure + "-certified")).as("certified %s", measure)
                    .isEqualTo(shown(measure, figure(row.path("certified"), measure)));
        }
        // the whole country, certified beside live
        JsonNode totals = national().path("totals");
        browser.awaitText("total-personTurns-certified", () -> Shown.number(figure(totals.path("certified"), "personTurns")));
        browser.awaitText("total-personTurns-live", () -> Shown.number(figure(totals.path("live"), "personTurns")));
        browser.awaitText("total-spentVnd-certified", () -> Shown.money(figure(totals.path("certified"), "spentVnd")));
        browser.awaitText("count-approved", () -> Shown.number(national().at("/counts/approved")));
        // no longer outstanding: it approved
        assertThat(browser.all("[data-testid=national-outstanding] tr[data-tenant=" + TENANT + "]")).isEmpty();
        assertThat(browser.scriptErrors()).isEmpty();

        // the analyst opens the province's report from its row and accepts it
        browser.click("open-report-" + TENANT);
        browser.waitUntil(() -> browser.hash().startsWith("#/period-reports/" + REPORT));
        browser.waitUntil(() -> browser.present("report-state")
                && "APPROVED".equals(browser.testId("report-state").getAttribute("data-state")));
        assertThat(browser.present("report-reopen")).isFalse();
        browser.click("report-accept");
        browser.click("step-confirm");
        browser.waitUntil(() -> "ACCEPTED".equals(browser.testId("report-state").getAttribute("data-state")));
        assertThat(analyst.get(url + "?tenant=" + TENANT).path("state").asString()).isEqualTo("ACCEPTED");
        assertThat(browser.text("report-signoffs")).contains("Chấp nhận").contains("Chuyên viên Bộ Dân tộc và Tôn giáo");
    }

    private static String shown(String measure, JsonNode value) {
        return measure.equals("spentVnd") ? Shown.money(value) : Shown.number(value);
    }

    private void theAdministratorReopensAndTheWritePasses() {
        as(ADMIN);
        openReport();
        // the ministry accepted it: still locked, and reopened by the province's approver
        awaitState("ACCEPTED");
        browser.click("report-reopen");
        browser.fill("[data-testid=step-reason]", REOPEN_REASON);
        browser.click("step-confirm");
        awaitState("DRAFT");
        JsonNode reopened = report(admin);
        assertThat(reopened.path("revision").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(reopened.path("earlierVersions").size()).isGreaterThanOrEqualTo(1);
        browser.testId("report-earlier");

        as(OFFICER);
        awaitUnlocked();
        browser.reopen("#/activities/" + mark.activityId());
        String box = "roster-" + mark.key() + "-session-" + mark.session();
        browser.waitUntil(() -> browser.present(box));
        browser.click(box);
        browser.testId("roster-saved");
        browser.waitUntil(() -> "true".equals(browser.testId(box).getAttribute("data-present")));
        assertThat(presentAt(mark)).isTrue();
        // undone, so that the demo's learner stays as the other tests expect it
        browser.click(box);
        browser.waitUntil(() -> "false".equals(browser.testId(box).getAttribute("data-present")));
        assertThat(presentAt(mark)).isFalse();
        assertThat(browser.scriptErrors()).isEmpty();
    }

    private void thePagesFitALaptopAndAPhone() {
        as(OFFICER);
        for (int width : new int[] {1366, 390}) {
            if (width == 390) {
                browser.phone(390, 844);
            }
            try {
                browser.reopen("#/period-reports?cadence=QUARTERLY&year=2023");
                browser.testId("period-link-" + REPORT);
                assertThat(browser.fitsWidth()).as("the periods fit %s px", width).isTrue();
                Screenshots.save(browser, "period-reports-" + width);
                openReport();
                browser.testId("report-figures");
                assertThat(browser.fitsWidth()).as("the report fits %s px", width).isTrue();
                Screenshots.save(browser, "period-report-" + width);
            } finally {
                browser.laptop();
            }
        }
        as(ANALYST);
        for (int width : new int[] {1366, 390}) {
            if (width == 390) {
                browser.phone(390, 844);
            }
            try {
                browser.reopen("#/national/period-reports?period=" + PERIOD + "&programmeCode=" + PROGRAMME);
                browser.testId("national-reports");
                assertThat(browser.fitsWidth()).as("the ministry's page fits %s px", width).isTrue();
                Screenshots.save(browser, "national-period-reports-" + width);
            } finally {
                browser.laptop();
            }
        }
    }

    // ------------------------------------------------------------ the browser

    /** Signs the browser in as {@code user} (out of whoever was signed in). */
    private void as(String user) {
        if (user.equals(signedIn)) {
            return;
        }
        if (signedIn != null) {
            browser.signOut();
        }
        browser.signIn(user, DemoUsers.PASSWORD);
        signedIn = user;
    }

    private void openReport() {
        browser.reopen("#/period-reports/" + REPORT + (ANALYST.equals(signedIn) ? "?tenant=" + TENANT : ""));
        browser.testId("report-state");
    }

    private void awaitState(String state) {
        browser.waitUntil(() -> browser.present("report-state")
                && state.equals(browser.testId("report-state").getAttribute("data-state")));
        Api reader = ANALYST.equals(signedIn) ? analyst : officer;
        assertThat(report(reader).path("state").asString()).isEqualTo(state);
    }

    private void assertState(String state, String words) {
        awaitState(state);
        assertThat(browser.text("report-state")).isEqualTo(words);
    }

    // ------------------------------------------------------------ the APIs

    private JsonNode api(Api user, String path) {
        return user.get(reporting + path);
    }

    private JsonNode report(Api user) {
        return api(user, "/api/v1/progress/period-reports/" + REPORT + (user == analyst ? "?tenant=" + TENANT : ""));
    }

    private JsonNode periodRow() {
        for (JsonNode row : api(officer, "/api/v1/progress/periods?cadence=QUARTERLY&year=2023&size=200").path("items")) {
            if (REPORT.equals(row.path("reportId").asString())) {
                return row;
            }
        }
        throw new IllegalStateException("no period " + REPORT + " in the province's list");
    }

    private JsonNode national() {
        return api(analyst, "/api/v1/national/period-reports?period=" + PERIOD + "&programmeCode=" + PROGRAMME);
    }

    private JsonNode nationalRow() {
        for (JsonNode row : national().path("rows")) {
            if (TENANT.equals(row.path("tenantId").asString())) {
                return row;
            }
        }
        throw new IllegalStateException("no row of " + TENANT + " in " + national());
    }

    /** A measure of a ministry row's figures, flat ({@code personTurns: 12}) or nested ({@code {achieved: 12}}). */
    private static JsonNode figure(JsonNode figures, String measure) {
        JsonNode value = figures.path(measure);
        if (value.isMissingNode()) {
            value = figures.path(Map.of("activities", "activitiesHeld", "persons", "uniquePersons").getOrDefault(measure, measure));
        }
        if (value.isObject()) {
            for (String inner : List.of("achieved", "held", "unique", "spentVnd")) {
                if (!value.path(inner).isMissingNode()) {
                    return value.path(inner);
                }
            }
        }
        return value;
    }

    private static String personTurns(JsonNode line) {
        return Shown.bar(line.path("personTurns"), line.path("personTurnTarget"));
    }

    /** 2023-07-10 → 10/07/2023, as the pages write a day in both languages. */
    private static String day(String iso) {
        return iso.substring(8, 10) + "/" + iso.substring(5, 7) + "/" + iso.substring(0, 4);
    }

    private static JsonNode lineOf(JsonNode report, String planId, String lineId) {
        for (JsonNode plan : report.path("plans")) {
            for (JsonNode line : plan.path("lines")) {
                if (planId.equals(plan.path("planId").asString()) && lineId.equals(line.path("lineId").asString())) {
                    return line;
                }
            }
        }
        throw new IllegalStateException("no line " + lineId + " of " + planId);
    }

    /** Steps the reports back to drafts through the API, whatever state an earlier run left them in. */
    private void bringBackToDraft() {
        backToDraft(admin, REPORT);
        awaitUnlocked();
    }

    private void backToDraft(Api provinceAdmin, String reportId) {
        String url = reporting + "/api/v1/progress/period-reports/" + reportId;
        JsonNode current = provinceAdmin.get(url);
        switch (current.path("state").asString()) {
            case "SUBMITTED" -> provinceAdmin.postAt(url + "/return", current.path("version").asLong(),
                    Map.of("reason", "Trả lại để chạy lại kiểm thử"));
            case "APPROVED", "ACCEPTED" -> provinceAdmin.postAt(url + "/reopen", current.path("version").asLong(),
                    Map.of("reason", "Mở lại để chạy lại kiểm thử"));
            default -> {
                // a draft, or returned: as a run begins
            }
        }
    }

    // ------------------------------------------------------------ the write dated in the quarter

    /**
     * A learner still enrolled in a class of the demo plan held in the quarter, with a session dated in it that the
     * learner missed: ticking it is a write dated in the quarter.
     */
    private record Mark(String enrolmentId, String activityId, int session) {
        String key() {
            return enrolmentId.replaceAll("[^A-Za-z0-9_-]", "-");
        }
    }

    private Mark missedSessionInTheQuarter() {
        String planId = ProvinceDashboardIT.demoPlanId(officer, reporting);
        JsonNode activities = officer.get(enrolment + "/api/v1/training-events?planId=" + planId + "&status=HELD&size=200")
                .path("items");
        for (JsonNode summary : activities) {
            String activityId = summary.path("id").asString();
            JsonNode activity = officer.get(enrolment + "/api/v1/training-events/" + activityId);
            if (activity.path("sessions").isEmpty()) {
                continue;
            }
            java.util.Set<Integer> inQuarter = new java.util.HashSet<>();
            activity.path("sessions").forEach(session -> {
                String day = session.path("date").asString();
                if (day.compareTo("2023-04-01") >= 0 && day.compareTo("2023-06-30") <= 0) {
                    inQuarter.add(session.path("number").asInt());
                }
            });
            long everyone = officer.get(enrolment + "/api/v1/training-events/" + activityId + "/enrolments?size=1")
                    .path("total").asLong();
            if (inQuarter.isEmpty() || everyone > 100) {
                continue;
            }
            for (JsonNode learner : officer.get(enrolment + "/api/v1/training-events/" + activityId
                    + "/enrolments?status=ENROLLED&size=100").path("items")) {
                for (int session : inQuarter) {
                    if (!present(learner, session)) {
                        return new Mark(learner.path("id").asString(), activityId, session);
                    }
                }
            }
        }
        throw new IllegalStateException("no enrolled learner who missed a session in " + PERIOD + " of plan " + planId);
    }

    private static boolean present(JsonNode enrolment, int session) {
        for (JsonNode mark : enrolment.path("attendance")) {
            if (mark.path("session").asInt() == session) {
                return mark.path("present").asBoolean();
            }
        }
        return false;
    }

    private boolean presentAt(Mark mark) {
        return present(officer.get(enrolment + "/api/v1/enrolments/" + mark.enrolmentId()), mark.session());
    }

    /**
     * Enrolment refuses a write dated in the quarter: it learns of the approval through Kafka. Probed with the learner's
     * absence at the session recorded again — refused once locked, and changing nothing while not yet.
     */
    private void awaitLocked() {
        awaitProbe(409);
    }

    /** Enrolment accepts writes dated in the quarter again. */
    private void awaitUnlocked() {
        if (mark != null) {
            awaitProbe(200);
        }
    }

    private void awaitProbe(int status) {
        String url = enrolment + "/api/v1/enrolments/" + mark.enrolmentId() + "/attendance";
        String absent = "{\"sessions\":[{\"session\":" + mark.session() + ",\"present\":false}]}";
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(90);
        Api.Answer last = null;
        while (java.time.Instant.now().isBefore(deadline)) {
            last = officer.send("POST", url, absent, "application/json");
            if (status == 409 ? last.status() == 409 : last.ok()) {
                return;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("enrolment did not answer " + status + " for a write dated in " + PERIOD + ": "
                + (last == null ? "nothing" : last.status() + " " + last.raw()));
    }
}
