package vn.taphuan.budget;

import vn.taphuan.contracts.enrolment.v1.EnrolmentsChanged;
import vn.taphuan.contracts.enrolment.v1.TrainingEventCancelled;
import vn.taphuan.contracts.enrolment.v1.TrainingEventRescheduled;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.contracts.plan.v1.FundingAmount;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.ProgrammeRules;
import vn.taphuan.contracts.plan.v1.TargetLine;

import java.util.List;

/** Contract payloads of the Bắc Giang 2023 DTTS&MN plan and its activities, as the other services publish them. */
public final class BudgetEvents {

    /** The Bắc Giang 2023 plan: 6.889.000.000 đồng from the central budget (education career source), four lines. */
    public static PlanApproved bacGiang2023(String planId) {
        return new PlanApproved(planId, 1, "MTQG_DTTS_MN_2021_2025", "MTQG phát triển KT-XH vùng đồng bào DTTS&MN",
                new ProgrammeRules(null, null, 100),
                "Kế hoạch đào tạo nâng cao năng lực cho cộng đồng và cán bộ triển khai Chương trình ở các cấp năm 2023",
                "UBND tỉnh Bắc Giang", "45/KH-UBND", "2023-03-15", "2023-01-01", "2023-12-31", "2025-12-31",
                6_889_000_000L, List.of(new FundingAmount("CENTRAL", 6_889_000_000L)),
                List.of(line("community-classes", "TRAINING_CLASS", "COMMUNITY", "Nhóm cộng đồng: 102 lớp cho hơn 7.500 lượt người", 102, 7_500),
                        line("cadre-classes", "TRAINING_CLASS", "CADRE", "Nhóm cán bộ: 10 lớp cho hơn 1.000 lượt người", 10, 1_000),
                        line("workshops", "WORKSHOP", "CADRE", "08 hội thảo chia sẻ kinh nghiệm", 8, 0),
                        line("study-tours", "STUDY_TOUR", "CADRE", "04 đoàn cán bộ học tập kinh nghiệm tại tỉnh bạn", 4, 0)));
    }

    private static TargetLine line(String id, String kind, String group, String description, int activities, int turns) {
        return new TargetLine(id, kind, group, null, null, description, activities, turns, null, null, null, null, null);
    }

    /** A community class, 2 days for 75 people, 4 sessions of which 1 in the field. */
    public static TrainingEventScheduled communityClass(String planId, String id, String start, String end) {
        return new TrainingEventScheduled(id, planId, "community-classes", "TRAINING_CLASS", "COMMUNITY",
                "Lớp tập huấn Kỹ năng giám sát đầu tư cộng đồng", "X-AN-LAC", start, end, 75, 4, 1, 2);
    }

    /** A cadre class, 3 days for 100 people, 6 sessions of which 2 in the field. */
    public static TrainingEventScheduled cadreClass(String planId, String id) {
        return new TrainingEventScheduled(id, planId, "cadre-classes", "TRAINING_CLASS", "CADRE",
                "Lớp bồi dưỡng quy trình triển khai dự án, tiểu dự án", "H-SON-DONG", "2023-06-06", "2023-06-08",
                100, 6, 2, 3);
    }

    /** A workshop, 1 day for 100 people, 2 sessions. */
    public static TrainingEventScheduled workshop(String planId, String id) {
        return new TrainingEventScheduled(id, planId, "workshops", "WORKSHOP", "CADRE",
                "Hội thảo chia sẻ kinh nghiệm thực hiện tiểu dự án", "T-BAC-GIANG", "2023-07-14", "2023-07-14",
                100, 2, 0, 4);
    }

    /** A study tour, 4 days for 20 cadres. */
    public static TrainingEventScheduled studyTour(String planId, String id) {
        return new TrainingEventScheduled(id, planId, "study-tours", "STUDY_TOUR", "CADRE",
                "Đoàn học tập kinh nghiệm tại tỉnh Lào Cai", "T-BAC-GIANG", "2023-09-05", "2023-09-08", 20, 4, 0, null);
    }

    public static TrainingEventRescheduled rescheduled(TrainingEventScheduled s, String start, String end, int sessions,
                                                       int fieldSessions) {
        return new TrainingEventRescheduled(s.trainingEventId(), s.planId(), s.targetLineId(), s.activityKind(),
                s.unitCode(), start, end, s.capacity(), sessions, fieldSessions, s.trainerCount(), "Đổi lịch do mùa vụ");
    }

    public static TrainingEventCancelled cancelled(TrainingEventScheduled s) {
        return new TrainingEventCancelled(s.trainingEventId(), s.planId(), s.targetLineId(), s.activityKind(),
                "2023-07-01", "Không bố trí được hội trường");
    }

    /**
     * A write of one page of an activity's roster of the community line, as enrolment-service announces it: the
     * enrolments it changed, each as it now stands. Its aggregate is {@link #pageId}.
     */
    public static EnrolmentsChanged page(String planId, String trainingEventId, int page,
                                         EnrolmentsChanged.EnrolmentState... enrolments) {
        return new EnrolmentsChanged(trainingEventId, planId, "community-classes", "TRAINING_CLASS",
                "MTQG_DTTS_MN_2021_2025", page, List.of(enrolments));
    }

    /** The aggregate id of a roster page. */
    public static String pageId(String trainingEventId, int page) {
        return trainingEventId + "." + page;
    }

    /** An enrolment completed (one person-turn), at its {@code version}. */
    public static EnrolmentsChanged.EnrolmentState completed(String enrolmentId, long version) {
        return state(enrolmentId, version, "COMPLETED", "COMPLETED", 4, "2023-05-11", null, false);
    }

    /** An enrolment whose completion was revoked, at its {@code version}. */
    public static EnrolmentsChanged.EnrolmentState revoked(String enrolmentId, long version) {
        return state(enrolmentId, version, "WITHDRAWN", "WITHDRAWN", 4, null, "2023-05-20", true);
    }

    /** An enrolment enrolled, not (yet) completed, at its {@code version}. */
    public static EnrolmentsChanged.EnrolmentState enrolled(String enrolmentId, long version) {
        return state(enrolmentId, version, "ENROLLED", "ENROLLED", 2, null, null, false);
    }

    private static EnrolmentsChanged.EnrolmentState state(String enrolmentId, long version, String change,
                                                          String status, int attended, String completedOn,
                                                          String withdrawnOn, boolean revoked) {
        return new EnrolmentsChanged.EnrolmentState(enrolmentId, version, change, status, personKey(enrolmentId),
                "FEMALE", true, "COMMUNITY", "COMMUNITY", "X-AN-LAC", "2023-05-10", attended, 4, completedOn,
                withdrawnOn, revoked);
    }

    /** A keyed hash as enrolment-service makes it (64 hex digits); here simply derived from the enrolment. */
    private static String personKey(String enrolmentId) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(enrolmentId.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private BudgetEvents() {
    }
}
