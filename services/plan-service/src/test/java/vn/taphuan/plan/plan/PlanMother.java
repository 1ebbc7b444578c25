package vn.taphuan.plan.plan;

import vn.taphuan.plan.programme.Programme;

import java.time.LocalDate;
import java.util.List;

/** Plans as they appear in the real documents: the Bắc Giang 2023 DTTS&MN training plan. */
final class PlanMother {

    static final Programme DTTS_MN = new Programme("MTQG_DTTS_MN_2021_2025", "MTQG DTTS&MN", "752/QĐ-UBDT",
            LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31));

    static PlanContent bacGiang2023() {
        return new PlanContent("MTQG_DTTS_MN_2021_2025",
                "Kế hoạch đào tạo nâng cao năng lực cho cộng đồng và cán bộ triển khai Chương trình ở các cấp năm 2023",
                "UBND tỉnh Bắc Giang", "45/KH-UBND", LocalDate.of(2023, 3, 15),
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), 6_889_000_000L,
                List.of(new FundingAmount(FundingSource.CENTRAL, 6_889_000_000L)),
                List.of(new TargetLine("community-classes", ActivityKind.TRAINING_CLASS, TargetGroup.COMMUNITY, null,
                                "Nhóm cộng đồng: 102 lớp cho hơn 7.500 lượt người", 102, 7_500),
                        new TargetLine("cadre-classes", ActivityKind.TRAINING_CLASS, TargetGroup.CADRE, null,
                                "Nhóm cán bộ: 10 lớp cho hơn 1.000 lượt người", 10, 1_000),
                        new TargetLine("workshops", ActivityKind.WORKSHOP, TargetGroup.CADRE, null,
                                "08 hội thảo chia sẻ kinh nghiệm", 8, 0),
                        new TargetLine("study-tours", ActivityKind.STUDY_TOUR, TargetGroup.CADRE, null,
                                "04 đoàn học tập kinh nghiệm tại tỉnh bạn", 4, 0)));
    }

    static Plan draftBacGiang() {
        return Plan.draft("pl-1", "bac-giang", bacGiang2023(), DTTS_MN);
    }

    private PlanMother() {
    }
}
