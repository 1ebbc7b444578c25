package vn.taphuan.kit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import vn.taphuan.contracts.EventSchemas;
import vn.taphuan.contracts.plan.v1.FundingAmount;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.ProgrammeRules;
import vn.taphuan.contracts.plan.v1.TargetLine;
import vn.taphuan.kit.events.EventJson;
import vn.taphuan.kit.events.OutboxRelay;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.StaleAggregate;

import vn.taphuan.kit.support.Probe;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.testsupport.ServiceIntegrationTest;
import vn.taphuan.testsupport.TopicProbe;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@ServiceIntegrationTest
class OutboxFlowTest {

    @Autowired
    AggregateStore store;
    @Autowired
    OutboxRelay relay;
    @Autowired
    MongoTemplate mongo;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;

    @Autowired
    KnownTenants tenants;

    @BeforeEach
    void clear() {
        KitTestApplication.HANDLED.clear();
        tenants.onboard("bac-giang", "Bắc Giang", "24", List.of());
    }

    @Test
    void stateAndEventsAreStoredInOneWriteThenPublishedInOrderWithTheAggregateIdAsKey() {
        String id = "probe-" + UUID.randomUUID();
        try (TenantContext.Scope ignored = TenantContext.open("bac-giang");
             TopicProbe topic = new TopicProbe(brokers, "plan.events.v1")) {
            long version = store.insert(new Probe(id, "bac-giang", "v1"), id, List.of(approved(id, 1), approved(id, 2)));
            assertThat(version).isEqualTo(2);

            await().atMost(Duration.ofSeconds(15)).until(() -> keyed(topic.records(), id).size() == 2);
            List<ConsumerRecord<String, String>> records = keyed(topic.records(), id);
            JsonNode first = EventJson.mapper().readTree(records.get(0).value());
            JsonNode second = EventJson.mapper().readTree(records.get(1).value());
            assertThat(EventSchemas.validateEnvelope(first)).isEmpty();
            assertThat(first.get("aggregateVersion").asLong()).isEqualTo(1);
            assertThat(second.get("aggregateVersion").asLong()).isEqualTo(2);
            assertThat(first.get("tenantId").asString()).isEqualTo("bac-giang");
            assertThat(first.get("producer").asString()).isEqualTo("kit-test-service");
            await().atMost(Duration.ofSeconds(10)).until(this::everyIntentFinished);
        }
    }

    @Test
    void theRelayPublishesWhatTheWriterHandedOverWithoutRewritingTheDocumentAndTheNextWriteReplacesIt() {
        String id = "probe-" + UUID.randomUUID();
        try (TenantContext.Scope ignored = TenantContext.open("bac-giang");
             TopicProbe topic = new TopicProbe(brokers, "plan.events.v1")) {
            store.insert(new Probe(id, "bac-giang", "v1"), id, List.of(approved(id, 1)));
            await().atMost(Duration.ofSeconds(15)).until(() -> keyed(topic.records(), id).size() == 1);
            await().atMost(Duration.ofSeconds(10)).until(this::everyIntentFinished);
            assertThat(outboxOf(id)).as("published from memory: the document was not written again").hasSize(1);
            assertThat(relay.cleanAt("probe", id, 1)).isTrue();
            assertThat(auditEntriesOf(id)).as("its audit entry moved once").isEqualTo(1);

            Probe read = store.find(Probe.class, id).orElseThrow();
            read.retitle("v2");
            store.update(read, id, 1, List.of(approved(id, 2), approved(id, 3)));
            assertThat(outboxOf(id)).as("the published entry replaced by this write's own").hasSize(2);
            assertThat(pendingOf(id)).as("the moved audit entry replaced by this write's").hasSize(1);

            await().atMost(Duration.ofSeconds(15)).until(() -> keyed(topic.records(), id).size() == 3);
            await().atMost(Duration.ofSeconds(10)).until(this::everyIntentFinished);
            assertThat(keyed(topic.records(), id)).extracting(r -> EventJson.mapper().readTree(r.value())
                    .get("aggregateVersion").asLong()).as("each once, in order").containsExactly(1L, 2L, 3L);
            assertThat(auditEntriesOf(id)).isEqualTo(2);
            assertThat(relay.cleanAt("probe", id, 3)).isTrue();
        }
    }

    @Test
    void aDocumentThisRelayDidNotSeeCleanIsReadAndItsEarlierEventsGoFirst() {
        String id = "probe-" + UUID.randomUUID();
        relay.stop();
        try (TenantContext.Scope ignored = TenantContext.open("bac-giang");
             TopicProbe topic = new TopicProbe(brokers, "plan.events.v1")) {
            store.insert(new Probe(id, "bac-giang", "v1"), id, List.of(approved(id, 1)));
            // as another replica would have left it: an event of version 2 nobody here handed over
            Probe read = store.find(Probe.class, id).orElseThrow();
            read.retitle("v2");
            mongo.getCollection("probe").updateOne(new Document("_id", id), new Document("$push",
                    new Document("outbox", outboxOfDocument(id, 2))).append("$set", new Document("version", 2L)));
            store.update(read, id, 2, List.of(approved(id, 3)));

            relay.start();
            await().atMost(Duration.ofSeconds(15)).until(() -> keyed(topic.records(), id).size() >= 3);
            await().atMost(Duration.ofSeconds(10)).until(this::everyIntentFinished);
            List<Long> versions = keyed(topic.records(), id).stream().map(r -> EventJson.mapper().readTree(r.value())
                    .get("aggregateVersion").asLong()).toList();
            assertThat(versions).as("version 3 never before version 2").containsSubsequence(1L, 2L, 3L);
            assertThat(versions.indexOf(3L)).isGreaterThan(versions.indexOf(2L));
            assertThat(outboxOf(id)).as("read and removed").isEmpty();
        } finally {
            if (!relay.isRunning()) {
                relay.start();
            }
        }
    }

    @Test
    void writersAtTheSameMomentShareTheirIntentsInsertAndEveryEventIsPublishedOnce() throws Exception {
        int writers = 16;
        List<String> ids = java.util.stream.IntStream.range(0, writers).mapToObj(i -> "probe-" + UUID.randomUUID())
                .toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try (TopicProbe topic = new TopicProbe(brokers, "plan.events.v1")) {
            List<java.util.concurrent.Future<Long>> written = ids.stream().map(id -> pool.submit(() -> {
                start.await();
                try (TenantContext.Scope ignored = TenantContext.open("bac-giang")) {
                    return store.insert(new Probe(id, "bac-giang", "v1"), id, List.of(approved(id, 1)));
                }
            })).toList();
            start.countDown();
            for (java.util.concurrent.Future<Long> version : written) {
                assertThat(version.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1);
            }
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> ids.stream().allMatch(id -> keyed(topic.records(), id).size() == 1));
            await().atMost(Duration.ofSeconds(10)).until(this::everyIntentFinished);
            assertThat(ids).allSatisfy(id -> assertThat(keyed(topic.records(), id)).hasSize(1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedAndStoresNothing() {
        String id = "probe-" + UUID.randomUUID();
        try (TenantContext.Scope ignored = TenantContext.open("bac-giang")) {
            store.insert(new Probe(id, "bac-giang", "v1"), id, List.of());
            Probe loaded = store.find(Probe.class, id).orElseThrow();
            loaded.retitle("v2");
            assertThat(store.update(loaded, id, loaded.version(), List.of(approved(id, 2)))).isEqualTo(2);

            loaded.retitle("v3 from a stale read");
            assertThatThrownBy(() -> store.update(loaded, id, 1, List.of(approved(id, 3))))
                    .isInstanceOf(StaleAggregate.class);
            assertThat(store.find(Probe.class, id).orElseThrow().title()).isEqualTo("v2");
        }
    }

    @Test
    void anotherTenantCannotSeeTheAggregate() {
        String id = "probe-" + UUID.randomUUID();
        try (TenantContext.Scope ignored = TenantContext.open("bac-giang")) {
            store.insert(new Probe(id, "bac-giang", "v1"), id, List.of());
        }
        try (TenantContext.Scope ignored = TenantContext.open("thanh-hoa")) {
            assertThat(store.find(Probe.class, id)).isEmpty();
        }
    }

    @Test
    void eventsStoredWhileTheRelayIsDownArePublishedWhenItComesBack() {
        String id = "probe-" + UUID.randomUUID();
        relay.stop();
        try (TenantContext.Scope ignored = TenantContext.open("bac-giang");
             TopicProbe topic = new TopicProbe(brokers, "plan.events.v1")) {
            store.insert(new Probe(id, "bac-giang", "v1"), id, List.of(approved(id, 1)));
            assertThat(outboxOf(id)).hasSize(1);
            assertThat(keyed(topic.records(), id)).isEmpty();

            relay.start();
            await().atMost(Duration.ofSeconds(15)).until(() -> keyed(topic.records(), id).size() == 1);
            await().atMost(Duration.ofSeconds(10)).until(this::everyIntentFinished);
        } finally {
            if (!relay.isRunning()) {
                relay.start();
            }
        }
    }

    @Test
    void aBatchInsertWritesEachAggregateWithItsEventsAndReportsTheIdsThatAlreadyExisted() {
        String existing = "probe-" + UUID.randomUUID();
        String first = "probe-" + UUID.randomUUID();
        String second = "probe-" + UUID.randomUUID();
        try (TenantContext.Scope ignored = TenantContext.open("bac-giang");
             TopicProbe topic = new TopicProbe(brokers, "plan.events.v1")) {
            store.insert(new Probe(existing, "bac-giang", "already there"), existing, List.of());

            var existed = store.insertAll(List.of(
                    new AggregateStore.NewAggregate(new Probe(first, "bac-giang", "a"), first, List.of(approved(first, 1))),
                    new AggregateStore.NewAggregate(new Probe(existing, "bac-giang", "again"), existing, List.of(approved(existing, 1))),
                    new AggregateStore.NewAggregate(new Probe(second, "bac-giang", "b"), second,
                            List.of(approved(second, 1), approved(second, 2)))));

            assertThat(existed).containsExactly(existing);
            assertThat(store.find(Probe.class, existing).orElseThrow().title()).isEqualTo("already there");
            assertThat(store.find(Probe.class, second).orElseThrow().version()).isEqualTo(2);
            await().atMost(Duration.ofSeconds(15)).until(() -> keyed(topic.records(), first).size() == 1
                    && keyed(topic.records(), second).size() == 2);
            assertThat(keyed(topic.records(), existing)).isEmpty();
        }
        try (TenantContext.Scope ignored = TenantContext.open("thanh-hoa")) {
            assertThat(store.find(Probe.class, first)).isEmpty();
            assertThat(store.findAll(Probe.class, List.of(first, second))).isEmpty();
        }
        try (TenantContext.Scope ignored = TenantContext.open("bac-giang")) {
            assertThat(store.findAll(Probe.class, List.of(first, second, "no-such-id")))
                    .extracting(Probe::title).containsExactlyInAnyOrder("a", "b");
        }
    }

    @Test
    void lookupsByAnotherKeyAndReadsOfAFewFieldsFindOnlyTheCurrentTenantsAggregates() {
        String ours = "probe-" + UUID.randomUUID();
        String theirs = "probe-" + UUID.randomUUID();
        String key = "key-" + UUID.randomUUID();
        try (TenantContext.Scope ignored = TenantContext.open("bac-giang")) {
            store.insert(new Probe(ours, "bac-giang", key).withSecret("s1"), ours, List.of());
        }
        try (TenantContext.Scope ignored = TenantContext.open("thanh-hoa")) {
            store.insert(new Probe(theirs, "thanh-hoa", key).withSecret("s2"), theirs, List.of());
        }
        try (TenantContext.Scope ignored = TenantContext.open("bac-giang")) {
            assertThat(store.findAllBy(Probe.class, "title", List.of(key, "no-such-title")))
                    .extracting(Probe::id).containsExactly(ours);
            assertThat(store.findAllBy(Probe.class, "title", List.of())).isEmpty();
            List<Document> fields = store.fieldsOf(Probe.class, List.of(ours, theirs), "title");
            assertThat(fields).hasSize(1);
            assertThat(fields.get(0).getString("_id")).isEqualTo(ours);
            assertThat(fields.get(0).getString("title")).isEqualTo(key);
            assertThat(fields.get(0)).as("only the fields asked for").doesNotContainKey("secret");
        }
    }

    @Test
    void aRedeliveredEventIsHandledOnce() {
        String id = "probe-" + UUID.randomUUID();
        try (TenantContext.Scope ignored = TenantContext.open("bac-giang")) {
            store.insert(new Probe(id, "bac-giang", "v1"), id, List.of(approved(id, 1)));
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> handledFor(id) == 1);
        String envelope;
        try (TopicProbe topic = new TopicProbe(brokers, "plan.events.v1")) {
            await().atMost(Duration.ofSeconds(10)).until(() -> keyed(topic.records(), id).size() == 1);
            envelope = keyed(topic.records(), id).get(0).value();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>("plan.events.v1", id, envelope));
            producer.send(new ProducerRecord<>("plan.events.v1", id, envelope));
            // a marker sent after the duplicates on the same partition: once it is handled, the duplicates were seen
            String marker = "probe-" + UUID.randomUUID();
            producer.send(new ProducerRecord<>("plan.events.v1", id, envelope
                    .replaceAll("\"eventId\":\"[^\"]+\"", "\"eventId\":\"" + UUID.randomUUID() + "\"")
                    .replace("\"planId\":\"" + id + "\"", "\"planId\":\"" + marker + "\"")));
            producer.flush();
            await().atMost(Duration.ofSeconds(15)).until(() -> handledFor(marker) == 1);
        }
        assertThat(handledFor(id)).isEqualTo(1);
    }

    private long handledFor(String planId) {
        return KitTestApplication.HANDLED.stream().filter(e -> e.payload().planId().equals(planId)).count();
    }

    private List<Object> outboxOf(String id) {
        Document document = mongo.findById(id, Document.class, "probe");
        return document.getList("outbox", Object.class);
    }

    private List<Object> pendingOf(String id) {
        return mongo.findById(id, Document.class, "probe").getList(vn.taphuan.kit.audit.AuditRecorder.PENDING,
                Object.class);
    }

    /** The document's first outbox entry, as its event of {@code version} (another writer's, in a test). */
    private Document outboxOfDocument(String id, long version) {
        Document entry = new Document(mongo.findById(id, Document.class, "probe").getList("outbox", Document.class)
                .get(0));
        String eventId = UUID.randomUUID().toString();
        entry.put("eventId", eventId);
        entry.put("envelope", entry.getString("envelope")
                .replaceAll("\"eventId\":\"[^\"]+\"", "\"eventId\":\"" + eventId + "\"")
                .replace("\"aggregateVersion\":1", "\"aggregateVersion\":" + version));
        return entry;
    }

    private long auditEntriesOf(String id) {
        return mongo.getCollection(vn.taphuan.kit.audit.AuditRecorder.LOG)
                .countDocuments(new Document("aggregateId", id));
    }

    private boolean everyIntentFinished() {
        return mongo.getCollection(OutboxRelay.INTENTS).countDocuments() == 0;
    }

    private static List<ConsumerRecord<String, String>> keyed(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }

    static PlanApproved approved(String planId, int version) {
        return new PlanApproved(planId, version, "MTQG_DTTS_MN_2021_2025", null, new ProgrammeRules(null, null, 100),
                "Kế hoạch thử", null, null, null, "2023-01-01", "2023-12-31", "2025-12-31", 1000,
                List.of(new FundingAmount("CENTRAL", 1000)),
                List.of(new TargetLine("l1", "TRAINING_CLASS", "COMMUNITY", null, null, null, 10, 100, null, null, null,
                        null, null)));
    }
}
