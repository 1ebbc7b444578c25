package vn.taphuan.plan.programme;

/** Level of the cadres a line targets. */
public enum CadreLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE,
    VILLAGE
}
