package vn.taphuan.kit.events;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.Date;

/**
 * The consumer's inbox: ids of events already applied, so a redelivered event is skipped before any handler runs.
 * Handlers are idempotent on their own as well (version-guarded writes, see {@code ProjectionStore}), so an event
 * applied just before a crash and redelivered before it was marked here still changes nothing.
 */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;

    public ProcessedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * A plain find by id: answered from the id index by any store. ({@code exists} counts through an aggregation,
     * which the embedded wire server runs over the whole collection — slower with every event processed.)
     */
    public boolean contains(String eventId) {
        return mongo.findById(eventId, Document.class, COLLECTION) != null;
    }

    public void add(String eventId, String eventType, String tenantId) {
        try {
            mongo.insert(new Document("_id", eventId).append("eventType", eventType).append("tenantId", tenantId)
                    .append("processedAt", new Date()), COLLECTION);
        } catch (DuplicateKeyException alreadyThere) {
            // a concurrent redelivery marked it first; nothing to do
        }
    }
}
