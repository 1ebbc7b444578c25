package vn.taphuan.reporting.facts;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.enrolment.v1.EnrolmentsChanged;
import vn.taphuan.contracts.enrolment.v1.EnrolmentsChanged.EnrolmentState;
import vn.taphuan.kit.store.ProjectionStore;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.reporting.ReportingProperties;
import vn.taphuan.reporting.progress.ActivityKind;
import vn.taphuan.reporting.progress.EnrolmentStatus;
import vn.taphuan.reporting.progress.EnrolmentTotals;
import vn.taphuan.reporting.progress.Gender;
import vn.taphuan.reporting.progress.Level;
import vn.taphuan.reporting.progress.PersonScopes;
import vn.taphuan.reporting.progress.PlanFacts;
import vn.taphuan.reporting.progress.TargetGroup;
import vn.taphuan.reporting.scope.Scopes;
import vn.taphuan.testsupport.EmbeddedMongo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The enrolment counts kept up to date batch by batch equal the counts of the final enrolments counted at once —
 * whatever order the events come in, however often each is delivered, however they are cut into batches, and when
 * the service stops between writing a batch's facts and adding its counts.
 */
class EnrolmentLedgerTest {

    private static final List<String> TENANTS = List.of("bac-giang", "bac-ninh", "lang-son");
    private static final Map<String, String> PROGRAMME = Map.of("kh-1", "DTTS", "kh-2", "NTM", "kh-3", "DTTS");
    /** A ministry owning one of the two programmes: its persons are counted too. */
    private static final ReportingProperties PROPERTIES = new ReportingProperties(null, null, null,
            Map.of("UB", new ReportingProperties.Ministry("Ủy ban thử", List.of("DTTS"))), null);

    private MongoClient client;
    private MongoTemplate mongo;
    private CrashingRollups rollups;
    private EnrolmentLedger ledger;
    private KnownTenants tenants;
    private MovingClock clock;

    /** A clock the test moves on. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2025-09-15T03:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Rollups that can stop the service right after a batch's facts were written. */
    static final class CrashingRollups extends Rollups {
        boolean crashBeforeCounting;

        CrashingRollups(ProjectionStore store, Clock clock) {
            super(store, clock);
        }

        @Override
        void close(String batch, Changes changes) {
            if (crashBeforeCounting) {
                crashBeforeCounting = false;
                throw new IllegalStateException("the service stopped");
            }
            super.close(batch, changes);
        }
    }

    /** A store that goes away once, when a batch writes its persons (its roster pages already written). */
    static final class FailingStore extends ProjectionStore {
        boolean failAtPersons;
        /** Runs once, just before a batch writes its persons. */
        Runnable beforePersons;

        FailingStore(MongoTemplate mongo) {
            super(mongo);
        }

        @Override
        public List<Written> modifyAll(String collection, java.util.Collection<String> ids,
                                       java.util.function.BiFunction<String, Document, Document> change) {
            if (failAtPersons && collection.equals(EnrolmentLedger.PERSONS)) {
                failAtPersons = false;
                throw new org.springframework.dao.DataAccessResourceFailureException("the store stopped");
            }
            if (beforePersons != null && collection.equals(EnrolmentLedger.PERSONS)) {
                Runnable once = beforePersons;
                beforePersons = null;
                once.run();
            }
            return super.modifyAll(collection, ids, change);
        }
    }

    private FailingStore projections;

    @BeforeEach
    void store() {
        String database = "ledger-" + UUID.randomUUID();
        client = MongoClients.create(EmbeddedMongo.uri(database));
        mongo = new MongoTemplate(client, database);
        projections = new FailingStore(mongo);
        tenants = new KnownTenants(mongo);
        tenants.onboard("bac-giang", "Bắc Giang", "24", List.of());
        tenants.onboard("lang-son", "Lạng Sơn", "20", List.of());
        // Bắc Giang merged into Bắc Ninh: Bắc Ninh's persons include Bắc Giang's
        tenants.onboard("bac-ninh", "Bắc Ninh", "27", List.of("bac-giang"));
        clock = new MovingClock();
        rollups = new CrashingRollups(projections, clock);
        ledger = new EnrolmentLedger(projections, rollups, new Scopes(tenants), new DirtyPlans(mongo), PROPERTIES);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void countsKeptBatchByBatchEqualTheFinalEnrolmentsCountedAtOnceWhateverTheOrderDuplicatesAndBatches() {
        for (long run = 1; run <= 6; run++) {
            long seed = run;
            store();
            History history = History.generate(new Random(seed));
            List<EventEnvelope<EnrolmentsChanged>> events = new ArrayList<>(history.events);
            events.addAll(history.events.subList(0, events.size() / 3)); // delivered twice
            Collections.shuffle(events, new Random(seed * 31));
            apply(events, new Random(seed * 7));

            history.expectedPlans().forEach((plan, expected) ->
                    assertThat(rollups.planTotals(PlanKey.parse(plan))).as("seed %d plan %s", seed, plan)
                            .isEqualTo(expected));
            PersonScopes expectedScopes = history.expectedScopes(tenants);
            for (String scope : List.of("bac-giang", "bac-ninh", "lang-son", PersonScopes.NATIONAL)) {
                // every selection: all, each programme, each phase, the owning ministry, and each within a phase
                Set<String> selections = new java.util.TreeSet<>(List.of(PersonScopes.ALL, "DTTS", "NTM",
                        PersonScopes.key("UB", null, null)));
                selections.addAll(expectedScopes.scopes().getOrDefault(scope, Map.of()).keySet());
                for (String programme : selections) {
                    assertThat(rollups.scopePersons(scope, programme)).as("seed %d %s %s", seed, scope, programme)
                            .isEqualTo(expectedScopes.scopes().getOrDefault(scope, Map.of())
                                    .getOrDefault(programme, Map.of()));
                }
            }
            close();
        }
    }

    @Test
    void aBatchWhoseFactsWereWrittenWhenTheServiceStoppedIsCountedOnceWhenItIsFinished() {
        History history = History.generate(new Random(42));
        List<EventEnvelope<EnrolmentsChanged>> first = history.events.subList(0, history.events.size() / 2);
        List<EventEnvelope<EnrolmentsChanged>> rest = history.events.subList(history.events.size() / 2,
                history.events.size());

        rollups.crashBeforeCounting = true;
        assertThatThrownBy(() -> ledger.changed(first)).hasMessageContaining("stopped");
        // the service started again knows nothing of the batch; the consumer did not commit: the same events come
        // again, and find their facts already written
        startedAgain();
        ledger.changed(first);
        ledger.changed(rest);
        assertThat(mongo.getCollection(Rollups.JOURNAL).countDocuments()).isEqualTo(1);

        rollups.recover(Duration.ZERO);
        rollups.recover(Duration.ZERO);

        assertThat(mongo.getCollection(Rollups.JOURNAL).countDocuments()).isZero();
        assertCountsOf(history);
    }

    @Test
    void aBatchTheStoreFailedPartWayThroughCountsItsPersonsWhenItComesAgain() {
        History history = History.generate(new Random(42));
        List<EventEnvelope<EnrolmentsChanged>> first = history.events.subList(0, history.events.size() / 2);
        List<EventEnvelope<EnrolmentsChanged>> rest = history.events.subList(history.events.size() / 2,
                history.events.size());

        // the roster pages written, then the store goes away before the persons are: the consumer keeps the batch
        // and tries it again once the store answers; the pages then change nothing, the persons must still follow
        projections.failAtPersons = true;
        assertThatThrownBy(() -> ledger.changed(first)).hasMessageContaining("store stopped");
        ledger.changed(first);
        ledger.changed(rest);
        rollups.recover(Duration.ZERO);

        assertThat(mongo.getCollection(Rollups.JOURNAL).countDocuments()).isZero();
        assertCountsOf(history);
    }

    @Test
    void aBatchTheStoreFailedPartWayThroughIsFinishedByTheNextBatchNotHalfAMinuteLater() {
        History history = History.generate(new Random(42));
        List<EventEnvelope<EnrolmentsChanged>> first = history.events.subList(0, history.events.size() / 2);
        List<EventEnvelope<EnrolmentsChanged>> rest = history.events.subList(history.events.size() / 2,
                history.events.size());

        // the roster pages written with their enrolments, the store gone before the counts: the retry finds the pages
        // as they are to be and changes nothing in them, and the completions that follow take those enrolments out of
        // the pipeline — counted before them or the pipeline goes below zero until a recovery comes by
        projections.failAtPersons = true;
        assertThatThrownBy(() -> ledger.changed(first)).hasMessageContaining("store stopped");
        ledger.changed(first);
        ledger.changed(rest);

        assertThat(mongo.getCollection(Rollups.JOURNAL).countDocuments()).isZero();
        assertCountsOf(history);
        history.expectedPlans().keySet().forEach(plan -> assertThat(rollups.planTotals(PlanKey.parse(plan))
                .activities().values()).as(plan).allSatisfy(count -> assertThat(count.enrolled()).isNotNegative()));
    }

    @Test
    void aBatchGivenUpWithNoBatchAfterItIsFinishedByTheRecoveryAtItsNextPassAndOnlyOnce() {
        History history = History.generate(new Random(9));
        projections.failAtPersons = true;
        assertThatThrownBy(() -> ledger.changed(history.events)).hasMessageContaining("store stopped");
        assertThat(mongo.getCollection(Rollups.JOURNAL).countDocuments()).isEqualTo(1);

        // the recovery's pass, well before the batch is old enough to be taken for another replica's
        rollups.finishAbandoned();
        rollups.finishAbandoned();
        ledger.changed(history.events); // the events again: their pages and persons are as they are to be

        assertThat(mongo.getCollection(Rollups.JOURNAL).countDocuments()).isZero();
        assertCountsOf(history);
    }

    @Test
    void aBatchThisProcessIsStillWritingIsNotTakenByItsOwnRecoveryHoweverLongItTakes() {
        History history = History.generate(new Random(13));
        List<EventEnvelope<EnrolmentsChanged>> events = history.events;
        // the recovery passes while the batch's pages are written and the store is slow to take its persons
        projections.beforePersons = () -> {
            clock.now = clock.now.plus(RollupRecovery.ABANDONED_AFTER.multipliedBy(2));
            assertThat(rollups.recover(RollupRecovery.ABANDONED_AFTER)).isEmpty();
        };
        ledger.changed(events);

        assertThat(mongo.getCollection(Rollups.JOURNAL).countDocuments()).isZero();
        assertCountsOf(history);
    }

    /** A new process on the same store: what the old one held in memory is gone. */
    private void startedAgain() {
        rollups = new CrashingRollups(projections, clock);
        ledger = new EnrolmentLedger(projections, rollups, new Scopes(tenants), new DirtyPlans(mongo), PROPERTIES);
    }

    @Test
    void whatTheDocumentsRememberIsBoundedByTheBatchesInFlightNotByTheBatchesThatWentBy() {
        History history = History.generate(new Random(7));
        List<EventEnvelope<EnrolmentsChanged>> events = new ArrayList<>(history.events);
        Collections.shuffle(events, new Random(11));
        for (EventEnvelope<EnrolmentsChanged> event : events) {
            ledger.changed(List.of(event));
            clock.now = clock.now.plusSeconds(10);
        }

        // one batch in flight at a time: a count document remembers only the batch that last wrote it, and a fact
        // document carries only its last change, however many batches went by
        for (String collection : List.of(Rollups.PLAN_TOTALS, Rollups.SCOPE_PERSONS)) {
            mongo.findAll(Document.class, collection).forEach(d -> assertThat(d.getList(Rollups.APPLIED, String.class,
                    List.of())).as(d.getString("_id")).hasSizeLessThanOrEqualTo(1));
        }
        assertThat(events.size()).isGreaterThan(20);
        for (String collection : List.of(EnrolmentLedger.PAGES, EnrolmentLedger.PERSONS)) {
            mongo.findAll(Document.class, collection).forEach(d -> assertThat(d.getList(Rollups.PENDING, Document.class,
                    List.of())).as(d.getString("_id")).hasSizeLessThanOrEqualTo(1));
        }
        assertCountsOf(history);
    }

    @Test
    void aBatchNoLongerInTheJournalIsNotCountedAgainByALateRecovery() {
        History history = History.generate(new Random(5));
        apply(history.events, new Random(3));
        Map<String, Long> nationwide = rollups.scopePersons(PersonScopes.NATIONAL, PersonScopes.ALL);
        String plan = history.expectedPlans().keySet().iterator().next();
        EnrolmentTotals before = rollups.planTotals(PlanKey.parse(plan));

        // a recovery that read a batch from the journal before its own writer finished it, and adds it afterwards
        Rollups.Changes late = new Rollups.Changes();
        late.plan(plan).activities().put("lop-x", new EnrolmentTotals.ActivityCount("L0", 1, 1));
        late.scopes().add(PersonScopes.NATIONAL, PersonScopes.ALL, "2024-05", 1);
        rollups.close("a-batch-finished-meanwhile", late);

        assertThat(rollups.planTotals(PlanKey.parse(plan))).isEqualTo(before);
        assertThat(rollups.scopePersons(PersonScopes.NATIONAL, PersonScopes.ALL)).isEqualTo(nationwide);
    }

    /** Every plan's totals and the nationwide persons equal the history's final enrolments counted at once. */
    private void assertCountsOf(History history) {
        history.expectedPlans().forEach((plan, expected) ->
                assertThat(rollups.planTotals(PlanKey.parse(plan))).as(plan).isEqualTo(expected));
        assertThat(rollups.scopePersons(PersonScopes.NATIONAL, PersonScopes.ALL))
                .isEqualTo(history.expectedScopes(tenants).scopes().get(PersonScopes.NATIONAL).get(PersonScopes.ALL));
    }

    /** Applies the events cut into batches of random sizes, as the consumer polls them. */
    private void apply(List<EventEnvelope<EnrolmentsChanged>> events, Random random) {
        int from = 0;
        while (from < events.size()) {
            int to = Math.min(events.size(), from + 1 + random.nextInt(12));
            ledger.changed(events.subList(from, to));
            from = to;
        }
    }

    /**
     * A generated history: people of three provinces (some in several classes, plans and provinces) enrolled,
     * completed, withdrawn, their completions revoked and some enrolled again, each state an event with the
     * enrolment's version, one enrolment per page event or several.
     */
    static final class History {
        final List<EventEnvelope<EnrolmentsChanged>> events = new ArrayList<>();
        /** enrolment id → its final state and where it is */
        final Map<String, Final> finals = new TreeMap<>();

        record Final(String tenant, String plan, String line, String activity, EnrolmentState state) {
        }

        static History generate(Random random) {
            History history = new History();
            List<String> people = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                people.add(String.format("%064x", i * 7919L + 13));
            }
            for (int a = 0; a < 12; a++) {
                String tenant = TENANTS.get(a % 3);
                String plan = "kh-" + (1 + a % 3);
                String line = "L" + (a % 2);
                String activity = tenant + "-lop-" + a;
                int size = 3 + random.nextInt(8);
                for (int p = 0; p < size; p++) {
                    String person = people.get(random.nextInt(people.size()));
                    history.enrolment(random, tenant, plan, line, activity, activity + "-e" + p, person);
                }
            }
            return history;
        }

        private void enrolment(Random random, String tenant, String plan, String line, String activity,
                               String enrolmentId, String person) {
            String gender = random.nextBoolean() ? "FEMALE" : "MALE";
            boolean minority = random.nextBoolean();
            // 2024 to 2026: a person may be trained in both phases, 2021–2025 and 2026–2030
            LocalDate day = LocalDate.of(2024 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
            List<String> path = new ArrayList<>(List.of("ENROLLED"));
            double roll = random.nextDouble();
            if (roll < 0.6) {
                path.add("COMPLETED");
                if (random.nextDouble() < 0.2) {
                    path.add("WITHDRAWN");
                    if (random.nextBoolean()) {
                        path.add("ENROLLED");
                        path.add("COMPLETED");
                    }
                }
            } else if (roll < 0.8) {
                path.add("WITHDRAWN");
            }
            EnrolmentState last = null;
            for (int v = 0; v < path.size(); v++) {
                String status = path.get(v);
                last = new EnrolmentState(enrolmentId, v + 1, status, status, person, gender, minority, "COMMUNITY",
                        "COMMUNITY", "u-" + tenant + "-" + random.nextInt(3), day.minusDays(7).toString(),
                        status.equals("COMPLETED") ? 4 : 1, 4, status.equals("COMPLETED") ? day.plusDays(v).toString()
                        : null, status.equals("WITHDRAWN") ? day.toString() : null, false);
                events.add(event(tenant, plan, line, activity, last));
            }
            finals.put(enrolmentId, new Final(tenant, plan, line, activity, last));
        }

        private static EventEnvelope<EnrolmentsChanged> event(String tenant, String plan, String line, String activity,
                                                              EnrolmentState state) {
            return new EventEnvelope<>(UUID.randomUUID().toString(), "EnrolmentsChanged", 1, tenant, "RosterPage",
                    activity + ".0", state.version(), "2024-06-01T00:00:00Z", "enrolment-service", null, null,
                    new EnrolmentsChanged(activity, plan, line, "TRAINING_CLASS", PROGRAMME.get(plan), 0,
                            List.of(state)));
        }

        /** Every plan's totals, counted from its final enrolments at once. */
        Map<String, EnrolmentTotals> expectedPlans() {
            Map<String, List<PlanFacts.Enrolment>> byPlan = new TreeMap<>();
            finals.forEach((id, f) -> byPlan.computeIfAbsent(f.tenant() + "/" + f.plan(), k -> new ArrayList<>())
                    .add(new PlanFacts.Enrolment(id, f.line(), f.activity(), ActivityKind.TRAINING_CLASS,
                            f.state().personKey(), Gender.valueOf(f.state().gender()), f.state().ethnicMinority(),
                            TargetGroup.COMMUNITY, Level.COMMUNITY, f.state().unitCode(),
                            EnrolmentStatus.valueOf(f.state().status()), LocalDate.parse(f.state().enrolledOn()),
                            f.state().completedOn() == null ? null : LocalDate.parse(f.state().completedOn()))));
            Map<String, EnrolmentTotals> totals = new TreeMap<>();
            byPlan.forEach((plan, enrolments) -> totals.put(plan, EnrolmentTotals.of(plan, enrolments)));
            return totals;
        }

        /** Every scope's persons, counted from each person's final completions at once. */
        PersonScopes expectedScopes(KnownTenants tenants) {
            Map<String, List<PersonScopes.Completion>> byPerson = new HashMap<>();
            finals.values().forEach(f -> {
                byPerson.computeIfAbsent(f.state().personKey(), k -> new ArrayList<>());
                if (f.state().status().equals("COMPLETED")) {
                    byPerson.get(f.state().personKey()).add(new PersonScopes.Completion(f.tenant(),
                            PROGRAMME.get(f.plan()), LocalDate.parse(f.state().completedOn())));
                }
            });
            var lineage = new Scopes(tenants).lineage();
            PersonScopes scopes = new PersonScopes();
            var owners = PROPERTIES.owners();
            byPerson.values().forEach(completions -> scopes.count(completions, lineage::heirsOf, owners::ownerOf, 1));
            return scopes;
        }
    }
}
