package vn.taphuan.kit.problem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.support.ProbeWorld;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.identity.TestTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal is {@code application/problem+json} in Vietnamese and English, names what is wrong and shows no
 * library or class: paging beyond the maximum, a missing upload part, dates outside 1900–2100, unknown paths and
 * methods, bodies too large, media types neither side can use, numbers the JSON body does not quite hold (fractions,
 * text, duplicates), and a role that may not write, whatever its body.
 */
@ServiceIntegrationTest
class RefusalsTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OFFICER = TestTokens.officer(ProbeWorld.VICTIM);

    @LocalServerPort
    int port;
    @Autowired
    KnownTenants tenants;
    @Autowired
    AggregateStore store;

    @BeforeEach
    void world() {
        ProbeWorld.create(tenants, store);
    }

    @Test
    void aPageLargerThanTheMaximumIsA400NamingSizeAndTheMaximum() throws Exception {
        Problem problem = problem(send("GET", "/api/v1/probe-list?size=100000", OFFICER), 400);
        assertThat(problem.field("size").path("messageEn").asString()).contains("200");
        assertThat(problem.field("size").path("message").asString()).contains("200");

        Problem audit = problem(send("GET", "/api/v1/audit?size=100000", TestTokens.provinceAdmin(ProbeWorld.VICTIM)), 400);
        assertThat(audit.field("size").path("messageEn").asString()).contains("500");
        assertThat(problem(send("GET", "/api/v1/probe-list?page=-1", OFFICER), 400).field("page")).isNotNull();
    }

    @Test
    void anUploadWithoutItsFilePartIsA400NamingThePart() throws Exception {
        HttpResponse<String> answer = send(request("POST", "/api/v1/probe-uploads", OFFICER)
                .header("Content-Type", "multipart/form-data; boundary=b")
                .method("POST", HttpRequest.BodyPublishers.ofString(
                        "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n")));
        assertThat(problem(answer, 400).field("file").path("messageEn").asString()).contains("required");

        HttpResponse<String> notMultipart = send(request("POST", "/api/v1/probe-uploads", OFFICER)
                .header("Content-Type", "application/json").method("POST", HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(notMultipart.statusCode()).isIn(400, 415);
        problem(notMultipart, notMultipart.statusCode());
    }

    @Test
    void aDateOutsideTheYears1900To2100IsA400NamingTheField() throws Exception {
        Problem parameter = problem(send("GET", "/api/v1/probe-days?from=-999999999-01-01&to=2024-01-01", OFFICER), 400);
        assertThat(parameter.field("from").path("messageEn").asString()).contains("1900", "2100");
        assertThat(parameter.field("from").path("message").asString()).contains("1900", "2100");
        assertThat(problem(send("GET", "/api/v1/probe-days?from=2024-01-01&to=+999999999-12-31", OFFICER), 400)
                .field("to")).isNotNull();
        assertThat(problem(send("GET", "/api/v1/probe-days?from=1899-12-31&to=2024-01-01", OFFICER), 400)
                .field("from")).isNotNull();
        assertThat(send("GET", "/api/v1/probe-days?from=1900-01-01&to=2100-12-31", OFFICER).statusCode()).isEqualTo(200);

        Problem body = problem(post("/api/v1/probe-payments", OFFICER,
                ProbeWorld.PAYMENT.replace("2024-03-05", "-999999999-01-01")), 400);
        assertThat(body.field("paidOn").path("messageEn").asString()).contains("1900", "2100");
        assertThat(problem(post("/api/v1/probe-payments", OFFICER, ProbeWorld.PAYMENT.replace("2024-03-05", "2101-01-01")),
                400).field("paidOn")).isNotNull();
        assertThat(post("/api/v1/probe-payments", OFFICER, ProbeWorld.PAYMENT).statusCode()).isEqualTo(200);
    }

    @Test
    void aFractionOfAWholeAmountIsRefusedNotRounded() throws Exception {
        Problem problem = problem(post("/api/v1/probe-payments", OFFICER,
                ProbeWorld.PAYMENT.replace("5000000", "1.9")), 400);
        assertThat(problem.field("amountVnd").path("messageEn").asString()).contains("whole number");
        assertThat(problem.field("amountVnd").path("message").asString()).contains("số nguyên");

        assertThat(problem(post("/api/v1/probe-payments", OFFICER, ProbeWorld.PAYMENT.replace("\"sessions\":2",
                "\"sessions\":2.5")), 400).field("sessions")).isNotNull();
        assertThat(problem(post("/api/v1/probe-payments", OFFICER, ProbeWorld.PAYMENT.replace("\"learners\":30",
                "\"learners\":30.0")), 400).field("lines[0].learners")).isNotNull();
    }

    @Test
    void aNumberWrittenAsTextIsRefused() throws Exception {
        Problem problem = problem(post("/api/v1/probe-payments", OFFICER,
                ProbeWorld.PAYMENT.replace("5000000", "\"5000000\"")), 400);
        assertThat(problem.field("amountVnd").path("messageEn").asString()).contains("number");
        assertThat(problem(post("/api/v1/probe-payments", OFFICER, ProbeWorld.PAYMENT.replace("\"learners\":30",
                "\"learners\":\"30\"")), 400).field("lines[0].learners")).isNotNull();
        assertThat(problem(post("/api/v1/probe-payments", OFFICER, ProbeWorld.PAYMENT.replace("\"sessions\":2",
                "\"sessions\":null")), 400).field("sessions")).isNotNull();
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() throws Exception {
        Problem problem = problem(post("/api/v1/probe-payments", OFFICER,
                ProbeWorld.PAYMENT.replace("{\"amountVnd\":5000000,", "{\"amountVnd\":5000000,\"amountVnd\":1,")), 400);
        assertThat(problem.field("amountVnd").path("messageEn").asString()).contains("more than once");
        Problem nested = problem(post("/api/v1/probe-payments", OFFICER,
                ProbeWorld.PAYMENT.replace("\"learners\":30", "\"learners\":30,\"learners\":31")), 400);
        assertThat(nested.field("lines[0].learners")).isNotNull();
    }

    @Test
    void anUnknownValueOfAListIsRefusedNamingTheValuesAllowed() throws Exception {
        Problem problem = problem(post("/api/v1/probe-payments", OFFICER,
                ProbeWorld.PAYMENT.replace("CENTRAL", "NGAN_SACH_XYZ")), 400);
        assertThat(problem.field("kind").path("messageEn").asString()).contains("CENTRAL", "PROVINCE");
    }

    @Test
    void aViewerOrAnAnalystSendingABadBodyIsRefusedForTheRoleBeforeAnyFieldIsRead() throws Exception {
        for (String token : List.of(TestTokens.viewer(ProbeWorld.VICTIM), TestTokens.analyst())) {
            for (String body : List.of("{}", "{\"amountVnd\":\"x\"}", "{", ProbeWorld.PAYMENT)) {
                Problem problem = problem(post("/api/v1/probe-payments", token, body), 403);
                assertThat(problem.json().path("errors")).as(body).isEmpty();
            }
            HttpResponse<String> upload = send(request("POST", "/api/v1/probe-uploads", token)
                    .header("Content-Type", "multipart/form-data; boundary=b")
                    .method("POST", HttpRequest.BodyPublishers.ofString("--b--\r\n")));
            problem(upload, 403);
        }
    }

    @Test
    void unknownPathsAndMethodsAreProblems() throws Exception {
        assertThat(problem(send("GET", "/api/v1/nothing-here", OFFICER), 404).json().path("instance").asString())
                .isEqualTo("/api/v1/nothing-here");
        problem(send("GET", "/nothing-here.html", null), 404);
        problem(send("DELETE", "/api/v1/probe-list", OFFICER), 405);
        problem(send("TRACE", "/api/v1/probe-list", OFFICER), 405);
        problem(send("TRACE", "/", null), 405);
    }

    @Test
    void mediaTypesNeitherSideCanUseAreProblems() throws Exception {
        problem(send(request("GET", "/api/v1/probe-list", OFFICER).header("Accept", "text/csv").GET()), 406);
        problem(send(request("POST", "/api/v1/probe-payments", OFFICER).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(ProbeWorld.PAYMENT))), 415);
    }

    @Test
    void aBodyTooLargeIsRefusedWith413BeforeTheClientSendsIt() throws Exception {
        // as curl sends a large body: it waits for the server's go-ahead (100 Continue), which never comes
        Raw json = raw("POST /api/v1/probe-payments HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + 50 * 1024 * 1024 + "\r\n");
        problem(json.status(), json.contentType(), json.body(), 413);
        assertThat(json.body()).contains("2 MB");

        Raw upload = raw("POST /api/v1/probe-uploads HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                + "Content-Length: " + 50 * 1024 * 1024 + "\r\n");
        problem(upload.status(), upload.contentType(), upload.body(), 413);
    }

    @Test
    void aBodySentWithoutItsLengthIsCountedAndRefusedWith413OnceItRunsOver() throws Exception {
        byte[] over = new byte[3 * 1024 * 1024];
        Arrays.fill(over, (byte) ' ');
        over[0] = '{';
        over[over.length - 1] = '}';
        Problem counted = problem(send(request("POST", "/api/v1/probe-payments", OFFICER)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(over)))), 413);
        assertThat(counted.json().path("detailEn").asString()).contains("2 MB");
    }

    @Test
    void aCorrelationIdIsTakenOnlyInASafeFormElseAFreshOneIsMade() throws Exception {
        HttpResponse<String> safe = send(request("GET", "/api/v1/probe-list", OFFICER)
                .header("X-Correlation-Id", "web-7f3a:42.1_x").GET());
        assertThat(safe.headers().firstValue("X-Correlation-Id")).contains("web-7f3a:42.1_x");

        for (String unsafe : List.of("<script>alert(1)</script>", "a b", "x".repeat(65), "é")) {
            HttpResponse<String> answer = send(request("GET", "/api/v1/probe-list?size=100000", OFFICER)
                    .header("X-Correlation-Id", unsafe).GET());
            String given = answer.headers().firstValue("X-Correlation-Id").orElseThrow();
            assertThat(given).as(unsafe).isNotEqualTo(unsafe).matches("[A-Za-z0-9._:-]{1,64}");
            assertThat(answer.body()).doesNotContain(unsafe).contains(given);
        }
    }

    // ------------------------------------------------------------------ helpers

    /** What the server answered to a request that waited for its go-ahead before sending a body. */
    record Raw(int status, String contentType, String body) {

        /** Reads an HTTP/1.1 answer: status line, headers, and a body whole or in chunks. */
        static Raw parse(byte[] answer) {
            String text = new String(answer, StandardCharsets.ISO_8859_1); // one char a byte: offsets are bytes
            int end = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(head[0].split(" ")[1]);
            String contentType = "";
            boolean chunked = false;
            for (String header : head) {
                String lower = header.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    contentType = header.substring(header.indexOf(':') + 1).trim();
                }
                chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
            }
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            int at = end + 4;
            if (!chunked) {
                body.write(answer, at, answer.length - at);
            } else {
                for (int size; ; at += size + 2) {
                    int lineEnd = text.indexOf("\r\n", at);
                    size = Integer.parseInt(text.substring(at, lineEnd).trim(), 16);
                    if (size == 0) {
                        break;
                    }
                    at = lineEnd + 2;
                    body.write(answer, at, size);
                }
            }
            return new Raw(status, contentType, body.toString(StandardCharsets.UTF_8));
        }
    }

    /**
     * Sends {@code head} (request line and headers, each ending in CRLF) with {@code Expect: 100-continue}, the
     * officer's token and {@code Connection: close}, and reads the answer without ever sending the body.
     */
    private Raw raw(String head) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((head + "Host: localhost:" + port + "\r\nAuthorization: "
                    + TestTokens.bearer(OFFICER) + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] answer = socket.getInputStream().readAllBytes();
            assertThat(new String(answer, StandardCharsets.ISO_8859_1)).as("no go-ahead for a body that will be refused")
                    .doesNotStartWith("HTTP/1.1 100");
            return Raw.parse(answer);
        }
    }

    record Problem(JsonNode json) {
        /** The violation naming {@code field}; fails when there is none. */
        JsonNode field(String field) {
            for (JsonNode error : json.path("errors")) {
                if (field.equals(error.path("field").asString())) {
                    return error;
                }
            }
            throw new AssertionError("no error names " + field + ": " + json);
        }
    }

    /** Checks that {@code answer} is a problem in both languages naming no library or class, and reads it. */
    static Problem problem(HttpResponse<String> answer, int status) {
        return problem(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), answer.body(),
                status);
    }

    static Problem problem(int actualStatus, String contentType, String body, int status) {
        assertThat(actualStatus).as(body).isEqualTo(status);
        assertThat(contentType).as(body).startsWith("application/problem+json");
        JsonNode json = JSON.readTree(body);
        assertThat(json.path("status").asInt()).isEqualTo(status);
        for (String text : List.of("title", "detail", "titleEn", "detailEn")) {
            assertThat(json.path(text).asString()).as(text + " of " + body).isNotBlank();
        }
        assertThat(json.path("title").asString()).as("a Vietnamese title").matches(".*[^\\x00-\\x7F].*");
        for (JsonNode error : json.path("errors")) {
            assertThat(error.path("field").asString()).isNotBlank();
            assertThat(error.path("message").asString()).isNotBlank();
            assertThat(error.path("messageEn").asString()).isNotBlank();
        }
        assertThat(body).as("no library or class names").doesNotContain("java.", "org.", "Exception",
                "com.fasterxml", "tools.jackson", "jakarta.", "springframework");
        return new Problem(json);
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        return send(request("POST", path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        return send(request(method, path, token).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String method, String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", TestTokens.bearer(token));
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException closedEarly) {
            throw new AssertionError("the connection was closed instead of answered", closedEarly);
        }
    }
}
