package vn.taphuan.kit.security;

/**
 * What a signed-in user may do. Province roles are bound to the tenant named in their token; the ministry analyst
 * and the platform administrator belong to no province.
 */
public enum Role {
    /** Province administrator: everything an officer may do, plus the tenant's audit trail and users. */
    PROVINCE_ADMIN,
    /** Province officer: reads and writes the own province's data. */
    PROVINCE_OFFICER,
    /** Province viewer: reads the own province's data. */
    PROVINCE_VIEWER,
    /**
     * Ministry analyst: reads progress of every province and the nationwide totals; never learners' personal data.
     * With a {@code ministry} claim, only of the programmes that ministry owns; without, of every programme.
     */
    MINISTRY_ANALYST,
    /** Platform administrator: tenants and reference data. */
    PLATFORM_ADMIN;

    /** The Spring Security authority of this role, e.g. {@code ROLE_PROVINCE_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isProvincial() {
        return this == PROVINCE_ADMIN || this == PROVINCE_OFFICER || this == PROVINCE_VIEWER;
    }
}
