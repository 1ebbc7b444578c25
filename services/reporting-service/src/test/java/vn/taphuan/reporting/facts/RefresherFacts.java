package vn.taphuan.reporting.facts;

import org.springframework.data.mongodb.core.MongoTemplate;
import vn.taphuan.reporting.progress.PlanFacts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The facts of a refresher built by a test: the service's own, read as the service reads them, with a record of the
 * plans read and something to do once right after a read, while the figures are derived — as a consumer writing a
 * fact and marking its plan then would.
 */
public class RefresherFacts extends PlanFactsRepository {

    private final List<PlanKey> loaded = Collections.synchronizedList(new ArrayList<>());
    private volatile Runnable meanwhile;

    public RefresherFacts(PlanFactStore plans, ActivityFactStore activities, BudgetFactStore budget, Rollups rollups,
                          MongoTemplate mongo) {
        super(plans, activities, budget, rollups, mongo);
    }

    /** A work queue of marks of its own (the same store): the service's refresher keeps listening to the service's. */
    public static DirtyPlans dirtyPlans(MongoTemplate mongo) {
        return new DirtyPlans(mongo);
    }

    /** Runs {@code action} once, right after the next read of facts. */
    public void meanwhile(Runnable action) {
        meanwhile = action;
    }

    /** How often the plan's facts were read since the last {@link #forget}. */
    public long timesLoaded(PlanKey plan) {
        synchronized (loaded) {
            return loaded.stream().filter(plan::equals).count();
        }
    }

    public void forget() {
        loaded.clear();
    }

    @Override
    public Map<PlanKey, PlanFacts> loadAll(Collection<PlanKey> keys) {
        loaded.addAll(keys);
        Map<PlanKey, PlanFacts> facts = super.loadAll(keys);
        Runnable action = meanwhile;
        meanwhile = null;
        if (action != null) {
            action.run();
        }
        return facts;
    }

    @Override
    public PlanFacts load(PlanKey key) {
        loaded.add(key);
        return super.load(key);
    }
}
