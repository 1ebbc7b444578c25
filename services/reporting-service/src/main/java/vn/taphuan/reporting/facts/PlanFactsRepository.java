package vn.taphuan.reporting.facts;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.reporting.progress.PlanFacts;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads everything stored about one plan, for {@code PlanLedger}: four documents read by id (its versions, its
 * activities, its money, its enrolment totals), however many facts the store holds.
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
