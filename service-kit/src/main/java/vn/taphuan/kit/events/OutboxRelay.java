package vn.taphuan.kit.events;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.taphuan.kit.audit.AuditRecorder;
import vn.taphuan.kit.work.BackgroundWorker;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Publishes the events waiting in aggregate documents' {@code outbox} arrays to Kafka, and moves their pending
 * audit entries into the audit log — in batches.
 * <p>
 * <b>Finding the work without scanning.</b> Before {@code AggregateStore} writes documents that carry events or
 * audit entries, it records an <em>intent</em> (one small document naming the collection and the ids, in
 * {@value #INTENTS}); after the write it hands the intent to this relay in memory. The relay reads exactly those
 * documents by id, so its cost does not grow with the collection. Intents the relay did not finish — this process
 * stopped, or another replica died — are taken up once they are older than {@code staleAfter}, so nothing written is
 * left unpublished; an intent whose write failed simply finds nothing to do.
 * <p>
 * <b>Publishing a batch.</b> Every event of the documents read is sent at once (an idempotent producer, acks from
 * all in-sync replicas, compressed batches), the producer is flushed, and then, per document, the events the broker
 * acknowledged — the unbroken run from the first, so an aggregate's events never overtake each other — are removed
 * with one bulk write, together with the audit entries moved in the same pass. A crash between the send and the
 * removal sends them again: delivery is at-least-once and consumers de-duplicate. Events of one aggregate share its
 * id as key, so they stay in order on their partition.
 */
public class OutboxRelay extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** The collection of write intents. */
    public static final String INTENTS = "outbox_intents";
    private static final String OUTBOX = "outbox";
    private static final String TENANT = "tenantId";
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    /** Moved audit entries a document without events keeps rather than be written again to lose them. */
    private static final int AUDIT_LEFT_IN_PLACE = 16;

    private final MongoTemplate mongo;
    private final KafkaClients kafka;
    private final Function<Map<String, Object>, Producer<byte[], byte[]>> producers;
    private final int batchSize;
    private final Duration staleAfter;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final ConcurrentLinkedQueue<Intent> hints = new ConcurrentLinkedQueue<>();
    private final Counter published;
    private final Counter failures;
    private final DistributionSummary batchSizes;
    private volatile Instant lastStaleCheck = Instant.EPOCH;
    private Producer<byte[], byte[]> producer;

    /** A write that stored (or was about to store) events or audit entries in these documents. */
    public record Intent(String id, String collection, List<String> ids) {
    }

    public OutboxRelay(MongoTemplate mongo, KafkaClients kafka, MeterRegistry meters, String application,
                       Duration pollInterval, int batchSize, Duration staleAfter, Clock clock) {
        this(mongo, kafka, KafkaProducer::new, meters, application, pollInterval, batchSize, staleAfter, clock);
    }

    OutboxRelay(MongoTemplate mongo, KafkaClients kafka, Function<Map<String, Object>, Producer<byte[], byte[]>> producers,
                MeterRegistry meters, String application, Duration pollInterval, int batchSize, Duration staleAfter,
                Clock clock) {
        // stops before the Mongo client goes away
        super("outbox-relay", pollInterval, Duration.ZERO, Integer.MAX_VALUE - 100);
        this.mongo = mongo;
        this.kafka = kafka;
        this.producers = producers;
        this.batchSize = batchSize;
        this.staleAfter = staleAfter;
        this.clock = clock;
        this.published = Counter.builder(application + ".outbox.published")
                .description("events published from the outbox to Kafka").register(meters);
        this.failures = Counter.builder(application + ".outbox.failures")
                .description("failed attempts to publish an outbox event").register(meters);
        this.batchSizes = DistributionSummary.builder(application + ".outbox.batch")
                .description("events published per relay pass").register(meters);
        Gauge.builder(application + ".outbox.backlog", hints, queue -> queue.stream().mapToInt(i -> i.ids().size()).sum())
                .description("documents written and not yet relayed by this process").register(meters);
    }

    /**
     * Records that documents {@code ids} of {@code collection} are about to be written with events or audit
     * entries; returns the intent to hand to {@link #written} once the write returned (or failed).
     */
    public Intent intend(String collection, List<String> ids) {
        Intent intent = new Intent(UUID.randomUUID().toString(), collection, List.copyOf(ids));
        mongo.insert(new Document("_id", intent.id()).append("collection", collection).append("ids", intent.ids())
                .append("owner", owner).append("at", Date.from(clock.instant())), INTENTS);
        return intent;
    }

    /** The write of {@code intent} is over: its documents are relayed within milliseconds. */
    public void written(Intent intent) {
        hints.add(intent);
        wakeUp();
    }

    /** Publishes what is pending now (and intents left by others); returns how many events. Also used by tests. */
    public synchronized int publishPending() {
        int count = 0;
        List<Intent> batch = nextBatch();
        while (!batch.isEmpty()) {
            count += relay(batch);
            batch = nextBatch();
        }
        return count;
    }

    private List<Intent> nextBatch() {
        List<Intent> batch = new ArrayList<>();
        int documents = 0;
        Intent next;
        while (documents < batchSize && (next = hints.poll()) != null) {
            batch.add(next);
            documents += next.ids().size();
        }
        if (batch.isEmpty() && clock.instant().isAfter(lastStaleCheck.plus(staleAfter.dividedBy(2)))) {
            lastStaleCheck = clock.instant();
            batch.addAll(staleIntents());
        }
        return batch;
    }

    /** Intents nobody finished in time: of a process that stopped, or this one's before a restart. */
    private List<Intent> staleIntents() {
        Query query = Query.query(Criteria.where("at").lt(Date.from(clock.instant().minus(staleAfter)))).limit(batchSize);
        return mongo.find(query, Document.class, INTENTS).stream()
                .map(d -> new Intent(d.getString("_id"), d.getString("collection"), d.getList("ids", String.class)))
                .toList();
    }

    /** Relays the documents of these intents; returns the events published. */
    private int relay(List<Intent> intents) {
        Map<String, Set<String>> idsByCollection = new LinkedHashMap<>();
        for (Intent intent : intents) {
            idsByCollection.computeIfAbsent(intent.collection(), c -> new LinkedHashSet<>()).addAll(intent.ids());
        }
        Set<String> unfinished = new LinkedHashSet<>();
        int count = 0;
        for (Map.Entry<String, Set<String>> entry : idsByCollection.entrySet()) {
            Query query = Query.query(Criteria.where("_id").in(entry.getValue()));
            query.fields().include(OUTBOX, AuditRecorder.PENDING, TENANT);
            List<Document> documents = mongo.find(query, Document.class, entry.getKey());
            Outcome outcome = publish(entry.getKey(), documents);
            count += outcome.published();
            unfinished.addAll(outcome.unfinished());
        }
        List<String> done = new ArrayList<>();
        for (Intent intent : intents) {
            if (intent.ids().stream().anyMatch(id -> unfinished.contains(intent.collection() + "/" + id))) {
                hints.add(intent); // tried again at the next pass
            } else {
                done.add(intent.id());
            }
        }
        if (!done.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").in(done)), INTENTS);
        }
        batchSizes.record(count);
        return count;
    }

    /** @param unfinished {@code collection/id} of documents with events the broker did not take */
    private record Outcome(int published, Set<String> unfinished) {
    }

    private Outcome publish(String collection, List<Document> documents) {
        Map<Document, List<Sent>> sent = new LinkedHashMap<>();
        for (Document document : documents) {
            List<Sent> ofDocument = new ArrayList<>();
            for (Document entry : document.getList(OUTBOX, Document.class, List.of())) {
                ofDocument.add(send(entry, document.getString(TENANT)));
            }
            sent.put(document, ofDocument);
        }
        if (sent.values().stream().anyMatch(list -> !list.isEmpty())) {
            producer().flush();
        }
        moveAuditEntries(documents);
        Set<String> unfinished = new LinkedHashSet<>();
        BulkOperations removals = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        int published = 0;
        int writes = 0;
        for (Map.Entry<Document, List<Sent>> entry : sent.entrySet()) {
            Document document = entry.getKey();
            List<Object> done = new ArrayList<>();
            for (Sent event : entry.getValue()) {
                if (!event.acknowledged()) {
                    unfinished.add(collection + "/" + document.get("_id"));
                    break; // later events of the aggregate wait for this one, so none overtakes it
                }
                done.add(event.eventId());
            }
            List<Object> audit = document.getList(AuditRecorder.PENDING, Document.class, List.of()).stream()
                    .map(e -> e.get("_id")).toList();
            if (done.isEmpty() && audit.size() <= AUDIT_LEFT_IN_PLACE) {
                // a write without events (a person registered by an import): its entries are in the audit log now;
                // left in the document, an entry is moved again only as a duplicate the log ignores, which saves a
                // second write of every such document
                continue;
            }
            Update update = new Update();
            if (!done.isEmpty()) {
                update.pull(OUTBOX, new Document("eventId", new Document("$in", done)));
            }
            if (!audit.isEmpty()) {
                update.pull(AuditRecorder.PENDING, new Document("_id", new Document("$in", audit)));
            }
            removals.updateOne(Query.query(Criteria.where("_id").is(document.get("_id"))), update);
            published += done.size();
            writes++;
        }
        if (writes > 0) {
            removals.execute();
        }
        published(published);
        return new Outcome(published, unfinished);
    }

    private void published(int count) {
        published.increment(count);
    }

    /** An event handed to the producer. */
    private record Sent(String eventId, Future<RecordMetadata> result) {

        boolean acknowledged() {
            try {
                result.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException | TimeoutException e) {
                log.warn("outbox relay: event {} was not accepted by the broker, will retry: {}", eventId,
                        e instanceof ExecutionException ? e.getCause().toString() : e.toString());
                return false;
            }
        }
    }

    private Sent send(Document entry, String tenant) {
        String topic = entry.getString("topic");
        try {
            kafka.ensureTopic(topic);
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic,
                    entry.getString("key").getBytes(StandardCharsets.UTF_8),
                    entry.getString("envelope").getBytes(StandardCharsets.UTF_8));
            record.headers().add("eventId", entry.getString("eventId").getBytes(StandardCharsets.UTF_8));
            record.headers().add("eventType", entry.getString("eventType").getBytes(StandardCharsets.UTF_8));
            if (tenant != null) {
                record.headers().add("tenantId", tenant.getBytes(StandardCharsets.UTF_8));
            }
            record.headers().add("contentType", "application/json".getBytes(StandardCharsets.UTF_8));
            String traceparent = entry.getString(EventTraces.HEADER);
            if (traceparent != null) {
                record.headers().add(EventTraces.HEADER, traceparent.getBytes(StandardCharsets.UTF_8));
            }
            return new Sent(entry.getString("eventId"), producer().send(record));
        } catch (RuntimeException e) {
            failures.increment();
            return new Sent(entry.getString("eventId"), java.util.concurrent.CompletableFuture.failedFuture(e));
        }
    }

    /**
     * Appends the documents' pending audit entries to the audit log in one bulk insert; an entry moved by an earlier
     * pass that stopped before removing it from its document is already there and stays as it is.
     */
    private void moveAuditEntries(List<Document> documents) {
        List<Document> entries = new ArrayList<>();
        documents.forEach(d -> entries.addAll(d.getList(AuditRecorder.PENDING, Document.class, List.of())));
        if (entries.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, AuditRecorder.LOG).insert(entries).execute();
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }

    private synchronized Producer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = producers.apply(kafka.batchProducer("outbox-relay-" + owner));
        }
        return producer;
    }

    @Override
    protected void starting() {
        // intents left by a previous run of this service are taken up at once, not after staleAfter
        lastStaleCheck = Instant.EPOCH;
    }

    @Override
    protected void pass() {
        publishPending();
    }

    @Override
    protected synchronized void stopped() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
