package vn.taphuan.plan.plan;

/** What a body does for the plan (tổ chức thực hiện). */
public enum BodyRole {
    /** cơ quan chủ trì */
    LEAD,
    /** phối hợp */
    COORDINATING,
    /** thẩm định, giao dự toán kinh phí (finance) */
    FINANCE,
    /** tổ chức thực hiện tại địa phương */
    IMPLEMENTING
}
