package vn.taphuan.kit.store;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ConnectionDescription;
import com.mongodb.connection.ServerId;
import com.mongodb.event.CommandFailedEvent;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerMetricsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.kit.KitDefaults;
import vn.taphuan.kit.problem.ProblemDetailsAdvice;
import vn.taphuan.kit.problem.StoreUnavailable;
import vn.taphuan.testsupport.EmbeddedMongoInitializer;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The store's circuit breaker as a service gets it from the kit — its defaults from taphuan-kit-defaults.yml, fed by
 * the real driver — and the gate in front of the API: a store that stops answering is refused at once, an error the
 * store answered is not held against it, and once it answers again the breaker closes.
 */
class StoreBreakerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The kit's store wiring and the Resilience4j registry it takes the breaker from, with the kit's defaults. */
    private final WebApplicationContextRunner service = new WebApplicationContextRunner()
            .withInitializer(context -> {
                new KitDefaults().postProcessEnvironment(context.getEnvironment(), new SpringApplication());
                // as SpringApplication sets it: durations written as 5s
                context.getBeanFactory().setConversionService(ApplicationConversionService.getSharedInstance());
            })
            .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class,
                    CircuitBreakerAutoConfiguration.class, CircuitBreakerMetricsAutoConfiguration.class,
                    StoreBreakerConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues("spring.application.name=kit-test-service");

    @Test
    void aStoreThatStopsAnsweringIsRefusedAtOnceUntilItAnswersAgain() {
        service.withInitializer(new EmbeddedMongoInitializer())
                // the default wait is 5 s; the test waits a shorter one out
                .withPropertyValues("resilience4j.circuitbreaker.instances.store.wait-duration-in-open-state=300ms")
                .run(context -> {
                    StoreBreaker store = context.getBean(StoreBreaker.class);
                    CircuitBreaker breaker = store.breaker();
                    Probe probe = new Probe(context.getBean(MongoTemplate.class));
                    MockMvc http = MockMvcBuilders.standaloneSetup(probe).addFilters(gate(context)).build();

                    // the defaults: of the last 20 calls, once 5 are in, half failed opens the breaker
                    for (int i = 0; i < 4; i++) {
                        store.commandFailed(failed(new MongoSocketReadTimeoutException("Timed out while receiving",
                                new ServerAddress(), null)));
                    }
                    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
                    store.commandFailed(failed(new MongoSocketReadTimeoutException("Timed out while receiving",
                            new ServerAddress(), null)));
                    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
                    assertThat(context.getBean(MeterRegistry.class).get("resilience4j.circuitbreaker.state")
                            .tag("name", StoreBreaker.NAME).tag("state", "open").gauge().value()).isEqualTo(1.0);

                    int storeCallsBefore = probe.calls.get();
                    long started = System.nanoTime();
                    MvcResult refused = http.perform(get("/api/v1/probe")).andReturn();
                    long tookMillis = (System.nanoTime() - started) / 1_000_000;
                    assertThat(refused.getResponse().getStatus()).isEqualTo(503);
                    assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("1");
                    assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
                    JsonNode problem = JSON.readTree(refused.getResponse().getContentAsString(
                            java.nio.charset.StandardCharsets.UTF_8));
                    assertThat(problem.get("type").asString()).endsWith("/store-unavailable");
                    assertThat(problem.get("title").asString()).isEqualTo("Cơ sở dữ liệu tạm thời không trả lời");
                    assertThat(problem.get("titleEn").asString()).isEqualTo("Database unavailable");
                    assertThat(problem.get("detail").asString()).contains("thử lại sau 1 giây");
                    assertThat(problem.get("detailEn").asString()).contains("try again in 1 seconds");
                    assertThat(probe.calls.get()).as("no store call").isEqualTo(storeCallsBefore);
                    // a server selection would have waited 5 s for the same answer
                    assertThat(tookMillis).isLessThan(500);
                    // the actuator is not behind the gate: the health check still answers
                    assertThat(http.perform(get("/actuator/health")).andReturn().getResponse().getStatus())
                            .isEqualTo(200);

                    await().atMost(Duration.ofSeconds(5)).until(() -> breaker.getState() == CircuitBreaker.State.HALF_OPEN);
                    // trial requests go through; the store answers their commands (3 by default), which closes it
                    for (int i = 0; i < 3; i++) {
                        assertThat(http.perform(get("/api/v1/probe")).andReturn().getResponse().getStatus())
                                .isEqualTo(200);
                    }
                    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
                });
    }

    /** No command is sent when no server answers: the breaker still sees those operations fail, and opens. */
    @Test
    void operationsThatFindNoServerOpenTheBreaker() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        service.withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:" + closedPort + "/away",
                        "taphuan.kit.store-server-selection-timeout=200ms")
                .run(context -> {
                    StoreBreaker store = context.getBean(StoreBreaker.class);
                    MongoTemplate mongo = context.getBean(MongoTemplate.class);
                    MockMvc http = MockMvcBuilders.standaloneSetup(new Probe(mongo))
                            .setControllerAdvice(new ProblemDetailsAdvice()).addFilters(gate(context)).build();

                    // each request waits out the server selection for its 503
                    for (int i = 0; i < 5; i++) {
                        long started = System.nanoTime();
                        MvcResult away = http.perform(get("/api/v1/probe")).andReturn();
                        assertThat(away.getResolvedException()).isInstanceOf(DataAccessResourceFailureException.class);
                        assertThat(away.getResponse().getStatus()).isEqualTo(503);
                        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(
                                Duration.ofMillis(190));
                    }
                    assertThat(store.breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
                    assertThat(store.breaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(5);

                    long started = System.nanoTime();
                    MvcResult refused = http.perform(get("/api/v1/probe")).andReturn();
                    assertThat(refused.getResponse().getStatus()).isEqualTo(503);
                    assertThat(refused.getResolvedException()).isNull();
                    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(150));
                    assertThat(Integer.parseInt(refused.getResponse().getHeader("Retry-After"))).isBetween(1, 5);
                });
    }

    /** A duplicate key is the store answering: the caller's business, not a failure of the store. */
    @Test
    void aDuplicateKeyDoesNotCountAgainstTheStore() {
        service.withInitializer(new EmbeddedMongoInitializer()).run(context -> {
            StoreBreaker store = context.getBean(StoreBreaker.class);
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            mongo.insert(new Document("_id", "p-1"), "probes");
            for (int i = 0; i < 10; i++) {
                assertThatThrownBy(() -> mongo.insert(new Document("_id", "p-1"), "probes"))
                        .isInstanceOf(DuplicateKeyException.class);
            }
            // as a command the store refused (an upsert, a findAndModify), straight from the driver's listener
            BsonDocument duplicate = BsonDocument.parse("{ok: 0, code: 11000, errmsg: 'E11000 duplicate key error'}");
            for (int i = 0; i < 10; i++) {
                store.commandFailed(failed(new MongoCommandException(duplicate, new ServerAddress())));
            }
            CircuitBreaker.Metrics metrics = store.breaker().getMetrics();
            assertThat(metrics.getNumberOfFailedCalls()).isZero();
            assertThat(metrics.getNumberOfSuccessfulCalls()).isGreaterThanOrEqualTo(20);
            assertThat(store.breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        });
    }

    @Test
    void theKitSetsTheStoresTimeoutsAndListensToItsCommands() {
        service.withInitializer(new EmbeddedMongoInitializer()).run(context -> {
            com.mongodb.MongoClientSettings.Builder builder = com.mongodb.MongoClientSettings.builder();
            context.getBean("storeTimeoutsAndBreaker",
                    org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer.class)
                    .customize(builder);
            com.mongodb.MongoClientSettings settings = builder.build();
            assertThat(settings.getClusterSettings().getServerSelectionTimeout(java.util.concurrent.TimeUnit.SECONDS))
                    .isEqualTo(5);
            assertThat(settings.getSocketSettings().getConnectTimeout(java.util.concurrent.TimeUnit.SECONDS))
                    .isEqualTo(2);
            assertThat(settings.getSocketSettings().getReadTimeout(java.util.concurrent.TimeUnit.SECONDS))
                    .isEqualTo(60);
            assertThat(settings.getCommandListeners()).contains(context.getBean(StoreBreaker.class));
            assertThat(context.getBean("storeGate", FilterRegistrationBean.class).getOrder())
                    .isLessThan(Ordered.HIGHEST_PRECEDENCE + 20);
        });
    }

    /** The caller is told to come back when the breaker will let calls through again, not a fixed guess. */
    @Test
    void retryAfterIsWhatIsLeftOfTheBreakersWait() {
        MutableClock clock = new MutableClock();
        StoreBreaker store = new StoreBreaker(CircuitBreaker.of(StoreBreaker.NAME, CircuitBreakerConfig.custom()
                .clock(clock).minimumNumberOfCalls(2).waitDurationInOpenState(Duration.ofSeconds(10)).build()));
        store.unsent(new MongoTimeoutException("Timed out while waiting for a server"));
        // a failure during a command was counted by the command listener already
        store.unsent(new MongoSocketReadTimeoutException("Timed out while receiving", new ServerAddress(), null));
        assertThat(store.breaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        store.unsent(new MongoTimeoutException("Timed out while waiting for a server"));
        assertThat(store.breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

        clock.advance(Duration.ofMillis(2500));
        assertThat(store.remainingWait()).isEqualTo(Duration.ofMillis(7500));
        assertThat(new StoreUnavailable(store.remainingWait()).headers()).containsEntry("Retry-After", "8");
        clock.advance(Duration.ofSeconds(8));
        assertThat(store.remainingWait()).isEqualTo(Duration.ofSeconds(1));
    }

    private static jakarta.servlet.Filter gate(AssertableWebApplicationContext context) {
        return context.getBean("storeGate", FilterRegistrationBean.class).getFilter();
    }

    private static CommandFailedEvent failed(Throwable failure) {
        return new CommandFailedEvent(null, 1, 1, new ConnectionDescription(new ServerId(new ClusterId(),
                new ServerAddress())), "test", "find", 5_000_000, failure);
    }

    /** An API endpoint that reads the store once per request, and a stand-in for the actuator's health check. */
    @RestController
    static class Probe {

        final AtomicInteger calls = new AtomicInteger();
        private final MongoTemplate mongo;

        Probe(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @GetMapping("/api/v1/probe")
        String probe() {
            calls.incrementAndGet();
            return String.valueOf(mongo.count(new Query(), "probes"));
        }

        @GetMapping("/actuator/health")
        String health() {
            return "UP";
        }
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-03-01T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
