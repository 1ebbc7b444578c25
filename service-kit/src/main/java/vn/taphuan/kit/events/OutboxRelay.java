package vn.taphuan.kit.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;
import vn.taphuan.kit.audit.AuditRecorder;
import vn.taphuan.kit.work.BackgroundWorker;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publishes the events waiting in aggregate documents' {@code outbox} arrays to Kafka, in the order they were
 * stored, and removes each one only after the broker acknowledged it (the producer binding is synchronous). A crash
 * between send and removal re-sends on restart: delivery is at-least-once and consumers de-duplicate. In the same
 * pass it moves the documents' pending audit entries into the audit log.
 * <p>
 * Several replicas may run a relay at once; the worst case is a duplicate, which consumers already absorb.
 */
public class OutboxRelay extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String SYSTEM_PREFIX = "system.";

    private final MongoTemplate mongo;
    private final StreamBridge bridge;
    private final int batchSize;
    private final Counter published;
    private final Counter failures;
    private final Set<String> collections = ConcurrentHashMap.newKeySet();

    public OutboxRelay(MongoTemplate mongo, StreamBridge bridge, MeterRegistry meters, String application,
                       Duration pollInterval, int batchSize) {
        // stops before the Kafka binder and the Mongo client go away
        super("outbox-relay", pollInterval, Duration.ZERO, Integer.MAX_VALUE - 100);
        this.mongo = mongo;
        this.bridge = bridge;
        this.batchSize = batchSize;
        this.published = Counter.builder(application + ".outbox.published")
                .description("events published from the outbox to Kafka").register(meters);
        this.failures = Counter.builder(application + ".outbox.failures")
                .description("failed attempts to publish an outbox event").register(meters);
    }

    /** Called after a write that stored events, so they leave within milliseconds instead of a poll interval. */
    public void wakeUp(String collection) {
        collections.add(collection);
        wakeUp();
    }

    /** Publishes everything pending now; returns how many events were published. Also used by tests. */
    public synchronized int publishPending() {
        int count = 0;
        for (String collection : collections) {
            List<Document> pending = mongo.find(Query.query(new Criteria().orOperator(
                            Criteria.where(OutboxFields.FIRST_ENTRY).exists(true),
                            Criteria.where(AuditRecorder.PENDING + ".0").exists(true))).limit(batchSize),
                    Document.class, collection);
            for (Document aggregate : pending) {
                count += publish(collection, aggregate);
                moveAuditEntries(collection, aggregate);
            }
        }
        return count;
    }

    /** Appends the aggregate's pending audit entries to the audit log, then removes them from the aggregate. */
    private void moveAuditEntries(String collection, Document aggregate) {
        List<Document> entries = aggregate.getList(AuditRecorder.PENDING, Document.class, List.of());
        if (entries.isEmpty()) {
            return;
        }
        List<Object> moved = new ArrayList<>();
        for (Document entry : entries) {
            try {
                mongo.insert(entry, AuditRecorder.LOG);
            } catch (DuplicateKeyException alreadyMoved) {
                // moved by an earlier pass that stopped before removing it from the aggregate
            }
            moved.add(entry.get("_id"));
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregate.get("_id"))),
                new Update().pull(AuditRecorder.PENDING, new Document("_id", new Document("$in", moved))), collection);
    }

    private int publish(String collection, Document aggregate) {
        List<String> done = new ArrayList<>();
        try {
            for (Document entry : aggregate.getList(OutboxFields.OUTBOX, Document.class, List.of())) {
                Message<byte[]> message = MessageBuilder
                        .withPayload(entry.getString("envelope").getBytes(StandardCharsets.UTF_8))
                        .setHeader(KafkaHeaders.KEY, entry.getString("key").getBytes(StandardCharsets.UTF_8))
                        .setHeader(MessageHeaders.CONTENT_TYPE, MimeTypeUtils.APPLICATION_JSON_VALUE)
                        .setHeader("eventId", entry.getString("eventId"))
                        .setHeader("eventType", entry.getString("eventType"))
                        .setHeader("tenantId", aggregate.getString(OutboxFields.TENANT))
                        .build();
                if (!bridge.send(entry.getString("topic"), message)) {
                    throw new IllegalStateException("broker did not accept event " + entry.getString("eventId"));
                }
                done.add(entry.getString("eventId"));
                published.increment();
            }
        } catch (RuntimeException e) {
            failures.increment();
            log.warn("outbox relay: publishing from {} {} failed, will retry: {}", collection, aggregate.get("_id"), e.toString());
        } finally {
            if (!done.isEmpty()) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(aggregate.get("_id"))),
                        new Update().pull(OutboxFields.OUTBOX, new Document("eventId", new Document("$in", done))),
                        collection);
            }
        }
        return done.size();
    }

    @Override
    protected void starting() {
        // aggregate collections are the ones whose documents carry an outbox; others are never scanned
        mongo.getCollectionNames().stream()
                .filter(name -> !name.startsWith(SYSTEM_PREFIX))
                .filter(name -> mongo.exists(Query.query(new Criteria().orOperator(
                        Criteria.where(OutboxFields.OUTBOX).exists(true),
                        Criteria.where(AuditRecorder.PENDING).exists(true))), name))
                .forEach(collections::add);
    }

    @Override
    protected void pass() {
        publishPending();
    }

    /** Field names of the outbox inside aggregate documents. */
    static final class OutboxFields {
        static final String OUTBOX = "outbox";
        static final String FIRST_ENTRY = "outbox.0";
        static final String TENANT = "tenantId";

        private OutboxFields() {
        }
    }
}
