package vn.taphuan.reporting.facts;

import org.bson.Document;
import vn.taphuan.kit.store.ProjectionStore;

import java.util.List;
import java.util.Map;

/**
 * Facts kept as one document per plan, each fact an entry of a map in it (an activity, a money item), written in
 * sections each guarded by the version of the event that wrote it: a redelivered, replayed or late event leaves the
 * entry as it is. A plan's facts are then read by id in one go, however many the store holds for other plans.
 */
final class PlanDocuments {

    private final ProjectionStore store;
    private final String collection;

    PlanDocuments(ProjectionStore store, String collection) {
        this.store = store;
        this.collection = collection;
    }

    /**
     * Sets {@code fields} on entry {@code entryId} of the plan's document if the entry's {@code section} was written
     * by an older version (or not at all); returns whether it did.
     */
    boolean update(PlanKey plan, String entryId, String section, long version, Map<String, Object> fields) {
        List<ProjectionStore.Written> written = store.modifyAll(collection, List.of(plan.value()), (id, current) -> {
            Document document = current != null ? current : new Document("tenantId", plan.tenantId())
                    .append("planKey", plan.value()).append("planId", plan.planId()).append("entries", new Document());
            Document entries = document.get("entries", Document.class);
            String key = TotalsDocuments.escape(entryId);
            Document entry = entries.get(key, Document.class);
            if (entry == null) {
                entry = new Document();
                entries.put(key, entry);
            }
            Object stored = entry.get(section + "Version");
            if (stored != null && ((Number) stored).longValue() >= version) {
                return null;
            }
            entry.putAll(fields);
            entry.put(section + "Version", version);
            document.remove("_id");
            document.remove(ProjectionStore.REVISION);
            return document;
        });
        return !written.isEmpty();
    }

    /** The plan's entries, by id; empty when none arrived yet. */
    Map<String, Document> entries(PlanKey plan) {
        return entries(store.findById(collection, plan.value()));
    }

    static Map<String, Document> entries(Document document) {
        Map<String, Document> entries = new java.util.LinkedHashMap<>();
        if (document != null && document.get("entries") instanceof Document stored) {
            stored.forEach((key, value) -> entries.put(TotalsDocuments.unescape(key), (Document) value));
        }
        return entries;
    }
}
