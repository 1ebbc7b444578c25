package vn.taphuan.reporting.facts;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.kit.store.ProjectionStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Writes of the facts kept one document per plan ({@link PlanDocuments}), made at once or, in a consumer batch,
 * gathered and made when it closes: each document the batch's events changed read once and written once, its events'
 * changes applied to it in the order they were consumed — what writing them one by one would have left. The batch
 * closes these writes before it marks their plans ({@link DirtyPlans#deferring}), so a fact is still written before
 * its plan is marked, and before its event counts as consumed.
 */
@Component
@NotTenantScoped("writes facts of every province, keyed by province and plan (PlanKey), in the events' provinces")
public class FactWrites {

    private final ProjectionStore store;
    /** The changes gathered in the consumer batch open on this thread, if one is: by collection, then document. */
    private final ThreadLocal<Map<String, Map<String, List<BiFunction<String, Document, Document>>>>> deferred =
            new ThreadLocal<>();

    FactWrites(ProjectionStore store) {
        this.store = store;
    }

    /**
     * Changes one document now, or when the consumer batch open on this thread closes; {@code change} follows the
     * contract of {@link ProjectionStore#modifyAll}.
     */
    void modify(String collection, String id, BiFunction<String, Document, Document> change) {
        Map<String, Map<String, List<BiFunction<String, Document, Document>>>> batch = deferred.get();
        if (batch == null) {
            store.modifyAll(collection, List.of(id), change);
        } else {
            batch.computeIfAbsent(collection, c -> new LinkedHashMap<>()).computeIfAbsent(id, d -> new ArrayList<>())
                    .add(change);
        }
    }

    /**
     * Opens a consumer batch on this thread (for {@link EventConsumers.Builder#eachBatch}, registered after the
     * marks' scope so it closes before it): the facts written in it are written when it closes, one read and one
     * bulk write per collection. Inside a batch already open, nothing more.
     */
    public EventConsumers.BatchScope deferring() {
        if (deferred.get() != null) {
            return () -> { };
        }
        Map<String, Map<String, List<BiFunction<String, Document, Document>>>> gathered = new LinkedHashMap<>();
        deferred.set(gathered);
        return () -> {
            deferred.remove();
            gathered.forEach((collection, changes) -> store.modifyAll(collection, changes.keySet(),
                    (id, current) -> applyInOrder(id, current, changes.get(id))));
        };
    }

    /** The document after every change, each given what the one before left; null when none changed it. */
    private static Document applyInOrder(String id, Document current,
                                         List<BiFunction<String, Document, Document>> changes) {
        Document document = current;
        boolean changed = false;
        for (BiFunction<String, Document, Document> change : changes) {
            Document after = change.apply(id, document);
            if (after != null) {
                document = after;
                changed = true;
            }
        }
        return changed ? document : null;
    }
}
