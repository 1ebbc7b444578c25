package vn.taphuan.localstack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An activity's roster in a real browser (issue 16): the Bắc Giang officer sees who enrolled, who attended which
 * session, who completed and why someone did not — every cell as enrolment-service answers it — and edits in place: a
 * missed session ticked, the learner then completed, a completion recorded in error revoked with its reason. A viewer
 * reads the same roster and can change nothing. Each test finds the learners it needs in the demo data by their state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityRosterIT {

    private Dashboards stack;
    private Browser browser;
    private Api officer;
    private String enrolment;
    private String planId;

    @BeforeAll
    void signIn() {
        stack = Dashboards.get();
        officer = stack.as("bacgiang.officer");
        enrolment = stack.url("enrolment");
        planId = ProvinceDashboardIT.demoPlanId(officer, stack.url("reporting"));
        browser = Browser.open(stack.baseUrl);
        browser.signIn("bacgiang.officer", DemoUsers.PASSWORD);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyLearnerIsShownWithTheSessionsAttendedAndWhyTheyDidNotComplete() {
        Learner learner = first("ENROLLED");
        open(learner);
        String id = learner.key();
        browser.awaitText("roster-" + id + "-attended", () -> learner.attended() + "/" + learner.sessions());
        assertThat(browser.text("roster-" + id + "-outcome")).isEqualTo("Chưa đủ số buổi: dự " + learner.attended()
                + ", cần " + learner.required());
        assertThat(browser.testId("roster-" + id + "-status").getAttribute("data-status")).isEqualTo("ENROLLED");
        // each session's mark as recorded
        for (int session = 1; session <= learner.sessions(); session++) {
            assertThat(browser.testId("roster-" + id + "-session-" + session).getAttribute("data-present"))
                    .isEqualTo(String.valueOf(learner.present(session)));
        }
        // short of the rule: completing is not offered yet
        assertThat(browser.testId("roster-" + id + "-complete").isEnabled()).isFalse();
        // the table lists the activity's learners as the API counts them
        long total = officer.get(enrolment + "/api/v1/training-events/" + learner.activityId() + "/enrolments?size=1")
                .path("total").asLong();
        assertThat(browser.all("[data-testid=roster-table] caption").get(0).getText()).contains("(" + total + " người)");
        assertThat(browser.scriptErrors()).isEmpty();
    }

    @Test
    void theOfficerTicksTheMissedSessionsAndCompletesTheLearnerInPlace() {
        Learner learner = first("ENROLLED");
        open(learner);
        String id = learner.key();
        browser.awaitText("roster-" + id + "-attended", () -> learner.attended() + "/" + learner.sessions());
        long completedBefore = officer.get(enrolment + "/api/v1/training-events/" + learner.activityId())
                .path("completed").asLong();
        int attended = learner.attended();
        for (int session = 1; session <= learner.sessions() && attended < learner.required(); session++) {
            if (!learner.present(session)) {
                String box = "roster-" + id + "-session-" + session;
                browser.click(box);
                browser.waitUntil(() -> "true".equals(browser.testId(box).getAttribute("data-present")));
                attended++;
            }
        }
        int expected = attended;
        browser.awaitText("roster-" + id + "-attended", () -> expected + "/" + learner.sessions());
        assertThat(browser.text("roster-" + id + "-outcome")).isEqualTo("Đủ điều kiện, chưa ghi nhận hoàn thành");

        browser.waitUntil(() -> browser.testId("roster-" + id + "-complete").isEnabled());
        browser.click("roster-" + id + "-complete");
        browser.waitUntil(() -> "COMPLETED".equals(browser.testId("roster-" + id + "-status").getAttribute("data-status")));
        assertThat(browser.text("roster-" + id + "-outcome")).startsWith("Hoàn thành ngày ");
        // what the page shows is what was recorded: one more person-turn for the activity
        JsonNode recorded = officer.get(enrolment + "/api/v1/enrolments/" + learner.id());
        assertThat(recorded.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(recorded.path("sessionsAttended").asInt()).isEqualTo(expected);
        browser.awaitText("activity-completed", () -> Shown.number(completedBefore + 1));
    }

    @Test
    void aCompletionRecordedInErrorIsRevokedWithItsReason() {
        Learner learner = first("COMPLETED");
        open(learner);
        String id = learner.key();
        browser.awaitText("roster-" + id + "-attended", () -> learner.attended() + "/" + learner.sessions());

        // no reason, no withdrawal: said beside the roster, nothing sent
        browser.click("roster-" + id + "-withdraw");
        browser.waitUntil(() -> browser.text("roster-message").contains("Hãy ghi lý do rút tên."));
        assertThat(officer.get(enrolment + "/api/v1/enrolments/" + learner.id()).path("status").asString()).isEqualTo("COMPLETED");

        browser.fill("[data-testid=roster-" + id + "-reason]", "Ghi nhầm học viên của lớp khác");
        browser.click("roster-" + id + "-withdraw");
        browser.waitUntil(() -> "WITHDRAWN".equals(browser.testId("roster-" + id + "-status").getAttribute("data-status")));
        assertThat(browser.text("roster-" + id + "-outcome")).startsWith("Rút lại hoàn thành ngày ")
                .endsWith(": Ghi nhầm học viên của lớp khác");
        JsonNode recorded = officer.get(enrolment + "/api/v1/enrolments/" + learner.id());
        assertThat(recorded.path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(recorded.path("completionRevoked").asBoolean()).isTrue();
        assertThat(recorded.path("withdrawalReason").asString()).isEqualTo("Ghi nhầm học viên của lớp khác");
    }

    @Test
    void theRosterFiltersByStatusAndFitsAPhone() {
        Learner learner = first("COMPLETED");
        open(learner);
        browser.awaitText("roster-" + learner.key() + "-attended", () -> learner.attended() + "/" + learner.sessions());
        browser.select("[data-testid=roster-status]", "COMPLETED");
        long completed = officer.get(enrolment + "/api/v1/training-events/" + learner.activityId()
                + "/enrolments?status=COMPLETED&size=1").path("total").asLong();
        browser.waitUntil(() -> browser.all("[data-testid=roster-table] caption").size() == 1
                && browser.all("[data-testid=roster-table] caption").get(0).getText().contains("(" + completed + " người)"));
        List<String> statuses = new ArrayList<>();
        for (WebElement badge : browser.all("[data-testid=roster-table] [data-status]")) {
            statuses.add(badge.getAttribute("data-status"));
        }
        assertThat(statuses).isNotEmpty().containsOnly("COMPLETED");

        browser.phone(390, 844);
        try {
            open(learner);
            browser.awaitText("roster-" + learner.key() + "-attended", () -> learner.attended() + "/" + learner.sessions());
            assertThat(browser.fitsWidth()).isTrue();
            Screenshots.save(browser, "activity-roster-phone");
        } finally {
            browser.laptop();
        }
    }

    @Test
    void aViewerReadsTheRosterAndCanChangeNothing() {
        Learner learner = first("ENROLLED");
        Browser viewer = Browser.open(stack.baseUrl);
        try {
            viewer.signIn("bacgiang.viewer", DemoUsers.PASSWORD);
            viewer.go("#/activities/" + learner.activityId());
            viewer.awaitText("roster-" + learner.key() + "-attended", () -> learner.attended() + "/" + learner.sessions());
            assertThat(viewer.all("[data-testid=roster-table] input[type=checkbox]")).isEmpty();
            assertThat(viewer.present("roster-" + learner.key() + "-complete")).isFalse();
            assertThat(viewer.present("roster-" + learner.key() + "-withdraw")).isFalse();
        } finally {
            viewer.close();
        }
    }

    /** The learner's activity page loaded afresh (the same route again would keep the roster's filter as it was). */
    private void open(Learner learner) {
        browser.reopen("#/activities/" + learner.activityId());
    }

    // ------------------------------------------------------------ the demo's learners

    /**
     * A learner of a held activity of the demo plan. The demo's attendance leaves a few learners of each held class
     * short of the rule (still enrolled) and the rest completed.
     */
    private record Learner(String id, String activityId, int sessions, int required, int attended,
                           Map<Integer, Boolean> marks) {
        boolean present(int session) {
            return Boolean.TRUE.equals(marks.get(session));
        }

        /** The enrolment id as the page writes it in test ids (only safe characters). */
        String key() {
            return id.replaceAll("[^A-Za-z0-9_-]", "-");
        }
    }

    /**
     * The first learner in {@code status} of a held activity whose roster fits the page's one page of a hundred, in
     * the order the API lists them.
     */
    private Learner first(String status) {
        JsonNode activities = officer.get(enrolment + "/api/v1/training-events?planId=" + planId
                + "&status=HELD&size=200").path("items");
        for (JsonNode summary : activities) {
            String activityId = summary.path("id").asString();
            JsonNode page = officer.get(enrolment + "/api/v1/training-events/" + activityId + "/enrolments?status="
                    + status + "&size=1");
            long everyone = officer.get(enrolment + "/api/v1/training-events/" + activityId + "/enrolments?size=1")
                    .path("total").asLong();
            if (page.path("items").isEmpty() || everyone > 100) {
                continue;
            }
            JsonNode activity = officer.get(enrolment + "/api/v1/training-events/" + activityId);
            JsonNode found = page.path("items").get(0);
            Map<Integer, Boolean> marks = new java.util.HashMap<>();
            found.path("attendance").forEach(mark -> marks.put(mark.path("session").asInt(),
                    mark.path("present").asBoolean()));
            return new Learner(found.path("id").asString(), activityId, activity.path("sessions").size(),
                    activity.path("sessionsRequired").asInt(), found.path("sessionsAttended").asInt(), marks);
        }
        throw new IllegalStateException("no learner " + status + " in a held activity of the demo plan " + planId);
    }
}
