package vn.taphuan.budget.norms;

import org.springframework.stereotype.Service;
import vn.taphuan.budget.BudgetProperties;
import vn.taphuan.kit.problem.StaleVersion;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.Decision;
import vn.taphuan.kit.store.StaleAggregate;
import vn.taphuan.kit.tenant.TenantContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Application service of the provinces' unit-cost norms: keeps each province's norm sets (one aggregate per
 * tenant) and answers which rates apply on a day, falling back to the documented defaults.
 */
@Service
public class CostNormsService {

    private final AggregateStore store;
    private final NormSet defaults;

    CostNormsService(AggregateStore store, BudgetProperties properties) {
        this.store = store;
        BudgetProperties.DefaultNorms configured = properties.defaultNorms();
        // refuses to start with incomplete defaults, naming the missing rates
        this.defaults = NormSet.defaults(configured == null ? null : configured.legalBasis(),
                configured == null ? null : configured.rates());
    }

    /** The current tenant's norms (empty, version 0, before any was set). */
    public Stored current() {
        Optional<CostNorms> found = store.find(CostNorms.class, TenantContext.require());
        return found.map(n -> new Stored(n, n.version()))
                .orElseGet(() -> new Stored(CostNorms.empty(TenantContext.require()), 0));
    }

    /** The rates the current tenant applies over time. */
    public NormSchedule schedule() {
        return current().norms().schedule(defaults);
    }

    public NormSet defaults() {
        return defaults;
    }

    /** Adds a norm set; {@code expectedVersion} (may be null) is the norms' version the caller read. */
    public Stored add(Long expectedVersion, NormSet.Draft draft) {
        NormSet set = draft.toSet("ns-" + UUID.randomUUID().toString().substring(0, 8));
        return change(expectedVersion, norms -> norms.add(set));
    }

    /** Replaces a norm set (corrects its rates or ends its validity); estimates made earlier are kept. */
    public Stored replace(String setId, long expectedVersion, NormSet.Draft draft) {
        // a set this province does not have is not found, whatever version is named: another province's set id
        // answers 404 like any unknown one, never 409 (which would tell it exists somewhere)
        current().norms().find(setId).orElseThrow(() -> Refused.notFound(new NormsRefusal.NoSuchNormSet(setId)));
        NormSet set = draft.toSet(setId);
        return change(expectedVersion, norms -> norms.replace(setId, set));
    }

    public CostEstimate estimate(ActivitySpec activity) {
        return schedule().estimate(activity);
    }

    private Stored change(Long expectedVersion, Consumer<CostNorms> command) {
        String tenant = TenantContext.require();
        try {
            AggregateStore.Executed<CostNorms, Void> done = store.execute(CostNorms.class, tenant, expectedVersion,
                    () -> CostNorms.empty(tenant), norms -> {
                        command.accept(norms);
                        return Decision.write(List.of());
                    });
            return new Stored(done.aggregate(), done.version());
        } catch (StaleAggregate raced) {
            throw raced;
        } catch (StaleVersion stale) {
            // the norms are named by what they are, not by the tenant id they are stored under
            throw new StaleVersion("cost-norms/" + tenant, expectedVersion);
        }
    }

    /** A tenant's norms with the version they were stored at. */
    public record Stored(CostNorms norms, long version) {
    }
}
