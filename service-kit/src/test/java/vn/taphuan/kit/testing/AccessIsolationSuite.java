package vn.taphuan.kit.testing;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.taphuan.kit.security.AccessRules;
import vn.taphuan.kit.security.AnyUser;
import vn.taphuan.kit.security.NationalRead;
import vn.taphuan.kit.security.PlatformAdmin;
import vn.taphuan.kit.security.ProgressRead;
import vn.taphuan.kit.security.ProvinceRead;
import vn.taphuan.kit.security.ProvinceWrite;
import vn.taphuan.kit.security.TenantAdmin;
import vn.taphuan.testsupport.identity.TestTokens;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * One parameterised suite over EVERY {@code /api/**} endpoint of a service, proving that provinces stay apart:
 * <ul>
 *   <li>no token → 401;</li>
 *   <li>another province's users never get the victim province's data: naming the victim is refused (403), and
 *       whatever they can reach (their own data, 404s) contains none of the victim's markers;</li>
 *   <li>a viewer cannot write; an officer cannot read the audit trail;</li>
 *   <li>the ministry analyst is refused personal data (province-only endpoints) and what it may read carries no
 *       personal data of learners;</li>
 *   <li>provinces cannot read nationwide views; only the platform administrator changes tenants and reference
 *       data.</li>
 * </ul>
 * A subclass describes how to call each endpoint against the victim's data ({@link #calls()}). An endpoint with no
 * call described, or a call describing no endpoint, fails the suite — so a new endpoint cannot ship without its
 * isolation being tested.
 */
public abstract class AccessIsolationSuite {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Set<Integer> REFUSED = Set.of(401, 403, 404);

    /** Base URL of the running service, e.g. {@code http://localhost:54321}. */
    protected abstract String baseUrl();

    protected abstract RequestMappingHandlerMapping handlers();

    /**
     * How to call each endpoint, keyed {@code "METHOD /pattern"} as Spring maps it, e.g.
     * {@code "GET /api/v1/plans/{planId}"}; path variables point at the victim province's resources.
     */
    protected abstract Map<String, Call> calls();

    /** The province whose data is attacked; its resources exist when the suite runs. */
    protected abstract String victimTenant();

    /** Another onboarded province. */
    protected abstract String otherTenant();

    /** Strings found only in the victim's data (ids, titles, numbers): they must reach nobody else. */
    protected abstract Set<String> victimMarkers();

    /** Personal data of learners in the victim's data (names, birth dates): never shown to the ministry. */
    protected Set<String> personalMarkers() {
        return Set.of();
    }

    /**
     * How to call one endpoint.
     *
     * @param pathVariables values of the pattern's variables
     * @param query         query string without {@code ?}, or null
     * @param body          request body, or null
     * @param contentType   its media type
     * @param stream        true for Server-Sent Events: read what arrives in a short window
     */
    public record Call(Map<String, String> pathVariables, String query, String body, String contentType,
                       boolean stream) {

        public static Call to(Map<String, String> pathVariables) {
            return new Call(pathVariables, null, null, null, false);
        }

        public static Call plain() {
            return to(Map.of());
        }

        public Call json(String body) {
            return new Call(pathVariables, query, body, "application/json", stream);
        }

        public Call body(String body, String contentType) {
            return new Call(pathVariables, query, body, contentType, stream);
        }

        public Call query(String query) {
            return new Call(pathVariables, query, body, contentType, stream);
        }

        public Call streaming() {
            return new Call(pathVariables, query, body, contentType, true);
        }
    }

    @TestFactory
    Stream<DynamicNode> everyEndpointKeepsProvincesApart() {
        Map<String, HandlerMethod> endpoints = endpoints();
        Set<String> undescribed = new TreeSet<>(endpoints.keySet());
        undescribed.removeAll(calls().keySet());
        Set<String> stale = new TreeSet<>(calls().keySet());
        stale.removeAll(endpoints.keySet());
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(DynamicTest.dynamicTest("every endpoint has an isolation call and every call an endpoint", () -> {
            assertThat(undescribed).as("endpoints without an isolation call in " + getClass().getSimpleName()).isEmpty();
            assertThat(stale).as("isolation calls naming no endpoint").isEmpty();
        }));
        endpoints.forEach((key, handler) -> {
            Call call = calls().get(key);
            if (call != null) {
                nodes.add(DynamicContainer.dynamicContainer(key, checks(key, handler, call)));
            }
        });
        return nodes.stream();
    }

    private Stream<DynamicTest> checks(String key, HandlerMethod handler, Call call) {
        List<Class<? extends Annotation>> rules = AccessRules.rulesOf(handler);
        Class<? extends Annotation> rule = rules.isEmpty() ? null : rules.get(0);
        String method = key.substring(0, key.indexOf(' '));
        String path = expand(key.substring(key.indexOf(' ') + 1), call);
        String victim = victimTenant();
        String other = otherTenant();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("no token: 401", () ->
                assertThat(send(method, path, call, null, null).status()).isEqualTo(401)));
        tests.add(DynamicTest.dynamicTest("another province naming the victim: refused", () -> {
            Answer answer = send(method, path, call, TestTokens.provinceAdmin(other), victim);
            assertThat(answer.status()).as(answer.toString()).isIn(REFUSED);
        }));
        tests.add(DynamicTest.dynamicTest("another province: never the victim's data", () -> {
            for (String token : List.of(TestTokens.officer(other), TestTokens.provinceAdmin(other))) {
                Answer answer = send(method, path, call, token, null);
                assertNoMarkers(answer, victimMarkers());
            }
        }));
        if (rule == ProvinceWrite.class) {
            tests.add(DynamicTest.dynamicTest("the victim's viewer cannot write: 403", () ->
                    assertThat(send(method, path, call, TestTokens.viewer(victim), null).status()).isEqualTo(403)));
        }
        if (rule == TenantAdmin.class) {
            tests.add(DynamicTest.dynamicTest("the victim's officer cannot read the administration: 403", () ->
                    assertThat(send(method, path, call, TestTokens.officer(victim), null).status()).isEqualTo(403)));
        }
        if (rule == ProvinceRead.class || rule == ProvinceWrite.class || rule == TenantAdmin.class) {
            tests.add(DynamicTest.dynamicTest("the ministry analyst is refused province data: 403", () ->
                    assertThat(send(method, path, call, TestTokens.analyst(), victim).status()).isEqualTo(403)));
        }
        if (rule == ProgressRead.class || rule == NationalRead.class || rule == AnyUser.class) {
            tests.add(DynamicTest.dynamicTest("what the ministry analyst reads has no personal data", () ->
                    assertNoMarkers(send(method, path, call, TestTokens.analyst(), victim), personalMarkers())));
        }
        if (rule == NationalRead.class) {
            tests.add(DynamicTest.dynamicTest("a province cannot read nationwide views: 403", () ->
                    assertThat(send(method, path, call, TestTokens.provinceAdmin(victim), null).status()).isEqualTo(403)));
        }
        if (rule == PlatformAdmin.class) {
            tests.add(DynamicTest.dynamicTest("only the platform administrator: province admin gets 403", () ->
                    assertThat(send(method, path, call, TestTokens.provinceAdmin(victim), null).status()).isEqualTo(403)));
        }
        return tests.stream();
    }

    /** A refusal may echo what the caller sent (an id in the path); anything else of the victim's is a leak. */
    private static void assertNoMarkers(Answer answer, Set<String> markers) {
        for (String marker : markers) {
            boolean echoed = answer.status() >= 400 && answer.request().contains(marker);
            if (!echoed && answer.body().contains(marker)) {
                fail("%s leaked %s", answer, marker);
            }
        }
    }

    private Map<String, HandlerMethod> endpoints() {
        Map<String, HandlerMethod> endpoints = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlers().getHandlerMethods().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                var methods = entry.getKey().getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    endpoints.put("GET " + pattern, entry.getValue());
                }
                methods.forEach(m -> endpoints.put(m.name() + " " + pattern, entry.getValue()));
            }
        }
        return endpoints;
    }

    private static String expand(String pattern, Call call) {
        String path = pattern;
        for (Map.Entry<String, String> variable : call.pathVariables().entrySet()) {
            path = path.replace("{" + variable.getKey() + "}",
                    URLEncoder.encode(variable.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        if (path.contains("{")) {
            throw new IllegalArgumentException("no value for a path variable of " + pattern);
        }
        return call.query() == null ? path : path + "?" + call.query();
    }

    /** What a call answered: status and (the first part of) the body. */
    public record Answer(String request, int status, String body) {
        @Override
        public String toString() {
            return request + " → " + status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private Answer send(String method, String path, Call call, String token, String namedTenant) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", TestTokens.bearer(token));
        }
        if (namedTenant != null) {
            request.header("X-Tenant-Id", namedTenant);
        }
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        request.method(method, call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body()));
        String label = method + " " + path + (call.body() == null ? "" : " " + call.body())
                + (namedTenant == null ? "" : " [X-Tenant-Id " + namedTenant + "]");
        if (!call.stream()) {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(label, response.statusCode(), response.body());
        }
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            return new Answer(label, response.statusCode(), readFor(in, Duration.ofMillis(1500)));
        }
    }

    /** What a stream delivers within {@code window}. */
    private static String readFor(InputStream in, Duration window) {
        StringBuilder seen = new StringBuilder();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
            byte[] buffer = new byte[4096];
            try {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    synchronized (seen) {
                        seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException closed) {
                // the window ended
            }
        });
        try {
            reading.get(window.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception windowOver) {
            reading.cancel(true);
        }
        synchronized (seen) {
            return seen.toString();
        }
    }
}
