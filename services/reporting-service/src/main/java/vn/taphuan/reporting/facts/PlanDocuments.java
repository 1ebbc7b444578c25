package vn.taphuan.reporting.facts;

import org.bson.Document;
import vn.taphuan.kit.store.ProjectionStore;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts kept as one document per plan, each fact an entry of a map in it (an activity, a money item), written in
 * sections each guarded by the version of the event that wrote it: a redelivered, replayed or late event leaves the
 * entry as it is. A plan's facts are then read by id in one go, however many the store holds for other plans.
 */
final class PlanDocuments {

    static final int PLANS_PER_READ = 50;

    private final ProjectionStore store;
    private final FactWrites writes;
    private final String collection;

    PlanDocuments(ProjectionStore store, FactWrites writes, String collection) {
        this.store = store;
        this.writes = writes;
        this.collection = collection;
        // a plan's document grows with its activities and is read whole after every change to derive the plan's
        // figures again: what this process wrote or read last comes from memory unless the store holds a newer write
        store.keepInMemory(collection);
    }

    /**
     * Sets {@code fields} on entry {@code entryId} of the plan's document if the entry's {@code section} was written
     * by an older version (or not at all) — at once, or with the rest of the consumer batch ({@link FactWrites}).
     */
    void update(PlanKey plan, String entryId, String section, long version, Map<String, Object> fields) {
        update(plan, entryId, version, Map.of(section, fields));
    }

    /**
     * Sets each section's fields on entry {@code entryId} where that section was written by an older version (or not
     * at all), in order, in one write: what {@link #update(PlanKey, String, String, long, Map)} does section by
     * section.
     */
    void update(PlanKey plan, String entryId, long version, Map<String, Map<String, Object>> sections) {
        writes.modify(collection, plan.value(), (id, current) -> {
            Document document = current != null ? current : new Document("tenantId", plan.tenantId())
                    .append("planKey", plan.value()).append("planId", plan.planId()).append("entries", new Document());
            Document entries = document.get("entries", Document.class);
            String key = TotalsDocuments.escape(entryId);
            Document entry = entries.get(key, Document.class);
            if (entry == null) {
                entry = new Document();
                entries.put(key, entry);
            }
            boolean changed = false;
            for (Map.Entry<String, Map<String, Object>> section : sections.entrySet()) {
                Object stored = entry.get(section.getKey() + "Version");
                if (stored != null && ((Number) stored).longValue() >= version) {
                    continue;
                }
                entry.putAll(section.getValue());
                entry.put(section.getKey() + "Version", version);
                changed = true;
            }
            if (!changed) {
                return null;
            }
            document.remove("_id");
            document.remove(ProjectionStore.REVISION);
            return document;
        });
    }

    /** The plan's entries, by id; empty when none arrived yet. */
    Map<String, Document> entries(PlanKey plan) {
        return entries(store.findAllById(collection, List.of(plan.value())).get(plan.value()));
    }

    /** The entries of each plan (empty for those with none yet), a few plans per read. */
    Map<PlanKey, Map<String, Document>> entries(Collection<PlanKey> plans) {
        Map<String, Document> stored = new HashMap<>();
        List<String> ids = plans.stream().map(PlanKey::value).distinct().toList();
        // a few plans per reply: a plan's document holds every activity or money item it has
        for (int from = 0; from < ids.size(); from += PLANS_PER_READ) {
            stored.putAll(store.findAllById(collection, ids.subList(from, Math.min(ids.size(), from + PLANS_PER_READ))));
        }
        Map<PlanKey, Map<String, Document>> entries = new LinkedHashMap<>();
        plans.forEach(plan -> entries.put(plan, entries(stored.get(plan.value()))));
        return entries;
    }

    static Map<String, Document> entries(Document document) {
        Map<String, Document> entries = new LinkedHashMap<>();
        if (document != null && document.get("entries") instanceof Document stored) {
            stored.forEach((key, value) -> entries.put(TotalsDocuments.unescape(key), (Document) value));
        }
        return entries;
    }
}
