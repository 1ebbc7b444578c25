package vn.taphuan.localstack;

import vn.taphuan.testsupport.identity.DevTokenIssuer;
import vn.taphuan.testsupport.identity.DevUser;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The whole platform on one machine, as {@code ./run-local.sh} starts it: a real Kafka broker (KRaft), a file-backed
 * MongoDB wire server, the development token issuer, the four services as child JVMs, and the demo data. When
 * {@code KAFKA_BOOTSTRAP_SERVERS} or {@code MONGODB_URI} are set, the real servers they name are used instead of the
 * embedded ones. Everything lives under the data directory ({@code ./data}); Ctrl-C stops it all.
 */
public final class LocalStack implements AutoCloseable {

    /** The services in start order, with their database names. */
    static final List<String> SERVICES = List.of("plan", "enrolment", "budget", "reporting");

    private final Settings settings;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private DevTokenIssuer issuer;
    private String bootstrapServers;
    private String mongoUri;
    private Duration startTime;
    private DemoSummary demo;

    private LocalStack(Settings settings) {
        this.settings = settings;
    }

    /**
     * Where things are and which ports they use.
     *
     * @param root          the repository root (service jars are found under it)
     * @param dataDir       where the broker's log, the store, the issuer's keys and the logs are kept
     * @param kafkaPort     broker port (controller on the next one)
     * @param mongoPort     MongoDB wire port
     * @param issuerPort    development token issuer port
     * @param firstServicePort plan-service's port; the others follow (enrolment +1, budget +2, reporting +3)
     * @param externalKafka bootstrap servers of a real Kafka, or null for the embedded broker
     * @param externalMongo URI of a real MongoDB (without database), or null for the embedded store
     * @param loadDemo      load the demo data (once; a second run finds it there)
     */
    public record Settings(Path root, Path dataDir, int kafkaPort, int mongoPort, int issuerPort,
                           int firstServicePort, String externalKafka, String externalMongo, boolean loadDemo) {

        static Settings fromEnvironment() {
            Path root = Path.of(System.getProperty("taphuan.root", ".")).toAbsolutePath().normalize();
            return new Settings(root, root.resolve(env("TAPHUAN_DATA_DIR", "data")),
                    Integer.parseInt(env("KAFKA_PORT", "9092")), Integer.parseInt(env("MONGO_PORT", "27017")),
                    Integer.parseInt(env("AUTH_PORT", "9000")), Integer.parseInt(env("FIRST_SERVICE_PORT", "8081")),
                    System.getenv("KAFKA_BOOTSTRAP_SERVERS"), System.getenv("MONGODB_URI"),
                    !"false".equals(env("LOAD_DEMO", "true")));
        }

        /** Free ports everywhere, for tests that must not collide with a stack a developer is running. */
        public static Settings forTest(Path root, Path dataDir) {
            return new Settings(root, dataDir, freePortBlock(2), freePortBlock(1), freePortBlock(1), freePortBlock(4),
                    null, null, true);
        }

        /** The same, without the demo data (the benchmark loads a nation of its own). */
        public Settings withoutDemo() {
            return new Settings(root, dataDir, kafkaPort, mongoPort, issuerPort, firstServicePort, externalKafka,
                    externalMongo, false);
        }

        /** The same, with the real Kafka and MongoDB that {@code KAFKA_BOOTSTRAP_SERVERS} and {@code MONGODB_URI} name. */
        public Settings withServersFromEnvironment() {
            return new Settings(root, dataDir, kafkaPort, mongoPort, issuerPort, firstServicePort,
                    System.getenv("KAFKA_BOOTSTRAP_SERVERS"), System.getenv("MONGODB_URI"), loadDemo);
        }

        int servicePort(String service) {
            return firstServicePort + SERVICES.indexOf(service);
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromEnvironment();
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
        if (settings.externalMongo() == null) {
            MongoStore mongo = MongoStore.start(data.resolve("mongo"), settings.mongoPort());
            started.add(mongo);
            mongoUri = mongo.uri();
            log("MongoDB (mongo-java-server, H2 file " + data.resolve("mongo") + ") on " + mongoUri);
        } else {
            mongoUri = settings.externalMongo();
            log("MongoDB: " + mongoUri);
        }
        if (settings.externalKafka() == null) {
            KraftBroker broker = KraftBroker.start(data.resolve("kafka"), settings.kafkaPort(), settings.kafkaPort() + 1);
            started.add(broker);
            bootstrapServers = broker.bootstrapServers();
            log("Kafka (KRaft, log " + data.resolve("kafka") + ") on " + bootstrapServers);
        } else {
            bootstrapServers = settings.externalKafka();
            log("Kafka: " + bootstrapServers);
        }
        issuer = DevTokenIssuer.start(settings.issuerPort(), data.resolve("identity"), DemoUsers.PLATFORM_USERS);
        started.add(issuer);
        log("Token issuer (development) on " + issuer.issuer());

        for (String service : SERVICES) {
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("MONGODB_URI", withDatabase(mongoUri, service));
            environment.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
            environment.put("AUTH_ISSUER_URI", issuer.issuer());
            environment.put("AUTH_JWK_SET_URI", issuer.jwkSetUri());
            environment.put("TAPHUAN_KIT_CORS_ALLOWED_ORIGINS", corsOrigins());
            if (service.equals("reporting")) {
                environment.putAll(webConfig());
            }
            Path jar = settings.root().resolve("services/" + service + "-service/target/" + service
                    + "-service-0.1.0-SNAPSHOT-exec.jar");
            ServiceProcess process = ServiceProcess.start(service + "-service", jar, settings.servicePort(service),
                    environment, data.resolve("logs"), "384m");
            services.put(service, process);
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        for (ServiceProcess process : services.values()) {
            process.awaitHealthy(deadline);
            log(process.name() + " ready on " + process.baseUrl());
        }
        startTime = Duration.between(begin, Instant.now());
        log("Stack up in " + startTime.toMillis() / 1000.0 + " s");
        if (settings.loadDemo()) {
            demo = new DemoData(this).loadOnce();
        }
    }

    /** What the demo loader sent (null when the demo was not asked for). */
    public DemoSummary demo() {
        return demo;
    }

    /** The web pages are served by reporting-service and call the other services from the browser. */
    private String corsOrigins() {
        List<String> origins = new ArrayList<>();
        for (String service : SERVICES) {
            origins.add("http://localhost:" + settings.servicePort(service));
            origins.add("http://127.0.0.1:" + settings.servicePort(service));
        }
        return String.join(",", origins);
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
        web.put("TAPHUAN_WEB_ISSUER_URL", issuer.issuer());
        web.put("TAPHUAN_WEB_DEMO_USERS", String.join(",", DemoUsers.ALL.stream().map(DevUser::username).toList()));
        web.put("TAPHUAN_WEB_DEMO_PASSWORD", DemoUsers.PASSWORD);
        return web;
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
            text.append(String.format("  %-18s %s/swagger-ui.html%n", service + "-service", url(service)));
        }
        if (demo != null) {
            text.append(DemoReport.render(this, demo)).append('\n');
        }
        text.append("  Kafka:  ").append(bootstrapServers).append("    Token issuer: ").append(issuer.issuer()).append('\n')
                .append("  Logs:   ").append(settings.dataDir().resolve("logs")).append('\n')
                .append("  Khởi động trong (started in) ").append(startTime.toMillis() / 1000.0).append(" s")
                .append(" — Ctrl-C để dừng (to stop)\n");
        return text.toString();
    }

    public String url(String service) {
        return services.get(service).baseUrl();
    }

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
        List<ServiceProcess> running = new ArrayList<>(services.values());
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

    static void log(String message) {
        System.out.println("[local-stack] " + message);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

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
                try (ServerSocket ignored = new ServerSocket(port)) {
                    // free
                } catch (IOException taken) {
                    free = false;
                }
            }
            if (free) {
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
