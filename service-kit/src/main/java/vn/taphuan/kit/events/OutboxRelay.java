package vn.taphuan.kit.events;

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
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.taphuan.kit.audit.AuditRecorder;
import vn.taphuan.kit.store.BulkWrites;
import vn.taphuan.kit.work.BackgroundWorker;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>
 * <b>Without reading or rewriting the document, where it can.</b> The writer knows what it wrote: when its write
 * succeeded it hands the relay the document's new events and audit entries with the versions the write went from and
 * to ({@link Written}). If every entry the document held at the version the write went from was published by this
 * process (a new document; or this relay published the write before it, and remembers so), the relay publishes the
 * new entries from memory, moves their audit entries and leaves the document as it is: it is then <em>clean</em> at
 * its new version, and the next write from that version replaces the published entries instead of adding to them
 * ({@link #cleanAt}). Otherwise — another replica wrote the document, this process restarted or forgot, a write whose
 * outcome is unknown, a send the broker refused — the relay reads the document and removes what it published, as
 * above. So a document is read and rewritten by the relay only on those paths, not on every write.
 */
public class OutboxRelay extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** The collection of write intents. */
    public static final String INTENTS = "outbox_intents";
    private static final String OUTBOX = "outbox";
    private static final String TENANT = "tenantId";
    private static final String VERSION = "version";
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    /** Moved audit entries a document without events keeps rather than be written again to lose them. */
    private static final int AUDIT_LEFT_IN_PLACE = 16;
    /**
     * Documents whose clean version is remembered (some 10 MB of heap): the recent ones, where the next write is likely;
     * one forgotten is read by the relay at its next write, as before.
     */
    private static final int CLEAN_REMEMBERED = 50_000;

    private final MongoTemplate mongo;
    private final KafkaClients kafka;
    private final Function<Map<String, Object>, Producer<byte[], byte[]>> producers;
    private final int batchSize;
    private final Duration staleAfter;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final ConcurrentLinkedQueue<Hint> hints = new ConcurrentLinkedQueue<>();
    /** Intents of writers waiting for their insert (guarded by itself), and whether one is being inserted. */
    private final List<Waiting> queuedIntents = new ArrayList<>();
    private boolean insertingIntents;
    /** {@code collection/id} → the version at which this relay published every entry of the document. */
    private final Map<String, Long> clean = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                    return size() > CLEAN_REMEMBERED;
                }
            });
    private final Counter published;
    private final Counter failures;
    private final DistributionSummary batchSizes;
    private volatile Instant lastStaleCheck = Instant.EPOCH;
    private Producer<byte[], byte[]> producer;

    /** A write that stored (or was about to store) events or audit entries in these documents. */
    public record Intent(String id, String collection, List<String> ids) {
    }

    /**
     * What a successful write put in one document for the relay.
     *
     * @param tenant      the document's tenant (each event's header)
     * @param fromVersion the version the write went from (0 for a new document)
     * @param toVersion   the version it stored
     * @param outbox      the outbox entries it added, in order
     * @param audit       the audit entries it added
     */
    public record Written(String tenant, long fromVersion, long toVersion, List<Document> outbox, List<Document> audit) {
    }

    /** An intent handed over by its writer; {@code written} null when the outcome is not known (read the documents). */
    private record Hint(Intent intent, Map<String, Written> written) {

        Hint unknown() {
            return new Hint(intent, null);
        }
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
        Gauge.builder(application + ".outbox.backlog", hints,
                        queue -> queue.stream().mapToInt(h -> h.intent().ids().size()).sum())
                .description("documents written and not yet relayed by this process").register(meters);
    }

    /**
     * Records that documents {@code ids} of {@code collection} are about to be written with events or audit
     * entries; returns the intent to hand to {@link #written} once the write returned (or failed).
     */
    public Intent intend(String collection, List<String> ids) {
        Intent intent = new Intent(UUID.randomUUID().toString(), collection, List.copyOf(ids));
        Waiting me = new Waiting(new Document("_id", intent.id()).append("collection", collection)
                .append("ids", intent.ids()).append("owner", owner).append("at", Date.from(clock.instant())),
                new java.util.concurrent.CompletableFuture<>());
        boolean lead;
        synchronized (queuedIntents) {
            queuedIntents.add(me);
            lead = !insertingIntents;
            insertingIntents = true;
        }
        if (lead || awaitTurn(me)) {
            // this writer's intent is among those it inserts now
            RuntimeException failed = insertQueuedIntents();
            if (failed != null) {
                throw failed;
            }
        }
        return intent;
    }

    /** True when it is this writer's turn to insert; false once another inserted its intent; that insert's failure. */
    private static boolean awaitTurn(Waiting waiting) {
        try {
            return waiting.turn().join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * An intent waiting to be inserted. Its writer waits on {@code turn}: false once it is inserted, true when it is
     * the writer's turn to insert what is queued; completed exceptionally when the insert that carried it failed.
     */
    private record Waiting(Document document, java.util.concurrent.CompletableFuture<Boolean> turn) {
    }

    /**
     * Inserts every intent queued, in one command, and hands the next turn to a writer queued meanwhile: writers at
     * the same moment share one round trip (a group commit), and one writing alone waits for nobody.
     */
    private RuntimeException insertQueuedIntents() {
        List<Waiting> batch;
        synchronized (queuedIntents) {
            batch = new ArrayList<>(queuedIntents);
            queuedIntents.clear();
        }
        RuntimeException failed = null;
        try {
            mongo.insert(batch.stream().map(Waiting::document).toList(), INTENTS);
            batch.forEach(waiting -> waiting.turn().complete(false));
        } catch (RuntimeException | Error e) {
            batch.forEach(waiting -> waiting.turn().completeExceptionally(e));
            if (e instanceof Error error) {
                throw error;
            }
            failed = (RuntimeException) e;
        } finally {
            synchronized (queuedIntents) {
                if (queuedIntents.isEmpty()) {
                    insertingIntents = false;
                } else {
                    queuedIntents.get(0).turn().complete(true);
                }
            }
        }
        return failed;
    }

    /** The write of {@code intent} is over, its outcome unknown: its documents are read and relayed within milliseconds. */
    public void written(Intent intent) {
        written(intent, null);
    }

    /**
     * The write of {@code intent} is over: {@code written} says what it stored in each document it wrote (a document
     * of the intent not named was not written by it); null when the outcome is not known.
     */
    public void written(Intent intent, Map<String, Written> written) {
        hints.add(new Hint(intent, written));
        wakeUp();
    }

    /**
     * A write that added neither events nor audit entries took the document from {@code fromVersion} to
     * {@code toVersion}: clean at the one, it is clean at the other.
     */
    public void carriedOver(String collection, String id, long fromVersion, long toVersion) {
        clean.computeIfPresent(collection + "/" + id, (key, version) -> version == fromVersion ? toVersion : version);
    }

    /**
     * True if every event and audit entry document {@code id} of {@code collection} held at {@code version} is
     * published and moved by this relay: a write from that version may replace them rather than add to them.
     */
    public boolean cleanAt(String collection, String id, long version) {
        Long known = clean.get(collection + "/" + id);
        return known != null && known == version;
    }

    /** Publishes what is pending now (and intents left by others); returns how many events. Also used by tests. */
    public synchronized int publishPending() {
        int count = 0;
        List<Hint> batch = nextBatch();
        while (!batch.isEmpty()) {
            count += relay(batch);
            batch = nextBatch();
        }
        return count;
    }

    private List<Hint> nextBatch() {
        List<Hint> batch = new ArrayList<>();
        int documents = 0;
        Hint next;
        while (documents < batchSize && (next = hints.poll()) != null) {
            batch.add(next);
            documents += next.intent().ids().size();
        }
        if (batch.isEmpty() && clock.instant().isAfter(lastStaleCheck.plus(staleAfter.dividedBy(2)))) {
            lastStaleCheck = clock.instant();
            batch.addAll(staleIntents());
        }
        return batch;
    }

    /** Intents nobody finished in time: of a process that stopped, or this one's before a restart. */
    private List<Hint> staleIntents() {
        Query query = Query.query(Criteria.where("at").lt(Date.from(clock.instant().minus(staleAfter)))).limit(batchSize);
        return mongo.find(query, Document.class, INTENTS).stream()
                .map(d -> new Hint(new Intent(d.getString("_id"), d.getString("collection"),
                        d.getList("ids", String.class)), null))
                .toList();
    }

    /** Relays the documents of these intents; returns the events published. */
    private int relay(List<Hint> batch) {
        // per document: from what its writer handed over, if every entry before it is known published; else read
        Map<String, Set<String>> idsByCollection = new LinkedHashMap<>();
        List<Direct> direct = new ArrayList<>();
        Map<String, Long> chained = new HashMap<>();
        for (Hint hint : batch) {
            String collection = hint.intent().collection();
            for (String id : hint.intent().ids()) {
                String key = collection + "/" + id;
                if (hint.written() == null || idsByCollection.getOrDefault(collection, Set.of()).contains(id)) {
                    idsByCollection.computeIfAbsent(collection, c -> new LinkedHashSet<>()).add(id);
                    continue;
                }
                Written written = hint.written().get(id);
                if (written == null) {
                    continue; // not written by this intent's write (its version guard failed): nothing of its own
                }
                Long before = chained.get(key);
                if (written.fromVersion() == 0 || (before != null ? before == written.fromVersion()
                        : cleanAt(collection, id, written.fromVersion()))) {
                    direct.add(new Direct(hint, key, written));
                    chained.put(key, written.toVersion());
                } else {
                    idsByCollection.computeIfAbsent(collection, c -> new LinkedHashSet<>()).add(id);
                }
            }
        }
        Set<Intent> failed = new LinkedHashSet<>();
        int count = publishDirect(direct, failed);
        Set<String> unfinished = new LinkedHashSet<>();
        for (Map.Entry<String, Set<String>> entry : idsByCollection.entrySet()) {
            Query query = Query.query(Criteria.where("_id").in(entry.getValue()));
            query.fields().include(OUTBOX, AuditRecorder.PENDING, TENANT, VERSION);
            List<Document> documents = mongo.find(query, Document.class, entry.getKey());
            Outcome outcome = publish(entry.getKey(), documents);
            count += outcome.published();
            unfinished.addAll(outcome.unfinished());
        }
        List<String> done = new ArrayList<>();
        for (Hint hint : batch) {
            Intent intent = hint.intent();
            if (failed.contains(intent)) {
                hints.add(hint.unknown()); // read at the next pass: sent again from the document, then removed
            } else if (intent.ids().stream().anyMatch(id -> unfinished.contains(intent.collection() + "/" + id))) {
                hints.add(hint); // tried again at the next pass
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

    /** A document's write whose entries are published from what the writer handed over. */
    private record Direct(Hint hint, String key, Written written) {
    }

    /**
     * Publishes the handed-over entries, moves their audit entries and remembers each document clean at the version
     * its write stored, unless a send failed: then its intent goes into {@code failed} and nothing is remembered for
     * that document in this batch. Returns the events published.
     */
    private int publishDirect(List<Direct> direct, Set<Intent> failed) {
        if (direct.isEmpty()) {
            return 0;
        }
        List<List<Sent>> sent = new ArrayList<>();
        for (Direct next : direct) {
            List<Sent> ofWrite = new ArrayList<>();
            for (Document entry : next.written().outbox()) {
                ofWrite.add(send(entry, next.written().tenant()));
            }
            sent.add(ofWrite);
        }
        if (sent.stream().anyMatch(list -> !list.isEmpty())) {
            producer().flush();
        }
        List<Document> audit = new ArrayList<>();
        Set<String> broken = new HashSet<>();
        int published = 0;
        for (int i = 0; i < direct.size(); i++) {
            Direct next = direct.get(i);
            boolean acknowledged = !broken.contains(next.key());
            for (Sent event : sent.get(i)) {
                acknowledged &= event.acknowledged();
            }
            if (!acknowledged) {
                // this write and every later one of the document are read and sent again from the document
                broken.add(next.key());
                failed.add(next.hint().intent());
                clean.remove(next.key());
                continue;
            }
            published += sent.get(i).size();
            audit.addAll(next.written().audit());
        }
        moveAuditEntries(audit);
        for (Direct next : direct) {
            if (!broken.contains(next.key())) {
                clean.put(next.key(), next.written().toVersion());
            }
        }
        published(published);
        return published;
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
        moveAuditEntriesOf(documents);
        Set<String> unfinished = new LinkedHashSet<>();
        BulkOperations removals = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        int published = 0;
        int writes = 0;
        for (Map.Entry<Document, List<Sent>> entry : sent.entrySet()) {
            Document document = entry.getKey();
            List<Object> done = new ArrayList<>();
            String key = collection + "/" + document.get("_id");
            for (Sent event : entry.getValue()) {
                if (!event.acknowledged()) {
                    unfinished.add(key);
                    break; // later events of the aggregate wait for this one, so none overtakes it
                }
                done.add(event.eventId());
            }
            Number version = document.get(VERSION, Number.class);
            if (!unfinished.contains(key) && version != null) {
                // every entry the document held at this version is published (its audit entries are moved below)
                clean.put(key, version.longValue());
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
    private void moveAuditEntriesOf(List<Document> documents) {
        List<Document> entries = new ArrayList<>();
        documents.forEach(d -> entries.addAll(d.getList(AuditRecorder.PENDING, Document.class, List.of())));
        moveAuditEntries(entries);
    }

    /** Appends audit entries to the audit log in one bulk insert; one already there (moved before) stays as it is. */
    private void moveAuditEntries(List<Document> entries) {
        if (entries.isEmpty()) {
            return;
        }
        BulkWrites.execute(mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, AuditRecorder.LOG).insert(entries));
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
