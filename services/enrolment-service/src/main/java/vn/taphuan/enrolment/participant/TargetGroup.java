package vn.taphuan.enrolment.participant;

/** Whether a person is trained as a cadre (cán bộ) or as a community member (cộng đồng). */
public enum TargetGroup {
    COMMUNITY, CADRE
}
