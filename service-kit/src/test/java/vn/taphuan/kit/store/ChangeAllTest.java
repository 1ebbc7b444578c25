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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AggregateStore#changeAll}, the batch command path: new aggregates inserted and stored ones updated in one round
 * each, only those another writer changed first run again (on the stored state), and an id that names another
 * province's aggregate reported, never written.
 */
@ServiceIntegrationTest
class ChangeAllTest {

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
