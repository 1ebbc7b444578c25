package vn.taphuan.reporting.facts;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.kit.store.NotTenantScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Plans whose facts changed since their figures were last derived. Kept in the store, not in memory, so a restart
 * (or another replica) finishes what was left: a fact is written first, then its plan is marked. A plan's mark
 * carries a number that only grows ({@code seq}); the refresher derives the figures under the number it read, and
 * they are stored only if no figures derived under a higher number are stored already ({@code PlanFiguresStore}):
 * two replicas deriving the same plan at once can never leave the older figures last. A mark is cleared only if
 * nobody marked the plan again meanwhile, and its document stays, so the number never starts over.
 * <p>
 * A consumer marks the plans of a whole poll at once ({@link #deferring}): each plan its handlers marked is marked
 * once, in one write, after all their facts are written and before the events count as consumed — still after the
 * facts, so a derivation that read a mark before them is followed by another.
 */
@Component
@NotTenantScoped("the refresher's work queue: plans of every province whose facts changed")
public class DirtyPlans {

    public static final String COLLECTION = "dirty_plans";
    private static final int MAX_ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private volatile Consumer<PlanKey> listener = key -> { };
    /** The plans marked so far in the consumer batch open on this thread, if one is. */
    private final ThreadLocal<Set<PlanKey>> deferred = new ThreadLocal<>();
    private volatile boolean clearIndexed;

    DirtyPlans(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Marks the plan now, or when the consumer batch open on this thread closes. */
    public void mark(PlanKey plan) {
        Set<PlanKey> batch = deferred.get();
        if (batch != null) {
            batch.add(plan);
        } else {
            markAll(List.of(plan));
        }
    }

    /** Marks every plan, each once, in one write. */
    public void markAll(Collection<PlanKey> plans) {
        List<PlanKey> todo = List.copyOf(new LinkedHashSet<>(plans));
        for (int attempt = 1; !todo.isEmpty(); attempt++) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
            todo.forEach(plan -> bulk.upsert(Query.query(Criteria.where("_id").is(plan.value())),
                    new Update().set("tenantId", plan.tenantId()).set("dirty", true).inc("seq", 1)));
            try {
                bulk.execute();
                todo = List.of();
            } catch (BulkOperationException e) {
                // two writers creating a plan's first mark at once: one insert loses, and is an update when tried again
                List<PlanKey> again = new ArrayList<>();
                for (BulkWriteError error : e.getErrors()) {
                    if (error.getCategory() != ErrorCategory.DUPLICATE_KEY || attempt >= MAX_ATTEMPTS) {
                        throw e;
                    }
                    again.add(todo.get(error.getIndex()));
                }
                todo = again;
            }
        }
        plans.forEach(listener);
    }

    /**
     * Opens a consumer batch on this thread: the plans marked in it are marked when it closes, each once, in one
     * write (for {@link EventConsumers.Builder#eachBatch}). Inside a batch already open, nothing more.
     */
    public EventConsumers.BatchScope deferring() {
        if (deferred.get() != null) {
            return () -> { };
        }
        Set<PlanKey> marked = new LinkedHashSet<>();
        deferred.set(marked);
        return () -> {
            deferred.remove();
            if (!marked.isEmpty()) {
                markAll(marked);
            }
        };
    }

    /** A plan to refresh and the mark it was read with. */
    public record Mark(PlanKey plan, long seq) {
    }

    /** Plans marked and not yet refreshed (one document per plan: a short scan however many facts there are). */
    public List<Mark> pending(int limit) {
        return pending(limit, List.of());
    }

    /** Plans marked and not yet refreshed, but for {@code except}. */
    public List<Mark> pending(int limit, Collection<PlanKey> except) {
        // a mark written before marks were kept has no "dirty" field: pending too
        Criteria criteria = Criteria.where("dirty").ne(false);
        if (!except.isEmpty()) {
            criteria = criteria.and("_id").nin(except.stream().map(PlanKey::value).toList());
        }
        return mongo.find(Query.query(criteria).limit(limit), Document.class, COLLECTION)
                .stream().map(d -> new Mark(PlanKey.parse(d.getString("_id")), ((Number) d.get("seq")).longValue()))
                .toList();
    }

    /** Clears the mark if the plan was not marked again since {@code mark} was read. */
    public void clear(Mark mark) {
        clearAll(List.of(mark));
    }

    /** Clears each mark whose plan was not marked again since it was read, in one write. */
    public void clearAll(Collection<Mark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        ensureClearIndex();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        marks.forEach(mark -> bulk.updateOne(Query.query(Criteria.where("_id").is(mark.plan().value())
                .and("seq").is(mark.seq())), new Update().set("dirty", false)));
        bulk.execute();
    }

    /**
     * An index on exactly the fields a clear names: the embedded store answers such a write from it instead of
     * scanning every mark (it uses an index only when it has exactly the query's fields).
     */
    private void ensureClearIndex() {
        if (!clearIndexed) {
            mongo.indexOps(COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC)
                    .on("seq", Sort.Direction.ASC).unique().named("marks_clear"));
            clearIndexed = true;
        }
    }

    /** Told of every mark made in this replica, so the refresher wakes at once. */
    public void onMark(Consumer<PlanKey> listener) {
        this.listener = listener;
    }
}
