package vn.taphuan.reporting.periodreport;

import vn.taphuan.kit.refusal.Labelled;

/** Where a period's report stands in the chain province → ministry. */
public enum ReportState implements Labelled {
    /** Being written by the province's officers; its figures are the live ones. */
    DRAFT("đang soạn", "being drafted"),
    /** Submitted by an officer, its figures frozen; awaits the province administrator. */
    SUBMITTED("đã nộp, chờ tỉnh phê duyệt", "submitted, awaiting the province's approval"),
    /** Approved for the province; awaits the owning ministry. */
    APPROVED("tỉnh đã phê duyệt, chờ bộ", "approved by the province, awaiting the ministry"),
    /** Returned by the ministry with a reason; the province revises and submits again. */
    RETURNED("bị trả lại để chỉnh sửa", "returned for revision"),
    /** Accepted by the owning ministry: the chain is done. */
    ACCEPTED("bộ đã chấp nhận", "accepted by the ministry");

    private final String vi;
    private final String en;

    ReportState(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    @Override
    public String labelVi() {
        return vi;
    }

    @Override
    public String labelEn() {
        return en;
    }
}
