package vn.taphuan.budget;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.identity.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the integration tests of this service share: HTTP calls with test tokens, envelopes to the broker, and waits
 * for consumed events. The concrete classes carry the same annotations, so they share one Spring context.
 */
abstract class BudgetApiSupport {

    static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    MockMvc http;
    @Autowired
    JsonMapper json;
    @Autowired
    KnownTenants tenants;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;

    EventsToBroker broker;

    @BeforeEach
    void provincesAndBroker() {
        tenants.onboard("bac-giang", "Bắc Giang", "24", List.of());
        tenants.onboard("thanh-hoa", "Thanh Hóa", "38", List.of());
        tenants.onboard("lang-son", "Lạng Sơn", "20", List.of());
        tenants.onboard("thai-nguyen", "Thái Nguyên", "19", List.of());
        broker = new EventsToBroker(brokers);
    }

    @AfterEach
    void closeBroker() {
        broker.close();
    }

    static String officer(String tenant) {
        return TestTokens.bearer(TestTokens.officer(tenant));
    }

    static String admin(String tenant) {
        return TestTokens.bearer(TestTokens.provinceAdmin(tenant));
    }

    static String viewer(String tenant) {
        return TestTokens.bearer(TestTokens.viewer(tenant));
    }

    JsonNode call(String bearer, MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        MvcResult result = http.perform(request.header(AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().is(expectedStatus)).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty() ? json.nullNode() : json.readTree(body);
    }

    JsonNode budget(String bearer, String planId) throws Exception {
        return call(bearer, get("/api/v1/budgets/" + planId), 200);
    }

    /** Waits until the consumer has applied the event (it marks it processed after the handler succeeded). */
    void awaitProcessed(EventsToBroker.Sent event) {
        await().atMost(WAIT).until(() -> mongo.exists(Query.query(Criteria.where("_id").is(event.eventId())),
                "processed_events"));
    }

    /** Waits until the consumer has skipped {@code count} more redeliveries of {@code eventType}. */
    void awaitDuplicatesSkipped(String eventType, double before, int count) {
        await().atMost(WAIT).until(() -> duplicates(eventType) >= before + count);
    }

    /**
     * Waits until the consumer has applied {@code count} more events of {@code eventType} than {@code before}: for
     * events handled in batches, idempotent by their versions, which no inbox records.
     */
    void awaitConsumed(String eventType, double before, int count) {
        await().atMost(WAIT).until(() -> consumed(eventType) >= before + count);
    }

    double consumed(String eventType) {
        return meters.counter("budget.events.consumed", "type", eventType).count();
    }

    double duplicates(String eventType) {
        return meters.counter("budget.events.duplicates", "type", eventType).count();
    }
}
