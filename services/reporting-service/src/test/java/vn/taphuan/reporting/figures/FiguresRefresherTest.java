package vn.taphuan.reporting.figures;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.taphuan.reporting.ReportingProperties;
import vn.taphuan.reporting.facts.ActivityFactStore;
import vn.taphuan.reporting.facts.BudgetFactStore;
import vn.taphuan.reporting.facts.DirtyPlans;
import vn.taphuan.reporting.facts.PlanFactStore;
import vn.taphuan.reporting.facts.PlanKey;
import vn.taphuan.reporting.facts.RefresherFacts;
import vn.taphuan.reporting.facts.Rollups;
import vn.taphuan.reporting.support.ReportingIntegrationTest;
import vn.taphuan.testsupport.StoreWatch;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refresher's pass: every plan marked is derived once, in a few commands for all of them; a plan marked again while
 * it is derived (a fact written after its facts were read) stays marked and is derived again by the next pass.
 */
@ReportingIntegrationTest
class FiguresRefresherTest {

    @Autowired
    FiguresRefresher serviceRefresher;
    @Autowired
    PlanFiguresStore figures;
    @Autowired
    PlanFactStore plans;
    @Autowired
    ActivityFactStore activities;
    @Autowired
    BudgetFactStore budget;
    @Autowired
    Rollups rollups;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ReportingProperties properties;
    @Autowired
    StoreWatch commands;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aPlanMarkedWhileItIsDerivedStaysMarkedAndTheNextPassDerivesItAgain() {
        // the service's refresher waits meanwhile: it would derive and clear these plans itself
        synchronized (serviceRefresher) {
            RefresherFacts facts = facts();
            DirtyPlans dirty = RefresherFacts.dirtyPlans(mongo);
            FiguresRefresher refresher = refresher(dirty, facts);
            refresher.refreshPending();
            PlanKey busy = plan(1);
            PlanKey quiet = plan(2);
            dirty.markAll(List.of(busy, quiet));
            long readAt = markOf(dirty, busy).seq();
            facts.forget();
            facts.meanwhile(() -> dirty.mark(busy)); // a fact of the plan written after its facts were read

            refresher.refreshPending();

            assertThat(facts.timesLoaded(busy)).as("derived once in the pass").isEqualTo(1);
            assertThat(facts.timesLoaded(quiet)).isEqualTo(1);
            assertThat(dirty.pending(10_000)).as("the mark made meanwhile is not lost")
                    .anySatisfy(m -> {
                        assertThat(m.plan()).isEqualTo(busy);
                        assertThat(m.seq()).isGreaterThan(readAt);
                    })
                    .noneMatch(m -> m.plan().equals(quiet));

            facts.forget();
            refresher.refreshPending();

            assertThat(facts.timesLoaded(busy)).as("the next pass derives it").isEqualTo(1);
            assertThat(facts.timesLoaded(quiet)).isZero();
            assertThat(dirty.pending(10_000)).noneMatch(m -> m.plan().equals(busy));
        }
    }

    @Test
    void aPassCostsTheSameFewCommandsForThirtyPlansAsForOne() {
        synchronized (serviceRefresher) {
            DirtyPlans dirty = RefresherFacts.dirtyPlans(mongo);
            FiguresRefresher refresher = refresher(dirty, facts());
            refresher.refreshPending();
            List<PlanKey> many = IntStream.range(0, 30).mapToObj(this::plan).toList();
            dirty.markAll(many);

            StoreWatch.Watch watch = commands.watch();
            try (watch) {
                assertThat(refresher.refreshPending()).containsAll(many);
            }

            System.out.println("one pass of 30 plans: " + watch.total() + " commands " + watch);
            // the marks read twice (the second time: none left), each kind of fact read once, the figures' heads
            // read, numbered, written and indexed once, the marks cleared once; before, about nine commands a plan
            assertThat(watch.of(DirtyPlans.COLLECTION, "update")).as("%s", watch).isEqualTo(1);
            assertThat(watch.on("counters")).as("%s", watch).isEqualTo(2);
            assertThat(watch.on("plan_activities")).as("%s", watch).isEqualTo(1);
            assertThat(watch.total()).as("%s", watch).isLessThanOrEqualTo(14);
            assertThat(dirty.pending(10_000)).noneMatch(m -> many.contains(m.plan()));
            many.forEach(plan -> assertThat(figures.find(plan)).isPresent());
        }
    }

    private PlanKey plan(int i) {
        return new PlanKey("tinh-" + run, "kh-" + i + "-" + run);
    }

    private RefresherFacts facts() {
        return new RefresherFacts(plans, activities, budget, rollups, mongo);
    }

    private FiguresRefresher refresher(DirtyPlans dirty, RefresherFacts facts) {
        return new FiguresRefresher(dirty, facts, figures, events, properties, new SimpleMeterRegistry());
    }

    private static DirtyPlans.Mark markOf(DirtyPlans dirty, PlanKey key) {
        return dirty.pending(10_000).stream().filter(m -> m.plan().equals(key)).findFirst().orElseThrow();
    }
}
