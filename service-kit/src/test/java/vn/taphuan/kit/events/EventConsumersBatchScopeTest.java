package vn.taphuan.kit.events;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import vn.taphuan.contracts.EventCatalog;
import vn.taphuan.contracts.EventDefinition;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.budget.v1.BudgetAllocated;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.testsupport.EmbeddedMongo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A consumer's batch scopes ({@link EventConsumers.Builder#eachBatch}): closed after the poll's handlers and before
 * the inbox records its events — also when a handler failed — and a scope that cannot write makes the whole poll come
 * again.
 */
class EventConsumersBatchScopeTest {

    private static final String TENANT = "tinh-thu";

    private MongoClient client;
    private ProcessedEvents inbox;
    private EventConsumers consumers;
    private final List<String> seen = new ArrayList<>();

    @BeforeEach
    void consumers() {
        String database = "kit-scopes-" + UUID.randomUUID().toString().substring(0, 8);
        client = MongoClients.create(EmbeddedMongo.uri(database));
        MongoTemplate mongo = new MongoTemplate(client, database);
        inbox = new ProcessedEvents(mongo);
        KnownTenants tenants = new KnownTenants(mongo);
        tenants.onboard(TENANT, "Tỉnh Thử", "99", List.of());
        consumers = new EventConsumers(EventJson.mapper(), inbox, new SimpleMeterRegistry(), "kit", tenants,
                Duration.ZERO, new EventTraces(Tracer.NOOP));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aScopeClosesAfterThePollsHandlersAndBeforeTheInboxRecordsItsEvents() {
        List<EventEnvelope<BudgetAllocated>> events = List.of(allocation(1), allocation(2));
        Consumer<Message<List<byte[]>>> consumer = consumers.handling()
                .eachBatch(() -> {
                    seen.add("opened");
                    return () -> seen.add("closed, inbox holding " + inbox.containsAny(ids(events)).size());
                })
                .on(BudgetAllocated.class, event -> seen.add("handled " + event.aggregateVersion()))
                .build();

        consumer.accept(message(events));

        assertThat(seen).containsExactly("opened", "handled 1", "handled 2", "closed, inbox holding 0");
        assertThat(inbox.containsAny(ids(events))).hasSize(2);
    }

    @Test
    void aScopeClosesWhenAHandlerFailedAndTheEventsBeforeItAreConsumed() {
        List<EventEnvelope<BudgetAllocated>> events = List.of(allocation(1), allocation(2), allocation(3));
        Consumer<Message<List<byte[]>>> consumer = consumers.handling()
                .eachBatch(() -> () -> seen.add("closed"))
                .on(BudgetAllocated.class, event -> {
                    if (event.aggregateVersion() == 2) {
                        throw new IllegalStateException("the second cannot be applied");
                    }
                    seen.add("handled " + event.aggregateVersion());
                })
                .build();

        assertThatThrownBy(() -> consumer.accept(message(events)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isEqualTo(1));

        assertThat(seen).containsExactly("handled 1", "closed");
        assertThat(inbox.containsAny(ids(events))).containsExactly(events.get(0).eventId());
    }

    @Test
    void aScopeThatCannotWriteMakesThePollComeAgainWhole() {
        List<EventEnvelope<BudgetAllocated>> events = List.of(allocation(1), allocation(2));
        List<String> closedToo = new ArrayList<>();
        Consumer<Message<List<byte[]>>> consumer = consumers.handling()
                .eachBatch(() -> () -> closedToo.add("the other scope"))
                .eachBatch(() -> () -> {
                    throw new IllegalStateException("the store refused the marks");
                })
                .on(BudgetAllocated.class, event -> seen.add("handled " + event.aggregateVersion()))
                .build();

        assertThatThrownBy(() -> consumer.accept(message(events)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isZero());

        assertThat(closedToo).as("every scope closed, each releasing what it holds").hasSize(1);
        assertThat(inbox.containsAny(ids(events))).as("none counts as consumed: all are applied again").isEmpty();
    }

    private static EventEnvelope<BudgetAllocated> allocation(long version) {
        BudgetAllocated payload = new BudgetAllocated("kh-1", "al-" + version, "cong-dong", "CENTRAL", 1_000_000L,
                "112/QĐ-STC", "2025-03-01");
        EventDefinition definition = EventCatalog.of(BudgetAllocated.class);
        return new EventEnvelope<>(UUID.randomUUID().toString(), definition.eventType(), definition.schemaVersion(),
                TENANT, definition.aggregateType(), "ns-1", version, "2025-03-01T02:00:00Z", definition.producer(),
                null, null, payload);
    }

    private static List<String> ids(List<EventEnvelope<BudgetAllocated>> events) {
        return events.stream().map(EventEnvelope::eventId).toList();
    }

    private static Message<List<byte[]>> message(List<EventEnvelope<BudgetAllocated>> events) {
        return MessageBuilder.withPayload(events.stream()
                .map(e -> EventJson.mapper().writeValueAsString(e).getBytes(StandardCharsets.UTF_8)).toList()).build();
    }
}
