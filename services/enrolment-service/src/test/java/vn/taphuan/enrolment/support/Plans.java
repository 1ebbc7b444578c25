package vn.taphuan.enrolment.support;

import vn.taphuan.contracts.plan.v1.FundingAmount;
import vn.taphuan.contracts.plan.v1.PlanAmended;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.PlanClosed;
import vn.taphuan.contracts.plan.v1.ProgrammeRules;
import vn.taphuan.contracts.plan.v1.TargetLine;

import java.util.List;

/** Plan events shaped like the real plans: Bắc Giang 2023 DTTS&MN (community and cadre lines) and an NTM cadre plan. */
public final class Plans {

    public static final String DTTS = "MTQG_DTTS_MN_2021_2025";
    public static final String NTM = "MTQG_NTM_2021_2025";

    public static PlanApproved bacGiang2023(String planId) {
        return new PlanApproved(planId, 1, DTTS, null, new ProgrammeRules(null, null, 80),
                "Kế hoạch đào tạo nâng cao năng lực cho cộng đồng và cán bộ năm 2023", "UBND tỉnh Bắc Giang",
                "45/KH-UBND", "2023-03-15", "2023-01-01", "2023-12-31", "2025-12-31", 6_889_000_000L,
                List.of(new FundingAmount("CENTRAL", 6_889_000_000L)), linesV1());
    }

    public static List<TargetLine> linesV1() {
        return List.of(
                new TargetLine("community-classes", "TRAINING_CLASS", "COMMUNITY", null, null,
                        "Nhóm cộng đồng: 102 lớp cho hơn 7.500 lượt người", 102, 7_500, null, 60, 40, null, null),
                new TargetLine("cadre-classes", "TRAINING_CLASS", "CADRE", "COMMUNE", null,
                        "Nhóm cán bộ: 10 lớp cho hơn 1.000 lượt người", 10, 1_000, null, null, null, null, null),
                new TargetLine("workshops", "WORKSHOP", "CADRE", null, null, "08 hội thảo", 8, 0, null, null, null,
                        null, null));
    }

    /** Version 2: the community line now asks for at least 80 % ethnic-minority participants. */
    public static PlanAmended bacGiang2023Amended(String planId) {
        PlanApproved v1 = bacGiang2023(planId);
        List<TargetLine> lines = List.of(
                new TargetLine("community-classes", "TRAINING_CLASS", "COMMUNITY", null, null,
                        "Nhóm cộng đồng: 110 lớp (điều chỉnh)", 110, 8_000, null, 80, 40, null, null),
                linesV1().get(1), linesV1().get(2));
        return new PlanAmended(planId, 2, v1.programmeCode(), null, v1.programmeRules(), v1.title(), v1.issuingBody(),
                v1.documentNumber(), v1.documentDate(), v1.periodStart(), v1.periodEnd(), v1.deadline(),
                v1.budgetTotalVnd(), v1.budgetBySource(), lines, "Bổ sung số lớp", "2023-06-01", "88/KH-UBND");
    }

    /** NTM: every course at least 2 days with at least 1 field-visit or practice session; all sessions to complete. */
    public static PlanApproved ntm2023(String planId) {
        return new PlanApproved(planId, 1, NTM, null, new ProgrammeRules(2, 1, 100),
                "Kế hoạch tập huấn cán bộ xây dựng nông thôn mới năm 2023", "Ban Chỉ đạo các CTMTQG tỉnh", null, null,
                "2023-01-01", "2023-12-31", "2025-12-31", 500_000_000L, List.of(new FundingAmount("PROVINCE", 500_000_000L)),
                List.of(new TargetLine("ntm-cadres", "TRAINING_CLASS", "CADRE", null, null,
                        "Tập huấn cán bộ NTM các cấp", 20, 1_500, null, null, null, null, null)));
    }

    public static PlanClosed closed(String planId, int version) {
        return new PlanClosed(planId, version, "2023-12-31", "Hết kỳ kế hoạch");
    }

    private Plans() {
    }
}
