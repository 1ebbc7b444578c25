package vn.taphuan.plan.unit;

/** How difficult a commune is classified in a period: đặc biệt khó khăn (Programme 135) or khu vực III/II/I. */
public enum CommuneClassification {
    ESPECIALLY_DIFFICULT,
    REGION_III,
    REGION_II,
    REGION_I,
    NONE
}
