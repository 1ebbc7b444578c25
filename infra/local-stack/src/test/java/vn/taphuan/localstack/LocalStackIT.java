package vn.taphuan.localstack;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.taphuan.testsupport.identity.DevUser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform end to end, started as {@code ./run-local.sh} starts it (real KRaft broker, file-backed store, the four
 * service jars as separate JVMs, the demo data): the figures every report shows equal what was sent; the vertical
 * slice through all four services gives exact numbers; a province onboarded through the API works at once; bad
 * input is a problem naming its fields; a second start keeps the data and loads nothing twice.
 */
class LocalStackIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    @Test
    void everyReportShowsExactlyWhatTheDemoSent() {
        LocalStack stack = TestStack.get();
        DemoSummary sent = stack.demo();
        Api analyst = new Api(stack.issuer().mint(DemoUsers.ANALYST));
        for (Map.Entry<String, String> plan : sent.plans().entrySet()) {
            String tenant = plan.getKey();
            JsonNode progress = analyst.get(stack.url("reporting") + "/api/v1/progress/plans/" + plan.getValue()
                    + "?tenant=" + tenant);
            Map<String, JsonNode> lines = new LinkedHashMap<>();
            progress.path("lines").forEach(line -> lines.put(line.get("lineId").asString(), line.get("figures")));
            sent.lines(tenant).forEach((lineId, expected) -> {
                JsonNode figures = lines.get(lineId);
                assertThat(figures).as("%s line %s in the report", tenant, lineId).isNotNull();
                assertThat(figures.at("/activities/held").asLong()).as("%s %s held", tenant, lineId).isEqualTo(expected.held());
                assertThat(figures.at("/personTurns/achieved").asLong()).as("%s %s person-turns", tenant, lineId)
                        .isEqualTo(expected.personTurns());
                assertThat(figures.at("/personTurns/women/count").asLong()).isEqualTo(expected.women());
                assertThat(figures.at("/personTurns/ethnicMinority/count").asLong()).isEqualTo(expected.minority());
                assertThat(figures.at("/persons/unique").asLong()).as("%s %s unique persons", tenant, lineId)
                        .isEqualTo(expected.uniquePersons());
                assertThat(figures.at("/budget/allocatedVnd").asLong()).isEqualTo(expected.allocatedVnd());
                assertThat(figures.at("/budget/spentVnd").asLong()).as("%s %s spent", tenant, lineId)
                        .isEqualTo(expected.spentVnd());
                assertThat(figures.at("/budget/settledVnd").asLong()).isEqualTo(expected.settledVnd());
            });

            // the budget service and the enrolment service agree with the report, each from its own store
            Api officer = officerOf(stack, tenant);
            JsonNode budget = officer.get(stack.url("budget") + "/api/v1/budgets/" + plan.getValue());
            assertThat(budget.at("/totals/spentVnd").asLong()).isEqualTo(sent.spentVnd(tenant));
            JsonNode counted = officer.get(stack.url("enrolment") + "/api/v1/plans/" + plan.getValue() + "/progress");
            assertThat(counted.get("personTurns").asLong()).isEqualTo(sent.personTurns(tenant));
        }
        // what the run command prints: where to look, who to sign in as, and the same figures in Vietnamese form
        String banner = stack.banner();
        NumberFormat vi = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
        assertThat(banner).contains(stack.url("reporting") + "/", "bacgiang.officer", DemoUsers.ANALYST.username(),
                DemoUsers.PASSWORD, "dự báo đến hạn 31/12/2025 (forecast to the deadline): ");
        sent.lines(DemoData.BAC_GIANG).values().forEach(line -> assertThat(banner).contains(vi.format(line.personTurns())));
        assertThat(banner).contains("/7.500 (").doesNotContain("/0 ");

        // the nation is the sum of its provinces (whatever other tests added to them), each counted once
        JsonNode national = analyst.get(stack.url("reporting") + "/api/v1/national/progress");
        JsonNode provinces = analyst.get(stack.url("reporting") + "/api/v1/national/provinces?size=200");
        long sumOfProvinces = 0;
        for (JsonNode province : provinces.path("items")) {
            sumOfProvinces += province.path("personTurns").asLong();
        }
        // Bắc Giang is no row of its own: its history counts under Bắc Ninh, its heir since 2025
        assertThat(provinces.path("items").size()).isGreaterThanOrEqualTo(sent.plans().size() - 1);
        assertThat(provinces.path("items").valueStream().map(p -> p.at("/province/tenantId").asString()))
                .contains(DemoData.BAC_NINH).doesNotContain(DemoData.BAC_GIANG);
        assertThat(national.at("/totals/personTurns/achieved").asLong()).isEqualTo(sumOfProvinces)
                .isGreaterThanOrEqualTo(sent.plans().keySet().stream().mapToLong(sent::personTurns).sum());
    }

    @Test
    void theVerticalSliceThroughAllFourServicesGivesExactNumbers() {
        LocalStack stack = TestStack.get();
        Api officer = officerOf(stack, DemoData.BAC_GIANG);
        String document = "KH-E2E-" + UUID.randomUUID().toString().substring(0, 8);

        // plan-service: a plan with one target line, submitted and approved
        Map<String, Object> line = Map.of("lineId", "e2e-community", "activityKind", "TRAINING_CLASS",
                "targetGroup", "COMMUNITY", "description", "Lớp tập huấn cộng đồng (kiểm thử đầu cuối)",
                "plannedActivities", 2, "plannedPersonTurns", 100);
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("programmeCode", "MTQG_DTTS_MN_2021_2025");
        draft.put("title", "Kế hoạch kiểm thử đầu cuối năm 2024");
        draft.put("issuingBody", "UBND tỉnh Bắc Giang");
        draft.put("documentNumber", document);
        draft.put("documentDate", "2024-02-01");
        draft.put("periodStart", "2024-01-01");
        draft.put("periodEnd", "2024-12-31");
        draft.put("budgetTotalVnd", 300_000_000L);
        draft.put("budgetBySource", List.of(Map.of("source", "CENTRAL", "amountVnd", 300_000_000L)));
        draft.put("targetLines", List.of(line));
        JsonNode created = officer.post(stack.url("plan") + "/api/v1/plans", draft);
        String planUrl = stack.url("plan") + "/api/v1/plans/" + created.get("id").asString();
        JsonNode submitted = officer.postAt(planUrl + "/submission", created.get("version").asLong(), null);
        JsonNode approved = officer.postAt(planUrl + "/approval", submitted.get("version").asLong(),
                Map.of("approvedOn", "2024-02-05"));
        String planId = approved.get("id").asString();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");

        // enrolment-service learns the plan from Kafka; a class is scheduled under the line
        officer.await(stack.url("enrolment") + "/api/v1/plans/" + planId + "/progress", Api.Answer::ok, PROPAGATION);
        String commune = officer.get(stack.url("plan") + "/api/v1/reference/units?level=COMMUNE&province="
                + DemoData.BAC_GIANG + "&validOn=2024-06-10").at("/items/0/code").asString();
        List<Map<String, Object>> sessions = List.of(
                Map.of("date", "2024-06-10", "kind", "THEORY"), Map.of("date", "2024-06-10", "kind", "THEORY"),
                Map.of("date", "2024-06-11", "kind", "THEORY"), Map.of("date", "2024-06-11", "kind", "FIELD"));
        JsonNode scheduled = officer.post(stack.url("enrolment") + "/api/v1/training-events", Map.of(
                "planId", planId, "targetLineId", "e2e-community", "title", "Lớp kiểm thử đầu cuối",
                "unitCode", commune, "startDate", "2024-06-10", "endDate", "2024-06-11", "capacity", 30,
                "sessions", sessions));
        String classUrl = stack.url("enrolment") + "/api/v1/training-events/" + scheduled.get("id").asString();

        // five participants; four attend every session, one only two of four (below the 80 % rule)
        String[][] people = {{"Lương Thị Mai", "Nữ", "Tày"}, {"Hoàng Văn Nam", "Nam", "Nùng"},
                {"Vi Thị Hạnh", "Nữ", "Sán Chay"}, {"Nguyễn Văn An", "Nam", "Kinh"}, {"Đặng Thị Lan", "Nữ", "Dao"}};
        List<String> enrolments = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("fullName", people[i][0]);
            person.put("gender", people[i][1]);
            person.put("birthYear", String.valueOf(1980 + i));
            person.put("ethnicity", people[i][2]);
            person.put("unitCode", commune);
            person.put("nationalId", "02418" + String.format("%07d", 9_100_000 + i));
            JsonNode enrolled = officer.post(classUrl + "/enrolments", Map.of("participant", person));
            enrolments.add(enrolled.at("/enrolment/id").asString());
        }
        for (int i = 0; i < enrolments.size(); i++) {
            boolean partial = i == enrolments.size() - 1;
            List<Map<String, Object>> marks = new ArrayList<>();
            for (int s = 1; s <= 4; s++) {
                marks.add(Map.of("session", s, "present", !partial || s <= 2));
            }
            officer.post(stack.url("enrolment") + "/api/v1/enrolments/" + enrolments.get(i) + "/attendance",
                    Map.of("sessions", marks));
        }
        officer.post(classUrl + "/completions", Map.of());
        JsonNode current = officer.get(classUrl);
        officer.postAt(classUrl + "/hold", current.get("version").asLong(), null);

        // budget-service: allocate, wait for the class's commitment, spend; over-spending is refused
        String budgetUrl = stack.url("budget") + "/api/v1/budgets/" + planId;
        officer.await(budgetUrl, answer -> answer.ok() && "OPEN".equals(answer.body().path("status").asString()), PROPAGATION);
        officer.post(budgetUrl + "/allocations", Map.of("targetLineId", "e2e-community", "fundingSource", "CENTRAL",
                "amountVnd", 200_000_000L, "decisionNumber", document + "/STC", "decisionDate", "2024-03-01"));
        officer.await(budgetUrl + "/activities/" + scheduled.get("id").asString(),
                answer -> answer.ok() && answer.body().path("committedVnd").asLong() > 0, PROPAGATION);
        officer.post(budgetUrl + "/expenditures", Map.of("targetLineId", "e2e-community",
                "trainingEventId", scheduled.get("id").asString(), "fundingSource", "CENTRAL",
                "amountVnd", 35_000_000L, "documentNumber", "PC-" + document, "spentOn", "2024-06-14"));
        Api.Answer overspent = officer.send("POST", budgetUrl + "/expenditures", Api.JSON.writeValueAsString(Map.of(
                "targetLineId", "e2e-community", "fundingSource", "CENTRAL", "amountVnd", 170_000_000L,
                "documentNumber", "PC2-" + document, "spentOn", "2024-06-15")), "application/json");
        assertThat(overspent.status()).isEqualTo(422);
        assertThat(overspent.raw()).contains("overspending");

        // reporting-service, built only from the events: planned vs achieved and money spent, exactly
        JsonNode figures = officer.await(stack.url("reporting") + "/api/v1/progress/plans/" + planId,
                answer -> answer.ok() && answer.body().at("/lines/0/figures/personTurns/achieved").asLong() == 4
                        && answer.body().at("/lines/0/figures/budget/spentVnd").asLong() == 35_000_000L,
                PROPAGATION).at("/lines/0/figures");
        assertThat(figures.at("/activities/planned").asLong()).isEqualTo(2);
        assertThat(figures.at("/activities/held").asLong()).isEqualTo(1);
        assertThat(figures.at("/personTurns/target").asLong()).isEqualTo(100);
        assertThat(figures.at("/personTurns/achieved").asLong()).isEqualTo(4);
        assertThat(figures.at("/personTurns/women/count").asLong()).isEqualTo(2);
        assertThat(figures.at("/personTurns/ethnicMinority/count").asLong()).isEqualTo(3);
        assertThat(figures.at("/persons/unique").asLong()).isEqualTo(4);
        assertThat(figures.at("/budget/allocatedVnd").asLong()).isEqualTo(200_000_000L);
        assertThat(figures.at("/budget/spentVnd").asLong()).isEqualTo(35_000_000L);
    }

    @Test
    void aProvinceOnboardedThroughTheApiIsUsableAtOnceWithItsOwnUsers() {
        LocalStack stack = TestStack.get();
        Api platform = new Api(stack.issuer().mint(DemoUsers.PLATFORM_ADMIN));
        platform.post(stack.url("plan") + "/api/v1/tenants", Map.of("tenantId", "cao-bang", "provinceCode", "04",
                "name", "Cao Bằng", "validFrom", "2008-08-01",
                "administrator", Map.of("username", "caobang.admin", "name", "Quản trị tỉnh Cao Bằng",
                        "password", "cao-bang-2026")));

        // its administrator signs in at the issuer with the password given at onboarding
        String token = signIn(stack, "caobang.admin", "cao-bang-2026");
        Api admin = new Api(token);
        Map<String, Object> plan = DraftPlans.workshops2024("Cao Bằng");
        String planId = admin.post(stack.url("plan") + "/api/v1/plans", plan).get("id").asString();
        assertThat(admin.get(stack.url("plan") + "/api/v1/plans/" + planId).get("title").asString()).contains("Cao Bằng");

        // the other services learned the province from Kafka, and another province sees nothing of it
        admin.await(stack.url("enrolment") + "/api/v1/training-events", Api.Answer::ok, PROPAGATION);
        admin.await(stack.url("budget") + "/api/v1/budgets", Api.Answer::ok, PROPAGATION);
        admin.await(stack.url("reporting") + "/api/v1/progress", Api.Answer::ok, PROPAGATION);
        assertThat(officerOf(stack, DemoData.BAC_GIANG).send("GET", stack.url("plan") + "/api/v1/plans/" + planId,
                null, null).status()).isEqualTo(404);
    }

    @Test
    void badInputToEachServiceOfTheSliceIsAProblemNamingEveryBadFieldInBothLanguages() {
        LocalStack stack = TestStack.get();
        Api officer = officerOf(stack, DemoData.BAC_GIANG);
        String planId = stack.demo().plans().get(DemoData.BAC_GIANG);
        assertProblem(officer.send("POST", stack.url("plan") + "/api/v1/plans",
                        "{\"programmeCode\":\"MTQG_DTTS_MN_2021_2025\",\"title\":\"\",\"periodStart\":\"2024-01-01\","
                                + "\"periodEnd\":\"2024-12-31\",\"budgetTotalVnd\":-5,\"budgetBySource\":[],\"targetLines\":"
                                + "[{\"activityKind\":\"TRAINING_CLASS\",\"targetGroup\":\"COMMUNITY\",\"plannedActivities\":-1,"
                                + "\"plannedPersonTurns\":10}]}", "application/json"),
                400, "title", "budgetTotalVnd", "targetLines[0].plannedActivities");
        assertProblem(officer.send("POST", stack.url("enrolment") + "/api/v1/training-events",
                        "{\"planId\":\"" + planId + "\",\"targetLineId\":\"L1\",\"title\":\"\",\"startDate\":\"2023-05-10\","
                                + "\"endDate\":\"2023-05-11\",\"capacity\":0,\"sessions\":[]}", "application/json"),
                400, "title", "unitCode", "capacity", "sessions");
        assertProblem(officer.send("POST", stack.url("budget") + "/api/v1/budgets/" + planId + "/allocations",
                        "{\"targetLineId\":\"L1\",\"fundingSource\":\"CENTRAL\",\"amountVnd\":-1,\"decisionNumber\":\"\","
                                + "\"decisionDate\":\"2023-04-03\"}", "application/json"),
                400, "amountVnd", "decisionNumber");
        assertProblem(officer.send("GET", stack.url("reporting") + "/api/v1/progress/plans/" + planId
                + "/activities?status=DONE&size=0", null, null), 400, "status", "size");
    }

    @Test
    void theServicesRunWithinTheirMemoryBudget() {
        LocalStack stack = TestStack.get();
        List<String> measured = new ArrayList<>();
        // metrics are on the actuator's own port, for a platform administrator
        Api admin = new Api(stack.issuer().mint(DemoUsers.PLATFORM_ADMIN));
        for (String service : LocalStack.SERVICES) {
            JsonNode heapMax = admin.get(stack.managementUrl(service) + "/actuator/metrics/jvm.memory.max?tag=area:heap");
            JsonNode heapUsed = admin.get(stack.managementUrl(service) + "/actuator/metrics/jvm.memory.used?tag=area:heap");
            long max = heapMax.at("/measurements/0/value").asLong();
            long used = heapUsed.at("/measurements/0/value").asLong();
            measured.add(String.format("%s: heap used %d MB of max %d MB", service, used >> 20, max >> 20));
            assertThat(max).as("%s heap ceiling", service).isLessThanOrEqualTo(512L << 20);
        }
        System.out.println("[local-stack IT] stack up in " + stack.startTime().toMillis() / 1000.0 + " s; "
                + String.join("; ", measured));
    }

    @Test
    void eachServiceKeepsItsActuatorOnItsOwnPortAndItsMetricsForAPlatformAdministrator() {
        LocalStack stack = TestStack.get();
        Api anonymous = new Api(null);
        Api officer = new Api(stack.issuer().mint(DemoUsers.officer("bac-giang", "bacgiang", "Bắc Giang")));
        for (String service : LocalStack.SERVICES) {
            String actuator = stack.managementUrl(service) + "/actuator";
            Api.Answer scrape = anonymous.send("GET", actuator + "/prometheus", null, null);
            assertThat(scrape.status()).as("%s scrape", service).isEqualTo(200);
            assertThat(scrape.raw()).contains("application=\"" + service + "-service\"");
            assertThat(anonymous.send("GET", actuator + "/health", null, null).raw()).doesNotContain("components");
            assertThat(anonymous.send("GET", actuator + "/metrics", null, null).status()).isEqualTo(401);
            assertThat(officer.send("GET", actuator + "/metrics", null, null).status()).isEqualTo(403);
            assertThat(anonymous.send("GET", stack.url(service) + "/actuator/prometheus", null, null).status())
                    .as("%s public port", service).isEqualTo(404);
        }
        // the demo runs with its data: the sign-in page may offer the demo accounts
        assertThat(anonymous.get(stack.url("reporting") + "/web-config.json").at("/demo/users").size()).isPositive();
    }

    /**
     * Every metric the operator's alert rules and dashboard read is exported by some service: a metric renamed in the
     * code would otherwise leave its alert silent for ever and its panel empty.
     */
    @Test
    void everyMetricTheAlertsAndTheDashboardReadIsExported() {
        LocalStack stack = TestStack.get();
        Api anonymous = new Api(null);
        java.util.Set<String> exported = new java.util.TreeSet<>();
        for (String service : LocalStack.SERVICES) {
            exported.addAll(MonitoringQueries.exported(anonymous.send("GET", stack.managementUrl(service)
                    + "/actuator/prometheus", null, null).raw()));
        }
        List<String> queries = MonitoringQueries.all(TestStack.root().resolve("infra/monitoring"));
        assertThat(queries).hasSizeGreaterThan(20);
        for (String query : queries) {
            java.util.Set<String> read = MonitoringQueries.metricNames(query);
            assertThat(read).as("metrics of %s", query).isNotEmpty();
            read.removeAll(MonitoringQueries.OF_PROMETHEUS);
            assertThat(exported).as("exported metrics, for %s", query).containsAll(read);
        }
    }

    @Test
    void aSecondStartKeepsTheDataAndLoadsNothingTwice() throws Exception {
        LocalStack before = TestStack.get();
        Api analyst = new Api(before.issuer().mint(DemoUsers.ANALYST));
        JsonNode nationalBefore = analyst.get(before.url("reporting") + "/api/v1/national/progress");
        long activitiesBefore = officerOf(before, DemoData.BAC_GIANG)
                .get(before.url("enrolment") + "/api/v1/training-events?size=1").get("total").asLong();

        LocalStack after = TestStack.restart();

        Path log = TestStack.dataDir().resolve("logs");
        assertThat(Files.isDirectory(log)).isTrue();
        Api analystAfter = new Api(after.issuer().mint(DemoUsers.ANALYST));
        JsonNode nationalAfter = analystAfter.get(after.url("reporting") + "/api/v1/national/progress");
        assertThat(nationalAfter.at("/totals/personTurns/achieved").asLong())
                .isEqualTo(nationalBefore.at("/totals/personTurns/achieved").asLong());
        assertThat(nationalAfter.at("/totals/budget/spentVnd").asLong())
                .isEqualTo(nationalBefore.at("/totals/budget/spentVnd").asLong());
        assertThat(officerOf(after, DemoData.BAC_GIANG).get(after.url("enrolment") + "/api/v1/training-events?size=1")
                .get("total").asLong()).isEqualTo(activitiesBefore);
        assertThat(after.demo().personTurns(DemoData.BAC_GIANG)).isEqualTo(before.demo().personTurns(DemoData.BAC_GIANG));
    }

    private static Api officerOf(LocalStack stack, String tenant) {
        DemoData.DemoProvince province = tenant.equals(DemoData.BAC_GIANG) ? DemoData.BG
                : tenant.equals(DemoData.BAC_NINH) ? DemoData.BN : DemoData.OTHERS.stream().filter(p -> p.tenantId().equals(tenant)).findFirst().orElseThrow();
        DevUser officer = DemoUsers.officer(tenant, province.login(), province.name());
        return new Api(stack.issuer().mint(officer));
    }

    private static String signIn(LocalStack stack, String username, String password) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(stack.issuer().issuer() + "/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return Api.JSON.readTree(response.body()).get("access_token").asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertProblem(Api.Answer answer, int status, String... fields) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("title").asString()).isNotBlank();
        assertThat(answer.body().path("titleEn").asString()).isNotBlank();
        List<String> named = new ArrayList<>();
        answer.body().path("errors").forEach(error -> {
            named.add(error.path("field").asString());
            assertThat(error.path("message").asString()).as("Vietnamese message of %s", error).isNotBlank();
            assertThat(error.path("messageEn").asString()).as("English message of %s", error).isNotBlank();
        });
        assertThat(named).contains(fields);
    }
}
