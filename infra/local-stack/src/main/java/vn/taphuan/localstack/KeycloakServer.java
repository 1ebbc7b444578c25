package vn.taphuan.localstack;

import tools.jackson.databind.JsonNode;
import vn.taphuan.testsupport.identity.DevUser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Keycloak in place of the development token issuer: the server distribution Maven unpacked into
 * {@code infra/local-stack/target/keycloak} ({@code org.keycloak:keycloak-quarkus-dist}), run in development mode
 * ({@code start-dev}: plain HTTP, an H2 file database under {@code data/keycloak}) by a JDK 21 or later, with the realm
 * of {@code infra/keycloak/taphuan-realm.json} imported on its first start. Its tokens carry the same claims as the
 * development issuer's ({@code roles}, {@code tenant}, {@code name}), so the services only learn its addresses.
 * Stopped with SIGTERM.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "taphuan";
    /** The realm's client for curl and the tests (password grant); local only, never in a deployed realm. */
    public static final String CLI_CLIENT = "taphuan-local-cli";
    /** The realm's public client of the dashboards: authorization code with PKCE. */
    public static final String DASHBOARDS_CLIENT = "taphuan-dashboards";
    /** A JDK 21+ installed beside the default JDK 17 on the machines this runs on. */
    static final Path SECOND_JDK = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    /** The realm's key set, below its issuer. */
    static final String CERTS = "/protocol/openid-connect/certs";
    private static final Pattern RELEASE_VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final String base;
    private final Path log;

    private KeycloakServer(Process process, String base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** What is needed to start Keycloak here, or why it cannot be started. */
    public record Requirements(Path dist, Path javaHome, String missing) {
        public boolean met() {
            return missing == null;
        }
    }

    /**
     * Looks for the unpacked distribution under the repository and for a JDK 21+: {@code KEYCLOAK_JAVA_HOME}, the JDK
     * running this, {@value #SECOND_JDK}, then any under {@code /usr/lib/jvm}.
     */
    public static Requirements requirements(Path root) {
        Path dist = distribution(root);
        Path javaHome = javaHome();
        if (javaHome == null) {
            return new Requirements(dist, null, "Keycloak needs a JDK 21 or later and none was found (set"
                    + " KEYCLOAK_JAVA_HOME, or install one, e.g. apt-get install openjdk-21-jdk-headless)");
        }
        if (dist == null) {
            return new Requirements(null, javaHome, "Keycloak's distribution is not unpacked under "
                    + root.resolve("infra/local-stack/target/keycloak") + " (./run-local.sh --keycloak unpacks it, as does"
                    + " ./mvnw -pl infra/local-stack generate-resources -Dkeycloak.skip=false)");
        }
        return new Requirements(dist, javaHome, null);
    }

    private static Path distribution(Path root) {
        Path unpacked = root.resolve("infra/local-stack/target/keycloak");
        if (!Files.isDirectory(unpacked)) {
            return null;
        }
        try (Stream<Path> entries = Files.list(unpacked)) {
            return entries.filter(dir -> Files.isRegularFile(dir.resolve("bin/kc.sh"))).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static Path javaHome() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        candidates.add(Path.of(System.getProperty("java.home")));
        candidates.add(SECOND_JDK);
        try (Stream<Path> installed = Files.list(Path.of("/usr/lib/jvm"))) {
            installed.sorted().forEach(candidates::add);
        } catch (IOException none) {
            // no system JDKs
        }
        return candidates.stream().filter(home -> majorVersion(home) >= 21
                && Files.isExecutable(home.resolve("bin/java"))).findFirst().orElse(null);
    }

    /** From the JDK's {@code release} file; 0 when it has none. */
    static int majorVersion(Path javaHome) {
        try {
            Matcher version = RELEASE_VERSION.matcher(Files.readString(javaHome.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    /**
     * Starts Keycloak and waits until its realm answers.
     *
     * @param realmFile   the realm export, imported when the realm does not exist yet
     * @param dataDir     where its H2 database is kept ({@code data/keycloak})
     * @param bindAddress the interface it listens on
     * @param port        its HTTP port
     * @param logDir      its output goes to {@code keycloak.log} there
     */
    public static KeycloakServer start(Requirements requirements, Path realmFile, Path dataDir, String bindAddress,
                                       int port, Path logDir, Duration atMost) throws IOException, InterruptedException {
        if (!requirements.met()) {
            throw new IllegalStateException(requirements.missing());
        }
        Path dist = requirements.dist();
        // --import-realm reads the distribution's data/import; the distribution is a build output under target/
        Path imports = dist.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(dataDir);
        Files.createDirectories(logDir);
        Path log = logDir.resolve("keycloak.log");
        String base = baseUrl(bindAddress, port);
        List<String> command = List.of(dist.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-host=" + bindAddress, "--http-port=" + port,
                "--http-management-port=" + LocalStack.freePortBlock(1),
                // one issuer whatever address a request used: the services compare it with the token's
                "--hostname=" + base,
                "--db=dev-file", "--db-url=jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("keycloakdb")
                        + ";NON_KEYWORDS=VALUE;AUTO_SERVER=TRUE");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA_HOME", requirements.javaHome().toString());
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // as the services: a quicker start on a small machine matters more here than peak speed
        builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        KeycloakServer server = new KeycloakServer(builder.start(), base, log);
        try {
            server.awaitReady(Instant.now().plus(atMost));
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** Where this machine reaches a Keycloak bound to {@code bindAddress} and {@code port}. */
    private static String baseUrl(String bindAddress, int port) {
        String host = LocalStack.clientHost(bindAddress);
        return "http://" + (host.equals(LocalStack.LOOPBACK) ? "localhost" : host) + ":" + port;
    }

    /**
     * The realm export with the dashboards' client also accepting the pages of {@code origins} (a stack on other ports
     * than the usual 8084, as the tests' free ports) as redirect and post-logout addresses; those already there stay.
     */
    static String withDashboardOrigins(String realmJson, List<String> origins) {
        JsonNode realm = Api.JSON.readTree(realmJson);
        for (JsonNode client : realm.path("clients")) {
            if (!DASHBOARDS_CLIENT.equals(client.path("clientId").asString())) {
                continue;
            }
            tools.jackson.databind.node.ArrayNode redirects =
                    (tools.jackson.databind.node.ArrayNode) client.path("redirectUris");
            tools.jackson.databind.node.ObjectNode attributes =
                    (tools.jackson.databind.node.ObjectNode) client.path("attributes");
            List<String> logout = new ArrayList<>(List.of(
                    attributes.path("post.logout.redirect.uris").asString("").split("##")));
            logout.remove("");
            for (String origin : origins) {
                String pattern = origin + "/*";
                if (redirects.valueStream().noneMatch(uri -> uri.asString().equals(pattern))) {
                    redirects.add(pattern);
                }
                if (!logout.contains(pattern)) {
                    logout.add(pattern);
                }
            }
            attributes.put("post.logout.redirect.uris", String.join("##", logout));
        }
        return Api.JSON.writeValueAsString(realm);
    }

    /** The realm's issuer for a Keycloak bound there, known before it has started. */
    static String issuer(String bindAddress, int port) {
        return baseUrl(bindAddress, port) + "/realms/" + REALM;
    }

    private void awaitReady(Instant deadline) throws InterruptedException {
        URI configuration = URI.create(issuer() + "/.well-known/openid-configuration");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped with exit code " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(configuration)
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak was not ready in time; see " + log);
    }

    /** The realm's issuer, as in its tokens' {@code iss}. */
    public String issuer() {
        return base + "/realms/" + REALM;
    }

    public String jwkSetUri() {
        return issuer() + CERTS;
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /** Signs in with a password (direct access grant on {@value #CLI_CLIENT}); answers the access token. */
    public String token(String username, String password) {
        String form = "grant_type=password&client_id=" + CLI_CLIENT + "&username=" + encode(username)
                + "&password=" + encode(password);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused to sign in " + username + ": " + answer.statusCode()
                    + " " + answer.body());
        }
        return Api.JSON.readTree(answer.body()).path("access_token").asString();
    }

    /**
     * Creates a user of the realm with {@code password}, its roles, tenant and ministry, through the admin API as the
     * platform administrator {@code adminToken} (a realm user with the {@code realm-management} roles); a user who
     * exists already is left as it is.
     */
    public void addUser(String adminToken, DevUser user, String password) {
        String admin = base + "/admin/realms/" + REALM;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", user.username());
        body.put("enabled", true);
        body.put("firstName", user.name());
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        if (user.tenant() != null) {
            attributes.put("tenant", List.of(user.tenant()));
        }
        if (user.ministry() != null) {
            attributes.put("ministry", List.of(user.ministry()));
        }
        if (!attributes.isEmpty()) {
            body.put("attributes", attributes);
        }
        body.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(admin + "/users"))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body))));
        if (created.statusCode() == 409) {
            return;
        }
        String location = created.headers().firstValue("Location").orElse(null);
        if (created.statusCode() != 201 || location == null) {
            throw new IllegalStateException("Keycloak did not create " + user.username() + ": " + created.statusCode()
                    + " " + created.body());
        }
        List<JsonNode> roles = new ArrayList<>();
        for (String role : user.roles()) {
            HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(admin + "/roles/" + encode(role)))
                    .header("Authorization", "Bearer " + adminToken).GET());
            roles.add(Api.JSON.readTree(found.body()));
        }
        HttpResponse<String> granted = send(HttpRequest.newBuilder(URI.create(location + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(roles))));
        if (granted.statusCode() != 204) {
            throw new IllegalStateException("Keycloak did not grant " + user.roles() + " to " + user.username() + ": "
                    + granted.statusCode() + " " + granted.body());
        }
    }

    public Path log() {
        return log;
    }

    public Optional<ProcessHandle> handle() {
        return Optional.of(process.toHandle());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** SIGTERM (Quarkus shuts down cleanly, H2 closes its file); SIGKILL after 30 s. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        ServiceProcess.stop(process, 30);
        // kc.sh ends in exec; should a shell still stand between, its java is stopped the same way
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
    }
}
