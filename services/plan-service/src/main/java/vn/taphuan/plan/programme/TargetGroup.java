package vn.taphuan.plan.programme;

/** Đối tượng: the community (people, supervision boards, prestigious persons…) or cadres implementing the programme. */
public enum TargetGroup {
    COMMUNITY,
    CADRE
}
