package vn.taphuan.kit.events;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import vn.taphuan.kit.store.BulkWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The consumer's inbox: ids of events already applied, so a redelivered event is skipped before any handler runs.
 * Read and written once per batch of records, by id. Handlers are idempotent on their own as well (version-guarded
 * writes, see {@code ProjectionStore}), so an event applied just before a crash and redelivered before it was marked
 * here still changes nothing.
 */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;

    public ProcessedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** An applied event. */
    public record Processed(String eventId, String eventType, String tenantId) {
    }

    /**
     * Which of {@code eventIds} were applied already: one query by id, answered from the id index by any store.
     * Returns a set the caller may add to.
     */
    public Set<String> containsAny(Collection<String> eventIds) {
        Set<String> found = new HashSet<>();
        if (eventIds.isEmpty()) {
            return found;
        }
        Query query = Query.query(Criteria.where("_id").in(eventIds));
        query.fields().include("_id");
        mongo.find(query, Document.class, COLLECTION).forEach(d -> found.add(d.getString("_id")));
        return found;
    }

    public boolean contains(String eventId) {
        return !containsAny(List.of(eventId)).isEmpty();
    }

    /** Marks events applied, in one bulk insert; one marked meanwhile by a concurrent redelivery is left as it is. */
    public void addAll(List<Processed> events) {
        if (events.isEmpty()) {
            return;
        }
        Date now = new Date();
        List<Document> documents = events.stream().map(e -> new Document("_id", e.eventId())
                .append("eventType", e.eventType()).append("tenantId", e.tenantId()).append("processedAt", now)).toList();
        BulkWrites.execute(mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION).insert(documents));
    }

    public void add(String eventId, String eventType, String tenantId) {
        addAll(List.of(new Processed(eventId, eventType, tenantId)));
    }
}
