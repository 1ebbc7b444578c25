package vn.taphuan.plan.plan;

/** Where the money comes from (nguồn kinh phí). */
public enum FundingSource {
    /** ngân sách trung ương, kinh phí sự nghiệp (e.g. the education career source) */
    CENTRAL,
    /** ngân sách trung ương, vốn đầu tư phát triển */
    CENTRAL_INVESTMENT,
    /** ngân sách tỉnh (local budget at province level) */
    PROVINCE,
    /** ngân sách huyện */
    DISTRICT,
    /** ngân sách xã */
    COMMUNE,
    /** xã hội hóa, đóng góp của tổ chức, cá nhân */
    SOCIAL,
    /** other lawful sources (nguồn hợp pháp khác) */
    OTHER
}
