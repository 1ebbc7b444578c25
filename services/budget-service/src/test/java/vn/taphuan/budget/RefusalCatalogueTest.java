package vn.taphuan.budget;

import org.junit.jupiter.api.Test;
import vn.taphuan.budget.norms.NormsRefusal;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal;
import vn.taphuan.budget.planbudget.FundingSource;
import vn.taphuan.kit.refusal.Digits;
import vn.taphuan.kit.refusal.Catalogue;
import vn.taphuan.kit.refusal.CatalogueCheck;
import vn.taphuan.kit.refusal.Money;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal of the budget renders in both languages, and no message is left without a reason. */
class RefusalCatalogueTest {

    @Test
    void everyReasonHasItsWordsInBothLanguagesAndEveryMessageItsReason() {
        assertThat(CatalogueCheck.problems(BudgetServiceApplication.class, PlanBudgetRefusal.class, NormsRefusal.class))
                .isEmpty();
    }

    @Test
    void theAmountsAndTheSourceAreWrittenAsTheyAlwaysWere() {
        var overspending = new PlanBudgetRefusal.Overspending("study-tours", FundingSource.CENTRAL,
                Money.of(539_000_000L), Money.of(500_000_000L), Money.of(40_000_000L), Money.of(1_000_000L));

        assertThat(Catalogue.shared().render(overspending, Catalogue.Language.VI)).isEqualTo("Chi vượt dự toán được giao: "
                + "chỉ tiêu study-tours, nguồn ngân sách trung ương (nguồn sự nghiệp) (CENTRAL): đã giao 539.000.000 đồng, "
                + "đã chi 500.000.000 đồng, đề nghị chi 40.000.000 đồng (vượt 1.000.000 đồng). Chỉ quản trị viên của tỉnh "
                + "được cho phép chi vượt, kèm lý do (overrideReason)");
        assertThat(Catalogue.shared().render(overspending, Catalogue.Language.EN)).isEqualTo("Spending beyond the "
                + "allocation: line study-tours, source CENTRAL: allocated 539,000,000 VND, spent 500,000,000 VND, "
                + "requested 40,000,000 VND (1,000,000 VND over). Only a province administrator may allow it, giving an "
                + "overrideReason");
        var beyondEstimate = new PlanBudgetRefusal.AllocationExceedsEstimate(FundingSource.CENTRAL,
                Money.of(6_889_000_000L), Money.of(6_889_000_000L), Money.of(1));
        assertThat(Catalogue.shared().render(beyondEstimate, Catalogue.Language.VI)).isEqualTo("Phân bổ vượt dự toán "
                + "của kế hoạch: nguồn ngân sách trung ương (nguồn sự nghiệp) (CENTRAL) có dự toán 6.889.000.000 đồng, "
                + "đã phân bổ 6.889.000.000 đồng, đề nghị phân bổ thêm 1 đồng");
        assertThat(Catalogue.shared().render(beyondEstimate, Catalogue.Language.EN)).isEqualTo("Allocation beyond the "
                + "plan's estimate: source CENTRAL has an estimate of 6,889,000,000 VND, 6,889,000,000 VND allocated, "
                + "1 VND requested");
        assertThat(Catalogue.shared().render(new PlanBudgetRefusal.DecisionRecorded("200/QĐ-STC", "workshops",
                FundingSource.CENTRAL.name(), "al-1"), Catalogue.Language.VI)).isEqualTo("Quyết định 200/QĐ-STC đã "
                + "được ghi nhận cho chỉ tiêu workshops, nguồn CENTRAL (mã al-1)");
        assertThat(Catalogue.shared().render(new NormsRefusal.EstimateTotalBeyondBound(
                new Digits(100_000_000_000_000L), new Digits(100_000_000_000_001L)),
                Catalogue.Language.EN)).startsWith("The estimate by the norms exceeds 100000000000000 VND (total "
                + "100000000000001 VND)");
    }
}
