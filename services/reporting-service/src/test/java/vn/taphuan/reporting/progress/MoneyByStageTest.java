package vn.taphuan.reporting.progress;

import org.junit.jupiter.api.Test;
import vn.taphuan.reporting.progress.Figures.SourceFigures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.taphuan.reporting.progress.FundingSource.CENTRAL;

class MoneyByStageTest {

    @Test
    void aReleaseTakesBackWhatTheCommitmentPutInAndNoOtherStageMoves() {
        MoneyByStage money = new MoneyByStage();
        money.allocate(1_000_000);
        money.commit(400_000);

        money.commit(-100_000);

        assertThat(money.committed()).isEqualTo(300_000);
        assertThat(money.allocated()).isEqualTo(1_000_000);
        assertThat(money.spent()).isZero();
    }

    @Test
    void eachStageKeepsItsOwnAmountAndSpentIsAShareOfAllocated() {
        MoneyByStage money = new MoneyByStage();
        money.estimate(2_000_000);
        money.allocate(1_000_000);
        money.commit(800_000);
        money.spend(250_000);
        money.settle(200_000);

        assertThat(money.figures(CENTRAL)).isEqualTo(new SourceFigures(CENTRAL, 2_000_000L, 1_000_000, 800_000,
                250_000, 200_000, new java.math.BigDecimal("25.0")));
    }

    @Test
    void anEstimateOfZeroIsAnEstimateWhileNoneSetIsNone() {
        MoneyByStage none = new MoneyByStage();
        none.allocate(5);
        MoneyByStage zero = new MoneyByStage();
        zero.estimate(0);

        assertThat(none.estimate()).isNull();
        assertThat(none.figures(CENTRAL).envelopeVnd()).isNull();
        assertThat(zero.figures(CENTRAL).envelopeVnd()).isZero();
    }

    @Test
    void addingTheStagesOfAnotherAmountLeavesTheEstimateAlone() {
        MoneyByStage source = new MoneyByStage();
        source.estimate(9);
        source.allocate(5);
        source.commit(4);
        source.spend(3);
        source.settle(2);
        MoneyByStage total = new MoneyByStage();

        total.addStages(source);
        total.addStages(source);

        assertThat(total.estimate()).isNull();
        assertThat(total.figures(CENTRAL)).extracting(SourceFigures::allocatedVnd, SourceFigures::committedVnd,
                SourceFigures::spentVnd, SourceFigures::settledVnd).containsExactly(10L, 8L, 6L, 4L);
    }

    @Test
    void anAmountBeyondALongFailsInsteadOfWrapping() {
        MoneyByStage money = new MoneyByStage();
        money.spend(Long.MAX_VALUE);

        assertThatThrownBy(() -> money.spend(1)).isInstanceOf(ArithmeticException.class);
        assertThat(money.spent()).isEqualTo(Long.MAX_VALUE);
    }
}
