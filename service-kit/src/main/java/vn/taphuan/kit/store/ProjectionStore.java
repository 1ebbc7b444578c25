package vn.taphuan.kit.store;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;
import java.util.Map;

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

    private final MongoTemplate mongo;

    public ProjectionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Sets {@code fields} on document {@code id} if its stored source version is older than {@code sourceVersion}
     * (or it does not exist yet). Returns false when the document already reflects this or a newer event.
     */
    public boolean upsertIfNewer(String collection, String id, long sourceVersion, Map<String, Object> fields) {
        Update update = new Update();
        fields.forEach(update::set);
        update.set(SOURCE_VERSION, sourceVersion);
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(id).and(SOURCE_VERSION).lt(sourceVersion)),
                    update, collection);
            return true;
        } catch (DuplicateKeyException newerAlreadyStored) {
            // the filter missed because the stored version is not older; the upsert's insert then hit the same _id
            return false;
        }
    }

    /**
     * Like {@link #upsertIfNewer(String, String, long, Map)}, but guarded by {@code versionField} instead of
     * {@link #SOURCE_VERSION}: one document can then hold several sections, each written by its own kind of event
     * and guarded by its own version (e.g. an enrolment's status and its attendance), so that a late event of one
     * kind never blocks or overwrites another. A document that exists without the field is updated.
     */
    public boolean upsertIfNewer(String collection, String id, String versionField, long sourceVersion,
                                 Map<String, Object> fields) {
        Update update = new Update();
        fields.forEach(update::set);
        update.set(versionField, sourceVersion);
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(id).orOperator(
                            Criteria.where(versionField).lt(sourceVersion),
                            Criteria.where(versionField).exists(false))),
                    update, collection);
            return true;
        } catch (DuplicateKeyException newerAlreadyStored) {
            return false;
        }
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
