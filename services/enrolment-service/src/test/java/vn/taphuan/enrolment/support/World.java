package vn.taphuan.enrolment.support;

import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.enrolment.planline.PlanReplica;
import vn.taphuan.enrolment.reference.AdministrativeUnits;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;

import java.util.List;
import java.util.UUID;

/**
 * Puts the world an integration test needs in place: tenants, units and approved plans, written straight into the
 * replicas (the consumer tests go through Kafka instead).
 */
public final class World {

    private final KnownTenants tenants;
    private final AdministrativeUnits units;
    private final PlanReplica plans;

    public World(KnownTenants tenants, AdministrativeUnits units, PlanReplica plans) {
        this.tenants = tenants;
        this.units = units;
        this.plans = plans;
    }

    public World provinces() {
        tenants.onboard("bac-giang", "Bắc Giang", "24", List.of());
        tenants.onboard("thanh-hoa", "Thanh Hóa", "38", List.of());
        Units.all().forEach(unit -> units.define(unit, 1));
        return this;
    }

    /** A fresh approved plan of Bắc Giang; returns its id. */
    public String approvedPlan(PlanApproved template) {
        String planId = "plan-" + UUID.randomUUID();
        PlanApproved p = template;
        try (TenantContext.Scope ignored = TenantContext.open("bac-giang")) {
            plans.applyVersion(planId, p.planVersion(), p.programmeCode(), p.programmeRules(), p.title(),
                    p.periodStart(), p.periodEnd(), p.targetLines(), 3);
        }
        return planId;
    }
}
