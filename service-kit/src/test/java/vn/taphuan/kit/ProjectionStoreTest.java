package vn.taphuan.kit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import vn.taphuan.kit.store.ProjectionStore;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ServiceIntegrationTest
class ProjectionStoreTest {

    @Autowired
    ProjectionStore projections;

    @Test
    void onlyANewerSourceVersionChangesTheDocument() {
        assertThat(projections.upsertIfNewer("facts", "f1", 2, Map.of("status", "ENROLLED"))).isTrue();
        assertThat(projections.upsertIfNewer("facts", "f1", 2, Map.of("status", "ENROLLED"))).isFalse();
        assertThat(projections.upsertIfNewer("facts", "f1", 1, Map.of("status", "OLD"))).isFalse();
        assertThat(projections.findById("facts", "f1").getString("status")).isEqualTo("ENROLLED");

        assertThat(projections.upsertIfNewer("facts", "f1", 5, Map.of("status", "COMPLETED"))).isTrue();
        assertThat(projections.findById("facts", "f1").getString("status")).isEqualTo("COMPLETED");
        assertThat(projections.findById("facts", "f1").getLong(ProjectionStore.SOURCE_VERSION)).isEqualTo(5);
    }

    @Test
    void eachSectionOfADocumentIsGuardedByItsOwnVersion() {
        assertThat(projections.upsertIfNewer("facts", "f2", "statusVersion", 5, Map.of("status", "COMPLETED"))).isTrue();
        // another section, first written by an older event, still lands
        assertThat(projections.upsertIfNewer("facts", "f2", "attendanceVersion", 2, Map.of("attended", 1))).isTrue();
        assertThat(projections.upsertIfNewer("facts", "f2", "statusVersion", 1, Map.of("status", "ENROLLED"))).isFalse();
        assertThat(projections.upsertIfNewer("facts", "f2", "attendanceVersion", 2, Map.of("attended", 9))).isFalse();
        assertThat(projections.upsertIfNewer("facts", "f2", "attendanceVersion", 3, Map.of("attended", 2))).isTrue();

        var stored = projections.findById("facts", "f2");
        assertThat(stored.getString("status")).isEqualTo("COMPLETED");
        assertThat(stored.getInteger("attended")).isEqualTo(2);
        assertThat(stored.getLong("statusVersion")).isEqualTo(5);
        assertThat(stored.getLong("attendanceVersion")).isEqualTo(3);
    }

    @Test
    void clearingForARebuildEmptiesTheCollectionAndKeepsEveryIndex() {
        MongoTemplate mongo = projections.template();
        projections.modifyAll("rebuilt", List.of("a", "b"), (id, current) -> new org.bson.Document("key", "k-" + id));
        mongo.indexOps("rebuilt").createIndex(new Index().on("key", Sort.Direction.ASC).unique().named("key_unique"));
        List<String> before = indexNames(mongo);
        assertThat(before).contains("_id_", "revision_write", "key_unique");

        projections.clear("rebuilt");

        assertThat(mongo.getCollection("rebuilt").countDocuments()).isZero();
        assertThat(indexNames(mongo)).containsExactlyInAnyOrderElementsOf(before);
        // what the replay writes next is still checked by them: a compare-and-set write, and a unique key
        projections.modifyAll("rebuilt", List.of("a"), (id, current) -> new org.bson.Document("key", "k-a"));
        assertThatThrownBy(() -> mongo.insert(new org.bson.Document("_id", "c").append("key", "k-a"), "rebuilt"))
                .isInstanceOf(DuplicateKeyException.class);
    }

    private static List<String> indexNames(MongoTemplate mongo) {
        List<String> names = new java.util.ArrayList<>();
        mongo.getCollection("rebuilt").listIndexes().forEach(index -> names.add(index.getString("name")));
        return names;
    }
}
