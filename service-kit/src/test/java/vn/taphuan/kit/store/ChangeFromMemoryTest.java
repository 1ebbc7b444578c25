package vn.taphuan.kit.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.taphuan.kit.support.Roster;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link AggregateStore#findAllToChange}, {@link AggregateStore#execute} and the batch command path
 * {@link AggregateStore#changeAll} on a collection kept in memory: what this process wrote last is given from memory;
 * a write by someone else since makes the command's write lose its race, and the state is then read again, never given
 * stale twice. The batch path runs again only what lost, and reports an id that names another province's aggregate.
 */
@ServiceIntegrationTest
class ChangeFromMemoryTest {

    private static final String TENANT = "bac-giang";
    private static final String OTHER = "lang-son";

    @Autowired
    AggregateStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KnownTenants tenants;

    @BeforeEach
    void tenants() {
        tenants.onboard(TENANT, "Bắc Giang", "24", List.of());
        tenants.onboard(OTHER, "Lạng Sơn", "20", List.of());
    }

    @Test
    void theStateLastWrittenIsGivenFromMemoryAndAStaleOneIsForgottenOnceItsWriteLoses() {
        String id = "roster-" + UUID.randomUUID();
        try (TenantContext.Scope ignored = TenantContext.open(TENANT)) {
            store.insert(new Roster(id, TENANT, "lớp"), id, List.of());
            Roster read = store.findAllToChange(Roster.class, List.of(id)).get(0);
            read.retitle("lớp của chúng tôi");
            assertThat(store.updateAll(List.of(new AggregateStore.Change(read, id, read.version(), List.of()))))
                    .isEmpty();

            // the store changed behind this process's back: memory still says what it wrote
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                    new Update().set("title", "của người khác").inc("version", 1), "roster");
            Roster remembered = store.findAllToChange(Roster.class, List.of(id)).get(0);
            assertThat(remembered.title()).as("from memory, with the version written").isEqualTo("lớp của chúng tôi");
            assertThat(remembered.version()).isEqualTo(2);

            remembered.retitle("đè lên");
            assertThat(store.updateAll(List.of(new AggregateStore.Change(remembered, id, remembered.version(),
                    List.of())))).as("the stale state's write loses its race").containsExactly(id);

            Roster again = store.findAllToChange(Roster.class, List.of(id)).get(0);
            assertThat(again.title()).as("read again from the store").isEqualTo("của người khác");
            assertThat(again.version()).isEqualTo(3);
        }
        try (TenantContext.Scope ignored = TenantContext.open(OTHER)) {
            assertThat(store.findAllToChange(Roster.class, List.of(id))).as("another province's, never given").isEmpty();
        }
    }

    @Test
    void aCommandStartsFromTheStateLastWrittenAndRunsAgainOnTheStoredOneWhenThatWasStale() {
        store.keepInMemory(Roster.class);
        String id = "roster-" + UUID.randomUUID();
        try (TenantContext.Scope ignored = TenantContext.open(TENANT)) {
            store.insert(new Roster(id, TENANT, "lớp"), id, List.of());
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("title", "ngầm"), "roster");
            store.execute(Roster.class, id, null, () -> null, roster -> {
                assertThat(roster.title()).as("as inserted, from memory").isEqualTo("lớp");
                roster.retitle(roster.title() + " một");
                return Decision.write(List.of());
            });

            // changed behind this process's back without a new version: only a command that reads the store sees it
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("note", "ngầm"), "roster");
            AggregateStore.Executed<Roster, String> fromMemory = store.execute(Roster.class, id, null, () -> null,
                    roster -> Decision.unchanged(roster.title()));
            assertThat(fromMemory.result()).isEqualTo("lớp một");
            assertThat(fromMemory.version()).isEqualTo(2);
            assertThat(fromMemory.aggregate().note()).as("the store was not read").isNull();

            // another process wrote a new version: the run from memory loses its race, the next run reads the store
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                    new Update().set("title", "của người khác").inc("version", 1), "roster");
            AtomicInteger runs = new AtomicInteger();
            AggregateStore.Executed<Roster, String> done = store.execute(Roster.class, id, null, () -> null, roster -> {
                runs.incrementAndGet();
                roster.retitle(roster.title() + " hai");
                return Decision.write(List.of(), roster.title());
            });
            assertThat(runs).as("from memory, then from the store").hasValue(2);
            assertThat(done.result()).isEqualTo("của người khác hai");
            assertThat(done.version()).isEqualTo(4);
            assertThat(mongo.findById(id, org.bson.Document.class, "roster").getString("title"))
                    .isEqualTo("của người khác hai");

            // a person's command naming the version they read: memory is used only at that version, and a write
            // against a newer store is refused as stale, not run again
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().inc("version", 1), "roster");
            assertThatThrownBy(() -> store.execute(Roster.class, id, 4L, () -> null, roster -> {
                roster.retitle("ba");
                return Decision.write(List.of());
            })).isInstanceOf(vn.taphuan.kit.problem.StaleVersion.class);
            AggregateStore.Executed<Roster, String> named = store.execute(Roster.class, id, 5L, () -> null, roster -> {
                roster.retitle("ba");
                return Decision.write(List.of(), roster.title());
            });
            assertThat(named.version()).as("memory was forgotten; the store's version 5 was read").isEqualTo(6);
        }
        try (TenantContext.Scope ignored = TenantContext.open(OTHER)) {
            assertThat(store.execute(Roster.class, id, null, () -> null, roster -> Decision.unchanged(roster.title()))
                    .aggregate()).as("another province's, never given").isNull();
        }
    }

    @Test
    void onlyWhatAnotherWriterChangedFirstIsRunAgainAndAnotherProvincesIdIsReported() {
        store.keepInMemory(Roster.class);
        String stored = "roster-" + UUID.randomUUID();
        String stale = "roster-" + UUID.randomUUID();
        String fresh = "roster-" + UUID.randomUUID();
        String unchanged = "roster-" + UUID.randomUUID();
        String foreign = "roster-" + UUID.randomUUID();
        try (TenantContext.Scope ignored = TenantContext.open(OTHER)) {
            store.insert(new Roster(foreign, OTHER, "của tỉnh khác"), foreign, List.of());
        }
        try (TenantContext.Scope ignored = TenantContext.open(TENANT)) {
            for (String id : List.of(stored, stale, unchanged)) {
                store.insert(new Roster(id, TENANT, "lớp"), id, List.of());
            }
            // another process writes one of them after this one remembered it
            mongo.updateFirst(Query.query(Criteria.where("_id").is(stale)),
                    new Update().set("title", "của người khác").inc("version", 1), "roster");

            Map<String, Integer> runs = new ConcurrentHashMap<>();
            AggregateStore.ChangedAll<String> done = store.changeAll(Roster.class,
                    List.of(stored, stale, fresh, unchanged, foreign), Map.of(), (id, roster) -> {
                        runs.merge(id, 1, Integer::sum);
                        if (id.equals(unchanged)) {
                            return AggregateStore.Outcome.unchanged("như cũ");
                        }
                        Roster changed = roster != null ? roster : new Roster(id, TENANT, "mới");
                        changed.retitle(changed.title() + " +");
                        return new AggregateStore.Outcome<>(changed, changed.version(), List.of(), changed.title());
                    });

            assertThat(done.results()).containsOnly(Map.entry(stored, "lớp +"),
                    Map.entry(stale, "của người khác +"), Map.entry(fresh, "mới +"), Map.entry(unchanged, "như cũ"));
            assertThat(done.foreign()).containsExactly(foreign);
            assertThat(runs).as("the stale one again on the stored state; the foreign one's insert met another's")
                    .containsOnly(Map.entry(stored, 1), Map.entry(stale, 2), Map.entry(fresh, 1),
                            Map.entry(unchanged, 1), Map.entry(foreign, 1));
            assertThat(store.find(Roster.class, stale).orElseThrow().version()).isEqualTo(3);
            assertThat(store.find(Roster.class, fresh).orElseThrow().version()).isEqualTo(1);
            assertThat(store.find(Roster.class, unchanged).orElseThrow().version()).isEqualTo(1);
        }
        try (TenantContext.Scope ignored = TenantContext.open(OTHER)) {
            assertThat(store.find(Roster.class, foreign).orElseThrow().title()).isEqualTo("của tỉnh khác");
        }
    }
}
