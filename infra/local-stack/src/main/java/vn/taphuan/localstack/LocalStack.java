package vn.taphuan.localstack;

import vn.taphuan.testsupport.identity.DevTokenIssuer;
import vn.taphuan.testsupport.identity.DevUser;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The whole platform on one machine, as {@code ./run-local.sh} starts it: a real Kafka broker (KRaft), a file-backed
 * MongoDB wire server, the development token issuer (or a real Keycloak, {@link KeycloakServer}, when
 * {@code TAPHUAN_IDENTITY=keycloak}), the four services as child JVMs, and the demo data. When
 * {@code KAFKA_BOOTSTRAP_SERVERS} or {@code MONGODB_URI} are set, the real servers they name are used instead of the
 * embedded ones, each service signing in with its own user when its password is given ({@link #serviceEnvironment}).
 * Everything listens on this machine only ({@code 127.0.0.1}) unless {@code TAPHUAN_BIND_ADDRESS} says otherwise, and
 * lives under the data directory ({@code ./data}); Ctrl-C stops it all.
 */
public final class LocalStack implements AutoCloseable {

    /** The services in start order, with their database names. */
    static final List<String> SERVICES = List.of("plan", "enrolment", "budget", "reporting");

    private final Settings settings;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    /** How each service was started, so a fault test can start it again as it was. */
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
    private KraftBroker broker;
    private MongoStore store;
    /** Second (third …) processes of a service, started by {@link #startReplica}. */
    private final List<ServiceProcess> replicas = new ArrayList<>();
    private DevTokenIssuer issuer;
    /** Keycloak instead of {@link #issuer}, once started; {@link #keycloakStarting} while it starts. */
    private KeycloakServer keycloak;
    private CompletableFuture<KeycloakServer> keycloakStarting;
    private String bootstrapServers;
    private String mongoUri;
    private Duration startTime;
    private DemoSummary demo;

    private LocalStack(Settings settings) {
        this.settings = settings;
    }

    /** Where everything listens unless {@code TAPHUAN_BIND_ADDRESS} says otherwise: this machine only. */
    static final String LOOPBACK = "127.0.0.1";

    /**
     * Where things are and which ports they use.
     *
     * @param root          the repository root (service jars are found under it)
     * @param dataDir       where the broker's log, the store, the issuer's keys and the logs are kept
     * @param bindAddress   the interface the broker, the store, the issuer and the services listen on
     * @param kafkaPort     broker port (controller on the next one)
     * @param mongoPort     MongoDB wire port
     * @param issuerPort    development token issuer port (Keycloak's, when it takes the issuer's place)
     * @param firstServicePort plan-service's port; the others follow (enrolment +1, budget +2, reporting +3)
     * @param firstManagementPort plan-service's actuator port (health, Prometheus scrape); the others follow
     * @param externalKafka bootstrap servers of a real Kafka, or null for the embedded broker
     * @param externalMongo URI of a real MongoDB (without database), or null for the embedded store
     * @param loadDemo      load the demo data (once; a second run finds it there)
     * @param keycloak      a real Keycloak ({@code infra/keycloak}) instead of the development token issuer
     * @param replicas      processes of each service (1 to {@value #MAX_REPLICAS}): the k-th listens {@value #REPLICA_PORT_STEP}
     *                      × (k − 1) ports above the first's, in the same consumer groups and database
     * @param extraEnvironment environment entries every service process gets on top of its own (last, so they win),
     *                      e.g. a measuring switch the benchmark turns on; replicas and restarted services get them too
     */
    public record Settings(Path root, Path dataDir, String bindAddress, int kafkaPort, int mongoPort, int issuerPort,
                           int firstServicePort, int firstManagementPort, String externalKafka, String externalMongo,
                           boolean loadDemo, boolean keycloak, int replicas, Map<String, String> extraEnvironment) {

        static final int MAX_REPLICAS = 9;
        /** A step above the four services' ports, so replicas never land on the broker's 9092 or the issuer's 9000. */
        static final int REPLICA_PORT_STEP = 100;

        public Settings {
            if (replicas < 1 || replicas > MAX_REPLICAS) {
                throw new IllegalArgumentException("replicas: from 1 to " + MAX_REPLICAS + ", not " + replicas);
            }
            extraEnvironment = extraEnvironment == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extraEnvironment));
        }

        static Settings fromEnvironment(Function<String, String> environment) {
            Path root = Path.of(System.getProperty("taphuan.root", ".")).toAbsolutePath().normalize();
            int firstServicePort = Integer.parseInt(env(environment, "FIRST_SERVICE_PORT", "8081"));
            return new Settings(root, root.resolve(env(environment, "TAPHUAN_DATA_DIR", "data")),
                    env(environment, "TAPHUAN_BIND_ADDRESS", LOOPBACK),
                    Integer.parseInt(env(environment, "KAFKA_PORT", "9092")),
                    Integer.parseInt(env(environment, "MONGO_PORT", "27017")),
                    Integer.parseInt(env(environment, "AUTH_PORT", "9000")), firstServicePort,
                    Integer.parseInt(env(environment, "FIRST_MANAGEMENT_PORT", String.valueOf(firstServicePort + 1000))),
                    environment.apply("KAFKA_BOOTSTRAP_SERVERS"), environment.apply("MONGODB_URI"),
                    !"false".equals(env(environment, "LOAD_DEMO", "true")),
                    "keycloak".equals(env(environment, "TAPHUAN_IDENTITY", "dev-issuer")),
                    parseReplicas(env(environment, "TAPHUAN_REPLICAS", "1")), Map.of());
        }

        /** The same, with what {@code ./run-local.sh} was given: {@code --replicas N}. */
        Settings withArguments(String... args) {
            int count = replicas;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--replicas") && i + 1 < args.length) {
                    count = parseReplicas(args[++i]);
                } else if (args[i].startsWith("--replicas=")) {
                    count = parseReplicas(args[i].substring("--replicas=".length()));
                } else {
                    throw new IllegalArgumentException("unknown argument " + args[i] + " (known: --replicas N)");
                }
            }
            return new Settings(root, dataDir, bindAddress, kafkaPort, mongoPort, issuerPort, firstServicePort,
                    firstManagementPort, externalKafka, externalMongo, loadDemo, keycloak, count, extraEnvironment);
        }

        private static int parseReplicas(String text) {
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("replicas: a number from 1 to " + MAX_REPLICAS + ", not " + text);
            }
        }

        /** The port of the {@code replica}-th process (1 is the first) of a service. */
        int servicePort(String service, int replica) {
            return servicePort(service) + REPLICA_PORT_STEP * (replica - 1);
        }

        int managementPort(String service, int replica) {
            return managementPort(service) + REPLICA_PORT_STEP * (replica - 1);
        }

        /** Free ports everywhere, for tests that must not collide with a stack a developer is running. */
        public static Settings forTest(Path root, Path dataDir) {
            return new Settings(root, dataDir, LOOPBACK, freePortBlock(2), freePortBlock(1), freePortBlock(1),
                    freePortBlock(4), freePortBlock(4), null, null, true, false, 1, Map.of());
        }

        /** The same, without the demo data (the benchmark loads a nation of its own). */
        public Settings withoutDemo() {
            return new Settings(root, dataDir, bindAddress, kafkaPort, mongoPort, issuerPort, firstServicePort,
                    firstManagementPort, externalKafka, externalMongo, false, keycloak, replicas, extraEnvironment);
        }

        /** The same, with Keycloak in place of the development token issuer. */
        public Settings withKeycloak() {
            return new Settings(root, dataDir, bindAddress, kafkaPort, mongoPort, issuerPort, firstServicePort,
                    firstManagementPort, externalKafka, externalMongo, loadDemo, true, replicas, extraEnvironment);
        }

        /** The same, with the real Kafka and MongoDB that {@code KAFKA_BOOTSTRAP_SERVERS} and {@code MONGODB_URI} name. */
        public Settings withServersFromEnvironment() {
            return new Settings(root, dataDir, bindAddress, kafkaPort, mongoPort, issuerPort, firstServicePort,
                    firstManagementPort, System.getenv("KAFKA_BOOTSTRAP_SERVERS"), System.getenv("MONGODB_URI"), loadDemo,
                    keycloak, replicas, extraEnvironment);
        }

        /** The same, with {@code name=value} in every service process's environment (e.g. a Spring property). */
        public Settings withServiceEnvironment(String name, String value) {
            Map<String, String> extra = new LinkedHashMap<>(extraEnvironment);
            extra.put(name, value);
            return new Settings(root, dataDir, bindAddress, kafkaPort, mongoPort, issuerPort, firstServicePort,
                    firstManagementPort, externalKafka, externalMongo, loadDemo, keycloak, replicas, extra);
        }

        int servicePort(String service) {
            return firstServicePort + SERVICES.indexOf(service);
        }

        int managementPort(String service) {
            return firstManagementPort + SERVICES.indexOf(service);
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = Settings.fromEnvironment(System::getenv).withArguments(args);
        } catch (IllegalArgumentException e) {
            System.err.println("Không khởi động được (could not start): " + e.getMessage());
            System.exit(2);
            return;
        }
        // before the first logger exists: the broker's and the store's logs go to a file, not the console
        System.setProperty("taphuan.logs", settings.dataDir().resolve("logs").toString());
        LocalStack stack = new LocalStack(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nĐang dừng (stopping) …");
            stack.close();
            stopped.countDown();
        }, "local-stack-stop"));
        try {
            stack.start();
        } catch (Exception e) {
            System.err.println("Không khởi động được (could not start): " + e.getMessage());
            System.exit(1);
        }
        System.out.println(stack.banner());
        stopped.await();
    }

    public static LocalStack start(Settings settings) throws Exception {
        LocalStack stack = new LocalStack(settings);
        try {
            stack.start();
        } catch (Exception e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    private void start() throws Exception {
        Instant begin = Instant.now();
        Path data = settings.dataDir();
        if (!Files.exists(data) && data.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // the store holds learners' personal data and the issuer its key: the directory is the owner's only (an
            // existing one, which may be any directory TAPHUAN_DATA_DIR names, is left as it is)
            Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        DataFormat.require(data);
        if (settings.keycloak()) {
            // the slowest to start: it starts while the rest does, the services only need its address
            startKeycloak(data);
        }
        if (settings.externalMongo() == null) {
            store = MongoStore.start(data.resolve("mongo"), settings.bindAddress(), settings.mongoPort());
            MongoStore mongo = store;
            started.add(() -> store.close());
            mongoUri = mongo.uri();
            log("MongoDB (mongo-java-server, H2 file " + data.resolve("mongo") + ") on " + mongoUri);
        } else {
            mongoUri = settings.externalMongo();
            log("MongoDB: " + mongoUri);
        }
        if (settings.externalKafka() == null) {
            broker = startBroker(data);
            started.add(() -> broker.close());
            bootstrapServers = broker.bootstrapServers();
            log("Kafka (KRaft, log " + data.resolve("kafka") + ") on " + bootstrapServers);
        } else {
            bootstrapServers = settings.externalKafka();
            log("Kafka: " + bootstrapServers + (System.getenv("PLAN_SERVICE_KAFKA_PASSWORD") == null
                    ? " (no service passwords given: the services do not sign in)"
                    : " (each service signs in as its own user)"));
        }
        if (!settings.keycloak()) {
            issuer = DevTokenIssuer.start(settings.bindAddress(), settings.issuerPort(), data.resolve("identity"),
                    DemoUsers.PLATFORM_USERS);
            started.add(issuer);
            log("Token issuer (development) on " + issuer.issuer());
        }

        for (String service : SERVICES) {
            Map<String, String> environment = serviceEnvironment(service, mongoUri, bootstrapServers, System::getenv);
            environment.put("SERVER_ADDRESS", settings.bindAddress());
            environment.put("MANAGEMENT_SERVER_ADDRESS", settings.bindAddress());
            environment.put("AUTH_ISSUER_URI", issuerUri());
            environment.put("AUTH_JWK_SET_URI", jwkSetUri());
            if (settings.keycloak() && service.equals("plan")) {
                environment.put("PLAN_IDENTITY_PROVIDER", "keycloak");
            }
            environment.put("TAPHUAN_KIT_CORS_ALLOWED_ORIGINS", corsOrigins());
            if (service.equals("reporting")) {
                environment.putAll(webConfig());
            }
            environment.putAll(settings.extraEnvironment());
            environments.put(service, environment);
            services.put(service, startService(service));
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        for (ServiceProcess process : services.values()) {
            process.awaitHealthy(deadline);
            log(process.name() + " ready on " + process.baseUrl());
        }
        if (keycloakStarting != null) {
            awaitKeycloak();
        }
        for (int replica = 2; replica <= settings.replicas(); replica++) {
            for (String service : SERVICES) {
                startReplica(service, settings.servicePort(service, replica), settings.managementPort(service, replica));
            }
        }
        startTime = Duration.between(begin, Instant.now());
        log("Stack up in " + startTime.toMillis() / 1000.0 + " s");
        if (settings.loadDemo()) {
            demo = new DemoData(this).loadOnce();
        }
    }

    /** Starts Keycloak on a thread of its own; refuses at once, saying why, when this machine cannot run it. */
    private void startKeycloak(Path data) {
        KeycloakServer.Requirements requirements = KeycloakServer.requirements(settings.root());
        if (!requirements.met()) {
            throw new IllegalStateException("Keycloak cannot be started: " + requirements.missing());
        }
        log("Keycloak starting (JDK " + requirements.javaHome() + ", log " + data.resolve("logs/keycloak.log") + ") …");
        Path export = settings.root().resolve("infra/keycloak/" + KeycloakServer.REALM + "-realm.json");
        keycloakStarting = CompletableFuture.supplyAsync(() -> {
            try {
                // the dashboards come back from Keycloak's sign-in page to this stack's ports, whichever they are
                Path realm = Files.writeString(data.resolve(KeycloakServer.REALM + "-realm.json"),
                        KeycloakServer.withDashboardOrigins(Files.readString(export), pageOrigins()));
                return KeycloakServer.start(requirements, realm, data.resolve("keycloak"), settings.bindAddress(),
                        settings.issuerPort(), data.resolve("logs"), Duration.ofMinutes(5));
            } catch (Exception e) {
                throw new IllegalStateException("Keycloak did not start: " + e.getMessage(), e);
            }
        });
    }

    private void awaitKeycloak() throws InterruptedException {
        try {
            keycloak = keycloakStarting.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
        keycloakStarting = null;
        started.add(keycloak);
        log("Keycloak (realm " + KeycloakServer.REALM + ") on " + keycloak.issuer());
    }

    /** The issuer the services trust: the development issuer's, or Keycloak's realm. */
    public String issuerUri() {
        return settings.keycloak() ? KeycloakServer.issuer(settings.bindAddress(), settings.issuerPort())
                : issuer.issuer();
    }

    private String jwkSetUri() {
        return settings.keycloak() ? KeycloakServer.issuer(settings.bindAddress(), settings.issuerPort())
                + KeycloakServer.CERTS : issuer.jwkSetUri();
    }

    /**
     * An access token of a demo user (every demo user has the demo password): minted by the development issuer, or
     * signed in to Keycloak with the password.
     */
    String token(DevUser user) {
        return keycloak == null ? issuer.mint(user) : keycloak.token(user.username(), DemoUsers.PASSWORD);
    }

    /** Adds a demo user (with the demo password) to the identity provider; one that exists is kept. */
    void addUser(DevUser user) {
        if (keycloak == null) {
            issuer.addUser(user);
        } else {
            keycloak.addUser(token(DemoUsers.PLATFORM_ADMIN), user, DemoUsers.PASSWORD);
        }
    }

    /** Keycloak, when it took the development issuer's place (null otherwise). */
    public KeycloakServer keycloak() {
        return keycloak;
    }

    private KraftBroker startBroker(Path data) throws Exception {
        return KraftBroker.start(data.resolve("kafka"), settings.bindAddress(), settings.kafkaPort(),
                settings.kafkaPort() + 1);
    }

    private ServiceProcess startService(String service) throws IOException {
        return ServiceProcess.start(service + "-service", jarOf(service), settings.servicePort(service),
                settings.managementPort(service), environments.get(service), settings.dataDir().resolve("logs"), "384m");
    }

    private Path jarOf(String service) {
        return settings.root().resolve("services/" + service + "-service/target/" + service + "-service-0.1.0-SNAPSHOT-exec.jar");
    }

    /**
     * Kills a service with SIGKILL in whatever it is doing (a crash: no graceful shutdown, the relay and the consumers
     * stopped mid-batch), then starts it again as it was and waits until it is healthy. For the fault tests.
     *
     * @param down how long it stays down
     * @return how long it was unavailable, from the kill until healthy again
     */
    public Duration crashAndRestart(String service, Duration down) throws Exception {
        Instant killed = Instant.now();
        services.get(service).kill();
        log(service + "-service killed (SIGKILL)");
        Thread.sleep(down.toMillis());
        ServiceProcess again = startService(service);
        services.put(service, again);
        again.awaitHealthy(Instant.now().plus(Duration.ofMinutes(3)));
        log(service + "-service started again, healthy");
        return Duration.between(killed, Instant.now());
    }

    /**
     * Stops the embedded broker (the services' producers and consumers lose it), waits, and starts it again on the
     * same log directory and ports. For the fault tests; only with the embedded broker.
     *
     * @return how long it was unavailable
     */
    public Duration restartBroker(Duration down) throws Exception {
        if (broker == null) {
            throw new IllegalStateException("the broker is not the embedded one: restart it where it runs");
        }
        Instant stopped = Instant.now();
        broker.close();
        log("Kafka stopped");
        Thread.sleep(down.toMillis());
        broker = startBroker(settings.dataDir());
        log("Kafka started again on " + broker.bootstrapServers());
        return Duration.between(stopped, Instant.now());
    }

    /**
     * Starts one more process of a service — same database, same consumer groups, ports of its own — as a second
     * replica would run on a cluster: its consumers share the topics' partitions with the first, its API answers
     * beside the first's. For the fault tests.
     *
     * @return its base URL
     */
    public String startReplica(String service) throws Exception {
        return startReplica(service, freePortBlock(1), freePortBlock(1));
    }

    private String startReplica(String service, int port, int management) throws Exception {
        long running = replicas.stream().filter(r -> r.name().startsWith(service + "-service-")).count();
        ServiceProcess replica = ServiceProcess.start(service + "-service-" + (running + 2), jarOf(service),
                port, management, environments.get(service), settings.dataDir().resolve("logs"), "384m");
        replicas.add(replica);
        replica.awaitHealthy(Instant.now().plus(Duration.ofMinutes(3)));
        log(replica.name() + " (replica " + (running + 2) + ") ready on " + replica.baseUrl());
        return replica.baseUrl();
    }

    /**
     * Stops the embedded store (the services' reads and writes fail: requests are answered 503, consumers and relays
     * wait), waits, and starts it again on the same file and port. For the fault tests; only with the embedded store.
     *
     * @return how long it was unavailable
     */
    public Duration restartStore(Duration down) throws Exception {
        if (store == null) {
            throw new IllegalStateException("the store is not the embedded one: restart it where it runs");
        }
        Instant stopped = Instant.now();
        store.close();
        log("MongoDB stopped");
        Thread.sleep(down.toMillis());
        store = MongoStore.start(settings.dataDir().resolve("mongo"), settings.bindAddress(), settings.mongoPort());
        log("MongoDB started again on " + store.uri());
        return Duration.between(stopped, Instant.now());
    }

    /** What the demo loader sent (null when the demo was not asked for). */
    public DemoSummary demo() {
        return demo;
    }

    /** The web pages are served by reporting-service and call the other services from the browser. */
    private String corsOrigins() {
        List<String> origins = new ArrayList<>();
        // the dashboards served by any replica of reporting-service call the services from the browser
        for (int replica = 1; replica <= settings.replicas(); replica++) {
            for (String service : SERVICES) {
                origins.add("http://localhost:" + settings.servicePort(service, replica));
                origins.add("http://127.0.0.1:" + settings.servicePort(service, replica));
            }
        }
        return String.join(",", origins);
    }

    /** Where the dashboards are: every replica of reporting-service, by name and by address. */
    private List<String> pageOrigins() {
        List<String> origins = new ArrayList<>();
        for (int replica = 1; replica <= settings.replicas(); replica++) {
            origins.add("http://localhost:" + settings.servicePort("reporting", replica));
            origins.add("http://127.0.0.1:" + settings.servicePort("reporting", replica));
        }
        return origins;
    }

    /**
     * The dashboards (served by reporting-service) call the services and the token issuer from the browser: where
     * they are, and the demo accounts the sign-in page offers.
     */
    private Map<String, String> webConfig() {
        Map<String, String> web = new LinkedHashMap<>();
        for (String service : SERVICES) {
            web.put("TAPHUAN_WEB_" + service.toUpperCase(java.util.Locale.ROOT) + "_URL",
                    "http://localhost:" + settings.servicePort(service));
        }
        web.put("TAPHUAN_WEB_ISSUER_URL", issuerUri());
        if (settings.keycloak()) {
            // Keycloak's own sign-in page, reached with the authorization code and PKCE, instead of a password form
            web.put("TAPHUAN_WEB_OIDC_CLIENT_ID", KeycloakServer.DASHBOARDS_CLIENT);
        }
        if (settings.loadDemo()) {
            // the sign-in page offers the demo accounts with their password only on a stack that has the demo data
            web.put("TAPHUAN_WEB_DEMO_DATA", "true");
            web.put("TAPHUAN_WEB_DEMO_USERS", String.join(",", DemoUsers.ALL.stream().map(DevUser::username).toList()));
            web.put("TAPHUAN_WEB_DEMO_PASSWORD", DemoUsers.PASSWORD);
        }
        return web;
    }

    /**
     * Where a service finds its database and the broker, and how it signs in to them. The embedded store and broker
     * ask for nothing. Real ones ({@code docker compose up}, see docker-compose.yml) know each service as its own
     * user with its own rights: the service's passwords come from {@code PLAN_SERVICE_MONGODB_PASSWORD},
     * {@code PLAN_SERVICE_KAFKA_PASSWORD} and so on — the variables {@code infra/compose/secrets.sh} writes to
     * {@code .env} — and it signs in to MongoDB on the {@code admin} database and to Kafka with SCRAM-SHA-512 (over
     * {@code KAFKA_SECURITY_PROTOCOL}, {@code SASL_PLAINTEXT} unless set).
     */
    static Map<String, String> serviceEnvironment(String service, String mongoUri, String bootstrapServers,
                                                  Function<String, String> environment) {
        String user = service + "-service";
        String variable = user.toUpperCase(Locale.ROOT).replace('-', '_');
        Map<String, String> settings = new LinkedHashMap<>();
        String mongoPassword = environment.apply(variable + "_MONGODB_PASSWORD");
        settings.put("MONGODB_URI", mongoPassword == null || mongoPassword.isBlank()
                ? withDatabase(mongoUri, service)
                : withOption(withDatabase(withCredentials(mongoUri, user, mongoPassword), service), "authSource=admin"));
        settings.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        String kafkaPassword = environment.apply(variable + "_KAFKA_PASSWORD");
        if (kafkaPassword != null && !kafkaPassword.isBlank()) {
            String protocol = environment.apply("KAFKA_SECURITY_PROTOCOL");
            settings.put("KAFKA_SECURITY_PROTOCOL", protocol == null || protocol.isBlank() ? "SASL_PLAINTEXT" : protocol);
            settings.put("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
            settings.put("KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                    + " username=\"" + user + "\" password=\"" + kafkaPassword + "\";");
        }
        return settings;
    }

    /** {@code mongodb://host:port} + user and password → {@code mongodb://user:password@host:port}. */
    static String withCredentials(String baseUri, String user, String password) {
        int hostsStart = baseUri.indexOf("://") + 3;
        return baseUri.substring(0, hostsStart) + URLEncoder.encode(user, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "@" + baseUri.substring(hostsStart);
    }

    private static String withOption(String uri, String option) {
        return uri + (uri.contains("?") ? "&" : "?") + option;
    }

    /** {@code mongodb://host:port} + {@code plan} → {@code mongodb://host:port/plan}, keeping any options. */
    static String withDatabase(String baseUri, String database) {
        int query = baseUri.indexOf('?');
        String base = query < 0 ? baseUri : baseUri.substring(0, query);
        String options = query < 0 ? "" : baseUri.substring(query);
        int hostsStart = base.indexOf("://") + 3;
        int slash = base.indexOf('/', hostsStart);
        String hosts = slash < 0 ? base : base.substring(0, slash);
        return hosts + "/" + database + options;
    }

    String banner() {
        StringBuilder text = new StringBuilder();
        String web = url("reporting");
        text.append("\n================ Tập huấn đang chạy (is running) ================\n")
                .append("  Bảng điều khiển (dashboards):  ").append(web).append("/\n")
                .append("  Đăng nhập (sign in):           ").append(DemoUsers.officer("bac-giang", "bacgiang", "Bắc Giang").username())
                .append(" (tỉnh), ").append(DemoUsers.ANALYST.username()).append(" (bộ), ")
                .append(DemoUsers.PLATFORM_ADMIN.username()).append(" (nền tảng) — mật khẩu ").append(DemoUsers.PASSWORD)
                .append("; mọi tài khoản demo (all demo users): README\n");
        for (String service : SERVICES) {
            text.append(String.format("  %-20s %s/swagger-ui.html    actuator: %s/actuator/prometheus%n",
                    service + "-service", url(service), managementUrl(service)));
        }
        for (ServiceProcess replica : replicas) {
            text.append(String.format("  %-20s %s/swagger-ui.html    actuator: %s/actuator/prometheus%n",
                    replica.name(), replica.baseUrl(), replica.managementUrl()));
        }
        if (demo != null) {
            text.append(DemoReport.render(this, demo)).append('\n');
        }
        text.append("  Kafka:  ").append(bootstrapServers).append("    Token issuer: ").append(issuerUri())
                .append(keycloak == null ? "" : " (Keycloak; tokens: " + keycloak.tokenEndpoint() + ", client "
                        + KeycloakServer.CLI_CLIENT + ")").append('\n')
                .append("  Logs:   ").append(settings.dataDir().resolve("logs")).append('\n')
                .append("  Khởi động trong (started in) ").append(startTime.toMillis() / 1000.0).append(" s")
                .append(" — Ctrl-C để dừng (to stop)\n");
        return text.toString();
    }

    public String url(String service) {
        return services.get(service).baseUrl();
    }

    /** The service's actuator: health, the Prometheus scrape, and metrics for a platform administrator. */
    public String managementUrl(String service) {
        return services.get(service).managementUrl();
    }

    /** The development token issuer (null when Keycloak took its place). */
    public DevTokenIssuer issuer() {
        return issuer;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The MongoDB the services use, without a database ({@code mongodb://host:port}). */
    public String mongoUri() {
        return mongoUri;
    }

    public Duration startTime() {
        return startTime;
    }

    /** Process handles of the service JVMs (the tests measure their memory). */
    public Map<String, ProcessHandle> serviceProcesses() {
        Map<String, ProcessHandle> handles = new LinkedHashMap<>();
        services.forEach((name, process) -> handles.put(name, process.handle()));
        return handles;
    }

    @Override
    public void close() {
        if (keycloakStarting != null) {
            // started but not yet waited for (the rest failed first): stopped once it is up
            try {
                started.add(keycloakStarting.get(5, TimeUnit.MINUTES));
            } catch (Exception e) {
                // it did not start: nothing to stop
            }
            keycloakStarting = null;
        }
        List<ServiceProcess> running = new ArrayList<>(services.values());
        running.addAll(replicas);
        replicas.clear();
        running.parallelStream().forEach(ServiceProcess::close);
        services.clear();
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("stopping " + started.get(i) + ": " + e);
            }
        }
        started.clear();
    }

    /**
     * How this machine's clients reach a server bound to {@code bindAddress}: over loopback when it listens there or
     * everywhere, otherwise at that address.
     */
    static String clientHost(String bindAddress) {
        try {
            InetAddress address = InetAddress.getByName(bindAddress);
            return address.isLoopbackAddress() || address.isAnyLocalAddress() ? LOOPBACK : address.getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("TAPHUAN_BIND_ADDRESS: unknown address " + bindAddress, e);
        }
    }

    static void log(String message) {
        System.out.println("[local-stack] " + message);
    }

    private static String env(Function<String, String> environment, String name, String fallback) {
        String value = environment.apply(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Every port this JVM has handed out: never twice, so two blocks of one stack (or of its replicas) never overlap. */
    private static final Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The first of {@code count} consecutive free ports, below the kernel's ephemeral range (32768 and up), where the
     * clients' own outgoing connections would otherwise take them between this check and the service binding them.
     */
    static int freePortBlock(int count) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first = 20000 + (int) (Math.random() * 12000);
            boolean free = true;
            for (int port = first; port < first + count && free; port++) {
                // a port handed out before is not bound yet while the stack starts: another block must not take it
                if (HANDED_OUT.contains(port)) {
                    free = false;
                    continue;
                }
                try (ServerSocket ignored = new ServerSocket(port)) {
                    // free
                } catch (IOException taken) {
                    free = false;
                }
            }
            if (free) {
                for (int port = first; port < first + count; port++) {
                    HANDED_OUT.add(port);
                }
                return first;
            }
        }
        throw new IllegalStateException("no block of " + count + " free ports");
    }

    /** For the user list shown in the README and the banner. */
    static List<DevUser> demoUsers() {
        return DemoUsers.ALL;
    }
}
