package vn.taphuan.reporting.progress;

/** Community (cộng đồng) or cadres (cán bộ). */
public enum TargetGroup {
    COMMUNITY, CADRE
}
