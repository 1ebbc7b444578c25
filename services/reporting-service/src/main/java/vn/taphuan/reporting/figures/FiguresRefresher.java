package vn.taphuan.reporting.figures;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.taphuan.kit.work.BackgroundWorker;
import vn.taphuan.reporting.ReportingProperties;
import vn.taphuan.reporting.facts.DirtyPlans;
import vn.taphuan.reporting.facts.PlanFactsRepository;
import vn.taphuan.reporting.facts.PlanKey;
import vn.taphuan.reporting.progress.PlanFacts;
import vn.taphuan.reporting.progress.PlanFigures;
import vn.taphuan.reporting.progress.PlanLedger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps every plan's figures equal to its facts: takes the plans marked dirty, derives their figures again from all
 * their facts ({@link PlanLedger}) and stores them. Deriving from the facts rather than adding each event to a
 * counter is what makes a number immune to duplicates and reordering. Woken by every mark made in this replica; also
 * polls, for marks another replica left.
 */
@Component
public class FiguresRefresher extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(FiguresRefresher.class);
    private static final int BATCH = 200;

    private final DirtyPlans dirty;
    private final PlanFactsRepository facts;
    private final PlanFiguresStore figures;
    private final ApplicationEventPublisher events;
    private final Counter refreshed;
    private final Timer duration;

    FiguresRefresher(DirtyPlans dirty, PlanFactsRepository facts, PlanFiguresStore figures,
                     ApplicationEventPublisher events, ReportingProperties properties, MeterRegistry meters) {
        // a burst of events is one refresh; stops before the Mongo client goes away
        super("figures-refresher", properties.refresh().pollInterval(), properties.refresh().debounce(),
                Integer.MAX_VALUE - 200);
        this.dirty = dirty;
        this.facts = facts;
        this.figures = figures;
        this.events = events;
        this.refreshed = Counter.builder("reporting.figures.refreshed")
                .description("plan figures derived again from their facts").register(meters);
        this.duration = Timer.builder("reporting.figures.refresh").description("time to derive one plan's figures")
                .register(meters);
        dirty.onMark(plan -> wakeUp());
    }

    /**
     * Refreshes every plan marked dirty now, each at most once: a plan marked again while this pass derived it is
     * left to the next pass (woken by that mark, after the debounce), so a plan whose facts keep changing is derived
     * once per pass rather than over and over within one. Returns the plans whose figures changed. Also used by tests.
     */
    public synchronized Set<PlanKey> refreshPending() {
        Set<PlanKey> changed = new HashSet<>();
        Set<PlanKey> taken = new HashSet<>();
        List<DirtyPlans.Mark> marks = dirty.pending(BATCH);
        while (!marks.isEmpty()) {
            marks.forEach(mark -> taken.add(mark.plan()));
            changed.addAll(refresh(marks));
            marks = dirty.pending(BATCH, taken);
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new FiguresChanged(Set.copyOf(changed)));
        }
        return changed;
    }

    /**
     * Derives the plans of these marks and stores their figures, in a few commands for them all (their facts read
     * together, their figures written together, their marks cleared together); a plan that cannot be derived keeps
     * its mark for the next pass, and does not hold the others back.
     */
    private Set<PlanKey> refresh(List<DirtyPlans.Mark> marks) {
        Map<PlanKey, PlanFacts> loaded;
        try {
            loaded = facts.loadAll(marks.stream().map(DirtyPlans.Mark::plan).toList());
        } catch (RuntimeException e) {
            log.warn("reading the facts of {} plans together failed, plan by plan now: {}", marks.size(), e.toString());
            return refreshOneByOne(marks);
        }
        List<PlanFiguresStore.Derivation> derived = new ArrayList<>();
        List<DirtyPlans.Mark> done = new ArrayList<>();
        for (DirtyPlans.Mark mark : marks) {
            try {
                PlanFigures figures = duration.record(() -> PlanLedger.figures(loaded.get(mark.plan())));
                derived.add(new PlanFiguresStore.Derivation(figures, mark.seq()));
                done.add(mark);
            } catch (RuntimeException e) {
                // the mark stays; the next pass tries again
                log.warn("deriving the figures of plan {} failed: {}", mark.plan(), e.toString(), e);
            }
        }
        Set<PlanKey> stored;
        try {
            stored = figures.saveAll(derived);
        } catch (RuntimeException e) {
            log.warn("storing the figures of {} plans together failed, plan by plan now: {}", derived.size(),
                    e.toString());
            return refreshOneByOne(done);
        }
        // cleared only where nobody marked the plan again since its mark was read
        dirty.clearAll(done);
        refreshed.increment(done.size());
        return stored;
    }

    private Set<PlanKey> refreshOneByOne(List<DirtyPlans.Mark> marks) {
        Set<PlanKey> changed = new HashSet<>();
        for (DirtyPlans.Mark mark : marks) {
            try {
                PlanFigures derived = duration.record(() -> PlanLedger.figures(facts.load(mark.plan())));
                if (figures.save(derived, mark.seq())) {
                    changed.add(mark.plan());
                }
                dirty.clear(mark);
                refreshed.increment();
            } catch (RuntimeException e) {
                // the mark stays; the next pass tries again
                log.warn("deriving the figures of plan {} failed: {}", mark.plan(), e.toString(), e);
            }
        }
        return changed;
    }

    @Override
    protected void pass() {
        refreshPending();
    }
}
