package vn.taphuan.plan.importing;

public enum ImportStatus {
    /** read; waiting for the officer to confirm or correct it */
    PENDING,
    /** confirmed: the draft plan was created from it */
    CONFIRMED
}
