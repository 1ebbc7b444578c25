package vn.taphuan.reporting.scope;

import org.springframework.stereotype.Component;
import vn.taphuan.contracts.Topics;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The provinces this service knows (from {@code tenant.events.v1}, kept by the kit) and what each one reports.
 * <p>
 * The one place a province view learns whose figures it shows: {@link #currentProvince()} is the province of the
 * request (or of the stream being pushed to), from {@link TenantContext} — never a parameter a caller could get
 * wrong — and {@link #currentTenants()} adds the provinces merged into it. The national views read all provinces
 * through their own, separately named methods.
 */
@Component
public class Scopes {

    private final KnownTenants tenants;

    public Scopes(KnownTenants tenants) {
        this.tenants = tenants;
    }

    /** Which provinces were merged into which, as read within the last few seconds: for the views. */
    public TenantLineage lineage() {
        return lineage(tenants.all());
    }

    /** Which provinces were merged into which, as stored now: for counting persons, where it must not be late. */
    public TenantLineage lineageNow() {
        return lineage(tenants.allNow());
    }

    private static TenantLineage lineage(List<KnownTenants.Tenant> all) {
        Map<String, List<String>> predecessors = new HashMap<>();
        for (KnownTenants.Tenant tenant : all) {
            predecessors.put(tenant.tenantId(), tenant.predecessorTenantIds());
        }
        return new TenantLineage(predecessors);
    }

    /** The province the current request or stream push is for. */
    public String currentProvince() {
        return TenantContext.require();
    }

    /** The tenants whose plans the current province reports: itself and its predecessors. */
    public Set<String> currentTenants() {
        return lineage().scopeOf(currentProvince());
    }

    /** The current province as reports name it. */
    public Province currentProvinceDetails() {
        return province(currentProvince());
    }

    public Province province(String tenantId) {
        return province(tenantId, lineage());
    }

    private Province province(String tenantId, TenantLineage lineage) {
        KnownTenants.Tenant tenant = tenants.find(tenantId)
                .filter(t -> !Topics.NATIONAL.equals(t.tenantId()))
                .orElseThrow(() -> Refused.notFound(new ScopeRefusal.NoSuchTenant(tenantId)));
        List<Province.ProvinceRef> inherits = lineage.scopeOf(tenantId).stream()
                .filter(id -> !id.equals(tenantId))
                .map(id -> new Province.ProvinceRef(id, tenants.find(id).map(KnownTenants.Tenant::name).orElse(id)))
                .toList();
        return new Province(tenant.tenantId(), tenant.name(), tenant.provinceCode(), tenant.disabledOn(), inherits);
    }

    /**
     * The provinces that file periodic reports, by name: every onboarded one, those merged into another too — each
     * reports (and its report locks) the plans it owns.
     */
    public List<Province> filingProvinces() {
        TenantLineage lineage = lineage();
        return tenants.all().stream().map(KnownTenants.Tenant::tenantId).filter(id -> !Topics.NATIONAL.equals(id))
                .map(id -> province(id, lineage)).sorted(Comparator.comparing(Province::name)).toList();
    }

    /** The provinces a nationwide table shows: those not merged into another, by name. */
    public List<Province> reportingProvinces() {
        TenantLineage lineage = lineage();
        List<String> all = tenants.all().stream().map(KnownTenants.Tenant::tenantId).toList();
        return lineage.reportingTenants(all).stream().map(id -> province(id, lineage))
                .sorted(Comparator.comparing(Province::name)).toList();
    }
}
