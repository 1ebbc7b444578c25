package vn.taphuan.kit.store;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.taphuan.kit.tenant.TenantContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A province's documents kept outside aggregates — replicas of other services' aggregates, facts heard from events,
 * counters — scoped to {@link TenantContext} by construction: no method takes a tenant, every one reads the current
 * one, so a call site cannot forget it or name another province.
 * <ul>
 *   <li>A document addressed by id is stored as {@code <tenant>:<id>} with the field {@code tenantId}: two provinces
 *       may use the same id (a plan number) without meeting, and a lookup by id finds only the current province's.</li>
 *   <li>Every query is the caller's criteria AND {@code tenantId = <current tenant>}; criteria naming another tenant
 *       simply match nothing.</li>
 *   <li>Aggregation pipelines start with the tenant's {@code $match}; stages that read other collections or write
 *       ({@code $lookup}, {@code $unionWith}, {@code $out}, …) are refused, since they would leave the scope.</li>
 * </ul>
 * Writes are set-style upserts guarded by the source aggregate's version, as in {@link ProjectionStore}: a
 * redelivered or late event never overwrites newer state. Nationwide reference data and the ministry's
 * cross-province aggregates are not kept here (see {@link NotTenantScoped}).
 */
public class TenantProjections {

    public static final String TENANT = AggregateStore.TENANT;
    public static final String SOURCE_VERSION = ProjectionStore.SOURCE_VERSION;
    private static final Set<String> LEAVING_THE_SCOPE = Set.of("$lookup", "$graphLookup", "$unionWith", "$out",
            "$merge", "$facet", "$documents", "$collStats", "$indexStats", "$currentOp", "$changeStream");

    private final ProjectionStore store;
    private final MongoTemplate mongo;

    public TenantProjections(ProjectionStore store) {
        this.store = store;
        this.mongo = store.template();
    }

    /**
     * Sets {@code fields} on the current province's document {@code id} if its stored source version is older than
     * {@code sourceVersion} (or it does not exist yet). Returns false when the document already reflects this or a
     * newer event.
     */
    public boolean upsertIfNewer(String collection, String id, long sourceVersion, Map<String, Object> fields) {
        return upsertIfNewer(collection, id, SOURCE_VERSION, sourceVersion, fields);
    }

    /**
     * Like {@link #upsertIfNewer(String, String, long, Map)}, guarded by {@code versionField}: one document may hold
     * sections each written by its own kind of event (see {@link ProjectionStore}, which does the write).
     */
    public boolean upsertIfNewer(String collection, String id, String versionField, long sourceVersion,
                                 Map<String, Object> fields) {
        String tenant = TenantContext.require();
        Map<String, Object> scoped = new HashMap<>();
        fields.forEach((field, value) -> scoped.put(requireOwnField(field), value));
        scoped.put(TENANT, tenant);
        return store.upsertIfNewer(collection, documentId(tenant, id), requireOwnField(versionField), sourceVersion,
                scoped);
    }

    /**
     * Adds {@code by} to the number {@code field} of the current province's document {@code id} (created at 0), in
     * one atomic step, and returns the new value: two concurrent callers never get the same number.
     */
    public long increment(String collection, String id, String field, long by) {
        String tenant = TenantContext.require();
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(documentId(tenant, id))),
                new Update().inc(requireOwnField(field), by).set(TENANT, tenant),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, collection);
        return counter.get(field, Number.class).longValue();
    }

    /**
     * Reads, changes and writes many of the current province's documents in bulk, each a compare-and-set on its
     * revision ({@link ProjectionStore#modifyAll}: one query by id, one bulk write, again for those another writer
     * changed meanwhile). {@code change} is given a document's id as the caller names it and its content (null when
     * the province has none) and returns the new content, or null to leave it; it may be called again for a document
     * with newer content, so it must decide from what it is given. Returns the ids written.
     */
    public Set<String> modifyAll(String collection, Collection<String> ids,
                                 BiFunction<String, Document, Document> change) {
        String tenant = TenantContext.require();
        Map<String, String> byDocumentId = new LinkedHashMap<>();
        ids.forEach(id -> byDocumentId.put(documentId(tenant, id), id));
        Set<String> written = new LinkedHashSet<>();
        store.modifyAll(collection, byDocumentId.keySet(), (documentId, current) -> {
            if (current != null && !tenant.equals(current.getString(TENANT))) {
                return null; // ids carry the tenant, so this is never another province's; checked all the same
            }
            Document after = change.apply(byDocumentId.get(documentId), current);
            if (after != null) {
                after.put(TENANT, tenant);
            }
            return after;
        }).forEach(w -> written.add(byDocumentId.get(w.id())));
        return written;
    }

    /** The current province's document {@code id}. */
    public Optional<Document> findById(String collection, String id) {
        String tenant = TenantContext.require();
        // by _id alone (the tenant is part of it), so the store answers from its id index; the tenant is checked too
        Document found = mongo.findById(documentId(tenant, id), Document.class, collection);
        return Optional.ofNullable(found).filter(document -> tenant.equals(document.getString(TENANT)));
    }

    /**
     * The current province's documents among {@code ids}, in one query by {@code _id} alone, so that any store answers
     * it from the id index however large the collection (as {@link AggregateStore#findAll}); the tenant is checked on
     * what comes back. Keyed by the id as the caller names it; ids the province has no document for are absent.
     */
    public Map<String, Document> findAll(String collection, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String tenant = TenantContext.require();
        Map<String, String> byDocumentId = new LinkedHashMap<>();
        ids.forEach(id -> byDocumentId.put(documentId(tenant, id), id));
        Map<String, Document> found = new LinkedHashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(byDocumentId.keySet())), Document.class, collection).stream()
                .filter(document -> tenant.equals(document.getString(TENANT)))
                .forEach(document -> found.put(byDocumentId.get(document.getString("_id")), document));
        return found;
    }

    /** The current province's documents matching {@code criteria}. */
    public List<Document> find(String collection, Criteria criteria) {
        return mongo.find(scoped(criteria), Document.class, collection);
    }

    /** One sorted page of the current province's documents matching {@code criteria}. */
    public List<Document> find(String collection, Criteria criteria, Sort sort, long offset, int limit) {
        return mongo.find(scoped(criteria).with(sort).skip(offset).limit(limit), Document.class, collection);
    }

    public long count(String collection, Criteria criteria) {
        return mongo.count(scoped(criteria), collection);
    }

    /** The distinct values of {@code field} among the current province's documents matching {@code criteria}. */
    public <T> List<T> distinct(String collection, String field, Criteria criteria, Class<T> valueType) {
        return mongo.findDistinct(scoped(criteria), field, collection, valueType);
    }

    /** How many of the current province's documents matching {@code criteria} have each value of {@code field}. */
    public Map<String, Long> countBy(String collection, Criteria criteria, String field) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Document row : aggregate(collection, criteria, List.of(Aggregation.group(field).count().as("n")))) {
            counts.put(row.get("_id") == null ? null : String.valueOf(row.get("_id")), ((Number) row.get("n")).longValue());
        }
        return counts;
    }

    /**
     * Runs {@code stages} over the current province's documents matching {@code criteria}.
     *
     * @throws IllegalArgumentException for a stage that reads another collection or writes
     */
    public List<Document> aggregate(String collection, Criteria criteria, List<AggregationOperation> stages) {
        List<AggregationOperation> pipeline = new ArrayList<>();
        pipeline.add(Aggregation.match(scopedCriteria(criteria)));
        for (AggregationOperation stage : stages) {
            if (LEAVING_THE_SCOPE.contains(stage.getOperator())) {
                throw new IllegalArgumentException(stage.getOperator() + " would leave the province's documents");
            }
            pipeline.add(stage);
        }
        return mongo.aggregate(Aggregation.newAggregation(pipeline), collection, Document.class).getMappedResults();
    }

    /** The id a caller gave to {@link #upsertIfNewer} for a stored document. */
    public static String localId(Document document) {
        String id = document.getString("_id");
        String tenant = document.getString(TENANT);
        return tenant != null && id.startsWith(tenant + ":") ? id.substring(tenant.length() + 1) : id;
    }

    private static String documentId(String tenant, String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a document id is required");
        }
        return tenant + ":" + id;
    }

    private static Query scoped(Criteria criteria) {
        return Query.query(scopedCriteria(criteria));
    }

    private static Criteria scopedCriteria(Criteria criteria) {
        Criteria tenant = Criteria.where(TENANT).is(TenantContext.require());
        return criteria == null ? tenant : new Criteria().andOperator(criteria, tenant);
    }

    private static String requireOwnField(String field) {
        if (field.equals("_id") || field.equals(TENANT) || field.equals(ProjectionStore.REVISION)) {
            throw new IllegalArgumentException(field + " is kept by the store");
        }
        return field;
    }
}
