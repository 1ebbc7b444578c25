package vn.taphuan.plan.tenant;

public enum TenantStatus {
    ACTIVE,
    /** soft-offboarded: its history stays readable, nothing new is accepted */
    DISABLED
}
