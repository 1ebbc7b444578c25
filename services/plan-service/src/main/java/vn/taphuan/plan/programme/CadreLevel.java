package vn.taphuan.plan.plan;

/** Level of the cadres a line targets. */
public enum CadreLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE,
    VILLAGE
}
