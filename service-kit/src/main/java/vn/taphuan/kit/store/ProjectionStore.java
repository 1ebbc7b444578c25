package vn.taphuan.kit.store;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.client.model.IndexOptions;
import org.springframework.data.mongodb.core.BulkOperations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Consumer-side state built from events, NOT scoped to a tenant: for data that belongs to no single province —
 * nationwide reference data (tenant {@code national}, e.g. administrative units) and the ministry's aggregates
 * across provinces. A province's own replicas and facts go to {@link TenantProjections}, which cannot forget the
 * tenant; a service class using this store says why with {@link NotTenantScoped} (the isolation suite checks).
 * <p>
 * Each document is written with set-style upserts guarded by the source aggregate's version, so a redelivered,
 * replayed or late event can never overwrite newer state or count twice.
 */
public class ProjectionStore {

    public static final String SOURCE_VERSION = "sourceVersion";
    /** Incremented by every write of a projection document; the compare-and-set guard. */
    public static final String REVISION = "_rev";
    /** Which bulk write wrote a document last, so that a writer can tell its writes from another's. */
    static final String WRITE_TOKEN = "_w";
    private static final int MAX_ATTEMPTS = 50;
    /**
     * Bytes of documents kept in memory ({@link #keepInMemory}) per store: a plan's fact documents at a few hundred
     * activities are some hundred kilobytes each, and a service's heap a few hundred megabytes.
     */
    static final long KEPT_BYTES = 32L << 20;

    private final MongoTemplate mongo;
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();
    private final KeptDocuments kept;

    public ProjectionStore(MongoTemplate mongo) {
        this(mongo, KEPT_BYTES);
    }

    ProjectionStore(MongoTemplate mongo, long keptBytes) {
        this.mongo = mongo;
        this.kept = new KeptDocuments(keptBytes);
    }

    /**
     * Keeps the documents of {@code collection} that this process reads ({@link #findAllById}) or writes
     * ({@link #modifyAll}) in memory, the most recently used within {@value #KEPT_BYTES} bytes: for documents that grow
     * large and that one process reads and changes over and over (a plan's facts, read whole to derive its figures
     * after every change to them). Every write of such a collection must go through {@link #modifyAll} or
     * {@link #upsertIfNewer}, whose revisions tell a kept copy from a newer one.
     */
    public void keepInMemory(String collection) {
        kept.keep(collection);
    }

    /**
     * The documents among {@code ids} that exist, by id, in one round trip. For a collection kept in memory, the
     * store is first asked only for each document's revision and write token, and what is kept at that same write is
     * given from memory: only documents changed since this process last saw them travel from the store.
     */
    public Map<String, Document> findAllById(String collection, Collection<String> ids) {
        Map<String, Document> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<String> toRead = new ArrayList<>(ids);
        if (kept.keeps(collection)) {
            Query writes = Query.query(Criteria.where("_id").in(ids));
            writes.fields().include(REVISION).include(WRITE_TOKEN);
            Map<String, Document> stored = new HashMap<>();
            mongo.find(writes, Document.class, collection).forEach(d -> stored.put(d.getString("_id"), d));
            toRead.clear();
            for (String id : ids) {
                Document write = stored.get(id);
                KeptDocuments.Kept known = kept.get(collection, id);
                if (write == null) {
                    kept.forget(collection, id);
                } else if (known != null && known.sameWrite(write.get(REVISION), write.get(WRITE_TOKEN))) {
                    found.put(id, known.decoded());
                } else {
                    toRead.add(id);
                }
            }
        }
        if (!toRead.isEmpty()) {
            for (Document document : mongo.find(Query.query(Criteria.where("_id").in(toRead)), Document.class, collection)) {
                String id = document.getString("_id");
                found.put(id, document);
                remember(collection, id, document);
            }
        }
        return found;
    }

    /** Keeps what the store holds (or was just given) of a document, if its collection is kept in memory. */
    private void remember(String collection, String id, Document document) {
        if (kept.keeps(collection)) {
            Object mongoTyped = mongo.getConverter().convertToMongoType(document);
            if (mongoTyped instanceof Document normal) {
                kept.put(collection, id, normal);
            } else {
                kept.forget(collection, id);
            }
        }
    }

    /**
     * Sets {@code fields} on document {@code id} if its stored source version is older than {@code sourceVersion}
     * (or it does not exist yet). Returns false when the document already reflects this or a newer event.
     */
    public boolean upsertIfNewer(String collection, String id, long sourceVersion, Map<String, Object> fields) {
        return upsertIfNewer(collection, id, SOURCE_VERSION, sourceVersion, fields);
    }

    /**
     * Like {@link #upsertIfNewer(String, String, long, Map)}, but guarded by {@code versionField} instead of
     * {@link #SOURCE_VERSION}: one document can then hold several sections, each written by its own kind of event
     * and guarded by its own version (e.g. an enrolment's status and its attendance), so that a late event of one
     * kind never blocks or overwrites another. A document that exists without the field is updated.
     * <p>
     * A compare-and-set on the document's revision: read it by id, decide in memory, write only if the revision is
     * still the one read (else read again). Every query names {@code _id} (and {@code _rev}, backed by a unique index
     * on exactly those fields), so the embedded wire server answers from an index instead of scanning the
     * collection on every event — a filter on the version itself cannot be.
     */
    public boolean upsertIfNewer(String collection, String id, String versionField, long sourceVersion,
                                 Map<String, Object> fields) {
        ensureRevisionIndex(collection);
        Update update = new Update();
        fields.forEach(update::set);
        update.set(versionField, sourceVersion);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Document current = mongo.findById(id, Document.class, collection);
            if (current == null) {
                try {
                    // {_id, _rev: 0} matches nothing, so this inserts; a concurrent insert makes it a duplicate key
                    mongo.upsert(revisionQuery(id, 0L), update.set(REVISION, 1L), collection);
                    return true;
                } catch (DuplicateKeyException createdMeanwhile) {
                    continue;
                }
            }
            Number stored = valueAt(current, versionField);
            if (stored != null && stored.longValue() >= sourceVersion) {
                return false;
            }
            Object revision = current.get(REVISION);
            Query guard = revision == null
                    // written before documents had a revision: guard on the version field instead (not indexed)
                    ? Query.query(Criteria.where("_id").is(id).and(versionField).is(stored))
                    : revisionQuery(id, ((Number) revision).longValue());
            if (mongo.updateFirst(guard, update.set(REVISION, revision == null ? 1L : ((Number) revision).longValue() + 1),
                    collection).getMatchedCount() == 1) {
                return true;
            }
        }
        throw new IllegalStateException("document " + collection + "/" + id + " kept changing under " + MAX_ATTEMPTS
                + " attempts to apply version " + sourceVersion);
    }

    /** A document as it was read and as it was written. */
    public record Written(String id, Document before, Document after) {
    }

    /**
     * Reads, changes and writes many documents, each one a compare-and-set on its revision, in bulk: one query by
     * id, then one bulk write. {@code change} is given a document's id and current content (null when there is none)
     * and returns its new content, or null to leave it as it is; it must decide from what it is given alone, since a
     * document another writer changed meanwhile is read again and changed again. Returns what was written.
     */
    public List<Written> modifyAll(String collection, Collection<String> ids,
                                   BiFunction<String, Document, Document> change) {
        ensureRevisionIndex(collection);
        List<Written> written = new ArrayList<>();
        Set<String> todo = new LinkedHashSet<>(ids);
        boolean fromMemory = kept.keeps(collection);
        for (int attempt = 0; attempt < MAX_ATTEMPTS && !todo.isEmpty(); attempt++) {
            Map<String, Document> current = new HashMap<>();
            List<String> toRead = new ArrayList<>();
            for (String id : todo) {
                // the first attempt starts from what this process last read or wrote; a document another writer has
                // changed since then loses its compare-and-set and is read from the store in the next attempt
                KeptDocuments.Kept known = attempt == 0 && fromMemory ? kept.get(collection, id) : null;
                if (known != null) {
                    current.put(id, known.decoded());
                } else {
                    toRead.add(id);
                }
            }
            if (!toRead.isEmpty()) {
                mongo.find(Query.query(Criteria.where("_id").in(toRead)), Document.class, collection)
                        .forEach(d -> current.put(d.getString("_id"), d));
            }
            String token = UUID.randomUUID().toString();
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            Map<String, Written> attempted = new LinkedHashMap<>();
            for (String id : todo) {
                Document before = current.get(id);
                Document after = change.apply(id, before == null ? null : copyOf(before));
                if (after == null) {
                    continue;
                }
                long revision = before == null ? 0 : ((Number) before.getOrDefault(REVISION, 0L)).longValue();
                Document stored = new Document(after);
                stored.put("_id", id);
                stored.put(REVISION, revision + 1);
                stored.put(WRITE_TOKEN, token);
                if (before == null) {
                    bulk.insert(stored);
                } else {
                    // what differs from the document read, not the whole of it: a person's facts change by one
                    // enrolment, a plan's by one activity
                    Update update = new Update();
                    StateDiff.replacing(update, before, stored);
                    bulk.updateOne(revisionQuery(id, revision), update);
                }
                attempted.put(id, new Written(id, before, stored));
            }
            todo.clear();
            if (attempted.isEmpty()) {
                break;
            }
            long done;
            try {
                done = BulkWrites.execute(bulk).written();
            } catch (RuntimeException unknown) {
                // what the store holds now is not known here
                attempted.keySet().forEach(id -> kept.forget(collection, id));
                throw unknown;
            }
            if (done == attempted.size()) {
                written.addAll(attempted.values());
                attempted.forEach((id, w) -> remember(collection, id, w.after()));
                continue;
            }
            // some were changed (or created) by another writer: keep ours, read the others again
            Query check = Query.query(Criteria.where("_id").in(attempted.keySet()));
            check.fields().include(WRITE_TOKEN);
            Set<String> ours = new HashSet<>();
            mongo.find(check, Document.class, collection).stream().filter(d -> token.equals(d.getString(WRITE_TOKEN)))
                    .forEach(d -> ours.add(d.getString("_id")));
            attempted.forEach((id, w) -> {
                if (ours.contains(id)) {
                    written.add(w);
                    remember(collection, id, w.after());
                } else {
                    kept.forget(collection, id);
                    todo.add(id);
                }
            });
        }
        if (!todo.isEmpty()) {
            throw new IllegalStateException(todo.size() + " documents of " + collection + " kept changing under "
                    + MAX_ATTEMPTS + " attempts");
        }
        return written;
    }

    /**
     * Empties a collection for a rebuild and keeps its indexes: dropped and declared again as they were (dropping is
     * far quicker than deleting every document, here and on a MongoDB). Without its indexes the collection would
     * be scanned on every compare-and-set write that follows — on the embedded wire server a replay then slows down
     * with every document it writes — and unique keys would go unchecked. Only while nothing writes to it.
     */
    public void clear(String collection) {
        kept.forgetAll(collection);
        List<Document> indexes = new ArrayList<>();
        mongo.getCollection(collection).listIndexes().forEach(indexes::add);
        mongo.dropCollection(collection);
        for (Document index : indexes) {
            if ("_id_".equals(index.getString("name"))) {
                continue;
            }
            IndexOptions options = new IndexOptions().name(index.getString("name"))
                    .unique(Boolean.TRUE.equals(index.getBoolean("unique")))
                    .sparse(Boolean.TRUE.equals(index.getBoolean("sparse")));
            if (index.get("expireAfterSeconds") instanceof Number seconds) {
                options.expireAfter(seconds.longValue(), TimeUnit.SECONDS);
            }
            if (index.get("partialFilterExpression") instanceof Document filter) {
                options.partialFilterExpression(filter);
            }
            mongo.getCollection(collection).createIndex(index.get("key", Document.class), options);
        }
    }

    /** A deep copy, so a change function may edit what it is given without touching what was read. */
    private static Document copyOf(Document document) {
        Document copy = new Document();
        document.forEach((key, value) -> copy.put(key, copyOfValue(value)));
        return copy;
    }

    private static Object copyOfValue(Object value) {
        if (value instanceof Document d) {
            return copyOf(d);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(copyOfValue(v)));
            return copy;
        }
        return value;
    }

    private static Query revisionQuery(String id, long revision) {
        return Query.query(Criteria.where("_id").is(id).and(REVISION).is(revision));
    }

    private void ensureRevisionIndex(String collection) {
        if (indexed.add(collection)) {
            mongo.indexOps(collection).createIndex(new Index().on("_id", Sort.Direction.ASC)
                    .on(REVISION, Sort.Direction.ASC).unique().named("revision_write"));
        }
    }

    /** The number at a dotted path of the document, or null where there is none. */
    private static Number valueAt(Document document, String path) {
        Object value = document;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Document current)) {
                return null;
            }
            value = current.get(part);
        }
        return value instanceof Number number ? number : null;
    }

    public Document findById(String collection, String id) {
        return mongo.findById(id, Document.class, collection);
    }

    public List<Document> find(String collection, Criteria criteria) {
        return mongo.find(Query.query(criteria), Document.class, collection);
    }

    public MongoTemplate template() {
        return mongo;
    }
}
