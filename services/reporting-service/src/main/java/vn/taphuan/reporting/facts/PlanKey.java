package vn.taphuan.reporting.facts;

/**
 * Identifies a plan across provinces: facts and figures are keyed by tenant and plan id together, so two provinces'
 * ids can never mix.
 */
public record PlanKey(String tenantId, String planId) {

    public static PlanKey parse(String key) {
        int slash = key.indexOf('/');
        return new PlanKey(key.substring(0, slash), key.substring(slash + 1));
    }

    /** {@code tenant/planId}: the {@code planKey} field of every fact and the id of the plan's figures. */
    public String value() {
        return tenantId + "/" + planId;
    }

    @Override
    public String toString() {
        return value();
    }
}
