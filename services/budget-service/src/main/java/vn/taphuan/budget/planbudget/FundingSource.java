package vn.taphuan.budget.planbudget;

/** Where money comes from; the wire values of the contracts' {@code fundingSource}. */
public enum FundingSource {
    CENTRAL("ngân sách trung ương (nguồn sự nghiệp)"),
    CENTRAL_INVESTMENT("ngân sách trung ương (nguồn đầu tư)"),
    PROVINCE("ngân sách tỉnh"),
    DISTRICT("ngân sách huyện"),
    COMMUNE("ngân sách xã"),
    SOCIAL("xã hội hóa"),
    OTHER("nguồn hợp pháp khác");

    private final String labelVi;

    FundingSource(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
