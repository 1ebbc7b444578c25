package vn.taphuan.reporting.progress;

import vn.taphuan.reporting.progress.Figures.BudgetFigures;
import vn.taphuan.reporting.progress.Figures.SourceFigures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A scope's money: the plans' envelope, and {@link MoneyByStage} per funding source. The envelope is the total the
 * plans were approved with, never derived from the sources' estimates; the other totals are the sums over the
 * sources. A source is listed once anything was tallied for it, even only an estimate.
 */
final class BudgetTally {

    private long envelope;
    private boolean hasEnvelope;
    private final Map<FundingSource, MoneyByStage> bySource = new EnumMap<>(FundingSource.class);

    /** A plan's envelope: its total and what it assigns to each source. */
    void envelope(long total, Map<FundingSource, Long> estimates) {
        addEnvelope(total);
        estimates.forEach((source, vnd) -> source(source).estimate(vnd));
    }

    MoneyByStage source(FundingSource source) {
        return bySource.computeIfAbsent(source, s -> new MoneyByStage());
    }

    /** Adds another scope's money. */
    void add(BudgetFigures part) {
        if (part.envelopeVnd() != null) {
            addEnvelope(part.envelopeVnd());
        }
        for (SourceFigures source : part.bySource()) {
            source(source.source()).add(source);
        }
    }

    /** The figures, with the cost per person-turn over the {@code personTurns} achieved. */
    BudgetFigures figures(long personTurns) {
        MoneyByStage total = new MoneyByStage();
        List<SourceFigures> sources = new ArrayList<>(bySource.size());
        bySource.forEach((source, money) -> {
            total.addStages(money);
            sources.add(money.figures(source));
        });
        Long perPersonTurn = personTurns == 0 ? null : BigDecimal.valueOf(total.spent())
                .divide(BigDecimal.valueOf(personTurns), 0, RoundingMode.HALF_UP).longValueExact();
        Long envelopeVnd = hasEnvelope ? envelope : null;
        return new BudgetFigures(envelopeVnd, total.allocated(), total.committed(), total.spent(), total.settled(),
                envelopeVnd == null ? null : Percent.of(total.allocated(), envelopeVnd),
                Percent.of(total.spent(), total.allocated()), Percent.of(total.settled(), total.spent()),
                perPersonTurn, sources);
    }

    private void addEnvelope(long vnd) {
        envelope = Math.addExact(envelope, vnd);
        hasEnvelope = true;
    }
}
