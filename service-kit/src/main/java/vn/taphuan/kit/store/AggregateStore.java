package vn.taphuan.kit.store;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.taphuan.kit.audit.AuditRecorder;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.kit.events.EventContext;
import vn.taphuan.kit.events.EventEnvelopes;
import vn.taphuan.kit.events.EventTraces;
import vn.taphuan.kit.events.OutboxRelay;
import vn.taphuan.kit.problem.StaleVersion;
import vn.taphuan.kit.tenant.TenantContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Stores an aggregate together with the events its command produced, in ONE document write: the events ride in
 * the aggregate document's {@code outbox} array until {@link OutboxRelay} has published them. No multi-document
 * transaction is needed, so this holds on the embedded store as on a real MongoDB.
 * <p>
 * Every read and write is scoped to {@link TenantContext}: a caller cannot forget the tenant. Aggregates are plain
 * objects with fields {@code id}, {@code tenantId} and {@code version}; updates are guarded by the version the
 * caller read (optimistic concurrency). Each event gets its own aggregate version, so consumers can order and
 * de-duplicate by it. Every write also carries its audit entry (see {@link AuditRecorder}), but for an aggregate's own
 * bookkeeping ({@link Decision#bookkeeping}).
 * <p>
 * Services change an aggregate through {@link #execute}: load, run the command, store, with the one retry policy for
 * a concurrent writer, so no service writes that loop itself.
 */
public class AggregateStore {

    public static final String OUTBOX = "outbox";
    public static final String TENANT = "tenantId";
    public static final String VERSION = "version";
    /**
     * Runs of a command on the latest state ({@link #execute} without an expected version, {@link #onLatest}) before a
     * concurrent writer's lost race is given up: enough for the hottest document (an activity's seats, written by every
     * enrolment request for it), and a bound so a command never spins.
     */
    public static final int COMMAND_ATTEMPTS = 30;
    /**
     * How many aggregates' latest states {@link #findAllToChange} keeps: the plans' budgets in flight (four provinces
     * loading at a time touch some eight), each up to hundreds of kilobytes, in a heap of a few hundred megabytes.
     */
    static final int RECENT_STATES = 32;
    /** Set by {@link #updateAll}: which call wrote a document last. */
    private static final String WRITE_TOKEN = "_w";

    private final MongoTemplate mongo;
    private final EventEnvelopes envelopes;
    private final OutboxRelay relay;
    private final AuditRecorder audit;
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();
    /**
     * The stored state each aggregate object in use was read or last written at, by the object itself (held weakly:
     * an aggregate no longer referenced takes its entry with it): what its next write is the difference from
     * ({@link StateDiff}). An aggregate not found here is written whole.
     */
    private final Map<Object, Stored> stored = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    /**
     * The latest state this process read or wrote of the aggregates of the collections asked through
     * {@link #findAllToChange}, the most recently used {@value #RECENT_STATES} of them, by collection and id.
     */
    private final Map<String, Stored> recent = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Stored> eldest) {
                    return size() > RECENT_STATES;
                }
            });
    private final Set<String> keptInMemory = ConcurrentHashMap.newKeySet();

    public AggregateStore(MongoTemplate mongo, EventEnvelopes envelopes, OutboxRelay relay, AuditRecorder audit) {
        this.mongo = mongo;
        this.envelopes = envelopes;
        this.relay = relay;
        this.audit = audit;
    }

    /**
     * The current tenant's aggregate {@code id}. Read by id alone (answered from the id index by any store) and then
     * checked against the tenant here: another tenant's aggregate is as absent as one that does not exist.
     */
    public <T> Optional<T> find(Class<T> type, String id) {
        return Optional.ofNullable(load(type, id)).map(Loaded::aggregate);
    }

    /** An aggregate as read, with the version it was stored at. */
    private record Loaded<T>(T aggregate, long version) {
    }

    /** As {@link #find}, with the stored version; null if the tenant has no such aggregate. */
    private <T> Loaded<T> load(Class<T> type, String id) {
        Document document = mongo.findOne(withoutRelayFields(Query.query(Criteria.where("_id").is(id))),
                Document.class, mongo.getCollectionName(type));
        String tenant = TenantContext.require();
        if (document == null) {
            return null;
        }
        if (!tenant.equals(document.getString(TENANT))) {
            refuseForeignEvent(type, id, document.getString(TENANT), tenant);
            return null;
        }
        return new Loaded<>(read(type, document), versionOf(document));
    }

    /** The aggregate of a stored document (read without its relay fields), remembered with the state it was read at. */
    private <T> T read(Class<T> type, Document document) {
        T aggregate = mongo.getConverter().read(type, document);
        remember(aggregate, new Stored(mongo.getCollectionName(type), document.getString("_id"),
                versionOf(document), document));
        return aggregate;
    }

    private void remember(Object aggregate, Stored state) {
        stored.put(aggregate, state);
        if (keptInMemory.contains(state.collection())) {
            recent.put(state.collection() + '/' + state.id(), state);
        }
    }

    /** A write of the aggregate lost its race, or its outcome is unknown: what this process knew of it is not kept. */
    private void forget(String collection, String id) {
        recent.remove(collection + '/' + id);
    }

    /**
     * As {@link #findAll}, for a command that writes what it reads version-guarded ({@link #updateAll},
     * {@link #update}): an aggregate this process read or wrote last is taken from memory without reading the store
     * — a plan's budget, hundreds of kilobytes, is changed by every batch of facts about its activities. Another
     * process's write since makes the state given here stale; the command's write then loses its race, the state is
     * forgotten, and the caller reads again ({@link #findAll}). Aggregates {@link WrittenWhole} are always read.
     */
    public <T> List<T> findAllToChange(Class<T> type, Collection<String> ids) {
        return new ArrayList<>(byId(type, ids, true).values());
    }

    /**
     * The current tenant's aggregates among {@code ids}, by id, in one round trip; {@code toChange}: first from memory
     * as {@link #findAllToChange} (the collection is then kept there), and aggregates {@link WrittenWhole} read.
     */
    private <T> Map<String, T> byId(Class<T> type, Collection<String> ids, boolean toChange) {
        String collection = mongo.getCollectionName(type);
        String tenant = TenantContext.require();
        Map<String, T> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        boolean fromMemory = toChange && !type.isAnnotationPresent(WrittenWhole.class);
        if (fromMemory) {
            keepInMemory(type);
        }
        for (String id : ids) {
            Stored known = fromMemory ? recent.get(collection + '/' + id) : null;
            if (known != null && tenant.equals(known.state().getString(TENANT))) {
                T aggregate = mongo.getConverter().read(type, known.state());
                stored.put(aggregate, known);
                found.put(id, aggregate);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            mongo.find(withoutRelayFields(Query.query(Criteria.where("_id").in(missing))), Document.class, collection)
                    .stream()
                    .filter(document -> tenant.equals(document.getString(TENANT)))
                    .forEach(document -> found.put(document.getString("_id"), read(type, document)));
        }
        return found;
    }

    private static long versionOf(Document document) {
        Number version = document.get(VERSION, Number.class);
        return version == null ? 0 : version.longValue();
    }

    /** A document's state as stored at a version: the aggregate's own fields, without the relay's. */
    private record Stored(String collection, String id, long version, Document state) {
    }

    /**
     * The one command path: reads the current tenant's aggregate {@code id}, runs {@code command} on it and stores
     * what the command decided (its new state and events, in one version-guarded write as {@link #update}, or
     * {@link #insert} for a new aggregate). The retry policy for a concurrent writer:
     * <ul>
     *   <li>{@code expectedVersion} given (a person's command on what they read): a stored version other than it is
     *       refused at once with {@link StaleVersion} (412), before the command runs; a write that loses the race
     *       after that throws {@link StaleAggregate} — never retried, the caller must read again.</li>
     *   <li>{@code expectedVersion} null (a command on the latest state: an event's fact, a payment): a lost race is
     *       read again and the command run again on the newer state, up to {@value #COMMAND_ATTEMPTS} runs in all;
     *       then the last race's {@link StaleAggregate} (or, for a new aggregate created concurrently each time,
     *       {@link DuplicateKeyException}) is thrown.</li>
     * </ul>
     * The command may therefore run more than once; only the run whose decision was written counts, and what it
     * reports comes back in {@link Executed#result()}.
     *
     * @param absent  the new aggregate when the tenant has none with this id (stored version 0), or throws (e.g. not
     *                found); may return null: then nothing is done and {@link Executed#aggregate()} is null
     * @param command the command; returns the events to write with the new state, or that nothing changed
     */
    public <T, R> Executed<T, R> execute(Class<T> type, String id, Long expectedVersion, Supplier<? extends T> absent,
                                         Function<? super T, Decision<R>> command) {
        // the first run may start from memory (a collection kept there, {@link #keepInMemory}); a run after a lost
        // race reads the store, since the write that lost forgot what memory held
        boolean[] first = {true};
        Supplier<Executed<T, R>> once = () -> {
            Loaded<T> known = first[0] ? remembered(type, id, expectedVersion) : null;
            first[0] = false;
            return known != null ? decide(id, known, known.aggregate(), expectedVersion, command)
                    : executeOnce(type, id, expectedVersion, absent, command);
        };
        return expectedVersion != null ? once.get() : onLatest(once);
    }

    /**
     * Keeps the latest state this process read or wrote of {@code type}'s aggregates in memory (the
     * {@value #RECENT_STATES} most recently used), so that {@link #execute} and {@link #findAllToChange} start from it
     * rather than reading the store: for aggregates that grow large and are changed often by one process (a plan's
     * budget, hundreds of kilobytes, changed by every payment). A state made stale by another process's write loses
     * its own write's race, is forgotten and read again.
     */
    public void keepInMemory(Class<?> type) {
        if (!type.isAnnotationPresent(WrittenWhole.class)) {
            keptInMemory.add(mongo.getCollectionName(type));
        }
    }

    /**
     * The current tenant's aggregate as this process last read or wrote it, when its collection is kept in memory and
     * (for a command naming the version it read) at that version; otherwise null: the store is read.
     */
    private <T> Loaded<T> remembered(Class<T> type, String id, Long expectedVersion) {
        String collection = mongo.getCollectionName(type);
        if (!keptInMemory.contains(collection) || type.isAnnotationPresent(WrittenWhole.class)) {
            return null;
        }
        Stored known = recent.get(collection + '/' + id);
        if (known == null || !TenantContext.require().equals(known.state().getString(TENANT))
                || (expectedVersion != null && expectedVersion != known.version())) {
            return null;
        }
        T aggregate = mongo.getConverter().read(type, known.state());
        stored.put(aggregate, known);
        return new Loaded<>(aggregate, known.version());
    }

    /**
     * Runs {@code command}, a command on the latest state that reads aggregates and writes them version-guarded (a
     * batch, where {@link #execute} takes one aggregate), again from its reads when a concurrent writer got there
     * first — it threw {@link StaleAggregate} or {@link DuplicateKeyException} — up to {@value #COMMAND_ATTEMPTS} runs;
     * then that exception is thrown. The policy of {@link #execute} without an expected version.
     */
    public <R> R onLatest(Supplier<R> command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return command.get();
            } catch (StaleAggregate | DuplicateKeyException race) {
                if (attempt == COMMAND_ATTEMPTS) {
                    throw race;
                }
            }
        }
    }

    /**
     * As {@link #execute} on the latest state, starting from {@code known}, read by the caller at {@code knownVersion}
     * (or left by an earlier {@link Executed}): the first run spares the read; a lost race reads again as
     * {@code execute} does. The command may change {@code known} in that first run.
     */
    public <T, R> Executed<T, R> executeFrom(Class<T> type, String id, T known, long knownVersion,
                                             Function<? super T, Decision<R>> command) {
        boolean[] first = {true};
        return onLatest(() -> {
            if (first[0]) {
                first[0] = false;
                return decide(id, new Loaded<>(known, knownVersion), known, null, command);
            }
            return executeOnce(type, id, null, () -> {
                throw new IllegalStateException(type.getSimpleName() + " " + id + " was read and is gone");
            }, command);
        });
    }

    /**
     * What a command over many aggregates ({@link #changeAll}) decided for one of them.
     *
     * @param aggregate     the aggregate to write, with its events (null: nothing to write)
     * @param storedVersion the version it was read at; 0 for a new one, which is inserted
     * @param events        the events its change caused (its new state is written even with none)
     * @param result        what the command reports for it
     */
    public record Outcome<R>(Object aggregate, long storedVersion, List<? extends Record> events, R result) {

        public static <R> Outcome<R> unchanged(R result) {
            return new Outcome<>(null, 0, List.of(), result);
        }

        boolean writes() {
            return aggregate != null;
        }
    }

    /**
     * What {@link #changeAll} did.
     *
     * @param results each aggregate's result, from the run of the command that was written (or that wrote nothing)
     * @param foreign ids that name another province's aggregate (their insert met it): the command's result for
     *                them is not kept
     */
    public record ChangedAll<R>(Map<String, R> results, Set<String> foreign) {
    }

    /**
     * The batch form of {@link #execute} on the latest state: runs {@code command} on each of the current tenant's
     * aggregates {@code ids} (given null for one not stored yet), read in one round trip — or taken from {@code known},
     * which the caller has just read, or from memory ({@link #findAllToChange}) — and writes what it decided: new
     * aggregates in one bulk insert, the others version-guarded in one bulk update, each with its events. Those another
     * writer changed or created first are read again and the command run again on them alone, up to
     * {@value #COMMAND_ATTEMPTS} runs; then {@link StaleAggregate} is thrown. Not atomic as a whole: what was written
     * stays written.
     */
    public <T, R> ChangedAll<R> changeAll(Class<T> type, Collection<String> ids, Map<String, T> known,
                                          BiFunction<String, T, Outcome<R>> command) {
        Map<String, R> results = new LinkedHashMap<>();
        Set<String> metExisting = new HashSet<>();
        Set<String> foreign = new LinkedHashSet<>();
        Set<String> todo = new LinkedHashSet<>(ids);
        for (int attempt = 1; !todo.isEmpty(); attempt++) {
            Map<String, T> read = new HashMap<>();
            List<String> toRead = new ArrayList<>();
            for (String id : todo) {
                T given = attempt == 1 ? known.get(id) : null;
                if (given != null) {
                    read.put(id, given);
                } else {
                    toRead.add(id);
                }
            }
            // the first run starts from memory; after a lost race the store is read (the loser was forgotten)
            read.putAll(byId(type, toRead, attempt == 1));
            Map<String, Outcome<R>> decided = new LinkedHashMap<>();
            List<NewAggregate> inserts = new ArrayList<>();
            List<Change> updates = new ArrayList<>();
            for (String id : todo) {
                T aggregate = read.get(id);
                if (aggregate == null && metExisting.contains(id)) {
                    // its insert met a document, and none of this province's has that id
                    foreign.add(id);
                    continue;
                }
                Outcome<R> outcome = command.apply(id, aggregate);
                decided.put(id, outcome);
                if (outcome.writes() && outcome.storedVersion() == 0) {
                    inserts.add(new NewAggregate(outcome.aggregate(), id, outcome.events()));
                } else if (outcome.writes()) {
                    updates.add(new Change(outcome.aggregate(), id, outcome.storedVersion(), outcome.events()));
                }
            }
            Set<String> existing = insertAll(inserts);
            metExisting.addAll(existing);
            Set<String> again = new LinkedHashSet<>(existing);
            again.addAll(updateAll(updates));
            decided.forEach((id, outcome) -> {
                if (!again.contains(id)) {
                    results.put(id, outcome.result());
                }
            });
            if (!again.isEmpty() && attempt == COMMAND_ATTEMPTS) {
                String id = again.iterator().next();
                throw new StaleAggregate(id, decided.get(id).storedVersion());
            }
            todo = again;
        }
        return new ChangedAll<>(results, foreign);
    }

    private <T, R> Executed<T, R> executeOnce(Class<T> type, String id, Long expectedVersion,
                                              Supplier<? extends T> absent, Function<? super T, Decision<R>> command) {
        Loaded<T> loaded = load(type, id);
        T aggregate = loaded != null ? loaded.aggregate() : absent.get();
        if (aggregate == null) {
            return new Executed<>(null, 0, false, null);
        }
        return decide(id, loaded, aggregate, expectedVersion, command);
    }

    /** Runs the command on the aggregate as read ({@code loaded}, null for a new one) and stores its decision. */
    private <T, R> Executed<T, R> decide(String id, Loaded<T> loaded, T aggregate, Long expectedVersion,
                                         Function<? super T, Decision<R>> command) {
        long version = loaded != null ? loaded.version() : 0;
        if (expectedVersion != null && expectedVersion != version) {
            throw new StaleVersion(id, expectedVersion);
        }
        Decision<R> decision = command.apply(aggregate);
        if (!decision.write()) {
            return new Executed<>(aggregate, version, false, decision.result());
        }
        long stored;
        if (decision.bookkeeping()) {
            stored = loaded != null ? updateBookkeeping(aggregate, id, version) : insertBookkeeping(aggregate, id);
        } else {
            stored = loaded != null ? update(aggregate, id, version, decision.events())
                    : insert(aggregate, id, decision.events());
        }
        return new Executed<>(aggregate, stored, true, decision.result());
    }

    /** A new aggregate written as bookkeeping: no event, no audit entry, so no intent for the relay either. */
    private long insertBookkeeping(Object aggregate, String id) {
        String tenant = TenantContext.require();
        Document document = toDocument(aggregate);
        requireSameTenant(document, tenant);
        document.put("_id", id);
        document.put(TENANT, tenant);
        document.put(VERSION, 1L);
        document.put(OUTBOX, List.of());
        document.put(AuditRecorder.PENDING, List.of());
        mongo.insert(document, mongo.getCollectionName(aggregate.getClass()));
        return 1;
    }

    /** A version-guarded write of the new state alone; events and audit entries still pending stay as they are. */
    private long updateBookkeeping(Object aggregate, String id, long expectedVersion) {
        String tenant = TenantContext.require();
        String collection = mongo.getCollectionName(aggregate.getClass());
        ensureVersionedWriteIndex(collection);
        State state = stateUpdate(aggregate, tenant, collection, id, expectedVersion);
        Update update = state.update().set(VERSION, expectedVersion + 1);
        if (mongo.updateFirst(versionGuard(id, tenant, expectedVersion), update, collection).getMatchedCount() == 0) {
            throw new StaleAggregate(id, expectedVersion);
        }
        written(state, expectedVersion + 1);
        relay.carriedOver(collection, id, expectedVersion, expectedVersion + 1);
        return expectedVersion + 1;
    }

    /**
     * What {@link #execute} did.
     *
     * @param aggregate the aggregate as the written (or last, if nothing was written) run of the command left it;
     *                  null if there was none and none was created
     * @param version   its stored version now
     * @param written   false when the command changed nothing and nothing was written
     * @param result    what that run of the command reported
     */
    public record Executed<T, R>(T aggregate, long version, boolean written, R result) {
    }

    /**
     * An event of one province naming another province's aggregate is inconsistent and no retry can mend it: it goes
     * to the dead-letter topic with this reason. (A request naming it is simply answered as not found.)
     */
    private static void refuseForeignEvent(Class<?> type, String id, String owner, String tenant) {
        EventContext.causationId().ifPresent(eventId -> {
            throw new EventConsumers.RejectedEvent("event " + eventId + " of tenant " + tenant + " names "
                    + type.getSimpleName() + " " + id + ", which belongs to tenant " + owner);
        });
    }

    /**
     * The current tenant's aggregates among {@code ids}, in one round trip. Queries by id alone, so the store can
     * answer from its id index however large the collection (a MongoDB wire server without compound indexes
     * scans every document for a query that also names the tenant); other tenants' aggregates are then dropped
     * here, so the answer is tenant-scoped all the same.
     */
    public <T> List<T> findAll(Class<T> type, Collection<String> ids) {
        return findAllBy(type, "_id", ids);
    }

    /**
     * The current tenant's aggregates whose {@code field} is one of {@code values}, in one round trip: for lookups by
     * a field with a unique index of its own (the id, or a key that embeds the tenant). The query names that field
     * alone, so the embedded wire server answers it from the index as a MongoDB would (one that also named the
     * tenant would be a scan there); other tenants' aggregates are dropped here.
     */
    public <T> List<T> findAllBy(Class<T> type, String field, Collection<?> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        String tenant = TenantContext.require();
        return mongo.find(withoutRelayFields(Query.query(Criteria.where(field).in(values))), Document.class,
                        mongo.getCollectionName(type))
                .stream()
                .filter(document -> tenant.equals(document.getString(TENANT)))
                .map(document -> read(type, document))
                .toList();
    }

    /**
     * Only {@code fields} (and {@code _id}) of the current tenant's aggregates among {@code ids}, by id as
     * {@link #findAll}: a few numbers of many large aggregates without carrying the aggregates back.
     */
    public List<Document> fieldsOf(Class<?> type, Collection<String> ids, String... fields) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String tenant = TenantContext.require();
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include(fields).include(TENANT);
        return mongo.find(query, Document.class, mongo.getCollectionName(type)).stream()
                .filter(document -> tenant.equals(document.getString(TENANT)))
                .toList();
    }

    /** Aggregates of the current tenant matching {@code criteria}, sorted, one page. */
    public <T> List<T> list(Class<T> type, Criteria criteria, Sort sort, int offset, int limit) {
        Query query = withoutRelayFields(tenantQuery(criteria).with(sort).skip(offset).limit(limit));
        return mongo.find(query, type);
    }

    public long count(Class<?> type, Criteria criteria) {
        return mongo.count(tenantQuery(criteria), type);
    }

    /**
     * The distinct values of {@code field} among the current tenant's aggregates matching {@code criteria}, e.g. the
     * people (person keys) among a plan's completions.
     */
    public <V> List<V> distinct(Class<?> type, String field, Criteria criteria, Class<V> valueType) {
        return mongo.findDistinct(tenantQuery(criteria), field, mongo.getCollectionName(type), valueType);
    }

    /**
     * Only {@code fields} (and {@code _id}) of the current tenant's aggregates matching {@code criteria}: for lookups
     * over many aggregates that need a few fields, not whole aggregates (e.g. the keys of a province's learners).
     */
    public List<Document> fields(Class<?> type, Criteria criteria, String... fields) {
        Query query = tenantQuery(criteria);
        query.fields().include(fields);
        return mongo.find(query, Document.class, mongo.getCollectionName(type));
    }

    /**
     * Sets plain fields of the current tenant's aggregate {@code id} without a new version, event or audit entry:
     * for bookkeeping that is no state change (the progress of a long job, polled by its user). The aggregate's
     * own update still wins over it. Returns false if the tenant has no such aggregate.
     *
     * @throws IllegalArgumentException for the fields the store keeps (id, tenant, version, outbox, audit), and for an
     *                                  aggregate not {@link WrittenWhole}
     */
    public boolean touch(Class<?> type, String id, Map<String, Object> fields) {
        if (!type.isAnnotationPresent(WrittenWhole.class)) {
            throw new IllegalArgumentException(type.getName() + " is written as a difference: touch needs @WrittenWhole");
        }
        Update update = new Update();
        fields.forEach((field, value) -> {
            if (field.equals("_id") || field.equals(TENANT) || field.equals(VERSION) || field.startsWith(OUTBOX)
                    || field.startsWith(AuditRecorder.PENDING)) {
                throw new IllegalArgumentException(field + " is kept by the store");
            }
            update.set(field, value);
        });
        return mongo.updateFirst(tenantQuery(Criteria.where("_id").is(id)), update, type).getMatchedCount() > 0;
    }

    /**
     * Inserts a new aggregate with its events. Returns the version stored (the number of events, at least 1).
     *
     * @throws org.springframework.dao.DuplicateKeyException if an aggregate with this id exists
     */
    public long insert(Object aggregate, String id, List<? extends Record> events) {
        String tenant = TenantContext.require();
        Document document = newDocument(aggregate, id, events, tenant);
        String collection = mongo.getCollectionName(aggregate.getClass());
        OutboxRelay.Intent intent = relay.intend(collection, List.of(id));
        Map<String, OutboxRelay.Written> written = null; // not known: the relay reads the document
        try {
            mongo.insert(document, collection);
            written = Map.of(id, writtenIn(document));
            inserted(aggregate, collection, document);
        } catch (DuplicateKeyException exists) {
            written = Map.of(); // not ours: nothing of this write for the relay
            throw exists;
        } finally {
            relay.written(intent, written);
        }
        return document.getLong(VERSION);
    }

    /** A new aggregate was written: its next write is the difference from what it was written as. */
    private void inserted(Object aggregate, String collection, Document document) {
        Document state = new Document(document);
        state.remove(OUTBOX);
        state.remove(AuditRecorder.PENDING);
        remember(aggregate, new Stored(collection, document.getString("_id"), document.getLong(VERSION), state));
    }

    /** What a new document holds for the relay. */
    private static OutboxRelay.Written writtenIn(Document document) {
        return new OutboxRelay.Written(document.getString(TENANT), 0, document.getLong(VERSION),
                document.getList(OUTBOX, Document.class), document.getList(AuditRecorder.PENDING, Document.class));
    }

    /**
     * A new aggregate and the events its creation caused, for {@link #insertAll}.
     *
     * @param aggregate the aggregate (all of one class in a batch)
     * @param id        its id
     * @param events    the events it caused
     */
    public record NewAggregate(Object aggregate, String id, List<? extends Record> events) {
    }

    /**
     * Inserts many new aggregates of one class in a single round trip, for bulk work such as an imported sheet.
     * Each aggregate is still its own document written once together with its events and audit entry, exactly as
     * {@link #insert} writes it; the batch is not atomic as a whole. An aggregate whose id already exists is left
     * untouched (the others are still inserted) and its id is returned, so callers can treat it as existing.
     *
     * @return the ids that already existed and were therefore not inserted
     */
    public Set<String> insertAll(List<NewAggregate> aggregates) {
        if (aggregates.isEmpty()) {
            return Set.of();
        }
        String tenant = TenantContext.require();
        Class<?> type = aggregates.get(0).aggregate().getClass();
        List<Document> documents = new ArrayList<>(aggregates.size());
        for (NewAggregate next : aggregates) {
            if (next.aggregate().getClass() != type) {
                throw new IllegalArgumentException("insertAll takes aggregates of one class, got " + type.getName()
                        + " and " + next.aggregate().getClass().getName());
            }
            documents.add(newDocument(next.aggregate(), next.id(), next.events(), tenant));
        }
        String collection = mongo.getCollectionName(type);
        Set<String> existing = new HashSet<>();
        OutboxRelay.Intent intent = relay.intend(collection, documents.stream().map(d -> d.getString("_id")).toList());
        Map<String, OutboxRelay.Written> written = null; // not known: the relay reads the documents
        try {
            BulkWrites.execute(mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection).insert(documents))
                    .duplicates().forEach(index -> existing.add(documents.get(index).getString("_id")));
            written = new java.util.HashMap<>();
            for (int i = 0; i < documents.size(); i++) {
                Document document = documents.get(i);
                if (!existing.contains(document.getString("_id"))) {
                    written.put(document.getString("_id"), writtenIn(document));
                    inserted(aggregates.get(i).aggregate(), collection, document);
                }
            }
        } finally {
            relay.written(intent, written);
        }
        existing.forEach(id -> forget(collection, id));
        return existing;
    }

    private Document newDocument(Object aggregate, String id, List<? extends Record> events, String tenant) {
        long newVersion = Math.max(1, events.size());
        Document document = toDocument(aggregate);
        requireSameTenant(document, tenant);
        document.put("_id", id);
        document.put(TENANT, tenant);
        document.put(VERSION, newVersion);
        document.put(OUTBOX, outboxEntries(events, tenant, id, 0));
        String collection = mongo.getCollectionName(aggregate.getClass());
        document.put(AuditRecorder.PENDING, List.of(audit.entry(tenant, collection, id, 0, newVersion, typesOf(events))));
        return document;
    }

    /**
     * Replaces the aggregate's state and appends its new events, if and only if the stored version is still
     * {@code expectedVersion}. Returns the new version.
     *
     * @throws StaleAggregate if another write got there first
     */
    public long update(Object aggregate, String id, long expectedVersion, List<? extends Record> events) {
        String tenant = TenantContext.require();
        String collection = mongo.getCollectionName(aggregate.getClass());
        ensureVersionedWriteIndex(collection);
        Versioned versioned = versionedUpdate(aggregate, id, expectedVersion, events, tenant, collection);
        OutboxRelay.Intent intent = relay.intend(collection, List.of(id));
        UpdateResult result = null;
        try {
            result = mongo.updateFirst(versionGuard(id, tenant, expectedVersion), versioned.update(), collection);
        } finally {
            relay.written(intent, result == null ? null
                    : result.getMatchedCount() == 0 ? Map.of() : Map.of(id, versioned.written()));
        }
        if (result.getMatchedCount() == 0) {
            throw new StaleAggregate(id, expectedVersion);
        }
        written(versioned.state(), versioned.written().toVersion());
        return versioned.written().toVersion();
    }

    /**
     * A change to an aggregate read at {@code expectedVersion}, for {@link #updateAll}.
     *
     * @param aggregate       the aggregate's new state (all of one class in a batch)
     * @param id              its id
     * @param expectedVersion the version it was read at
     * @param events          the events the change caused
     */
    public record Change(Object aggregate, String id, long expectedVersion, List<? extends Record> events) {
    }

    /**
     * Writes many changed aggregates of one class in a single round trip, each guarded by its version exactly as
     * {@link #update} guards one: an aggregate another write changed meanwhile is left as that write left it, and its
     * id is returned so the caller can read it again and retry. Not atomic as a whole.
     *
     * @return the ids that were stale and not written
     */
    public Set<String> updateAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return Set.of();
        }
        String tenant = TenantContext.require();
        Class<?> type = changes.get(0).aggregate().getClass();
        String collection = mongo.getCollectionName(type);
        ensureVersionedWriteIndex(collection);
        // marks this call's writes, so that stale ones can be told from ours afterwards without a per-write answer
        String token = java.util.UUID.randomUUID().toString();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        Map<String, OutboxRelay.Written> versions = new java.util.HashMap<>();
        Map<String, Versioned> states = new java.util.HashMap<>();
        for (Change change : changes) {
            if (change.aggregate().getClass() != type) {
                throw new IllegalArgumentException("updateAll takes aggregates of one class, got " + type.getName()
                        + " and " + change.aggregate().getClass().getName());
            }
            Versioned versioned = versionedUpdate(change.aggregate(), change.id(), change.expectedVersion(),
                    change.events(), tenant, collection);
            bulk.updateOne(versionGuard(change.id(), tenant, change.expectedVersion()),
                    versioned.update().set(WRITE_TOKEN, token));
            versions.put(change.id(), versioned.written());
            states.put(change.id(), versioned);
        }
        OutboxRelay.Intent intent = relay.intend(collection, changes.stream().map(Change::id).toList());
        Map<String, OutboxRelay.Written> written = null; // not known: the relay reads the documents
        try {
            Set<String> stale = new HashSet<>();
            if (bulk.execute().getMatchedCount() != changes.size()) {
                Query ofOurs = Query.query(Criteria.where("_id").in(changes.stream().map(Change::id).toList()));
                ofOurs.fields().include(WRITE_TOKEN);
                Set<String> ours = new HashSet<>();
                mongo.find(ofOurs, Document.class, collection).stream()
                        .filter(d -> token.equals(d.getString(WRITE_TOKEN))).forEach(d -> ours.add(d.getString("_id")));
                changes.stream().map(Change::id).filter(id -> !ours.contains(id)).forEach(stale::add);
            }
            written = new java.util.HashMap<>(versions);
            written.keySet().removeAll(stale);
            written.forEach((id, w) -> written(states.get(id).state(), w.toVersion()));
            return stale;
        } finally {
            relay.written(intent, written);
        }
    }

    /** One versioned write: the update, and what it adds for the relay. */
    private record Versioned(Update update, OutboxRelay.Written written, State state) {
    }

    /**
     * The new state, version, events and audit entry of one versioned write. When the relay has published every event
     * and moved every audit entry the document held at {@code expectedVersion}, they are replaced by this write's own
     * rather than added to (the version guard makes that exact): the relay never had to rewrite the document to remove
     * them.
     */
    private Versioned versionedUpdate(Object aggregate, String id, long expectedVersion, List<? extends Record> events,
                                      String tenant, String collection) {
        long newVersion = expectedVersion + Math.max(1, events.size());
        State state = stateUpdate(aggregate, tenant, collection, id, expectedVersion);
        Update update = state.update();
        update.set(VERSION, newVersion);
        List<Document> outbox = outboxEntries(events, tenant, id, expectedVersion);
        Document auditEntry = audit.entry(tenant, collection, id, expectedVersion, newVersion, typesOf(events));
        if (relay.cleanAt(collection, id, expectedVersion)) {
            update.set(OUTBOX, outbox);
            update.set(AuditRecorder.PENDING, List.of(auditEntry));
        } else {
            if (!outbox.isEmpty()) {
                update.push(OUTBOX).each(outbox.toArray());
            }
            update.push(AuditRecorder.PENDING, auditEntry);
        }
        return new Versioned(update, new OutboxRelay.Written(tenant, expectedVersion, newVersion, outbox,
                List.of(auditEntry)), state);
    }

    /** Fields of an aggregate document the store writes itself, never as part of the aggregate's state. */
    private static final Set<String> STORE_FIELDS = Set.of("_id", VERSION, OUTBOX, TENANT, AuditRecorder.PENDING);

    /**
     * Sets the aggregate's own fields (not its id, tenant, version, outbox or pending audit entries): only what differs
     * from the state it was read or last written at when that is the version the write is guarded by
     * ({@link StateDiff}), else every field. {@link State#written} remembers the new state once the write succeeded.
     */
    private State stateUpdate(Object aggregate, String tenant, String collection, String id, long expectedVersion) {
        // known again only once the write is known to have succeeded
        forget(collection, id);
        Document document = toDocument(aggregate);
        requireSameTenant(document, tenant);
        Update update = new Update();
        Stored base = stored.get(aggregate);
        boolean diff = base != null && base.collection().equals(collection) && base.id().equals(id)
                && base.version() == expectedVersion && !aggregate.getClass().isAnnotationPresent(WrittenWhole.class);
        if (diff) {
            StateDiff.add(update, base.state(), document, STORE_FIELDS);
        } else {
            document.forEach((key, value) -> {
                if (!STORE_FIELDS.contains(key)) {
                    update.set(key, value);
                }
            });
        }
        return new State(aggregate, collection, id, tenant, update, diff ? base.state() : new Document(), document);
    }

    /** One write of an aggregate's state: its update, and what the document holds once it is written. */
    private record State(Object aggregate, String collection, String id, String tenant, Update update,
                         Document before, Document after) {
    }

    /** The write succeeded at {@code version}: the aggregate's next write is the difference from it. */
    private void written(State write, long version) {
        Document state = StateDiff.applied(write.before(), write.after(), STORE_FIELDS);
        state.put("_id", write.id());
        state.put(TENANT, write.tenant());
        state.put(VERSION, version);
        remember(write.aggregate(), new Stored(write.collection(), write.id(), version, state));
    }

    private static Query versionGuard(String id, String tenant, long expectedVersion) {
        return Query.query(Criteria.where("_id").is(id).and(TENANT).is(tenant).and(VERSION).is(expectedVersion));
    }

    private List<Document> outboxEntries(List<? extends Record> events, String tenant, String aggregateId, long baseVersion) {
        List<Document> entries = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            EventEnvelopes.Sealed sealed = envelopes.seal(events.get(i), tenant, aggregateId, baseVersion + i + 1);
            Document entry = new Document("eventId", sealed.envelope().eventId())
                    .append("eventType", sealed.envelope().eventType())
                    .append("topic", sealed.definition().topic().name())
                    .append("key", aggregateId)
                    .append("envelope", sealed.json())
                    .append("occurredAt", java.util.Date.from(sealed.occurredAt()));
            if (sealed.traceparent() != null) {
                // the relay publishes later, outside the request: the trace goes with the entry
                entry.append(EventTraces.HEADER, sealed.traceparent());
            }
            entries.add(entry);
        }
        return entries;
    }

    private static List<String> typesOf(List<? extends Record> events) {
        return events.stream().map(event -> vn.taphuan.contracts.EventCatalog.of(event.getClass()).eventType()).toList();
    }

    private Document toDocument(Object aggregate) {
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        return document;
    }

    private static void requireSameTenant(Document document, String tenant) {
        Object own = document.get(TENANT);
        if (own != null && !own.equals(tenant)) {
            throw new IllegalStateException("aggregate of tenant " + own + " written in the context of " + tenant);
        }
    }

    /**
     * A unique index on exactly the fields of the version-guarded update. MongoDB would use the id index anyway; the
     * embedded wire server answers from an index only when it has exactly the query's fields, and would otherwise scan
     * the whole collection on every write. Created once per collection and process; creating it again is a no-op.
     */
    private void ensureVersionedWriteIndex(String collection) {
        if (indexed.add(collection)) {
            mongo.indexOps(collection).createIndex(new Index().on("_id", Sort.Direction.ASC)
                    .on(TENANT, Sort.Direction.ASC).on(VERSION, Sort.Direction.ASC).unique().named("versioned_write"));
        }
    }

    /**
     * An aggregate is read without what waits for (or was published by) the relay: an aggregate has no such fields, and
     * a document keeps its last write's events after they are published until its next write replaces them — a
     * roster page's event lists every learner it changed, as large as the page's own state.
     */
    private static Query withoutRelayFields(Query query) {
        query.fields().exclude(OUTBOX).exclude(AuditRecorder.PENDING).exclude(WRITE_TOKEN);
        return query;
    }

    private static Query tenantQuery(Criteria criteria) {
        return Query.query(new Criteria().andOperator(criteria, Criteria.where(TENANT).is(TenantContext.require())));
    }
}
