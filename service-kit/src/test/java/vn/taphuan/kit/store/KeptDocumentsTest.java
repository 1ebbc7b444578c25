package vn.taphuan.kit.store;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ProjectionStore#keepInMemory}: a document this process wrote or read last is given from memory only while
 * the store still holds that same write; a write by another process is read from the store, and a change started
 * from a stale copy loses its compare-and-set and is made again on the stored document — never lost, never twice.
 */
@ServiceIntegrationTest
class KeptDocumentsTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void aKeptDocumentIsGivenFromMemoryWhileTheStoreHoldsTheSameWrite() {
        String collection = "kept_" + UUID.randomUUID().toString().substring(0, 8);
        ProjectionStore ours = new ProjectionStore(mongo);
        ProjectionStore theirs = new ProjectionStore(mongo);
        ours.keepInMemory(collection);
        theirs.keepInMemory(collection);
        String id = "plan-1";
        ours.modifyAll(collection, List.of(id), (key, current) -> new Document("title", "kế hoạch")
                .append("entries", new Document("a", new Document("n", 1))));

        // changed behind the store's revisions: only a read of the whole document would see it
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("title", "ngầm"), collection);
        assertThat(ours.findAllById(collection, List.of(id)).get(id).getString("title"))
                .as("given from memory").isEqualTo("kế hoạch");
        assertThat(theirs.findAllById(collection, List.of(id)).get(id).getString("title"))
                .as("another process, which never saw it, reads the store").isEqualTo("ngầm");

        theirs.modifyAll(collection, List.of(id), (key, current) -> current.append("title", "của họ"));
        assertThat(ours.findAllById(collection, List.of(id, "none")))
                .as("a newer write is read from the store; an absent document is absent").containsOnlyKeys(id);
        assertThat(ours.findAllById(collection, List.of(id)).get(id).getString("title")).isEqualTo("của họ");

        // a change from the copy this process kept, after another process wrote: made again on the stored document
        theirs.modifyAll(collection, List.of(id), (key, current) -> current.append("theirs", true));
        List<ProjectionStore.Written> written = ours.modifyAll(collection, List.of(id),
                (key, current) -> current.append("ours", true));
        assertThat(written).hasSize(1);
        assertThat(written.get(0).before().getBoolean("theirs")).as("the change saw their write").isTrue();
        Document stored = mongo.findById(id, Document.class, collection);
        assertThat(stored.getBoolean("theirs")).isTrue();
        assertThat(stored.getBoolean("ours")).isTrue();

        ours.clear(collection);
        assertThat(ours.findAllById(collection, List.of(id))).as("cleared, and forgotten").isEmpty();
        ours.modifyAll(collection, List.of(id), (key, current) -> {
            assertThat(current).as("nothing kept survives a clear").isNull();
            return new Document("title", "mới");
        });
        assertThat(ours.findAllById(collection, List.of(id)).get(id).getString("title")).isEqualTo("mới");
    }

    @Test
    void twoProcessesCountingIntoTheSameDocumentsFromMemoryCountEveryIncrementOnce() {
        String collection = "kept_" + UUID.randomUUID().toString().substring(0, 8);
        // the second keeps so little that most of its documents are read from the store: both paths are taken
        List<ProjectionStore> processes = List.of(new ProjectionStore(mongo), new ProjectionStore(mongo, 600));
        processes.forEach(p -> p.keepInMemory(collection));
        Random random = new Random(7);
        Map<String, Integer> expected = new HashMap<>();
        for (int step = 0; step < 400; step++) {
            ProjectionStore process = processes.get(random.nextInt(2));
            List<String> ids = new ArrayList<>();
            for (int i = random.nextInt(3) + 1; i > 0; i--) {
                ids.add("d" + random.nextInt(5));
            }
            if (random.nextInt(3) == 0) {
                Map<String, Document> read = process.findAllById(collection, ids);
                for (String id : ids) {
                    assertThat(count(read.get(id))).as("read of %s at step %d", id, step)
                            .isEqualTo(expected.getOrDefault(id, 0));
                }
                continue;
            }
            process.modifyAll(collection, ids.stream().distinct().toList(), (key, current) -> {
                Document next = current != null ? current : new Document("pad", "x".repeat(random.nextInt(200)));
                next.put("n", count(current) + 1);
                return next;
            });
            ids.stream().distinct().forEach(id -> expected.merge(id, 1, Integer::sum));
        }
        expected.forEach((id, n) -> assertThat(count(mongo.findById(id, Document.class, collection)))
                .as("increments of %s", id).isEqualTo(n));
    }

    private static int count(Document document) {
        return document == null ? 0 : document.getInteger("n", 0);
    }
}
