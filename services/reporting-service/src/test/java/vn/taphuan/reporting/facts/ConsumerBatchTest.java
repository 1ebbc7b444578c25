package vn.taphuan.reporting.facts;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import vn.taphuan.contracts.budget.v1.BudgetAllocated;
import vn.taphuan.contracts.budget.v1.BudgetCommitted;
import vn.taphuan.contracts.budget.v1.CommitmentReleased;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.reporting.figures.FiguresRefresher;
import vn.taphuan.reporting.support.Envelopes;
import vn.taphuan.reporting.support.ReportingIntegrationTest;
import vn.taphuan.testsupport.StoreWatch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A consumer's poll costs the store a few commands however many events of the same plans it holds: the plans are
 * marked once each, in one write, after every fact of the poll is written — and before the events count as consumed,
 * also when a record of the poll is refused.
 */
@ReportingIntegrationTest
class ConsumerBatchTest {

    @Autowired
    @Qualifier("onBudgetEvents")
    Consumer<Message<List<byte[]>>> onBudgetEvents;
    @Autowired
    KnownTenants tenants;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    StoreWatch commands;
    @Autowired
    FiguresRefresher refresher;
    @Autowired
    BudgetFactStore budget;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String tenant = "tinh-" + run;
    private final PlanKey first = new PlanKey(tenant, "kh-1-" + run);
    private final PlanKey second = new PlanKey(tenant, "kh-2-" + run);

    @BeforeEach
    void onboard() {
        tenants.onboard(tenant, "Tỉnh " + run, "99", List.of());
    }

    @Test
    void aPollMarksEachOfItsPlansOnceInOneWriteAfterAllItsFacts() {
        List<Envelopes.Published> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(allocation(first, i));
        }
        for (int i = 0; i < 3; i++) {
            events.add(allocation(second, i));
        }
        long firstBefore = seq(first);
        long secondBefore = seq(second);

        StoreWatch.Watch watch = commands.watch();
        // the refresher is held back, so that the marks are seen as the poll left them
        synchronized (refresher) {
            try (watch) {
                onBudgetEvents.accept(message(events));
            }
            assertThat(pending(first)).isTrue();
            assertThat(pending(second)).isTrue();
        }

        assertThat(budget.ofPlan(first).allocations()).hasSize(5);
        assertThat(budget.ofPlan(second).allocations()).hasSize(3);
        assertThat(seq(first)).as("marked once for its five facts").isEqualTo(firstBefore + 1);
        assertThat(seq(second)).as("marked once for its three facts").isEqualTo(secondBefore + 1);
        // before: a read and a write of the fact, a mark, a freshness write and a close-out read per event
        assertThat(watch.of(BudgetFactStore.COLLECTION, "find")).as("facts read: %s", watch).isEqualTo(1);
        assertThat(watch.of(BudgetFactStore.COLLECTION, "insert") + watch.of(BudgetFactStore.COLLECTION, "update"))
                .as("facts written: %s", watch).isEqualTo(1);
        assertThat(watch.on(DirtyPlans.COLLECTION)).as("marks: %s", watch).isEqualTo(1);
        assertThat(watch.on(ProjectionFreshness.COLLECTION)).as("freshness: %s", watch).isEqualTo(1);
        assertThat(watch.on("plan_closeouts")).as("close-outs read: %s", watch).isEqualTo(2);
        // besides: a read and a write of the inbox, the tenant read, perhaps the facts' index declared
        assertThat(watch.total()).as("all commands: %s", watch).isLessThanOrEqualTo(2 + 1 + 1 + 1 + 2 + 2 + 1);
    }

    @Test
    void factsGatheredOverAPollKeepTheNewestVersionWhateverOrderAndDuplicatesTheyCameIn() {
        PlanKey plan = first;
        String aggregate = "ns-" + plan.planId();
        List<Envelopes.Published> events = List.of(
                Envelopes.envelope(tenant, aggregate, 3, "2025-04-02T02:00:00Z", new BudgetCommitted(plan.planId(),
                        "cm-1", "lop-1", "cong-dong", "CENTRAL", 8_000_000L, List.of())),    // a new estimate first
                Envelopes.envelope(tenant, aggregate, 2, "2025-04-01T03:00:00Z", new CommitmentReleased(plan.planId(),
                        "cm-1", "lop-1", "cong-dong", "CENTRAL", 2_000_000L, "CANCELLED")),
                Envelopes.envelope(tenant, aggregate, 1, "2025-04-01T02:00:00Z", new BudgetCommitted(plan.planId(),
                        "cm-1", "lop-1", "cong-dong", "CENTRAL", 10_000_000L, List.of())),   // then the first one
                Envelopes.envelope(tenant, aggregate, 2, "2025-04-01T03:00:00Z", new CommitmentReleased(plan.planId(),
                        "cm-1", "lop-1", "cong-dong", "CENTRAL", 2_000_000L, "CANCELLED"))); // again, a new id

        onBudgetEvents.accept(message(events));
        onBudgetEvents.accept(message(events.subList(2, 4)));  // and once more, in a poll of their own

        assertThat(budget.ofPlan(plan).commitments()).singleElement().satisfies(c -> {
            assertThat(c.committedVnd()).isEqualTo(8_000_000L);
            assertThat(c.commitVersion()).isEqualTo(3);
            assertThat(c.releases()).singleElement().satisfies(r -> {
                assertThat(r.version()).isEqualTo(2);
                assertThat(r.amountVnd()).isEqualTo(2_000_000L);
            });
        });
    }

    @Test
    void theFactsBeforeARefusedRecordAreMarkedBeforeItIsReported() {
        long firstBefore = seq(first);
        List<byte[]> records = new ArrayList<>();
        records.add(allocation(first, 0).json().getBytes(StandardCharsets.UTF_8));
        records.add(allocation(first, 1).json().getBytes(StandardCharsets.UTF_8));
        records.add("{not an envelope".getBytes(StandardCharsets.UTF_8));
        records.add(allocation(second, 0).json().getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> onBudgetEvents.accept(MessageBuilder.withPayload(records).build()))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isEqualTo(2));

        // the two records before it count as consumed: their plan must be marked, or its figures would miss them
        assertThat(budget.ofPlan(first).allocations()).hasSize(2);
        assertThat(seq(first)).isEqualTo(firstBefore + 1);
        assertThat(budget.ofPlan(second).allocations()).as("after the refused record: not yet").isEmpty();
    }

    @Test
    void aPollRedeliveredWholeChangesAndMarksNothing() {
        List<Envelopes.Published> events = List.of(allocation(first, 0), allocation(first, 1));
        onBudgetEvents.accept(message(events));
        long marked = seq(first);

        StoreWatch.Watch watch = commands.watch();
        try (watch) {
            onBudgetEvents.accept(message(events));
        }

        assertThat(seq(first)).isEqualTo(marked);
        assertThat(watch.on(DirtyPlans.COLLECTION)).as("%s", watch).isZero();
        assertThat(budget.ofPlan(first).allocations()).hasSize(2);
    }

    private Envelopes.Published allocation(PlanKey plan, int i) {
        return Envelopes.envelope(tenant, "ns-" + plan.planId(), i + 1, "2025-03-0" + (i + 1) + "T02:00:00Z",
                new BudgetAllocated(plan.planId(), "al-" + i, "cong-dong", "CENTRAL", 1_000_000L * (i + 1),
                        "112/QĐ-STC", "2025-03-01"));
    }

    private static Message<List<byte[]>> message(List<Envelopes.Published> events) {
        return MessageBuilder.withPayload(events.stream().map(e -> e.json().getBytes(StandardCharsets.UTF_8)).toList())
                .build();
    }

    private long seq(PlanKey plan) {
        Document mark = mongo.findById(plan.value(), Document.class, DirtyPlans.COLLECTION);
        return mark == null ? 0 : ((Number) mark.get("seq")).longValue();
    }

    private boolean pending(PlanKey plan) {
        Document mark = mongo.findById(plan.value(), Document.class, DirtyPlans.COLLECTION);
        return mark != null && !Boolean.FALSE.equals(mark.get("dirty"));
    }
}
