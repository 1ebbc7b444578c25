package vn.taphuan.plan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.plan.plan.PlanApiTestData;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.identity.TestTokens;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;

/**
 * Every endpoint of this service, with who may call it: no token is always 401; another province's officer never
 * reaches Bắc Giang's plans or imports (404, and lists without them); a viewer never writes; the ministry analyst
 * reads progress but never writes or reads working material; only the platform administrator changes reference
 * data and tenants. An endpoint added without a row here fails {@link #everyApiEndpointHasARow()}.
 */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class EndpointAccessTest {

    /** No such answer is expected: the call creates the caller's own resource, which is allowed. */
    private static final int OWN = 0;
    private static final String CONTENT = PlanApiTestData.BAC_GIANG_2023.formatted("99/KH-UBND");
    private static final String PROGRAMME = """
            {"name":"Chương trình thử","periodStart":"2026-01-01","periodEnd":"2030-12-31","deadline":"2030-12-31",
             "rules":{"minAttendancePercent":80}}""";
    private static final String UNIT = """
            {"name":"Xã Thử","shortName":"Thử","level":"COMMUNE","parentCode":"H-SON-DONG","provinceTenantId":"bac-giang",
             "validFrom":"2008-08-01","validTo":"2025-06-30"}""";

    /**
     * One endpoint and the answers expected for: an officer of another province (Thanh Hóa), a viewer of Bắc Giang,
     * the ministry analyst naming Bắc Giang. {@code listing}: the other province gets 200 but none of Bắc Giang's items.
     */
    record Row(String method, String path, String body, int otherProvince, int viewer, int analyst, boolean listing) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Row> rows() {
        return List.of(
                new Row("POST", "/api/v1/plans", CONTENT, OWN, 403, 403, false),
                new Row("GET", "/api/v1/plans", null, 200, 200, 200, true),
                new Row("GET", "/api/v1/plans/{planId}", null, 404, 200, 200, false),
                new Row("PUT", "/api/v1/plans/{planId}", "{\"version\":1,\"content\":" + CONTENT + "}", 404, 403, 403, false),
                new Row("POST", "/api/v1/plans/{planId}/submission", "{\"version\":1}", 404, 403, 403, false),
                new Row("POST", "/api/v1/plans/{planId}/rejection", "{\"version\":1,\"reason\":\"x\"}", 404, 403, 403, false),
                new Row("POST", "/api/v1/plans/{planId}/approval", "{\"version\":1}", 404, 403, 403, false),
                new Row("POST", "/api/v1/plans/{planId}/start", "{\"version\":1}", 404, 403, 403, false),
                new Row("POST", "/api/v1/plans/{planId}/amendments",
                        "{\"version\":1,\"reason\":\"x\",\"content\":" + CONTENT + "}", 404, 403, 403, false),
                new Row("POST", "/api/v1/plans/{planId}/closure", "{\"version\":1}", 404, 403, 403, false),
                new Row("GET", "/api/v1/plans/{planId}/versions", null, 404, 200, 200, false),
                new Row("GET", "/api/v1/plans/{planId}/versions/{number}", null, 404, 404, 404, false),
                new Row("POST", "/api/v1/plan-imports", "Kế hoạch tập huấn năm 2024: 02 lớp.", OWN, 403, 403, false),
                new Row("GET", "/api/v1/plan-imports", null, 200, 200, 403, true),
                new Row("GET", "/api/v1/plan-imports/{importId}", null, 404, 200, 403, false),
                new Row("POST", "/api/v1/plan-imports/{importId}/confirmation",
                        "{\"version\":1,\"content\":" + CONTENT + "}", 404, 403, 403, false),
                new Row("GET", "/api/v1/reference/programmes", null, 200, 200, 200, false),
                new Row("GET", "/api/v1/reference/programmes/{code}", null, 200, 200, 200, false),
                new Row("POST", "/api/v1/reference/programmes", "{\"code\":\"CT_ACCESS\",\"definition\":" + PROGRAMME + "}",
                        403, 403, 403, false),
                new Row("PUT", "/api/v1/reference/programmes/{code}", "{\"version\":1,\"definition\":" + PROGRAMME + "}",
                        403, 403, 403, false),
                new Row("GET", "/api/v1/reference/units", null, 200, 200, 200, false),
                new Row("GET", "/api/v1/reference/units/{code}", null, 200, 200, 200, false),
                new Row("GET", "/api/v1/reference/units/{code}/roll-up?on=2025-07-01", null, 200, 200, 200, false),
                new Row("POST", "/api/v1/reference/units", "{\"code\":\"X-SON-DONG-THU\",\"definition\":" + UNIT + "}",
                        403, 403, 403, false),
                new Row("PUT", "/api/v1/reference/units/{code}", "{\"version\":1,\"definition\":" + UNIT + "}",
                        403, 403, 403, false),
                new Row("POST", "/api/v1/tenants", """
                        {"tenantId":"quang-tri","provinceCode":"45","name":"Quảng Trị","validFrom":"2008-08-01",
                         "administrator":{"username":"admin.quangtri","name":"Quản trị"}}""", 403, 403, 403, false),
                new Row("GET", "/api/v1/tenants", null, 403, 403, 200, false),
                new Row("GET", "/api/v1/tenants/{tenantId}", null, 403, 403, 200, false),
                new Row("POST", "/api/v1/tenants/{tenantId}/disabling", "{\"version\":1}", 403, 403, 403, false),
                new Row("POST", "/api/v1/tenants/{tenantId}/enabling", "{\"version\":1}", 403, 403, 403, false),
                new Row("GET", "/api/v1/audit", null, 403, 403, 403, false));
    }

    private static String planId;
    private static String importId;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    KnownTenants tenants;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeEach
    void bacGiangsResources() {
        tenants.onboard("bac-giang", "Bắc Giang", "24", List.of());
        tenants.onboard("thanh-hoa", "Thanh Hóa", "38", List.of());
        if (planId == null) {
            ApiClient api = new ApiClient(mvc, json);
            String officer = TestTokens.officer("bac-giang");
            planId = api.post(officer, "/api/v1/plans", CONTENT, 201).get("id").asString();
            importId = api.postText(officer, "/api/v1/plan-imports", "Kế hoạch tập huấn năm 2024: 02 lớp.", 201)
                    .get("importId").asString();
            api.post(TestTokens.platformAdmin(), "/api/v1/tenants", """
                    {"tenantId":"quang-ninh","provinceCode":"22","name":"Quảng Ninh","validFrom":"2008-08-01",
                     "administrator":{"username":"admin.quangninh","name":"Quản trị Quảng Ninh"}}""", 201);
        }
    }

    @Test
    void everyApiEndpointHasARow() {
        Set<String> served = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream().filter(p -> p.startsWith("/api/"))
                        .flatMap(p -> info.getMethodsCondition().getMethods().stream().map(m -> m.name() + " " + p)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = rows().stream().map(r -> r.method() + " " + r.path().replaceAll("\\?.*", ""))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(listed).isEqualTo(served);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void withoutATokenEveryEndpointAnswers401(Row row) {
        assertThat(call(row, null, null).getResponse().getStatus()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void anotherProvinceNeverReachesBacGiangsResources(Row row) throws Exception {
        if (row.otherProvince() == OWN) {
            return;
        }
        MvcResult result = call(row, TestTokens.officer("thanh-hoa"), null);
        assertThat(result.getResponse().getStatus()).isEqualTo(row.otherProvince());
        if (row.listing()) {
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(planId, importId);
        }
        if (row.path().contains("{planId}") || row.path().contains("{importId}")) {
            assertThat(call(row, TestTokens.officer("thanh-hoa"), "bac-giang").getResponse().getStatus())
                    .as("naming Bắc Giang").isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aViewerReadsButNeverWrites(Row row) {
        assertThat(call(row, TestTokens.viewer("bac-giang"), null).getResponse().getStatus()).isEqualTo(row.viewer());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theMinistryAnalystReadsProgressButNeverWritesNorReadsWorkingMaterial(Row row) {
        assertThat(call(row, TestTokens.analyst(), "bac-giang").getResponse().getStatus()).isEqualTo(row.analyst());
    }

    private MvcResult call(Row row, String token, String namedTenant) {
        String path = row.path().replace("{planId}", planId).replace("{importId}", importId).replace("{number}", "1")
                .replace("{tenantId}", "quang-ninh")
                .replace("{code}", row.path().contains("programmes") ? "MTQG_NTM_2021_2025" : "H-SON-DONG");
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(row.method()), path);
        if (row.body() != null) {
            boolean text = row.path().equals("/api/v1/plan-imports");
            request.contentType(text ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_JSON)
                    .content(row.body().getBytes(StandardCharsets.UTF_8));
        }
        if (token != null) {
            request.header(AUTHORIZATION, "Bearer " + token);
        }
        if (namedTenant != null) {
            request.header("X-Tenant-Id", namedTenant);
        }
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
