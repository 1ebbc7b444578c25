package vn.taphuan.reporting.periodreport;

import vn.taphuan.kit.refusal.Labelled;

/** What someone does to a period's report. */
public enum Step implements Labelled {
    COMMENT("ghi ý kiến vào", "comment on"),
    SUBMIT("nộp", "submit"),
    APPROVE("phê duyệt", "approve"),
    RETURN("trả lại", "return"),
    ACCEPT("chấp nhận", "accept"),
    REOPEN("mở lại", "reopen");

    private final String vi;
    private final String en;

    Step(String vi, String en) {
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
