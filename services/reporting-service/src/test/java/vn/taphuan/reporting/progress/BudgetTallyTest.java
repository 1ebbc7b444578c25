package vn.taphuan.reporting.progress;

import org.junit.jupiter.api.Test;
import vn.taphuan.reporting.progress.Figures.BudgetFigures;
import vn.taphuan.reporting.progress.Figures.SourceFigures;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.taphuan.reporting.progress.FundingSource.CENTRAL;
import static vn.taphuan.reporting.progress.FundingSource.COMMUNE;
import static vn.taphuan.reporting.progress.FundingSource.PROVINCE;

class BudgetTallyTest {

    @Test
    void aTargetLineHasNoEnvelopeOnlyMoney() {
        BudgetTally line = new BudgetTally();
        line.source(CENTRAL).allocate(1_000);

        BudgetFigures figures = line.figures(0);

        assertThat(figures.envelopeVnd()).isNull();
        assertThat(figures.allocatedPercentOfEnvelope()).isNull();
        assertThat(figures.bySource()).singleElement().extracting(SourceFigures::envelopeVnd).isNull();
    }

    @Test
    void theEnvelopeIsThePlansOwnTotalNotTheSumOfTheSourcesEstimates() {
        BudgetTally plan = new BudgetTally();
        plan.envelope(10_000, Map.of(CENTRAL, 6_000L, PROVINCE, 3_000L));
        plan.source(CENTRAL).allocate(5_000);

        BudgetFigures figures = plan.figures(0);

        assertThat(figures.envelopeVnd()).isEqualTo(10_000);
        assertThat(figures.allocatedVnd()).isEqualTo(5_000);
        assertThat(figures.allocatedPercentOfEnvelope()).isEqualByComparingTo("50.0");
        assertThat(figures.bySource()).extracting(SourceFigures::source, SourceFigures::envelopeVnd)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CENTRAL, 6_000L),
                        org.assertj.core.groups.Tuple.tuple(PROVINCE, 3_000L));
    }

    @Test
    void sourcesAreListedInReportOrderWhateverOrderTheMoneyCameIn() {
        BudgetTally budget = new BudgetTally();
        budget.source(COMMUNE).spend(1);
        budget.source(CENTRAL).spend(2);
        budget.envelope(0, Map.of(PROVINCE, 0L));

        assertThat(budget.figures(0).bySource()).extracting(SourceFigures::source)
                .containsExactly(CENTRAL, PROVINCE, COMMUNE);
    }

    @Test
    void theTotalsAreTheSumsOverTheSourcesAndTheCostPerPersonTurnIsRoundedHalfUp() {
        BudgetTally budget = new BudgetTally();
        budget.source(CENTRAL).spend(1_000_000);
        budget.source(PROVINCE).spend(500_001);
        budget.source(PROVINCE).settle(750_000);

        BudgetFigures figures = budget.figures(2);

        assertThat(figures.spentVnd()).isEqualTo(1_500_001);
        assertThat(figures.settledVnd()).isEqualTo(750_000);
        assertThat(figures.costPerPersonTurnVnd()).isEqualTo(750_001);
        assertThat(budget.figures(0).costPerPersonTurnVnd()).isNull();
    }

    @Test
    void scopesAddUpSourceBySourceAndEnvelopeByEnvelope() {
        BudgetTally plan = new BudgetTally();
        plan.envelope(10_000, Map.of(CENTRAL, 10_000L));
        plan.source(CENTRAL).allocate(4_000);
        BudgetFigures one = plan.figures(0);
        BudgetTally country = new BudgetTally();

        country.add(one);
        country.add(one);

        BudgetFigures both = country.figures(0);
        assertThat(both.envelopeVnd()).isEqualTo(20_000);
        assertThat(both.bySource()).singleElement().satisfies(source -> {
            assertThat(source.envelopeVnd()).isEqualTo(20_000);
            assertThat(source.allocatedVnd()).isEqualTo(8_000);
        });
    }
}
