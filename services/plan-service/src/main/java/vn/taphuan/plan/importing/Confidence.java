package vn.taphuan.plan.importing;

/** How sure the reading of a value is; anything below HIGH deserves a look before the plan is confirmed. */
public enum Confidence {
    /** read from wording that leaves no doubt */
    HIGH,
    /** read, but the wording is approximate ("hơn 7.500") or the value was inferred from context */
    MEDIUM,
    /** a best reading of unusual wording; check it */
    LOW
}
