package vn.taphuan.kit.testing;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.kit.events.OutboxRelay;
import vn.taphuan.kit.security.AccessRules;
import vn.taphuan.kit.security.AnyUser;
import vn.taphuan.kit.security.NationalRead;
import vn.taphuan.kit.security.PlatformAdmin;
import vn.taphuan.kit.security.ProgressRead;
import vn.taphuan.kit.security.ProgressSignOff;
import vn.taphuan.kit.security.ProvinceRead;
import vn.taphuan.kit.security.ProvinceWrite;
import vn.taphuan.kit.security.TenantAdmin;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.testsupport.identity.TestTokens;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * One parameterised suite over EVERY {@code /api/**} endpoint of a service, proving that provinces stay apart:
 * <ul>
 *   <li>no token → 401;</li>
 *   <li>another province's users never get the victim province's data: naming the victim is refused, a call
 *       pointing at the victim's resources is refused (403 or 404), and whatever they can reach contains none of
 *       the victim's markers — in JSON, in headers, in downloaded workbooks (XLSX is unzipped), in streams;</li>
 *   <li>nothing another province did changed the victim's data: the victim reads the same before and after;</li>
 *   <li>a viewer reads but cannot write; an officer cannot read the province's administration;</li>
 *   <li>the ministry analyst is refused province data, is served the progress it may read, and never sees a
 *       personal marker on any endpoint, whatever tenant it names; secret markers reach nobody, not even the
 *       victim;</li>
 *   <li>streams (checked last) carry nothing of the victim's to another province while something happens in the
 *       victim's province ({@link #victimActivity()}), which the victim's own stream does carry;</li>
 *   <li>provinces cannot read nationwide views; only the platform administrator changes tenants and reference
 *       data;</li>
 *   <li>stored data is reached through the tenant-scoped stores only: a bean of the service holding a raw store
 *       ({@code MongoTemplate}, {@code ProjectionStore}, a repository) must say why with {@link NotTenantScoped};</li>
 *   <li>a role that may not call an endpoint is refused (403) whatever it sends — an empty or broken body, a page
 *       too large — and never told which fields the endpoint takes;</li>
 *   <li>bad input from whoever may call it is a 400 naming what is wrong, and changes nothing: a page of
 *       100,000 on a list, each number of the body written as text, each whole number with decimals, a key given
 *       twice, an upload without its file part; a method the path does not take is a 405 (see {@link BadInputs});</li>
 *   <li>every refusal of every call is {@code application/problem+json} with Vietnamese and English text and
 *       names no library or class.</li>
 * </ul>
 * A subclass describes how to call each endpoint against the victim's data ({@link #calls()}). An endpoint with no
 * call described, or a call describing no endpoint, fails the suite — so a new endpoint cannot ship without its
 * isolation being tested. Before any attack the suite checks that every read really answers the victim (2xx) and
 * that every marker is really in the victim's data, so a refusal proves isolation, not a typo.
 */
public abstract class AccessIsolationSuite {

    @org.springframework.boot.test.web.server.LocalServerPort
    private int serverPort;
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMapping;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Set<Integer> REFUSED = Set.of(401, 403, 404);
    private static final Set<Integer> NOT_YOURS = Set.of(403, 404);
    /** The endpoints the kit adds to every service, described once here. */
    private static final Map<String, Call> KIT_CALLS = Map.of(
            "GET /api/v1/audit", Call.plain(),
            "GET /api/v1/admin/dead-letters", Call.plain(),
            "POST /api/v1/admin/dead-letters/{deadLetterTopic}/replay",
            Call.to(Map.of("deadLetterTopic", "plan.events.v1.nobody.dlq")));

    /** Base URL of the running service, e.g. {@code http://localhost:54321}. */
    protected String baseUrl() {
        return "http://localhost:" + serverPort;
    }

    protected RequestMappingHandlerMapping handlers() {
        return handlerMapping;
    }

    /**
     * How to call each endpoint, keyed {@code "METHOD /pattern"} as Spring maps it, e.g.
     * {@code "GET /api/v1/plans/{planId}"}; path variables point at the victim province's resources, bodies are
     * valid (so a refusal is about the tenant, not the input) and carry none of the victim's markers.
     */
    protected abstract Map<String, Call> calls();

    /** The province whose data is attacked; its resources exist when the suite runs. */
    protected abstract String victimTenant();

    /** Another onboarded province. */
    protected abstract String otherTenant();

    /** Strings found only in the victim's data (ids, titles, numbers): they must reach nobody else. */
    protected abstract Set<String> victimMarkers();

    /**
     * Personal data of learners in the victim's data (names, birth dates, ID-number tails): never shown to the
     * ministry. Each must be readable by the victim somewhere, or it proves nothing.
     */
    protected Set<String> personalMarkers() {
        return Set.of();
    }

    /**
     * What the service keeps but must show to nobody, not even the victim (a full ID number of which only the last
     * digits are kept, a learner's keyed hash): checked in every answer of every call the suite makes.
     */
    protected Set<String> secretMarkers() {
        return Set.of();
    }

    /**
     * Something that happens in the victim's province, run while another province's stream is open (a stream
     * only shows what changes while it listens); null when the service has no streams. It must change what the
     * victim's own stream shows: the suite checks that the victim's stream carries it, or the check proves nothing.
     */
    protected Runnable victimActivity() {
        return null;
    }

    /**
     * The ministry owning the victim's programmes (the {@code ministry} claim of its analysts, e.g. {@code BDTTG} for
     * the ethnic-minority programme), or null when the service does not scope its analysts by ministry. With
     * {@link #otherMinistry()} and {@link #victimProgrammeMarkers()}, the suite checks that an analyst of the owning
     * ministry reads the victim's progress as a platform-wide analyst does, and one of another ministry never sees it.
     */
    protected String owningMinistry() {
        return null;
    }

    /** A ministry owning none of the victim's programmes, e.g. {@code BNNMT}; null as {@link #owningMinistry()}. */
    protected String otherMinistry() {
        return null;
    }

    /** Strings naming the victim's programmes (their codes): an analyst of another ministry must never see them. */
    protected Set<String> victimProgrammeMarkers() {
        return Set.of();
    }

    /** How long a stream is listened to. */
    protected Duration streamWindow() {
        return Duration.ofMillis(1500);
    }

    /**
     * How to call one endpoint.
     *
     * @param pathVariables values of the pattern's variables
     * @param query         query string without {@code ?}, or null
     * @param body          request body, or null
     * @param contentType   its media type
     * @param stream        true for Server-Sent Events: read what arrives in a short window
     * @param changesByItself true when the answer changes by itself (a clock, a live stream): the victim's answer is
     *                      then not compared before and after the attacks
     * @param headers       request headers beyond authorisation and content type (e.g. {@code If-Match})
     */
    public record Call(Map<String, String> pathVariables, String query, byte[] body, String contentType,
                       boolean stream, boolean changesByItself, Map<String, String> headers) {

        public static Call to(Map<String, String> pathVariables) {
            return new Call(pathVariables, null, null, null, false, false, Map.of());
        }

        public static Call plain() {
            return to(Map.of());
        }

        public Call json(String body) {
            return body(body, "application/json");
        }

        public Call body(String body, String contentType) {
            return body(body.getBytes(StandardCharsets.UTF_8), contentType);
        }

        public Call body(byte[] body, String contentType) {
            return new Call(pathVariables, query, body, contentType, stream, changesByItself, headers);
        }

        /** A {@code multipart/form-data} upload of one file in the part {@code part}. */
        public Call multipart(String part, String fileName, byte[] content, String contentType) {
            String boundary = "isolation-" + UUID.randomUUID();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return body(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
        }

        public Call query(String query) {
            return new Call(pathVariables, query, body, contentType, stream, changesByItself, headers);
        }

        public Call streaming() {
            return new Call(pathVariables, query, body, contentType, true, true, headers);
        }

        public Call changing() {
            return new Call(pathVariables, query, body, contentType, stream, true, headers);
        }

        public Call header(String name, String value) {
            Map<String, String> more = new TreeMap<>(headers);
            more.put(name, value);
            return new Call(pathVariables, query, body, contentType, stream, changesByItself, Map.copyOf(more));
        }

        boolean isMultipart() {
            return contentType != null && contentType.startsWith("multipart/");
        }
    }

    @TestFactory
    Stream<DynamicNode> everyEndpointKeepsProvincesApart() {
        Map<String, HandlerMethod> endpoints = endpoints();
        Map<String, Call> calls = new java.util.HashMap<>(KIT_CALLS);
        calls.putAll(calls());
        Set<String> undescribed = new TreeSet<>(endpoints.keySet());
        undescribed.removeAll(calls.keySet());
        Set<String> stale = new TreeSet<>(calls.keySet());
        stale.removeAll(endpoints.keySet());
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(DynamicTest.dynamicTest("every endpoint has an isolation call and every call an endpoint", () -> {
            assertThat(undescribed).as("endpoints without an isolation call in " + getClass().getSimpleName()).isEmpty();
            assertThat(stale).as("isolation calls naming no endpoint").isEmpty();
        }));
        nodes.add(DynamicTest.dynamicTest("stored data is reached through tenant-scoped stores only", () ->
                assertThat(TenantScopedStores.unscopedBeans(handlers().getApplicationContext()))
                        .as("beans reaching the store around the tenant scope: use AggregateStore or "
                                + "TenantProjections, or say why with @NotTenantScoped").isEmpty()));

        List<DynamicTest> victimReads = new ArrayList<>();
        Map<String, String> before = new ConcurrentHashMap<>();
        Map<String, String> bodiesBefore = new ConcurrentHashMap<>();
        // what the victim's setup stored must have left the outbox (its audit entries too) before anything is compared
        victimReads.add(DynamicTest.dynamicTest("the relay has published what the setup stored", () ->
                handlers().getApplicationContext().getBean(OutboxRelay.class).publishPending()));
        List<DynamicTest> victimReadsAfter = new ArrayList<>();
        endpoints.forEach((key, handler) -> {
            Call call = calls.get(key);
            if (call == null || !key.startsWith("GET ")) {
                return;
            }
            String reader = victimReader(rule(handler));
            String path = expand(key, call);
            victimReads.add(DynamicTest.dynamicTest(key, () -> {
                Answer answer = send("GET", path, call, reader, null);
                assertThat(answer.status()).as("the victim's own read must succeed, or refusals prove nothing: %s",
                        answer).isBetween(200, 299);
                before.put(key, answer.text());
                bodiesBefore.put(key, answer.content());
                if (rule(handler) == ProvinceRead.class || rule(handler) == ProgressRead.class) {
                    Answer byViewer = send("GET", path, call, TestTokens.viewer(victimTenant()), null);
                    assertThat(byViewer.status()).as("the victim's viewer reads it too: %s", byViewer).isBetween(200, 299);
                }
            }));
            if (!call.changesByItself()) {
                victimReadsAfter.add(DynamicTest.dynamicTest(key, () -> {
                    assertThat(bodiesBefore).as("read before the attacks").containsKey(key);
                    Answer answer = send("GET", path, call, reader, null);
                    assertThat(answer.content()).as("the victim's %s changed while other users called the API", key)
                            .isEqualTo(bodiesBefore.get(key));
                }));
            }
        });
        victimReads.add(DynamicTest.dynamicTest("every marker is in the victim's data", () -> {
            String seen = normalise(String.join("\n", before.values()));
            assertThat(victimMarkers()).as("victim markers the victim itself never reads")
                    .allSatisfy(marker -> assertThat(seen).contains(normalise(marker)));
            assertThat(personalMarkers()).as("personal markers the victim itself never reads")
                    .allSatisfy(marker -> assertThat(seen).contains(normalise(marker)));
        }));
        nodes.add(DynamicContainer.dynamicContainer("the victim reads its own data (before any attack)", victimReads));

        endpoints.forEach((key, handler) -> {
            Call call = calls.get(key);
            if (call != null && !call.stream()) {
                nodes.add(DynamicContainer.dynamicContainer(key, checks(key, handler, call, endpoints.keySet())));
            }
        });
        nodes.add(DynamicContainer.dynamicContainer("the victim reads the same after every attack", victimReadsAfter));
        // streams last: what happens in the victim's province while they listen changes the victim's data
        endpoints.forEach((key, handler) -> {
            Call call = calls.get(key);
            if (call != null && call.stream()) {
                nodes.add(DynamicContainer.dynamicContainer(key, checks(key, handler, call, endpoints.keySet())));
            }
        });
        return nodes.stream();
    }

    private Stream<DynamicTest> checks(String key, HandlerMethod handler, Call call, Set<String> endpoints) {
        Class<? extends Annotation> rule = rule(handler);
        String method = key.substring(0, key.indexOf(' '));
        String path = expand(key, call);
        String victim = victimTenant();
        String other = otherTenant();
        boolean provinceData = rule == ProvinceRead.class || rule == ProvinceWrite.class || rule == ProgressRead.class
                || rule == TenantAdmin.class || rule == ProgressSignOff.class;
        boolean pointsAtVictim = !call.pathVariables().isEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("no token: 401", () ->
                assertThat(send(method, path, call, null, null).status()).isEqualTo(401)));
        tests.add(DynamicTest.dynamicTest("another province naming the victim: refused", () -> {
            Answer byHeader = send(method, path, call, TestTokens.provinceAdmin(other), victim);
            assertThat(byHeader.status()).as(byHeader.toString()).isIn(REFUSED);
            Answer byParameter = send(method, withTenantParameter(path, victim), call, TestTokens.officer(other), null);
            assertThat(byParameter.status()).as(byParameter.toString()).isIn(REFUSED);
        }));
        Runnable activity = call.stream() ? victimActivity() : null;
        if (activity != null && rule != NationalRead.class && rule != PlatformAdmin.class) {
            tests.add(DynamicTest.dynamicTest("the victim's own stream carries what happens in its province", () -> {
                Answer answer = send(method, path, call, victimReader(rule), null, activity);
                assertThat(victimMarkers().stream().map(AccessIsolationSuite::normalise)
                        .anyMatch(normalise(answer.body())::contains))
                        .as("the victim's stream shows none of its markers after its own activity, so another "
                                + "province's silent stream proves nothing: %s", answer).isTrue();
            }));
        }
        tests.add(DynamicTest.dynamicTest("another province: never the victim's data", () -> {
            for (String token : List.of(TestTokens.officer(other), TestTokens.provinceAdmin(other),
                    TestTokens.viewer(other))) {
                Answer answer = send(method, path, call, token, null, activity);
                assertNoMarkers(answer, victimMarkers());
                assertNoMarkers(answer, personalMarkers());
                if (provinceData && pointsAtVictim) {
                    assertThat(answer.status()).as("a call at the victim's resources must be refused as not yours: %s",
                            answer).isIn(NOT_YOURS);
                }
            }
        }));
        // a role that may not call the endpoint hears so before anything it sent is read: never a 400 listing fields
        List<Call> refusedWhatever = new ArrayList<>(List.of(call));
        refusedWhatever.addAll(BadInputs.unreadable(handler, call));
        if (rule == ProvinceWrite.class) {
            tests.add(DynamicTest.dynamicTest("the victim's viewer cannot write, whatever it sends: 403", () ->
                    assertForbidden(key, refusedWhatever, TestTokens.viewer(victim), null)));
        }
        if (rule == TenantAdmin.class) {
            tests.add(DynamicTest.dynamicTest("the victim's officer and viewer cannot reach the administration: 403", () -> {
                assertForbidden(key, refusedWhatever, TestTokens.officer(victim), null);
                assertForbidden(key, refusedWhatever, TestTokens.viewer(victim), null);
            }));
        }
        if (rule == ProgressSignOff.class) {
            tests.add(DynamicTest.dynamicTest("the victim's officer and viewer cannot sign for the province: 403", () -> {
                assertForbidden(key, refusedWhatever, TestTokens.officer(victim), null);
                assertForbidden(key, refusedWhatever, TestTokens.viewer(victim), null);
            }));
        }
        if (rule == ProvinceRead.class || rule == ProvinceWrite.class || rule == TenantAdmin.class) {
            tests.add(DynamicTest.dynamicTest("the ministry analyst is refused province data, whatever it sends: 403", () ->
                    assertForbidden(key, refusedWhatever, TestTokens.analyst(), victim)));
        }
        if (rule == ProgressRead.class && method.equals("GET")) {
            tests.add(DynamicTest.dynamicTest("the ministry analyst naming the victim is served its progress", () -> {
                Answer answer = send(method, path, call, TestTokens.analyst(), victim);
                assertThat(answer.status()).as(answer.toString()).isBetween(200, 299);
            }));
        }
        if (owningMinistry() != null && otherMinistry() != null
                && (rule == ProgressRead.class || rule == NationalRead.class) && method.equals("GET")) {
            tests.addAll(ministryChecks(method, path, call, rule, activity));
        }
        tests.add(DynamicTest.dynamicTest("the ministry analyst never sees personal data", () -> {
            assertNoMarkers(send(method, path, call, TestTokens.analyst(), victim), personalMarkers());
            assertNoMarkers(send(method, withTenantParameter(path, victim), call, TestTokens.analyst(), null),
                    personalMarkers());
            assertNoMarkers(send(method, path, call, TestTokens.analyst(), null), personalMarkers());
        }));
        if (rule == NationalRead.class) {
            tests.add(DynamicTest.dynamicTest("a province cannot read nationwide views: 403", () -> {
                assertForbidden(key, refusedWhatever, TestTokens.provinceAdmin(victim), null);
                assertForbidden(key, refusedWhatever, TestTokens.officer(other), null);
            }));
        }
        if (rule == PlatformAdmin.class) {
            tests.add(DynamicTest.dynamicTest("only the platform administrator: province admin and analyst get 403", () -> {
                assertForbidden(key, refusedWhatever, TestTokens.provinceAdmin(victim), null);
                assertForbidden(key, refusedWhatever, TestTokens.analyst(), null);
            }));
        }
        if (!call.stream()) {
            tests.addAll(badInputChecks(key, handler, call, endpoints));
        }
        return tests.stream();
    }

    /**
     * Bad input from whoever may call the endpoint: a page beyond the maximum, numbers written as text or with
     * decimals where whole numbers go, a key given twice, an upload without its file, a method the path does not
     * take — each a 400 (or 405) problem naming what is wrong, and nothing accepted (the victim's reads are compared
     * after all attacks). Made from the call described, so a new endpoint is tried with them too.
     */
    private List<DynamicTest> badInputChecks(String key, HandlerMethod handler, Call call, Set<String> endpoints) {
        String method = key.substring(0, key.indexOf(' '));
        String pattern = key.substring(key.indexOf(' ') + 1);
        String writer = victimReader(rule(handler));
        List<DynamicTest> tests = new ArrayList<>();
        if (BadInputs.isList(handler)) {
            BadInputs.Bad page = BadInputs.oversizePage(call);
            tests.add(DynamicTest.dynamicTest("a page of " + BadInputs.OVERSIZE_PAGE + ": 400 naming size and its maximum",
                    () -> {
                        Answer answer = send(method, expand(key, page.call()), page.call(), writer, null);
                        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
                        assertThat(violation(answer, "size")).as("the maximum, in both languages: %s", answer)
                                .allSatisfy(text -> assertThat(text).containsPattern("\\d"));
                    }));
        }
        List<BadInputs.Bad> bodies = BadInputs.badBodies(handler, call);
        if (!bodies.isEmpty()) {
            tests.add(DynamicTest.dynamicTest("numbers as text or with decimals, a key twice: 400 naming the field", () -> {
                for (BadInputs.Bad bad : bodies) {
                    Answer answer = send(method, expand(key, bad.call()), bad.call(), writer, null);
                    assertThat(answer.status()).as("%s: %s", bad.what(), answer).isEqualTo(400);
                    violation(answer, bad.field());
                }
            }));
        }
        List<String> parts = BadInputs.requiredParts(handler);
        if (call.isMultipart() && !parts.isEmpty()) {
            tests.add(DynamicTest.dynamicTest("an upload without its " + parts + " part: 400 naming it", () -> {
                Call without = BadInputs.withoutParts(call);
                Answer answer = send(method, expand(key, without), without, writer, null);
                assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
                assertThat(fields(answer)).as(answer.toString()).containsAnyElementsOf(parts);
            }));
        }
        String unknown = BadInputs.unknownMethod(pattern, endpoints);
        tests.add(DynamicTest.dynamicTest("a method the path does not take: 405", () -> {
            Call bare = Call.to(call.pathVariables()).query(call.query());
            for (String other : unknown == null ? List.of("TRACE") : List.of(unknown, "TRACE")) {
                Answer answer = send(other, expand(key, bare), bare, writer, null);
                assertThat(answer.status()).as(answer.toString()).isEqualTo(405);
            }
        }));
        return tests;
    }

    /** An analyst scoped to a ministry reads the programmes that ministry owns, and nothing of another's. */
    private List<DynamicTest> ministryChecks(String method, String path, Call call, Class<? extends Annotation> rule,
                                             Runnable activity) {
        String victim = victimTenant();
        String named = rule == ProgressRead.class ? victim : null;
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the analyst of the ministry owning the victim's programmes reads what a "
                + "platform-wide analyst reads of them", () -> {
            Answer owning = send(method, path, call, TestTokens.ministryAnalyst(owningMinistry()), named);
            assertThat(owning.status()).as(owning.toString()).isBetween(200, 299);
            if (!call.stream()) {
                Answer wide = send(method, path, call, TestTokens.analyst(), named);
                Set<String> markers = new java.util.HashSet<>(victimMarkers());
                markers.addAll(victimProgrammeMarkers());
                for (String marker : markers) {
                    String wanted = normalise(marker);
                    assertThat(normalise(owning.text()).contains(wanted)).as("%s in %s as in %s", marker, owning, wide)
                            .isEqualTo(normalise(wide.text()).contains(wanted));
                }
            }
        }));
        tests.add(DynamicTest.dynamicTest("the analyst of another ministry never sees the victim's programmes", () -> {
            String token = TestTokens.ministryAnalyst(otherMinistry());
            Answer answer = send(method, path, call, token, named, activity);
            assertNoMarkers(answer, victimMarkers());
            assertNoMarkers(answer, victimProgrammeMarkers());
            assertNoMarkers(answer, personalMarkers());
            if (rule == ProgressRead.class && !call.pathVariables().isEmpty()) {
                assertThat(answer.status()).as("a call at the victim's plan of a programme not its own is refused as "
                        + "not found: %s", answer).isIn(NOT_YOURS);
            }
            if (rule == NationalRead.class) {
                assertThat(answer.status()).as(answer.toString()).isBetween(200, 299);
            }
        }));
        return tests;
    }

    /** Each call by {@code token} is refused for the role (403) without a word about what it sent. */
    private void assertForbidden(String key, List<Call> calls, String token, String namedTenant) throws Exception {
        String method = key.substring(0, key.indexOf(' '));
        for (Call each : calls) {
            Answer answer = send(method, expand(key, each), each, token, namedTenant);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
            assertThat(fields(answer)).as("a refusal for the role names no field: %s", answer).isEmpty();
        }
    }

    private static Class<? extends Annotation> rule(HandlerMethod handler) {
        List<Class<? extends Annotation>> rules = AccessRules.rulesOf(handler);
        return rules.isEmpty() ? null : rules.get(0);
    }

    /** The token of whoever may read the endpoint as, or about, the victim. */
    private String victimReader(Class<? extends Annotation> rule) {
        if (rule == TenantAdmin.class || rule == ProgressSignOff.class) {
            return TestTokens.provinceAdmin(victimTenant());
        }
        if (rule == NationalRead.class) {
            return TestTokens.analyst();
        }
        if (rule == PlatformAdmin.class) {
            return TestTokens.platformAdmin();
        }
        return TestTokens.officer(victimTenant());
    }

    /**
     * A refusal may echo what the caller sent (an id in the path); anything else of the victim's is a leak. Markers
     * are compared in one Unicode form and case, so {@code NGUYỄN} written by a spreadsheet still counts.
     */
    private static void assertNoMarkers(Answer answer, Set<String> markers) {
        String text = normalise(answer.text());
        String request = normalise(answer.request());
        for (String marker : markers) {
            String wanted = normalise(marker);
            boolean echoed = answer.status() >= 400 && request.contains(wanted);
            if (!echoed && text.contains(wanted)) {
                fail("%s leaked %s", answer, marker);
            }
        }
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------ refusals

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What no answer may show: the names of the libraries and classes behind it. */
    static final List<String> INTERNALS = List.of("java.", "javax.", "jakarta.", "org.", "com.fasterxml",
            "tools.jackson", "springframework", "Exception", "\tat ");  // the last: a line of a stack trace

    /**
     * Every refusal is {@code application/problem+json} with a title and detail in Vietnamese and English, each
     * named field explained in both, and no library or class name anywhere.
     */
    static void assertProblem(Answer answer) {
        assertThat(answer.contentType()).as("a refusal is problem+json: %s", answer)
                .startsWith("application/problem+json");
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (RuntimeException notJson) {
            throw new AssertionError("a refusal that is not JSON: " + answer, notJson);
        }
        assertThat(problem.path("status").asInt()).as(answer.toString()).isEqualTo(answer.status());
        for (String text : List.of("title", "detail", "titleEn", "detailEn")) {
            assertThat(problem.path(text).asString()).as("%s of %s", text, answer).isNotBlank();
        }
        assertThat(problem.path("title").asString() + problem.path("detail").asString())
                .as("Vietnamese in %s", answer).containsPattern("[à-ỹÀ-Ỹđ]");
        for (JsonNode error : problem.path("errors")) {
            for (String text : List.of("field", "message", "messageEn")) {
                assertThat(error.path(text).asString()).as("%s of each error in %s", text, answer).isNotBlank();
            }
        }
        for (String internal : INTERNALS) {
            assertThat(answer.body()).as("a refusal naming what is behind it (%s): %s", internal, answer).doesNotContain(internal);
        }
    }

    /** The names of the fields a problem lists. */
    private static List<String> fields(Answer answer) {
        List<String> fields = new ArrayList<>();
        JSON.readTree(answer.body()).path("errors").forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }

    /** What a problem says about {@code field}, in Vietnamese and English; fails when it names no such field. */
    private static List<String> violation(Answer answer, String field) {
        for (JsonNode error : JSON.readTree(answer.body()).path("errors")) {
            if (field.equals(error.path("field").asString())) {
                return List.of(error.path("message").asString(), error.path("messageEn").asString());
            }
        }
        throw new AssertionError("the refusal names no field " + field + ": " + answer);
    }

    // ------------------------------------------------------------------ endpoints and HTTP

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

    private static String expand(String key, Call call) {
        String pattern = key.substring(key.indexOf(' ') + 1);
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

    private static String withTenantParameter(String path, String tenant) {
        return path + (path.contains("?") ? "&" : "?") + "tenant=" + tenant;
    }

    /**
     * What a call answered: status, headers and body as text (workbooks and other zipped downloads unzipped).
     *
     * @param request what was sent, for messages and for telling an echo from a leak
     * @param content the body without a document's metadata (a workbook's creation time), for comparing answers
     */
    public record Answer(String request, int status, String headers, String body, String content) {

        Answer(String request, int status, String headers, byte[] body) {
            this(request, status, headers, readable(body, true), readable(body, false));
        }

        /** Everything a caller could read in the answer. */
        String text() {
            return headers + "\n" + body;
        }

        /** The answer's media type, or empty. */
        String contentType() {
            return headers.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("");
        }

        @Override
        public String toString() {
            return request + " → " + status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private Answer send(String method, String path, Call call, String token, String namedTenant) throws Exception {
        return send(method, path, call, token, namedTenant, null);
    }

    /** Sends a call; {@code meanwhile} runs once a stream is open. No answer may show a secret marker. */
    private Answer send(String method, String path, Call call, String token, String namedTenant, Runnable meanwhile)
            throws Exception {
        Answer answer = exchange(method, path, call, token, namedTenant, meanwhile);
        assertNoMarkers(answer, secretMarkers());
        if (answer.status() >= 400) {
            assertProblem(answer);
        }
        return answer;
    }

    private Answer exchange(String method, String path, Call call, String token, String namedTenant,
                            Runnable meanwhile) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", TestTokens.bearer(token));
        }
        if (namedTenant != null) {
            request.header("X-Tenant-Id", namedTenant);
        }
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        call.headers().forEach(request::header);
        request.method(method, call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        String sent = call.body() == null ? "" : call.isMultipart() ? " [multipart upload]"
                : " " + new String(call.body(), StandardCharsets.UTF_8);
        String label = method + " " + URLDecoder.decode(path, StandardCharsets.UTF_8) + sent
                + (namedTenant == null ? "" : " [X-Tenant-Id " + namedTenant + "]");
        if (!call.stream()) {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(label, response.statusCode(), headers(response), response.body());
        }
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (meanwhile != null && response.statusCode() < 300) {
                meanwhile.run();
            }
            String seen = readFor(in, streamWindow());
            return new Answer(label, response.statusCode(), headers(response), seen, seen);
        }
    }

    /** Header values, decoded where they are percent-encoded (e.g. {@code filename*=UTF-8''…}). */
    private static String headers(HttpResponse<?> response) {
        StringBuilder text = new StringBuilder();
        response.headers().map().forEach((name, values) -> values.forEach(value -> {
            text.append(name).append(": ").append(value).append('\n');
            if (value.contains("%")) {
                try {
                    text.append(name).append(": ").append(URLDecoder.decode(value, StandardCharsets.UTF_8)).append('\n');
                } catch (IllegalArgumentException notEncoded) {
                    // a literal percent sign
                }
            }
        }));
        return text.toString();
    }

    private static final Pattern XML_ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    /**
     * A body as text a marker can be searched in: UTF-8, and for zipped documents (XLSX, DOCX, ODS) the text of
     * every entry with XML entities resolved — with or without the document's metadata ({@code docProps/}: author,
     * creation time).
     */
    static String readable(byte[] body, boolean withMetadata) {
        if (body.length < 4 || body[0] != 'P' || body[1] != 'K' || body[2] != 3 || body[3] != 4) {
            return new String(body, StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!withMetadata && entry.getName().startsWith("docProps/")) {
                    continue;
                }
                text.append("\n[").append(entry.getName()).append("]\n")
                        .append(unescapeXml(new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
            }
        } catch (IOException notAZip) {
            return new String(body, StandardCharsets.UTF_8);
        }
        return text.toString();
    }

    private static String unescapeXml(String xml) {
        Matcher entity = XML_ENTITY.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(name.startsWith("#x")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1))));
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(out);
        return out.toString();
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
