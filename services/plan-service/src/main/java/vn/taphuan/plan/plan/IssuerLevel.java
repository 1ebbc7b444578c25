package vn.taphuan.plan.plan;

/** The level of the body that issued a plan. */
public enum IssuerLevel {
    /** a ministry or central agency (Bộ, Ủy ban Dân tộc) */
    MINISTRY,
    /** a provincial people's committee (UBND tỉnh, thành phố trực thuộc trung ương) */
    PROVINCE,
    /** a district's people's committee (UBND huyện, thị xã, thành phố thuộc tỉnh), until 30 June 2025 */
    DISTRICT,
    /** a commune's people's committee (UBND xã, phường, thị trấn) */
    COMMUNE,
    /** a department of a people's committee (Sở, Ban Dân tộc, Phòng Dân tộc) */
    DEPARTMENT
}
