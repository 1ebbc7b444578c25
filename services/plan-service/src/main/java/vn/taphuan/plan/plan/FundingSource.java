package vn.taphuan.plan.plan;

/** Where the money comes from. */
public enum FundingSource {
    /** ngân sách trung ương (e.g. education career source) */
    CENTRAL,
    PROVINCE,
    DISTRICT,
    COMMUNE,
    /** xã hội hóa */
    SOCIAL,
    /** other lawful sources */
    OTHER
}
