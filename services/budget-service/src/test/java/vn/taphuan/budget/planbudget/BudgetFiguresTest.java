package vn.taphuan.budget.planbudget;

import org.junit.jupiter.api.Test;
import vn.taphuan.budget.norms.ActivityKind;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.taphuan.budget.planbudget.BudgetMother.CLOSING_DAYS;
import static vn.taphuan.budget.planbudget.BudgetMother.COMMUNITY_CLASS_COST;
import static vn.taphuan.budget.planbudget.BudgetMother.NORMS;
import static vn.taphuan.budget.planbudget.BudgetMother.communityClass;
import static vn.taphuan.budget.planbudget.BudgetMother.payment;

class BudgetFiguresTest {

    private static final LocalDate MAY_10 = LocalDate.of(2023, 5, 10);

    @Test
    void figuresPerSourceAndLineAddUpExactly() {
        PlanBudget budget = BudgetMother.allocated();
        budget.schedule(communityClass("te-1", MAY_10), 1, NORMS);
        budget.schedule(communityClass("te-2", MAY_10.plusDays(7)), 1, NORMS);
        budget.schedule(communityClass("te-3", MAY_10.plusDays(14)), 1, NORMS);
        budget.cancel("te-3", "community-classes", ActivityKind.TRAINING_CLASS, MAY_10, "Không đủ học viên", 2);
        budget.spend(payment("ex-1", "te-1", 35_000_000L, "PC-1"), CLOSING_DAYS);
        budget.spend(payment("ex-2", "te-2", 10_000_000L, "PC-2"), CLOSING_DAYS);
        budget.settle("te-1", "st-te-1", "QT-1", LocalDate.of(2023, 6, 30), CLOSING_DAYS);

        BudgetFigures figures = BudgetFigures.of(budget, Map.of("community-classes", 149L));

        assertThat(figures.estimateVnd()).isEqualTo(6_889_000_000L);
        Amounts totals = figures.totals();
        assertThat(totals.allocatedVnd()).isEqualTo(6_889_000_000L);
        // te-1 settled at its spending, te-2 still committed in full, te-3 released
        assertThat(totals.committedVnd()).isEqualTo(35_000_000L + COMMUNITY_CLASS_COST);
        assertThat(totals.openCommitmentVnd()).isEqualTo(COMMUNITY_CLASS_COST - 10_000_000L);
        assertThat(totals.spentVnd()).isEqualTo(45_000_000L);
        assertThat(totals.settledVnd()).isEqualTo(35_000_000L);
        assertThat(totals.availableVnd()).isEqualTo(6_889_000_000L - 45_000_000L - (COMMUNITY_CLASS_COST - 10_000_000L));

        assertThat(figures.sources()).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(FundingSource.CENTRAL);
            assertThat(s.estimateVnd()).isEqualTo(6_889_000_000L);
            assertThat(s.unallocatedVnd()).isZero();
            assertThat(s.amounts()).isEqualTo(totals);
        });
        assertThat(figures.lines()).extracting(BudgetFigures.LineFigures::lineId)
                .containsExactly("community-classes", "cadre-classes", "workshops", "study-tours");
        BudgetFigures.LineFigures community = figures.lines().get(0);
        assertThat(community.amounts()).isEqualTo(totals.plus(new Amounts(-2_299_000_000L, 0, 0, 0, 0)));
        assertThat(community.activities()).isEqualTo(2);
        assertThat(community.cancelledActivities()).isEqualTo(1);
        assertThat(community.settledActivities()).isEqualTo(1);
        assertThat(community.estimatedVnd()).isEqualTo(2 * COMMUNITY_CLASS_COST);
        assertThat(community.bySource()).singleElement().satisfies(c -> assertThat(c.amounts()).isEqualTo(community.amounts()));
        assertThat(figures.lines().get(3).amounts()).isEqualTo(new Amounts(539_000_000L, 0, 0, 0, 0));
    }

    @Test
    void costPerPersonTurnIsSpentOverPersonTurnsRoundedToWholeDong() {
        PlanBudget budget = BudgetMother.allocated();
        budget.schedule(communityClass("te-1", MAY_10), 1, NORMS);
        budget.spend(payment("ex-1", "te-1", 35_000_000L, "PC-1"), CLOSING_DAYS);

        BudgetFigures figures = BudgetFigures.of(budget, Map.of("community-classes", 72L, "cadre-classes", 3L));

        // 35.000.000 / 72 = 486.111,1 → 486.111 đồng
        assertThat(figures.lines().get(0).costPerPersonTurnVnd()).isEqualTo(486_111L);
        assertThat(figures.lines().get(1).costPerPersonTurnVnd()).isZero();
        assertThat(figures.lines().get(2).costPerPersonTurnVnd()).isNull();
        assertThat(figures.personTurns()).isEqualTo(75);
        assertThat(figures.costPerPersonTurnVnd()).isEqualTo(466_667L);
        assertThat(BudgetFigures.perPersonTurn(5, 2)).isEqualTo(3);
        assertThat(BudgetFigures.perPersonTurn(5, 0)).isNull();
    }

    @Test
    void aBudgetAwaitingItsPlanShowsItsActivitiesWithoutMoney() {
        PlanBudget budget = PlanBudget.awaitingPlan(BudgetMother.PLAN, "bac-giang");
        budget.schedule(communityClass("te-1", MAY_10), 1, NORMS);

        BudgetFigures figures = BudgetFigures.of(budget, Map.of());

        assertThat(figures.estimateVnd()).isZero();
        assertThat(figures.totals()).isEqualTo(Amounts.ZERO);
        assertThat(figures.lines()).singleElement().satisfies(l -> {
            assertThat(l.lineId()).isEqualTo("community-classes");
            assertThat(l.activities()).isEqualTo(1);
            assertThat(l.description()).isNull();
        });
    }
}
