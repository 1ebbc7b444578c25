package vn.taphuan.kit.periodlock;

import vn.taphuan.kit.refusal.Labelled;

/** The role in which someone signed a step of a period's report, named for people. */
public enum SignerRole implements Labelled {
    PROVINCE_ADMIN("quản trị tỉnh", "province administrator"),
    PROVINCE_OFFICER("cán bộ tỉnh", "province officer"),
    MINISTRY_ANALYST("chuyên viên bộ", "ministry analyst");

    private final String vi;
    private final String en;

    SignerRole(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The role an event names; an approval without one (published before the field existed) was the administrator's. */
    static SignerRole of(String role, SignerRole otherwise) {
        if (role == null) {
            return otherwise;
        }
        try {
            return valueOf(role);
        } catch (IllegalArgumentException unknown) {
            return otherwise;
        }
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
