package vn.taphuan.reporting.periodreport;

import vn.taphuan.kit.refusal.Labelled;

/** How often a programme reports: the kinds of period the circulars name (báo cáo tháng, quý, 6 tháng, năm). */
public enum Cadence implements Labelled {
    MONTHLY(1, "tháng", "month"),
    QUARTERLY(3, "quý", "quarter"),
    SIX_MONTHLY(6, "6 tháng", "six months"),
    ANNUAL(12, "năm", "year");

    private final int months;
    private final String vi;
    private final String en;

    Cadence(int months, String vi, String en) {
        this.months = months;
        this.vi = vi;
        this.en = en;
    }

    /** Length of one period in months; periods start in January and follow one another. */
    public int months() {
        return months;
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
