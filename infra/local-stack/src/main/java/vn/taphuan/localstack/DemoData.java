package vn.taphuan.localstack;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.taphuan.localstack.DemoPeople.Person;
import vn.taphuan.testsupport.identity.DevUser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Loads the demo dataset through the services' public APIs, as the officers would: the provinces are onboarded, the
 * Bắc Giang 2023 plan is imported from its real text and approved, its classes, workshops and study tours are
 * scheduled, attendance sheets uploaded, completions recorded, the budget allocated and spent; three more provinces
 * get smaller, generated plans so the ministry's view has a country to show; and Bắc Ninh, which took Bắc Giang over
 * in 2025, has a live 2026–2030 plan under the merged programme, its activities around the day of loading.
 * <p>
 * Every step is idempotent (deterministic ids and titles; the APIs recognise repeats), and a complete load is
 * recognised at once, so a second start neither reloads nor duplicates anything. What was sent is returned as a
 * {@link DemoSummary}: the figures the reports must show.
 */
final class DemoData {

    static final String BAC_GIANG = "bac-giang";
    static final String BAC_GIANG_DOCUMENT = "KH-DEMO/2023-DTTS";
    static final String BAC_NINH = "bac-ninh";
    static final String BAC_NINH_DOCUMENT = "KH-DEMO/2026-MTQG";
    static final String MERGED_PROGRAMME = "MTQG_NTM_GN_DTTS_2026_2035";
    /** How long another service may take to learn what was sent (a wait on a condition, never a sleep). */
    private static final Duration PROPAGATION = Duration.ofMinutes(5);

    private final LocalStack stack;
    private final Api platform;
    /** The demo is already there: only recompute what it contains, send nothing. */
    private boolean dry;

    DemoData(LocalStack stack) {
        this.stack = stack;
        this.platform = new Api(stack.token(DemoUsers.PLATFORM_ADMIN));
    }

    /** A province of the demo, with its users and what its plan looks like. */
    record DemoProvince(String tenantId, String provinceCode, String name, String login, String idPrefix,
                        String validFrom, String validTo) {
    }

    static final DemoProvince BG = new DemoProvince(BAC_GIANG, "24", "Bắc Giang", "bacgiang", "024", "2008-08-01",
            null);
    /**
     * Bắc Ninh since 1 July 2025, which took over Bắc Giang (the registry's communes of 2026 are Bắc Ninh's): the
     * live 2026–2030 plan is its, and it reports Bắc Giang's 2021–2025 history as its own.
     */
    static final DemoProvince BN = new DemoProvince(BAC_NINH, "24", "Bắc Ninh", "bacninh", "024", "2025-07-01", null);
    static final List<DemoProvince> OTHERS = List.of(
            new DemoProvince("lao-cai", "10", "Lào Cai", "laocai", "010", "2008-08-01", null),
            new DemoProvince("son-la", "14", "Sơn La", "sonla", "014", "2008-08-01", null),
            new DemoProvince("thanh-hoa", "38", "Thanh Hóa", "thanhhoa", "038", "2008-08-01", null));

    DemoSummary loadOnce() {
        Instant begin = Instant.now();
        DemoSummary summary = new DemoSummary();
        dry = alreadyLoaded();
        if (dry) {
            LocalStack.log("Demo data already loaded (kept from the last run)");
        }
        onboard(BG);
        OTHERS.forEach(this::onboard);
        loadBacGiang(summary);
        int seed = 100;
        for (DemoProvince province : OTHERS) {
            loadGenerated(province, seed, summary);
            seed += 100;
        }
        // a store loaded before the 2026 plan existed gets it now, and only it
        boolean historyKept = dry;
        dry = liveLoaded();
        onboard(BN);
        loadLive(summary);
        dry = historyKept && dry;
        awaitReports(summary);
        if (!dry) {
            LocalStack.log("Demo data ready in " + Duration.between(begin, Instant.now()).toMillis() / 1000.0 + " s");
        }
        return summary;
    }

    /** The last step of a complete load is the last province's spending; find it. */
    private boolean alreadyLoaded() {
        DemoProvince last = OTHERS.get(OTHERS.size() - 1);
        if (!platform.send("GET", stack.url("plan") + "/api/v1/tenants/" + last.tenantId(), null, null).ok()) {
            return false;
        }
        Api officer = officer(last);
        JsonNode page = officer.get(stack.url("plan") + "/api/v1/plans?documentNumber=" + Api.encode(document(last)));
        if (page.path("items").isEmpty()) {
            return false;
        }
        Api.Answer budget = officer.send("GET", stack.url("budget") + "/api/v1/budgets/"
                + page.at("/items/0/id").asString(), null, null);
        return budget.ok() && budget.body().at("/totals/spentVnd").asLong(0) > 0;
    }

    /** The live plan is complete once its held activities are paid. */
    private boolean liveLoaded() {
        if (!platform.send("GET", stack.url("plan") + "/api/v1/tenants/" + BAC_NINH, null, null).ok()) {
            return false;
        }
        Api officer = officer(BN);
        JsonNode page = officer.get(stack.url("plan") + "/api/v1/plans?documentNumber=" + Api.encode(BAC_NINH_DOCUMENT));
        if (page.path("items").isEmpty()) {
            return false;
        }
        Api.Answer budget = officer.send("GET", stack.url("budget") + "/api/v1/budgets/"
                + page.at("/items/0/id").asString(), null, null);
        return budget.ok() && budget.body().at("/totals/spentVnd").asLong(0) > 0;
    }

    private static String document(DemoProvince province) {
        return "KH-DEMO/" + province.login().toUpperCase()
                + (province.tenantId().equals("thanh-hoa") ? "/2024-NTM" : "/2024-DTTS");
    }

    // ---------------------------------------------------------------- provinces and users

    private void onboard(DemoProvince province) {
        String url = stack.url("plan") + "/api/v1/tenants/" + province.tenantId();
        if (!dry && !platform.send("GET", url, null, null).ok()) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("tenantId", province.tenantId());
            request.put("provinceCode", province.provinceCode());
            request.put("name", province.name());
            request.put("validFrom", province.validFrom());
            if (province == BN) {
                request.put("predecessorTenantIds", List.of(BAC_GIANG));
            }
            request.put("administrator", Map.of("username", province.login() + ".admin",
                    "name", "Quản trị tỉnh " + province.name(), "password", DemoUsers.PASSWORD));
            platform.post(stack.url("plan") + "/api/v1/tenants", request);
            LocalStack.log("onboarded " + province.name());
        } else {
            // onboarded in an earlier run, perhaps with the other identity provider (the development issuer or
            // Keycloak): its administrator is made sure of
            stack.addUser(DemoUsers.provinceAdmin(province.tenantId(), province.login(), province.name()));
        }
        // the province administrator was created by the onboarding; an officer and a viewer are added here
        stack.addUser(DemoUsers.officer(province.tenantId(), province.login(), province.name()));
        stack.addUser(DemoUsers.viewer(province.tenantId(), province.login(), province.name()));
    }

    private Api officer(DemoProvince province) {
        DevUser user = DemoUsers.officer(province.tenantId(), province.login(), province.name());
        return new Api(stack.token(user));
    }

    private Api provinceAdmin(DemoProvince province) {
        return new Api(stack.token(DemoUsers.provinceAdmin(province.tenantId(), province.login(), province.name())));
    }

    // ---------------------------------------------------------------- Bắc Giang 2023: the real plan

    private void loadBacGiang(DemoSummary summary) {
        Api officer = officer(BG);
        JsonNode plan = findPlan(officer, BAC_GIANG_DOCUMENT);
        if (plan == null && dry) {
            throw new IllegalStateException("the demo data is incomplete: no plan " + BAC_GIANG_DOCUMENT);
        }
        if (plan == null) {
            plan = importAndApproveBacGiang(officer);
        }
        String planId = plan.get("id").asString();
        int attendanceRule = plan.at("/effectiveRules/minAttendancePercent").asInt(100);
        Map<String, String> lines = linesByKindAndGroup(plan);
        awaitServicesKnow(officer, BG, planId);

        List<String> communes = communesOf(officer, BAC_GIANG, "2023-06-01");
        String[] groups = {"Tày", "Nùng", "Kinh", "Sán Chay", "Dao", "Sán Dìu", "Hoa"};
        int[] weights = {30, 24, 20, 9, 9, 6, 2};
        String[] community = {"Người dân", "Thành viên Ban giám sát cộng đồng", "Cộng tác viên giảm nghèo",
                "Tổ duy tu, bảo dưỡng công trình", "Người có uy tín", "Trưởng thôn"};
        String[] cadres = {"Cán bộ Ban Dân tộc", "Công chức xã", "Chủ tịch UBND xã", "Cán bộ phòng Dân tộc huyện",
                "Bí thư chi bộ thôn", "Cán bộ Hội Phụ nữ xã"};

        // a pool per group of learners, some of whom come to two classes: person-turns exceed unique persons
        List<Person> villagers = DemoPeople.of(1, 900, BG.idPrefix(), communes, groups, weights, 0.52, community);
        List<Person> officials = DemoPeople.of(2, 380, BG.idPrefix(), communes, groups, weights, 0.41, cadres);

        Random random = new Random(2023);
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            activities.add(new Activity(lines.get("TRAINING_CLASS/COMMUNITY"), "TRAINING_CLASS",
                    "Lớp tập huấn cộng đồng số " + (i + 1) + " — giám sát đầu tư cộng đồng, phát triển sinh kế",
                    communes.get(i % communes.size()), LocalDate.of(2023, 4, 4).plusDays(6L * i), 2, 4, 1, 80,
                    i < 26, pick(villagers, 62 + random.nextInt(14), random)));
        }
        for (int i = 0; i < 5; i++) {
            activities.add(new Activity(lines.get("TRAINING_CLASS/CADRE"), "TRAINING_CLASS",
                    "Lớp bồi dưỡng cán bộ triển khai Chương trình số " + (i + 1)
                            + " — quy trình dự án, đấu thầu, thanh quyết toán",
                    communes.get((3 * i) % communes.size()), LocalDate.of(2023, 5, 8).plusDays(21L * i), 3, 6, 1, 110,
                    i < 4, pick(officials, 95 + random.nextInt(12), random)));
        }
        for (int i = 0; i < 5; i++) {
            activities.add(new Activity(lines.get("WORKSHOP/CADRE"), "WORKSHOP",
                    "Hội thảo chia sẻ kinh nghiệm thực hiện dự án số " + (i + 1),
                    communes.get((5 * i + 1) % communes.size()), LocalDate.of(2023, 6, 14).plusDays(30L * i), 1, 2, 0,
                    60, true, pick(officials, 40 + random.nextInt(10), random)));
        }
        for (int i = 0; i < 2; i++) {
            activities.add(new Activity(lines.get("STUDY_TOUR/CADRE"), "STUDY_TOUR",
                    "Đoàn cán bộ học tập kinh nghiệm tại tỉnh bạn số " + (i + 1),
                    communes.get((7 * i + 2) % communes.size()), LocalDate.of(2023, 9, 11).plusDays(35L * i), 4, 4, 2,
                    25, true, pick(officials, 20, random)));
        }
        Map<String, String> eventIds = runActivities(officer, BG, planId, activities, attendanceRule, random, summary);
        budgetBacGiang(officer, planId, lines, eventIds, activities, summary);
        summary.plan(BAC_GIANG, planId, BAC_GIANG_DOCUMENT);
    }

    private JsonNode importAndApproveBacGiang(Api officer) {
        String text = resource("demo/bac-giang-2023-dtts-training-plan.txt");
        JsonNode reading = officer.postText(stack.url("plan") + "/api/v1/plan-imports?programmeCode="
                + Api.encode("MTQG_DTTS_MN_2021_2025"), text);
        ObjectNode content = (ObjectNode) reading.get("draft").deepCopy();
        // the published text names no number or date; the demo marks its own as such
        content.put("documentNumber", BAC_GIANG_DOCUMENT);
        content.put("documentDate", "2023-03-15");
        // what the officer confirms beside the text: workshops and study tours are for the cadres
        for (JsonNode line : content.path("targetLines")) {
            if (line.path("targetGroup").isMissingNode() || line.path("targetGroup").isNull()) {
                ((ObjectNode) line).put("targetGroup", "CADRE");
            }
        }
        JsonNode draft = officer.postAt(stack.url("plan") + "/api/v1/plan-imports/" + reading.get("importId").asString()
                + "/confirmation", reading.get("version").asLong(), Map.of("content", content));
        return submitAndApprove(officer, draft, "2023-03-20");
    }

    private JsonNode submitAndApprove(Api officer, JsonNode draft, String approvedOn) {
        String url = stack.url("plan") + "/api/v1/plans/" + draft.get("id").asString();
        JsonNode submitted = officer.postAt(url + "/submission", draft.get("version").asLong(), null);
        return officer.postAt(url + "/approval", submitted.get("version").asLong(), Map.of("approvedOn", approvedOn));
    }

    private JsonNode findPlan(Api officer, String documentNumber) {
        return findPlan(officer, documentNumber, "2023-03-20");
    }

    private JsonNode findPlan(Api officer, String documentNumber, String approvedOn) {
        JsonNode page = officer.get(stack.url("plan") + "/api/v1/plans?documentNumber=" + Api.encode(documentNumber));
        if (page.path("items").isEmpty()) {
            return null;
        }
        JsonNode plan = officer.get(stack.url("plan") + "/api/v1/plans/" + page.get("items").get(0).get("id").asString());
        if ("DRAFT".equals(plan.path("status").asString()) || "SUBMITTED".equals(plan.path("status").asString())) {
            return "DRAFT".equals(plan.path("status").asString()) ? submitAndApprove(officer, plan, approvedOn)
                    : officer.postAt(stack.url("plan") + "/api/v1/plans/" + plan.get("id").asString() + "/approval",
                    plan.get("version").asLong(), Map.of("approvedOn", approvedOn));
        }
        return plan;
    }

    private static Map<String, String> linesByKindAndGroup(JsonNode plan) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (JsonNode line : plan.path("targetLines")) {
            lines.putIfAbsent(line.get("activityKind").asString() + "/" + line.get("targetGroup").asString(),
                    line.get("lineId").asString());
        }
        return lines;
    }

    /** Enrolment and budget learn the plan and the province through Kafka; wait until both have. */
    private void awaitServicesKnow(Api officer, DemoProvince province, String planId) {
        officer.await(stack.url("enrolment") + "/api/v1/plans/" + planId + "/progress", Api.Answer::ok, PROPAGATION);
        officer.await(stack.url("budget") + "/api/v1/budgets/" + planId,
                answer -> answer.ok() && "OPEN".equals(answer.body().path("status").asString()), PROPAGATION);
        officer.await(stack.url("enrolment") + "/api/v1/reference/units",
                answer -> answer.ok() && answer.raw().contains("\"code\""), PROPAGATION);
    }

    private List<String> communesOf(Api officer, String province, String validOn) {
        JsonNode units = officer.get(stack.url("plan") + "/api/v1/reference/units?level=COMMUNE&province="
                + province + "&validOn=" + validOn + "&size=200");
        List<String> codes = new ArrayList<>();
        units.path("items").forEach(unit -> codes.add(unit.get("code").asString()));
        if (codes.isEmpty()) {
            throw new IllegalStateException("no communes of " + province + " valid on " + validOn);
        }
        return codes;
    }

    // ---------------------------------------------------------------- Bắc Ninh 2026–2030: the live plan

    /**
     * The plan under the merged programme of 2026–2035, imported from its (demo) text, with activities placed around
     * the day the demo is loaded: some held in the weeks before, some scheduled in the weeks after. So the forecast
     * against 31/12/2030 is live, beside Bắc Giang's 2023 plan whose deadline has passed. Learners of the community
     * classes come from the same people as Bắc Giang's 2023 classes (the same CCCD numbers): one person across phases.
     */
    private void loadLive(DemoSummary summary) {
        Api officer = officer(BN);
        JsonNode plan = findPlan(officer, BAC_NINH_DOCUMENT, "2026-03-20");
        if (plan == null && dry) {
            throw new IllegalStateException("the demo data is incomplete: no plan " + BAC_NINH_DOCUMENT);
        }
        if (plan == null) {
            plan = importAndApproveLive(officer);
        }
        String planId = plan.get("id").asString();
        int attendanceRule = plan.at("/effectiveRules/minAttendancePercent").asInt(100);
        Map<String, String> lines = linesByKindAndGroup(plan);
        awaitServicesKnow(officer, BN, planId);

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        // the communes the plan names (the mountainous communes of the former Bắc Giang)
        List<String> communes = new ArrayList<>();
        plan.path("scope").forEach(unit -> communes.add(unit.get("unitCode").asString()));
        if (communes.isEmpty()) {
            communes.addAll(communesOf(officer, BAC_NINH, today.toString()));
        }
        String[] groups = {"Tày", "Nùng", "Kinh", "Sán Chay", "Dao", "Sán Dìu", "Hoa"};
        int[] weights = {30, 24, 20, 9, 9, 6, 2};
        String[] community = {"Người dân", "Thành viên Ban giám sát cộng đồng", "Cộng tác viên giảm nghèo",
                "Tổ duy tu, bảo dưỡng công trình", "Người có uy tín", "Trưởng thôn"};
        String[] cadres = {"Công chức xã", "Chủ tịch UBND xã", "Cán bộ Sở Nông nghiệp và Môi trường",
                "Bí thư chi bộ thôn", "Cán bộ Hội Phụ nữ xã"};
        // the 2023 pools again (same seeds, same CCCD numbers), now living in the communes of 2026
        List<Person> villagers = DemoPeople.of(1, 900, BN.idPrefix(), communes, groups, weights, 0.52, community);
        List<Person> officials = DemoPeople.of(3, 200, BN.idPrefix(), communes, groups, weights, 0.41, cadres);

        Random random = new Random(2026);
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // eight held, 95 down to 25 days before today; two scheduled 10 and 20 days after
            LocalDate start = i < 8 ? today.minusDays(95L - 10L * i) : today.plusDays(10L * (i - 7));
            activities.add(new Activity(lines.get("TRAINING_CLASS/COMMUNITY"), "TRAINING_CLASS",
                    "Lớp tập huấn cộng đồng giai đoạn 2026-2030 số " + (i + 1) + " — sinh kế, giảm nghèo bền vững",
                    communes.get(i % communes.size()), start, 2, 4, 1, 60, i < 8, pick(villagers, 42 + random.nextInt(8), random)));
        }
        for (int i = 0; i < 3; i++) {
            LocalDate start = i < 2 ? today.minusDays(80L - 30L * i) : today.plusDays(15);
            activities.add(new Activity(lines.get("TRAINING_CLASS/CADRE"), "TRAINING_CLASS",
                    "Lớp bồi dưỡng cán bộ triển khai Chương trình giai đoạn 2026-2030 số " + (i + 1),
                    communes.get((3 * i) % communes.size()), start, 3, 6, 1, 70, i < 2,
                    pick(officials, 55 + random.nextInt(8), random)));
        }
        Map<String, String> eventIds = runActivities(officer, BN, planId, activities, attendanceRule, random, summary);
        String budgetUrl = stack.url("budget") + "/api/v1/budgets/" + planId;
        Map<String, Long> allocation = new LinkedHashMap<>();
        allocation.put(lines.get("TRAINING_CLASS/COMMUNITY"), 1_800_000_000L);
        allocation.put(lines.get("TRAINING_CLASS/CADRE"), 900_000_000L);
        int n = 1;
        for (Map.Entry<String, Long> entry : allocation.entrySet()) {
            allocate(officer, budgetUrl + "/allocations", Map.of("allocationId", "demo-alloc-" + n,
                    "targetLineId", entry.getKey(), "fundingSource", "CENTRAL", "amountVnd", entry.getValue(),
                    "decisionNumber", "QĐ-DEMO/STC-2026/" + n, "decisionDate", "2026-03-20"));
            summary.allocated(BAC_NINH, entry.getKey(), entry.getValue());
            n++;
        }
        spend(officer, budgetUrl, activities, eventIds, BN, summary);
        summary.plan(BAC_NINH, planId, BAC_NINH_DOCUMENT);
    }

    private JsonNode importAndApproveLive(Api officer) {
        String text = resource("demo/bac-ninh-2026-mtqg-training-plan.txt");
        JsonNode reading = officer.postText(stack.url("plan") + "/api/v1/plan-imports?programmeCode="
                + Api.encode(MERGED_PROGRAMME), text);
        ObjectNode content = (ObjectNode) reading.get("draft").deepCopy();
        content.put("documentNumber", BAC_NINH_DOCUMENT);
        for (JsonNode line : content.path("targetLines")) {
            if (line.path("targetGroup").isMissingNode() || line.path("targetGroup").isNull()) {
                ((ObjectNode) line).put("targetGroup", "CADRE");
            }
        }
        JsonNode draft = officer.postAt(stack.url("plan") + "/api/v1/plan-imports/" + reading.get("importId").asString()
                + "/confirmation", reading.get("version").asLong(), Map.of("content", content));
        return submitAndApprove(officer, draft, "2026-03-20");
    }

    // ---------------------------------------------------------------- other provinces: generated plans

    private void loadGenerated(DemoProvince province, int seed, DemoSummary summary) {
        Api officer = officer(province);
        boolean ntm = province.tenantId().equals("thanh-hoa");
        String document = document(province);
        JsonNode plan = findPlan(officer, document);
        if (plan == null && dry) {
            throw new IllegalStateException("the demo data is incomplete: no plan " + document);
        }
        if (plan == null) {
            JsonNode draft = officer.post(stack.url("plan") + "/api/v1/plans", generatedPlan(province, document, ntm));
            plan = submitAndApprove(officer, draft, "2024-02-20");
        }
        String planId = plan.get("id").asString();
        int attendanceRule = plan.at("/effectiveRules/minAttendancePercent").asInt(100);
        Map<String, String> lines = linesByKindAndGroup(plan);
        awaitServicesKnow(officer, province, planId);
        String unit = officer.get(stack.url("plan") + "/api/v1/reference/units?level=PROVINCE&province="
                + province.tenantId() + "&validOn=2024-06-01").at("/items/0/code").asString();

        String[] groups = ntm ? new String[]{"Kinh", "Mường", "Thái", "Thổ"} : new String[]{"Mông", "Thái", "Dao", "Tày", "Kinh", "Giáy"};
        int[] weights = ntm ? new int[]{70, 16, 10, 4} : new int[]{35, 20, 14, 10, 15, 6};
        String[] titles = ntm ? new String[]{"Cán bộ Văn phòng Điều phối NTM", "Công chức xã chuyên trách NTM",
                "Trưởng thôn", "Thành viên Ban giám sát cộng đồng"}
                : new String[]{"Người dân", "Người có uy tín", "Công chức xã", "Cộng tác viên giảm nghèo"};
        List<Person> people = DemoPeople.of(seed, 600, province.idPrefix(), List.of(unit), groups, weights, 0.47, titles);
        Random random = new Random(seed);
        List<Activity> activities = new ArrayList<>();
        String firstLine = lines.values().iterator().next();
        int classes = 6 + seed / 100;
        for (int i = 0; i < classes; i++) {
            activities.add(new Activity(firstLine, "TRAINING_CLASS",
                    (ntm ? "Lớp tập huấn xây dựng nông thôn mới số " : "Lớp tập huấn cộng đồng số ") + (i + 1),
                    unit, LocalDate.of(2024, 3, 5).plusDays(16L * i), 2, 4, 1, 50, i < classes - 2,
                    pick(people, 34 + random.nextInt(10), random)));
        }
        Map<String, String> eventIds = runActivities(officer, province, planId, activities, attendanceRule, random, summary);
        // finance allocates the whole envelope to the first line and pays the held classes
        String budgetUrl = stack.url("budget") + "/api/v1/budgets/" + planId;
        long envelope = plan.path("budgetTotalVnd").asLong();
        allocate(officer, budgetUrl + "/allocations", Map.of("allocationId", "demo-alloc-1", "targetLineId", firstLine,
                "fundingSource", "CENTRAL", "amountVnd", envelope, "decisionNumber", "QĐ-DEMO/" + province.login() + "/01",
                "decisionDate", "2024-03-01"));
        summary.allocated(province.tenantId(), firstLine, envelope);
        spend(officer, budgetUrl, activities, eventIds, province, summary);
        summary.plan(province.tenantId(), planId, document);
    }

    private static Map<String, Object> generatedPlan(DemoProvince province, String document, boolean ntm) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("lineId", ntm ? "ntm-cadres" : "community-classes");
        line.put("activityKind", "TRAINING_CLASS");
        line.put("targetGroup", ntm ? "CADRE" : "COMMUNITY");
        line.put("description", ntm ? "Tập huấn cán bộ xây dựng nông thôn mới các cấp"
                : "Đào tạo, tập huấn nâng cao năng lực cho cộng đồng");
        line.put("plannedActivities", ntm ? 12 : 20);
        line.put("plannedPersonTurns", ntm ? 600 : 1000);
        if (ntm) {
            line.put("coverage", Map.of("rosterSize", 450, "percent", 100, "byDate", "2025-12-31",
                    "rosterDescription", "Cán bộ chuyên trách xây dựng nông thôn mới các cấp"));
        } else {
            line.put("minEthnicMinorityPercent", 60);
            line.put("minWomenPercent", 35);
        }
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("programmeCode", ntm ? "MTQG_NTM_2021_2025" : "MTQG_DTTS_MN_2021_2025");
        plan.put("title", (ntm ? "Kế hoạch tập huấn, bồi dưỡng cán bộ xây dựng nông thôn mới năm 2024 (dữ liệu trình diễn) — tỉnh "
                : "Kế hoạch đào tạo nâng cao năng lực cộng đồng năm 2024 (dữ liệu trình diễn) — tỉnh ") + province.name());
        plan.put("issuingBody", "UBND tỉnh " + province.name());
        plan.put("documentNumber", document);
        plan.put("documentDate", "2024-02-15");
        plan.put("periodStart", "2024-01-01");
        plan.put("periodEnd", "2024-12-31");
        plan.put("budgetTotalVnd", ntm ? 1_450_000_000L : 2_100_000_000L);
        plan.put("budgetBySource", List.of(Map.of("source", "CENTRAL", "amountVnd", ntm ? 1_450_000_000L : 2_100_000_000L)));
        plan.put("targetLines", List.of(line));
        return plan;
    }

    // ---------------------------------------------------------------- activities, sheets, completions

    /**
     * One activity of the demo.
     *
     * @param days     length in days
     * @param sessions total sessions, of which {@code field} are field visits or practice
     * @param held     whether it already took place (the others are the pipeline: scheduled, learners enrolled)
     */
    record Activity(String lineId, String kind, String title, String unitCode, LocalDate start, int days,
                    int sessions, int field, int capacity, boolean held, List<Person> learners) {
    }

    private Map<String, String> runActivities(Api officer, DemoProvince province, String planId,
                                              List<Activity> activities, int attendanceRule, Random random,
                                              DemoSummary summary) {
        Map<String, String> existing = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            JsonNode listed = officer.get(stack.url("enrolment") + "/api/v1/training-events?planId=" + planId
                    + "&size=200&page=" + page);
            listed.path("items").forEach(item -> existing.put(item.get("title").asString(), item.get("id").asString()));
            if (listed.path("items").size() < 200) {
                break;
            }
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (Activity activity : activities) {
            String id = existing.get(activity.title());
            if (id == null && dry) {
                throw new IllegalStateException("the demo data is incomplete: no activity " + activity.title());
            }
            if (id == null) {
                id = schedule(officer, planId, activity).get("id").asString();
            }
            ids.put(activity.title(), id);
            String url = stack.url("enrolment") + "/api/v1/training-events/" + id;
            boolean[][] presence = attendance(activity, random);
            if (!dry) {
                JsonNode report = officer.upload(url + "/imports?wait=true", "diem-danh.csv", "text/csv; charset=utf-8",
                        sheet(activity, presence));
                if (!report.path("errors").isEmpty()) {
                    throw new IllegalStateException("the demo's attendance sheet for " + activity.title()
                            + " has rejected rows: " + report.path("errors"));
                }
            }
            summary.scheduled(province.tenantId(), activity.lineId(), activity.held());
            for (int p = 0; p < activity.learners().size(); p++) {
                int present = 0;
                for (boolean mark : presence[p]) {
                    present += mark ? 1 : 0;
                }
                boolean completes = activity.held() && present * 100 >= attendanceRule * activity.sessions();
                summary.learner(province.tenantId(), activity.lineId(), activity.learners().get(p), completes);
            }
            if (activity.held() && !dry) {
                officer.post(url + "/completions", Map.of());
                JsonNode current = officer.get(url);
                if ("SCHEDULED".equals(current.path("status").asString())) {
                    officer.postAt(url + "/hold", current.get("version").asLong(), null);
                }
            }
        }
        return ids;
    }

    private JsonNode schedule(Api officer, String planId, Activity activity) {
        List<Map<String, Object>> sessions = new ArrayList<>();
        int perDay = Math.max(1, (activity.sessions() + activity.days() - 1) / activity.days());
        for (int s = 0; s < activity.sessions(); s++) {
            boolean field = s >= activity.sessions() - activity.field();
            sessions.add(Map.of("date", activity.start().plusDays(Math.min(s / perDay, activity.days() - 1)).toString(),
                    "kind", field ? "FIELD" : "THEORY",
                    "topic", field ? "Thực hành, khảo sát thực tế" : "Chuyên đề " + (s + 1)));
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("planId", planId);
        request.put("targetLineId", activity.lineId());
        request.put("title", activity.title());
        request.put("unitCode", activity.unitCode());
        request.put("startDate", activity.start().toString());
        request.put("endDate", activity.start().plusDays(activity.days() - 1L).toString());
        request.put("capacity", activity.capacity());
        request.put("sessions", sessions);
        request.put("trainers", List.of("Giảng viên Ban Dân tộc tỉnh", "Báo cáo viên Ủy ban Dân tộc"));
        return officer.post(stack.url("enrolment") + "/api/v1/training-events", request);
    }

    /** Who was present at which session: most at all of them, a few missed some (and so do not complete). */
    private static boolean[][] attendance(Activity activity, Random random) {
        boolean[][] presence = new boolean[activity.learners().size()][activity.sessions()];
        for (int p = 0; p < presence.length; p++) {
            double absent = random.nextDouble() < 0.07 ? 0.5 : 0.03;
            for (int s = 0; s < activity.sessions(); s++) {
                presence[p][s] = activity.held() && random.nextDouble() >= absent;
            }
        }
        return presence;
    }

    /** The attendance sheet a commune officer would upload (CSV, UTF-8, Vietnamese headers). */
    private static byte[] sheet(Activity activity, boolean[][] presence) {
        StringBuilder csv = new StringBuilder("STT,Họ và tên,Giới tính,Năm sinh,Dân tộc,Chức vụ,Đơn vị,CCCD");
        for (int s = 1; s <= activity.sessions(); s++) {
            csv.append(",Buổi ").append(s);
        }
        csv.append('\n');
        for (int p = 0; p < activity.learners().size(); p++) {
            Person person = activity.learners().get(p);
            csv.append(p + 1).append(',').append(quoted(person.fullName())).append(',')
                    .append(person.woman() ? "Nữ" : "Nam").append(',').append(person.birthYear()).append(',')
                    .append(quoted(person.ethnicity())).append(',').append(quoted(person.jobTitle())).append(',')
                    .append(person.unitCode()).append(',').append(person.nationalId());
            for (boolean present : presence[p]) {
                csv.append(',').append(present ? "x" : "");
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A CSV field in quotes (job titles have commas: "Tổ duy tu, bảo dưỡng công trình"). */
    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static List<Person> pick(List<Person> pool, int count, Random random) {
        List<Person> chosen = new ArrayList<>();
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        while (chosen.size() < Math.min(count, pool.size())) {
            int index = random.nextInt(pool.size());
            if (taken.add(index)) {
                chosen.add(pool.get(index));
            }
        }
        return chosen;
    }

    // ---------------------------------------------------------------- money

    private void budgetBacGiang(Api officer, String planId, Map<String, String> lines, Map<String, String> eventIds,
                                List<Activity> activities, DemoSummary summary) {
        String url = stack.url("budget") + "/api/v1/budgets/" + planId;
        Map<String, Long> allocation = new LinkedHashMap<>();
        allocation.put(lines.get("TRAINING_CLASS/COMMUNITY"), 4_590_000_000L);
        allocation.put(lines.get("TRAINING_CLASS/CADRE"), 1_200_000_000L);
        allocation.put(lines.get("WORKSHOP/CADRE"), 599_000_000L);
        allocation.put(lines.get("STUDY_TOUR/CADRE"), 500_000_000L);
        int n = 1;
        for (Map.Entry<String, Long> entry : allocation.entrySet()) {
            allocate(officer, url + "/allocations", Map.of("allocationId", "demo-alloc-" + n, "targetLineId", entry.getKey(),
                    "fundingSource", "CENTRAL", "amountVnd", entry.getValue(),
                    "decisionNumber", "QĐ-DEMO/STC-2023/" + n, "decisionDate", "2023-04-03"));
            summary.allocated(BAC_GIANG, entry.getKey(), entry.getValue());
            n++;
        }
        spend(officer, url, activities, eventIds, BG, summary);
    }

    private void allocate(Api officer, String url, Map<String, Object> decision) {
        if (!dry) {
            officer.post(url, decision);
        }
    }

    /** Pays every held activity (96 % of its estimate, to the thousand đồng) and settles the first ones. */
    private void spend(Api officer, String budgetUrl, List<Activity> activities, Map<String, String> eventIds,
                       DemoProvince province, DemoSummary summary) {
        int settled = 0;
        for (Activity activity : activities) {
            if (!activity.held()) {
                continue;
            }
            String eventId = eventIds.get(activity.title());
            JsonNode estimated = officer.await(budgetUrl + "/activities/" + eventId,
                    answer -> answer.ok() && answer.body().path("estimateVnd").asLong() > 0, PROPAGATION);
            long amount = estimated.get("estimateVnd").asLong() * 96 / 100 / 1000 * 1000;
            if (!dry) {
                officer.post(budgetUrl + "/expenditures", Map.of("expenditureId", "demo-pay-" + eventId,
                        "targetLineId", activity.lineId(), "trainingEventId", eventId, "fundingSource", "CENTRAL",
                        "amountVnd", amount, "documentNumber", "PC-DEMO-" + eventId.substring(0, Math.min(8, eventId.length())),
                        "spentOn", activity.start().plusDays(activity.days() + 2L).toString()));
            }
            summary.spent(province.tenantId(), activity.lineId(), amount);
            if (settled < 8 && !dry && estimated.path("settlement").isNull()) {
                officer.post(budgetUrl + "/activities/" + eventId + "/settlement", Map.of(
                        "documentNumber", "QT-DEMO-" + (settled + 1), "settledOn",
                        activity.start().plusDays(activity.days() + 20L).toString()));
            }
            if (settled < 8) {
                summary.settled(province.tenantId(), activity.lineId(), amount);
                settled++;
            }
        }
    }

    // ---------------------------------------------------------------- reports

    /** Reporting learns everything through Kafka: wait until it shows what was sent. */
    private void awaitReports(DemoSummary summary) {
        Api analyst = new Api(stack.token(DemoUsers.ANALYST));
        summary.plans().forEach((tenant, planId) -> {
            long expected = summary.personTurns(tenant);
            LocalStack.log("waiting for reporting-service to show " + expected + " person-turns of " + tenant);
            analyst.await(stack.url("reporting") + "/api/v1/progress/plans/" + planId + "?tenant=" + tenant,
                    answer -> answer.ok() && DemoReport.personTurns(answer.body()) == expected, PROPAGATION);
        });
    }

    private static String resource(String path) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
