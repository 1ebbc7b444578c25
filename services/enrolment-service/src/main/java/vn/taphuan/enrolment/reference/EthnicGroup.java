package vn.taphuan.enrolment.reference;

/**
 * One of the 54 ethnic groups of Viet Nam.
 *
 * @param code official two-digit code, 01 (Kinh) to 54 (Rơ-măm)
 * @param name official name
 */
public record EthnicGroup(String code, String name) {

    public static final String KINH = "01";

    /** Every group but Kinh is one of the 53 ethnic minorities (dân tộc thiểu số). */
    public boolean minority() {
        return !KINH.equals(code);
    }
}
