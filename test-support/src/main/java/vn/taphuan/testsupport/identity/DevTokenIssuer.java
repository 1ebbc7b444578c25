package vn.taphuan.testsupport.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A development OpenID-style token issuer for the local stack and the tests, so the platform runs signed-in with no
 * internet and no Keycloak: it signs RS256 JWTs for its users and publishes its key set. The services validate
 * these tokens exactly as they would Keycloak's. Development only — never deploy it.
 * <ul>
 *   <li>{@code GET /.well-known/openid-configuration}, {@code GET /.well-known/jwks.json}</li>
 *   <li>{@code POST /token} (form or JSON: {@code username}, {@code password}) → {@code access_token}</li>
 *   <li>{@code GET /users}, {@code POST /users} (bearer token of a platform administrator): list and add users —
 *       the tenant onboarding API creates a province's first administrator here</li>
 * </ul>
 * With a state directory the signing key and the users survive a restart (tokens stay valid); without one both
 * live in memory. The directory and both files are readable by their owner only ({@link OwnerOnlyFiles}). It listens
 * on the loopback interface unless told otherwise.
 */
public final class DevTokenIssuer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(10);

    private final HttpServer server;
    private final RSAKey key;
    private final Path stateDir;
    private final Map<String, DevUser> users = new ConcurrentHashMap<>();
    private final String issuer;

    private DevTokenIssuer(HttpServer server, RSAKey key, Path stateDir, List<DevUser> seed) {
        this.server = server;
        this.key = key;
        this.stateDir = stateDir;
        InetAddress bound = server.getAddress().getAddress();
        String host = bound.isLoopbackAddress() || bound.isAnyLocalAddress() ? "localhost" : bound.getHostAddress();
        this.issuer = "http://" + host + ":" + server.getAddress().getPort();
        seed.forEach(user -> users.putIfAbsent(user.username(), user));
    }

    /**
     * Starts the issuer on the loopback interface, on {@code port} (0 for any free port).
     *
     * @param stateDir where the key and users are kept between runs, or null to keep them in memory
     * @param seed     users to create when they do not exist yet
     */
    public static DevTokenIssuer start(int port, Path stateDir, List<DevUser> seed) {
        return start(InetAddress.getLoopbackAddress().getHostAddress(), port, stateDir, seed);
    }

    /**
     * Starts the issuer on {@code bindAddress} (e.g. {@code 127.0.0.1}, or {@code 0.0.0.0} for every interface).
     *
     * @param stateDir where the key and users are kept between runs, or null to keep them in memory
     * @param seed     users to create when they do not exist yet
     */
    public static DevTokenIssuer start(String bindAddress, int port, Path stateDir, List<DevUser> seed) {
        try {
            RSAKey key = loadOrCreateKey(stateDir);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(bindAddress), port), 50);
            List<DevUser> known = new ArrayList<>(loadUsers(stateDir));
            known.addAll(seed);
            DevTokenIssuer issuer = new DevTokenIssuer(server, key, stateDir, known);
            server.createContext("/.well-known/openid-configuration", issuer::configuration);
            server.createContext("/.well-known/jwks.json", issuer::keys);
            server.createContext("/token", issuer::token);
            server.createContext("/users", issuer::users);
            server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "dev-token-issuer");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            issuer.saveUsers();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return issuer + "/.well-known/jwks.json";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** A signed access token for {@code user}, as {@code POST /token} would return it. */
    public String mint(DevUser user) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(user.username())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
                .claim("name", user.name())
                .claim("roles", user.roles());
        if (user.tenant() != null) {
            claims.claim("tenant", user.tenant());
        }
        if (user.ministry() != null) {
            claims.claim("ministry", user.ministry());
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds (or replaces) a user; kept in the state directory when there is one. */
    public void addUser(DevUser user) {
        users.put(user.username(), user);
        saveUsers();
    }

    public List<DevUser> users() {
        return List.copyOf(users.values());
    }

    private void configuration(HttpExchange exchange) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuer", issuer);
        body.put("jwks_uri", jwkSetUri());
        body.put("token_endpoint", issuer + "/token");
        body.put("grant_types_supported", List.of("password"));
        body.put("id_token_signing_alg_values_supported", List.of("RS256"));
        respond(exchange, 200, body);
    }

    private void keys(HttpExchange exchange) throws IOException {
        respond(exchange, 200, new JWKSet(key.toPublicJWK()).toJSONObject());
    }

    private void token(HttpExchange exchange) throws IOException {
        if (preflight(exchange)) {
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, Map.of("error", "invalid_request"));
            return;
        }
        Map<String, String> form = readForm(exchange);
        DevUser user = users.get(form.getOrDefault("username", ""));
        if (user == null || !user.passwordMatches(form.getOrDefault("password", ""))) {
            respond(exchange, 401, Map.of("error", "invalid_grant",
                    "error_description", "Sai tên đăng nhập hoặc mật khẩu (wrong user name or password)"));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", mint(user));
        body.put("token_type", "Bearer");
        body.put("expires_in", TOKEN_LIFETIME.toSeconds());
        body.put("name", user.name());
        body.put("tenant", user.tenant());
        body.put("roles", user.roles());
        body.put("ministry", user.ministry());
        respond(exchange, 200, body);
    }

    private void users(HttpExchange exchange) throws IOException {
        if (preflight(exchange)) {
            return;
        }
        if (!isPlatformAdmin(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 403, Map.of("error", "forbidden",
                    "error_description", "Chỉ quản trị nền tảng (platform administrator only)"));
            return;
        }
        if ("GET".equals(exchange.getRequestMethod())) {
            respond(exchange, 200, users.values().stream().map(DevUser::withoutSecret).toList());
            return;
        }
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        List<String> roles = new ArrayList<>();
        body.path("roles").forEach(role -> roles.add(role.asString()));
        String username = body.path("username").asString("");
        String password = body.path("password").asString("");
        if (username.isBlank() || password.length() < 8 || roles.isEmpty()) {
            respond(exchange, 400, Map.of("error", "invalid_request",
                    "error_description", "username, password (>= 8 characters) and roles are required"));
            return;
        }
        DevUser user = DevUser.withPassword(username, password, body.path("name").asString(username),
                body.path("tenant").asString(null), roles).ofMinistry(body.path("ministry").asString(null));
        addUser(user);
        respond(exchange, 201, user.withoutSecret());
    }

    private boolean isPlatformAdmin(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(authorization.substring("Bearer ".length()));
            if (!jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))
                    || jwt.getJWTClaimsSet().getExpirationTime().before(new Date())) {
                return false;
            }
            List<String> roles = jwt.getJWTClaimsSet().getStringListClaim("roles");
            return roles != null && roles.contains("PLATFORM_ADMIN");
        } catch (ParseException | JOSEException e) {
            return false;
        }
    }

    /** Answers the browser's CORS preflight: the sign-in form of the dashboards posts here from another port. */
    private static boolean preflight(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        exchange.getResponseHeaders().add("Access-Control-Allow-Headers", "Authorization, Content-Type");
        exchange.getResponseHeaders().add("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        if ("OPTIONS".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return true;
        }
        return false;
    }

    private static Map<String, String> readForm(HttpExchange exchange) throws IOException {
        String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new LinkedHashMap<>();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType != null && contentType.startsWith("application/json")) {
            JSON.readTree(raw).properties().forEach(entry -> form.put(entry.getKey(), entry.getValue().asString()));
            return form;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static RSAKey loadOrCreateKey(Path stateDir) throws IOException {
        Path file = stateDir == null ? null : stateDir.resolve("signing-key.json");
        if (file != null && Files.exists(file)) {
            // written by an older version, the directory and the key may still be readable by all
            OwnerOnlyFiles.restrict(stateDir);
            OwnerOnlyFiles.restrict(file);
            try {
                return RSAKey.parse(Files.readString(file));
            } catch (ParseException e) {
                throw new IOException("unreadable signing key " + file, e);
            }
        }
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("dev-" + UUID.randomUUID()).generate();
            if (file != null) {
                OwnerOnlyFiles.write(file, key.toJSONString().getBytes(StandardCharsets.UTF_8));
            }
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<DevUser> loadUsers(Path stateDir) throws IOException {
        Path file = stateDir == null ? null : stateDir.resolve("users.json");
        if (file == null || !Files.exists(file)) {
            return List.of();
        }
        return List.of(JSON.readValue(file.toFile(), DevUser[].class));
    }

    private synchronized void saveUsers() {
        if (stateDir == null) {
            return;
        }
        try {
            // password hashes: written like the key, readable by the owner only
            OwnerOnlyFiles.write(stateDir.resolve("users.json"),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(List.copyOf(users.values())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
