package vn.taphuan.kit.store;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import vn.taphuan.contracts.plan.v1.FundingAmount;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.ProgrammeRules;
import vn.taphuan.contracts.plan.v1.TargetLine;
import vn.taphuan.kit.events.EventJson;
import vn.taphuan.kit.events.OutboxRelay;
import vn.taphuan.kit.problem.NotFound;
import vn.taphuan.kit.problem.StaleVersion;
import vn.taphuan.kit.support.Probe;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one command path ({@link AggregateStore#execute}) against the embedded store: a concurrent writer is simulated
 * by a command that writes the same aggregate itself before returning, so the path's own write loses the race.
 */
@ServiceIntegrationTest
class CommandPathTest {

    private static final String TENANT = "bac-giang";

    @Autowired
    AggregateStore store;
    @Autowired
    OutboxRelay relay;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KnownTenants tenants;

    private final AtomicInteger runs = new AtomicInteger();

    @BeforeEach
    void tenant() {
        tenants.onboard(TENANT, "Bắc Giang", "24", List.of());
    }

    @Test
    void aCommandOnTheLatestStateRunsAgainAfterAConcurrentWriteAndItsEventsAreStoredOnce() {
        String id = newProbe();
        relay.stop();
        try (TenantContext.Scope ignored = TenantContext.open(TENANT)) {
            AggregateStore.Executed<Probe, Integer> done = store.execute(Probe.class, id, null, this::none, probe -> {
                if (runs.incrementAndGet() == 1) {
                    writeConcurrently(id, "theirs", List.of(approved(id, "theirs")));
                }
                probe.retitle(probe.title() + "+ours");
                return Decision.write(List.of(approved(id, "ours")), runs.get());
            });

            assertThat(runs).hasValue(2);
            assertThat(done.result()).as("reported by the run that was written").isEqualTo(2);
            assertThat(done.written()).isTrue();
            assertThat(done.version()).isEqualTo(3);
            Probe stored = store.find(Probe.class, id).orElseThrow();
            assertThat(stored.title()).as("applied to the concurrent writer's state").isEqualTo("theirs+ours");
            assertThat(stored.version()).isEqualTo(3);
            assertThat(outboxOf(id)).as("each write's event once, at its own version")
                    .containsExactly("2:theirs", "3:ours");
        } finally {
            relay.start();
        }
    }

    @Test
    void aStaleExpectedVersionIsRefusedAtOnceWithoutRunningTheCommand() {
        String id = newProbe();
        try (TenantContext.Scope ignored = TenantContext.open(TENANT)) {
            writeConcurrently(id, "theirs", List.of());

            assertThatThrownBy(() -> store.execute(Probe.class, id, 1L, this::none, this::retitledOurs))
                    .isInstanceOfSatisfying(StaleVersion.class, stale -> {
                        assertThat(stale.code()).isEqualTo("stale-version");
                        assertThat(stale.status()).isEqualTo(412);
                    });
            assertThat(runs).hasValue(0);
            assertThat(store.find(Probe.class, id).orElseThrow().title()).isEqualTo("theirs");
        }
    }

    @Test
    void aRaceLostAfterTheExpectedVersionWasCheckedIsNotRetried() {
        String id = newProbe();
        try (TenantContext.Scope ignored = TenantContext.open(TENANT)) {
            assertThatThrownBy(() -> store.execute(Probe.class, id, 1L, this::none, probe -> {
                writeConcurrently(id, "theirs", List.of());
                return retitledOurs(probe);
            })).isInstanceOf(StaleAggregate.class);

            assertThat(runs).as("never run again on a state the caller did not read").hasValue(1);
            Probe stored = store.find(Probe.class, id).orElseThrow();
            assertThat(stored.title()).isEqualTo("theirs");
            assertThat(stored.version()).isEqualTo(2);
        }
    }

    @Test
    void whenEveryRunLosesTheRaceTheLastStaleAggregateIsThrownAfterTheBoundedAttempts() {
        String id = newProbe();
        try (TenantContext.Scope ignored = TenantContext.open(TENANT)) {
            assertThatThrownBy(() -> store.execute(Probe.class, id, null, this::none, probe -> {
                writeConcurrently(id, "theirs " + runs.get(), List.of());
                return retitledOurs(probe);
            })).isInstanceOf(StaleAggregate.class);

            assertThat(runs).hasValue(AggregateStore.COMMAND_ATTEMPTS);
            Probe stored = store.find(Probe.class, id).orElseThrow();
            assertThat(stored.title()).as("none of our runs was written")
                    .isEqualTo("theirs " + (AggregateStore.COMMAND_ATTEMPTS - 1));
            assertThat(stored.version()).isEqualTo(1 + AggregateStore.COMMAND_ATTEMPTS);
        }
    }

    @Test
    void aCommandThatChangesNothingWritesNothing() {
        String id = newProbe();
        try (TenantContext.Scope ignored = TenantContext.open(TENANT)) {
            AggregateStore.Executed<Probe, String> done = store.execute(Probe.class, id, 1L, this::none, probe -> {
                probe.retitle("changed in memory only");
                return Decision.unchanged("carried out before");
            });

            assertThat(done.written()).isFalse();
            assertThat(done.version()).isEqualTo(1);
            assertThat(done.result()).isEqualTo("carried out before");
            assertThat(store.find(Probe.class, id).orElseThrow().title()).isEqualTo("v1");
        }
    }

    @Test
    void anAbsentAggregateIsCreatedRefusedOrLeftAloneAsTheCallerSays() {
        String created = "probe-" + UUID.randomUUID();
        String ignoredId = "probe-" + UUID.randomUUID();
        try (TenantContext.Scope ignored = TenantContext.open(TENANT)) {
            AggregateStore.Executed<Probe, Void> done = store.execute(Probe.class, created, 0L,
                    () -> new Probe(created, TENANT, "new"), probe -> Decision.write(List.of()));
            assertThat(done.written()).isTrue();
            assertThat(done.version()).isEqualTo(1);
            assertThat(store.find(Probe.class, created).orElseThrow().title()).isEqualTo("new");

            assertThatThrownBy(() -> store.execute(Probe.class, "probe-" + UUID.randomUUID(), null, () -> {
                throw new NotFound("thử", "probe", "x");
            }, this::retitledOurs)).isInstanceOf(NotFound.class);

            AggregateStore.Executed<Probe, Void> nothing = store.execute(Probe.class, ignoredId, null, () -> null,
                    this::retitledOurs);
            assertThat(nothing.aggregate()).isNull();
            assertThat(nothing.written()).isFalse();
            assertThat(runs).hasValue(0);
            assertThat(store.find(Probe.class, ignoredId)).isEmpty();
        }
    }

    @Test
    void anotherTenantsAggregateIsAbsentToTheCommand() {
        String id = newProbe();
        try (TenantContext.Scope ignored = TenantContext.open("thanh-hoa")) {
            assertThatThrownBy(() -> store.execute(Probe.class, id, null, () -> {
                throw new NotFound("thử", "probe", id);
            }, this::retitledOurs)).isInstanceOf(NotFound.class);
        }
        try (TenantContext.Scope ignored = TenantContext.open(TENANT)) {
            assertThat(store.find(Probe.class, id).orElseThrow().title()).isEqualTo("v1");
        }
    }

    @Test
    void aCommandFromAnAggregateAlreadyReadSparesTheReadAndStillRunsAgainAfterAConcurrentWrite() {
        String id = newProbe();
        try (TenantContext.Scope ignored = TenantContext.open(TENANT)) {
            Probe read = store.find(Probe.class, id).orElseThrow();
            AggregateStore.Executed<Probe, Integer> first = store.executeFrom(Probe.class, id, read, 1, probe -> {
                probe.retitle(probe.title() + "+a");
                return Decision.write(List.of(), runs.incrementAndGet());
            });
            assertThat(first.version()).isEqualTo(2);
            assertThat(first.aggregate()).as("the caller's aggregate, changed and written").isSameAs(read);

            // from the state its first write left, while another request writes the aggregate meanwhile
            AggregateStore.Executed<Probe, Integer> second = store.executeFrom(Probe.class, id, first.aggregate(),
                    first.version(), probe -> {
                        if (runs.incrementAndGet() == 2) {
                            writeConcurrently(id, "theirs", List.of());
                        }
                        probe.retitle(probe.title() + "+b");
                        return Decision.write(List.of(), runs.get());
                    });

            assertThat(second.result()).as("run again on the state read anew").isEqualTo(3);
            assertThat(second.version()).isEqualTo(4);
            assertThat(store.find(Probe.class, id).orElseThrow().title()).isEqualTo("theirs+b");
        }
    }

    @Test
    void bookkeepingIsWrittenVersionGuardedWithoutAnEventAnAuditEntryOrWorkForTheRelay() {
        String id = newProbe();
        relay.stop();
        try (TenantContext.Scope ignored = TenantContext.open(TENANT)) {
            // as the concurrent write left them (it may replace the entries the relay already moved, or add to them)
            long[] intentsAfterTheirs = new long[1];
            int[] pendingAfterTheirs = new int[1];
            Probe read = store.find(Probe.class, id).orElseThrow();
            AggregateStore.Executed<Probe, String> done = store.executeFrom(Probe.class, id, read, 1, probe -> {
                if (runs.incrementAndGet() == 1) {
                    writeConcurrently(id, "theirs", List.of());
                    intentsAfterTheirs[0] = mongo.getCollection(OutboxRelay.INTENTS).countDocuments();
                    pendingAfterTheirs[0] = pendingAuditOf(id);
                }
                probe.retitle(probe.title() + "+kept");
                return Decision.bookkeeping("kept");
            });

            assertThat(runs).as("a lost race is run again, as any write").hasValue(2);
            assertThat(done.version()).isEqualTo(3);
            assertThat(store.find(Probe.class, id).orElseThrow().title()).isEqualTo("theirs+kept");
            assertThat(outboxOf(id)).isEmpty();
            assertThat(pendingAuditOf(id)).as("no audit entry of its own").isEqualTo(pendingAfterTheirs[0]);
            assertThat(mongo.getCollection(OutboxRelay.INTENTS).countDocuments()).as("no intent of its own")
                    .isEqualTo(intentsAfterTheirs[0]);
        } finally {
            relay.start();
        }
    }

    @Test
    void aBatchOnTheLatestStateRunsAgainAfterADuplicateKey() {
        String result = store.onLatest(() -> {
            if (runs.incrementAndGet() < 3) {
                throw new DuplicateKeyException("registered concurrently");
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(runs).hasValue(3);
    }

    private String newProbe() {
        String id = "probe-" + UUID.randomUUID();
        try (TenantContext.Scope ignored = TenantContext.open(TENANT)) {
            store.insert(new Probe(id, TENANT, "v1"), id, List.of());
        }
        return id;
    }

    /** Another request's write of the same aggregate, from its own read. */
    private void writeConcurrently(String id, String title, List<? extends Record> events) {
        Probe theirs = store.find(Probe.class, id).orElseThrow();
        theirs.retitle(title);
        store.update(theirs, id, theirs.version(), events);
    }

    private Decision<Void> retitledOurs(Probe probe) {
        runs.incrementAndGet();
        probe.retitle("ours");
        return Decision.write(List.of());
    }

    private Probe none() {
        throw new AssertionError("the aggregate exists");
    }

    private int pendingAuditOf(String id) {
        return mongo.findById(id, Document.class, "probe").getList(vn.taphuan.kit.audit.AuditRecorder.PENDING,
                Document.class, List.of()).size();
    }

    /** "aggregateVersion:title" of each event waiting in the aggregate's outbox. */
    private List<String> outboxOf(String id) {
        Document document = mongo.findById(id, Document.class, "probe");
        return document.getList(AggregateStore.OUTBOX, Document.class).stream().map(entry -> {
            JsonNode envelope = EventJson.mapper().readTree(entry.getString("envelope"));
            return envelope.get("aggregateVersion").asLong() + ":" + envelope.get("payload").get("title").asString();
        }).toList();
    }

    private static PlanApproved approved(String planId, String title) {
        return new PlanApproved(planId, 1, "MTQG_DTTS_MN_2021_2025", null, new ProgrammeRules(null, null, 100),
                title, null, null, null, "2023-01-01", "2023-12-31", "2025-12-31", 1000,
                List.of(new FundingAmount("CENTRAL", 1000)),
                List.of(new TargetLine("l1", "TRAINING_CLASS", "COMMUNITY", null, null, null, 10, 100, null, null, null,
                        null, null)));
    }
}
