package vn.taphuan.reporting.facts;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.taphuan.kit.store.NotTenantScoped;

import java.util.List;
import java.util.function.Consumer;

/**
 * Plans whose facts changed since their figures were last derived. Kept in the store, not in memory, so a restart
 * (or another replica) finishes what was left: a fact is written first, then its plan is marked. A plan's mark
 * carries a number that only grows ({@code seq}); the refresher derives the figures under the number it read, and
 * they are stored only if no figures derived under a higher number are stored already ({@code PlanFiguresStore}):
 * two replicas deriving the same plan at once can never leave the older figures last. A mark is cleared only if
 * nobody marked the plan again meanwhile, and its document stays, so the number never starts over.
 */
@Component
@NotTenantScoped("the refresher's work queue: plans of every province whose facts changed")
public class DirtyPlans {

    public static final String COLLECTION = "dirty_plans";

    private final MongoTemplate mongo;
    private volatile Consumer<PlanKey> listener = key -> { };

    DirtyPlans(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void mark(PlanKey plan) {
        mongo.upsert(Query.query(Criteria.where("_id").is(plan.value())),
                new Update().set("tenantId", plan.tenantId()).set("dirty", true).inc("seq", 1), COLLECTION);
        listener.accept(plan);
    }

    /** A plan to refresh and the mark it was read with. */
    public record Mark(PlanKey plan, long seq) {
    }

    /** Plans marked and not yet refreshed (one document per plan: a short scan however many facts there are). */
    public List<Mark> pending(int limit) {
        // a mark written before marks were kept has no "dirty" field: pending too
        return mongo.find(Query.query(Criteria.where("dirty").ne(false)).limit(limit), Document.class, COLLECTION)
                .stream().map(d -> new Mark(PlanKey.parse(d.getString("_id")), ((Number) d.get("seq")).longValue()))
                .toList();
    }

    /** Clears the mark if the plan was not marked again since {@code mark} was read. */
    public void clear(Mark mark) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(mark.plan().value()).and("seq").is(mark.seq())),
                new Update().set("dirty", false), COLLECTION);
    }

    /** Told of every mark made in this replica, so the refresher wakes at once. */
    public void onMark(Consumer<PlanKey> listener) {
        this.listener = listener;
    }
}
