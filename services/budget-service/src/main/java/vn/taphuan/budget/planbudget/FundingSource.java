package vn.taphuan.budget.planbudget;


import vn.taphuan.kit.refusal.Labelled;

/** Where money comes from; the wire values of the contracts' {@code fundingSource}. */
public enum FundingSource implements Labelled {
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

    /** Its name for people, e.g. {@code ngân sách tỉnh}. */
    public String nameVi() {
        return labelVi;
    }

    /** How refusals name it in Vietnamese: its name and its code, {@code ngân sách tỉnh (PROVINCE)}. */
    @Override
    public String labelVi() {
        return labelVi + " (" + name() + ")";
    }

    /** How refusals name it in English: by its code, which is what the integrator sends. */
    @Override
    public String labelEn() {
        return name();
    }
}
