package vn.taphuan.reporting.facts;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.reporting.progress.PlanFacts;

import vn.taphuan.reporting.progress.EnrolmentTotals;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads everything stored about a plan, for {@code PlanLedger}: four documents read by id (its versions, its
 * activities, its money, its enrolment totals), however many facts the store holds — for many plans, four reads.
 */
@Component
@NotTenantScoped("loads one plan's facts, of whichever province, for the background refresher, and lists every "
        + "plan for the platform administrator's recompute")
public class PlanFactsRepository {

    private final PlanFactStore plans;
    private final ActivityFactStore activities;
    private final BudgetFactStore budget;
    private final Rollups rollups;
    private final MongoTemplate mongo;

    PlanFactsRepository(PlanFactStore plans, ActivityFactStore activities, BudgetFactStore budget, Rollups rollups,
                        MongoTemplate mongo) {
        this.plans = plans;
        this.activities = activities;
        this.budget = budget;
        this.rollups = rollups;
        this.mongo = mongo;
    }

    public PlanFacts load(PlanKey key) {
        BudgetFactStore.Items money = budget.ofPlan(key);
        PlanFactStore.Stored plan = plans.find(key);
        return new PlanFacts(key.tenantId(), key.planId(), plan.versions(), plan.closure(), activities.ofPlan(key),
                rollups.planTotals(key), money.allocations(), money.commitments(), money.expenditures(),
                money.settlements());
    }

    /**
     * Everything stored about each plan, as {@link #load} reads it, in one read per kind of fact for a few dozen
     * plans: what a refresher's pass of many plans costs the store.
     */
    public Map<PlanKey, PlanFacts> loadAll(Collection<PlanKey> keys) {
        Map<PlanKey, BudgetFactStore.Items> money = budget.ofPlans(keys);
        Map<PlanKey, PlanFactStore.Stored> stored = plans.findAll(keys);
        Map<PlanKey, List<PlanFacts.Activity>> activitiesOf = activities.ofPlans(keys);
        Map<PlanKey, EnrolmentTotals> totals = rollups.planTotals(keys);
        Map<PlanKey, PlanFacts> facts = new LinkedHashMap<>();
        for (PlanKey key : keys) {
            BudgetFactStore.Items items = money.get(key);
            PlanFactStore.Stored plan = stored.get(key);
            facts.put(key, new PlanFacts(key.tenantId(), key.planId(), plan.versions(), plan.closure(),
                    activitiesOf.get(key), totals.get(key), items.allocations(), items.commitments(),
                    items.expenditures(), items.settlements()));
        }
        return facts;
    }

    /** Every plan any fact names. */
    public Set<PlanKey> allPlans() {
        Set<PlanKey> keys = new TreeSet<>(java.util.Comparator.comparing(PlanKey::value));
        for (String collection : List.of(PlanFactStore.VERSIONS, ActivityFactStore.COLLECTION,
                BudgetFactStore.COLLECTION, Rollups.PLAN_TOTALS)) {
            mongo.findDistinct(new Query(), "_id", collection, String.class).forEach(k -> keys.add(PlanKey.parse(k)));
        }
        return keys;
    }
}
