package vn.taphuan.plan;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.testing.AccessIsolationSuite;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.identity.TestTokens;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Issue 8's isolation suite over every endpoint of this service. The victim is Lai Châu, onboarded here through the
 * API by the platform administrator (and usable at once), so its data is exactly what this class creates: a draft,
 * a submitted and an approved plan (each command is called on a plan in the state that allows it, so a refusal is
 * about the province, not the state) and a plan text being imported. Thanh Hóa attacks it. Plans hold no personal
 * data of learners, so there are no personal markers; the first administrator's password is shown to nobody (not in
 * the tenant list, nor in Lai Châu's audit trail, where the onboarding is recorded). Same annotations as the other integration tests: one shared
 * context.
 */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class PlanIsolationTest extends AccessIsolationSuite {

    static final String VICTIM = "lai-chau";
    static final String OTHER = "thanh-hoa";
    /** The first administrator's password: kept by the identity provider only, never in an answer or the trail. */
    static final String PASSWORD = "Lai-Chau-mat-khau-2025";
    static final String IMPORT_TEXT = "Kế hoạch tập huấn cộng đồng năm 2024 của tỉnh Lai Châu: 02 lớp.";
    static final String PROGRAMME = """
            {"name":"Chương trình thử","periodStart":"2026-01-01","periodEnd":"2030-12-31","deadline":"2030-12-31",
             "rules":{"minAttendancePercent":80}}""";
    static final String UNIT = """
            {"name":"Xã Thử","shortName":"Thử","level":"COMMUNE","parentCode":"P-12","provinceTenantId":"lai-chau",
             "validFrom":"2008-08-01"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    KnownTenants tenants;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String title = "Kế hoạch tập huấn cộng đồng và cán bộ tỉnh Lai Châu năm 2023 " + run;
    private String draftId;
    private String submittedId;
    private String approvedId;
    private long approvedVersion;
    private String importId;

    /** The plan's content; {@code number} is its document number. */
    private String content(String number) {
        return """
                {"programmeCode":"MTQG_DTTS_MN_2021_2025","title":"%s",
                 "issuingBody":"UBND tỉnh Lai Châu","documentNumber":"%s","documentDate":"2023-03-10",
                 "legalBases":[{"kind":"DECISION","number":"752/QĐ-UBDT","date":"2022-10-11","issuer":"Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"}],
                 "periodStart":"2023-01-01","periodEnd":"2023-12-31",
                 "scope":[{"unitCode":"P-12"}],
                 "responsibleBodies":[{"name":"Ban Dân tộc tỉnh Lai Châu","role":"LEAD"}],
                 "budgetTotalVnd":2400000000,
                 "budgetBySource":[{"source":"CENTRAL","amountVnd":2400000000}],
                 "targetLines":[
                   {"lineId":"community-classes","activityKind":"TRAINING_CLASS","targetGroup":"COMMUNITY","plannedActivities":30,"plannedPersonTurns":2100},
                   {"lineId":"cadre-classes","activityKind":"TRAINING_CLASS","targetGroup":"CADRE","plannedActivities":4,"plannedPersonTurns":300}]}"""
                .formatted(title, number);
    }

    @BeforeEach
    void laiChauOnboardedWithPlansInEveryStateAndAnImport() {
        tenants.onboard(OTHER, "Thanh Hóa", "38", List.of());
        ApiClient api = new ApiClient(mvc, json);
        if (tenants.find(VICTIM).isEmpty()) {
            api.post(TestTokens.platformAdmin(), "/api/v1/tenants", """
                    {"tenantId":"%s","provinceCode":"12","name":"Lai Châu","validFrom":"2004-01-01",
                     "administrator":{"username":"admin.laichau","name":"Quản trị Lai Châu","password":"%s"}}"""
                    .formatted(VICTIM, PASSWORD), 201);
        }
        String officer = TestTokens.officer(VICTIM);
        draftId = api.post(officer, "/api/v1/plans", content("11/KH-UBND-" + run), 201).get("id").asString();

        submittedId = api.post(officer, "/api/v1/plans", content("12/KH-UBND-" + run), 201).get("id").asString();
        api.post(officer, "/api/v1/plans/" + submittedId + "/submission", 1, null, 200);

        approvedId = api.post(officer, "/api/v1/plans", content("13/KH-UBND-" + run), 201).get("id").asString();
        api.post(officer, "/api/v1/plans/" + approvedId + "/submission", 1, null, 200);
        approvedVersion = api.post(officer, "/api/v1/plans/" + approvedId + "/approval",
                2, "{\"approvedOn\":\"2023-03-20\"}", 200).get("version").asLong();

        importId = api.postText(officer, "/api/v1/plan-imports", IMPORT_TEXT, 201).get("importId").asString();
    }

    @Override
    protected Map<String, Call> calls() {
        Map<String, String> draft = Map.of("planId", draftId);
        Map<String, String> submitted = Map.of("planId", submittedId);
        Map<String, String> approved = Map.of("planId", approvedId);
        Map<String, String> province = Map.of("tenantId", VICTIM);
        String amended = content("13/KH-UBND-" + run).replace("\"plannedActivities\":30", "\"plannedActivities\":36");
        return Map.ofEntries(
                Map.entry("POST /api/v1/plans", Call.plain().json(content("99/KH-UBND"))),
                Map.entry("GET /api/v1/plans", Call.plain()),
                Map.entry("GET /api/v1/plans/{planId}", Call.to(approved)),
                Map.entry("PUT /api/v1/plans/{planId}",
                        Call.to(draft).header("If-Match", "\"1\"").json("{\"content\":" + content("11/KH-UBND-" + run) + "}")),
                Map.entry("POST /api/v1/plans/{planId}/submission", Call.to(draft).header("If-Match", "\"1\"")),
                Map.entry("POST /api/v1/plans/{planId}/rejection",
                        Call.to(submitted).header("If-Match", "\"2\"").json("{\"reason\":\"Thiếu dự toán chi tiết\"}")),
                Map.entry("POST /api/v1/plans/{planId}/approval",
                        Call.to(submitted).header("If-Match", "\"2\"").json("{\"approvedOn\":\"2023-03-21\"}")),
                Map.entry("POST /api/v1/plans/{planId}/start",
                        Call.to(approved).header("If-Match", "\"" + approvedVersion + "\"").json("{\"startedOn\":\"2023-04-01\"}")),
                Map.entry("POST /api/v1/plans/{planId}/amendments", Call.to(approved)
                        .header("If-Match", "\"" + approvedVersion + "\"").json("""
                        {"reason":"Tăng số lớp cộng đồng","amendedOn":"2023-08-01",
                         "amendmentDocumentNumber":"88/KH-UBND","content":%s}""".formatted(amended))),
                Map.entry("POST /api/v1/plans/{planId}/closure", Call.to(approved)
                        .header("If-Match", "\"" + approvedVersion + "\"").json("{\"closedOn\":\"2024-01-10\",\"reason\":\"Hết năm\"}")),
                Map.entry("POST /api/v1/plans/{planId}/close-out", Call.to(approved)
                        .header("If-Match", "\"" + approvedVersion + "\"").json("{\"closedOutOn\":\"2025-12-31\"}")),
                Map.entry("GET /api/v1/plans/{planId}/versions", Call.to(approved)),
                Map.entry("GET /api/v1/plans/{planId}/versions/{number}",
                        Call.to(Map.of("planId", approvedId, "number", "1"))),
                Map.entry("POST /api/v1/plan-imports",
                        Call.plain().body("Kế hoạch tập huấn năm 2024: 02 lớp.".getBytes(StandardCharsets.UTF_8),
                                "text/plain;charset=UTF-8")),
                Map.entry("GET /api/v1/plan-imports", Call.plain()),
                Map.entry("GET /api/v1/plan-imports/{importId}", Call.to(Map.of("importId", importId))),
                Map.entry("POST /api/v1/plan-imports/{importId}/confirmation", Call.to(Map.of("importId", importId))
                        .header("If-Match", "\"1\"").json("{\"content\":" + content("14/KH-UBND-" + run) + "}")),
                Map.entry("GET /api/v1/reference/programmes", Call.plain()),
                Map.entry("GET /api/v1/reference/programmes/{code}", Call.to(Map.of("code", "MTQG_DTTS_MN_2021_2025"))),
                Map.entry("POST /api/v1/reference/programmes",
                        Call.plain().json("{\"code\":\"CT_ISOLATION\",\"definition\":" + PROGRAMME + "}")),
                Map.entry("PUT /api/v1/reference/programmes/{code}", Call.to(Map.of("code", "MTQG_DTTS_MN_2021_2025"))
                        .header("If-Match", "\"1\"").json("{\"definition\":" + PROGRAMME + "}")),
                Map.entry("GET /api/v1/reference/units", Call.plain().query("province=" + VICTIM)),
                Map.entry("GET /api/v1/reference/units/{code}", Call.to(Map.of("code", "P-12"))),
                Map.entry("GET /api/v1/reference/units/{code}/roll-up",
                        Call.to(Map.of("code", "P-12")).query("on=2025-07-01")),
                Map.entry("POST /api/v1/reference/units",
                        Call.plain().json("{\"code\":\"X-LAI-CHAU-THU\",\"definition\":" + UNIT + "}")),
                Map.entry("POST /api/v1/reference/units/catalogue", Call.plain().multipart("file", "danh-muc.csv",
                        "Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX\n02,Huyện Đồng Văn,026,Thị trấn Phó Bảng,00712\n"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")),
                Map.entry("PUT /api/v1/reference/units/{code}",
                        Call.to(Map.of("code", "P-12")).header("If-Match", "\"1\"").json("{\"definition\":" + UNIT + "}")),
                Map.entry("POST /api/v1/tenants", Call.plain().json("""
                        {"tenantId":"quang-tri","provinceCode":"45","name":"Quảng Trị","validFrom":"2008-08-01",
                         "administrator":{"username":"admin.quangtri","name":"Quản trị"}}""")),
                Map.entry("GET /api/v1/tenants", Call.plain()),
                Map.entry("GET /api/v1/tenants/{tenantId}", Call.to(province)),
                Map.entry("POST /api/v1/tenants/{tenantId}/disabling", Call.to(province).header("If-Match", "\"1\"")),
                Map.entry("POST /api/v1/tenants/{tenantId}/enabling", Call.to(province).header("If-Match", "\"1\"")),
                Map.entry("GET /api/v1/audit", Call.plain()));
    }

    @Override
    protected Set<String> victimMarkers() {
        return Set.of(draftId, submittedId, approvedId, importId, title, IMPORT_TEXT, "11/KH-UBND-" + run,
                "12/KH-UBND-" + run, "13/KH-UBND-" + run);
    }

    @Override
    protected Set<String> secretMarkers() {
        return Set.of(PASSWORD);
    }

    @Override
    protected String victimTenant() {
        return VICTIM;
    }

    @Override
    protected String otherTenant() {
        return OTHER;
    }


}
