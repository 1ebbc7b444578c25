package vn.taphuan.enrolment.participant;

/** Gender as counted for the women's share (Nam / Nữ / Khác). */
public enum Gender {
    FEMALE, MALE, OTHER
}
