package vn.taphuan.plan.legal;

/** Kinds of official documents a plan or programme cites (văn bản quy phạm and administrative documents). */
public enum DocumentKind {
    /** Luật */
    LAW,
    /** Nghị quyết */
    RESOLUTION,
    /** Nghị định */
    DECREE,
    /** Quyết định */
    DECISION,
    /** Chỉ thị */
    DIRECTIVE,
    /** Thông tư */
    CIRCULAR,
    /** Kế hoạch */
    PLAN,
    /** Công văn */
    OFFICIAL_LETTER,
    OTHER
}
