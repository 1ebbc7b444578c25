package vn.taphuan.kit.store;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    private static final int MAX_ATTEMPTS = 50;

    private final MongoTemplate mongo;
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();

    public ProjectionStore(MongoTemplate mongo) {
        this.mongo = mongo;
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
