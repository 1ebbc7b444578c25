package vn.taphuan.reporting.facts;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.reporting.progress.PlanFacts;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Loads everything stored about one plan, for {@code PlanLedger}. */
@Component
@NotTenantScoped("loads one plan's facts, of whichever province, for the background refresher, and lists every "
        + "plan for the platform administrator's recompute")
public class PlanFactsRepository {

    private final PlanFactStore plans;
    private final ActivityFactStore activities;
    private final EnrolmentFactStore enrolments;
    private final BudgetFactStore budget;
    private final MongoTemplate mongo;

    PlanFactsRepository(PlanFactStore plans, ActivityFactStore activities, EnrolmentFactStore enrolments,
                        BudgetFactStore budget, MongoTemplate mongo) {
        this.mongo = mongo;
        this.plans = plans;
        this.activities = activities;
        this.enrolments = enrolments;
        this.budget = budget;
    }

    public PlanFacts load(PlanKey key) {
        BudgetFactStore.Items money = budget.ofPlan(key);
        return new PlanFacts(key.tenantId(), key.planId(), plans.versions(key), plans.closure(key),
                activities.ofPlan(key), enrolments.ofPlan(key), money.allocations(), money.commitments(),
                money.expenditures(), money.settlements());
    }

    /** Every plan any fact names. */
    public Set<PlanKey> allPlans() {
        Set<PlanKey> keys = new TreeSet<>(java.util.Comparator.comparing(PlanKey::value));
        for (String collection : List.of(PlanFactStore.VERSIONS, ActivityFactStore.COLLECTION,
                EnrolmentFactStore.COLLECTION, BudgetFactStore.COLLECTION)) {
            mongo.findDistinct(new Query(), "planKey", collection, String.class).forEach(k -> keys.add(PlanKey.parse(k)));
        }
        return keys;
    }
}
