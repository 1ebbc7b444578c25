package vn.taphuan.budget.planbudget;

import vn.taphuan.budget.norms.ActivityKind;
import vn.taphuan.budget.norms.NormSchedule;
import vn.taphuan.budget.norms.NormsMother;

import java.time.LocalDate;
import java.util.List;

/**
 * The Bắc Giang 2023 DTTS&MN training plan (6.889.000.000 đồng, central budget, education career source) and its
 * activities, as the budget sees them.
 */
final class BudgetMother {

    static final String PLAN = "pl-bg-2023-dtts";
    static final String TENANT = "bac-giang";
    static final long ENVELOPE = 6_889_000_000L;
    static final NormSchedule NORMS = NormsMother.bacGiangSchedule();
    /** Chỉnh lý quyết toán: payments of the year until 31 January. */
    static final int CLOSING_DAYS = 31;

    static PlanTerms bacGiang2023() {
        return bacGiang2023(1);
    }

    static PlanTerms bacGiang2023(int version) {
        return new PlanTerms(version, "MTQG_DTTS_MN_2021_2025",
                "Kế hoạch đào tạo nâng cao năng lực cho cộng đồng và cán bộ năm 2023", "45/KH-UBND",
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
                List.of(new SourceAmount(FundingSource.CENTRAL, ENVELOPE)),
                List.of(new LineTerms("community-classes", ActivityKind.TRAINING_CLASS,
                                "Nhóm cộng đồng: 102 lớp cho hơn 7.500 lượt người", 102, 7_500),
                        new LineTerms("cadre-classes", ActivityKind.TRAINING_CLASS,
                                "Nhóm cán bộ: 10 lớp cho hơn 1.000 lượt người", 10, 1_000),
                        new LineTerms("workshops", ActivityKind.WORKSHOP, "08 hội thảo chia sẻ kinh nghiệm", 8, 0),
                        new LineTerms("study-tours", ActivityKind.STUDY_TOUR, "04 đoàn học tập kinh nghiệm", 4, 0)));
    }

    static PlanBudget approved() {
        PlanBudget budget = PlanBudget.awaitingPlan(PLAN, TENANT);
        budget.recordPlan(bacGiang2023(), NORMS);
        return budget;
    }

    /** The envelope allocated over the four lines by decision 112/QĐ-STC. */
    static PlanBudget allocated() {
        PlanBudget budget = approved();
        budget.allocate(allocation("al-1", "community-classes", 4_590_000_000L));
        budget.allocate(allocation("al-2", "cadre-classes", 1_200_000_000L));
        budget.allocate(allocation("al-3", "workshops", 560_000_000L));
        budget.allocate(allocation("al-4", "study-tours", 539_000_000L));
        return budget;
    }

    static Allocation allocation(String id, String line, long amount) {
        return new Allocation(id, line, FundingSource.CENTRAL, amount, "112/QĐ-STC", LocalDate.of(2023, 4, 3));
    }

    /** A two-day community class for 75 people, 4 sessions of which 1 in the field: 36.950.000 đồng by the norms. */
    static ScheduleFacts communityClass(String id, LocalDate start) {
        return new ScheduleFacts(id, "community-classes", ActivityKind.TRAINING_CLASS,
                "Lớp tập huấn kỹ năng giám sát đầu tư cộng đồng", "X-AN-LAC", start, start.plusDays(1), 75, 4, 1, 2);
    }

    static final long COMMUNITY_CLASS_COST = 36_950_000L;

    static SpendingOrder payment(String id, String activity, long amount, String document) {
        return new SpendingOrder(id, "community-classes", activity, FundingSource.CENTRAL, amount, document,
                LocalDate.of(2023, 5, 12), null);
    }

    private BudgetMother() {
    }
}
