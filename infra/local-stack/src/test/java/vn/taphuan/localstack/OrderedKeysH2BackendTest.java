package vn.taphuan.localstack;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The local stack's store with unique indexes ordered by their values: unique keys refused and found as with the
 * library's order, a store written in the library's order still right once opened here, and the order itself a total
 * order that agrees with equality — what H2's maps rely on.
 */
class OrderedKeysH2BackendTest {

    @Test
    void uniqueKeysAreRefusedAndFoundByTheirIndexes(@TempDir Path data) throws Exception {
        try (MongoStore store = MongoStore.start(data, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> people = people(client);
            for (int i = 0; i < 500; i++) {
                people.insertOne(person(i));
            }
            assertThatThrownBy(() -> people.insertOne(person(7).append("_id", "other")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            // a compare-and-set by id and revision, as the services write: the index answers, the old revision misses
            assertThat(people.replaceOne(new Document("_id", "p-42").append("_rev", 1L), person(42).append("_rev", 2L))
                    .getModifiedCount()).isEqualTo(1);
            assertThat(people.replaceOne(new Document("_id", "p-42").append("_rev", 1L), person(42).append("_rev", 3L))
                    .getModifiedCount()).isZero();
            assertThat(people.find(new Document("tenantId", "t-3").append("personKey", "k-3")).first().getString("_id"))
                    .isEqualTo("p-3");
            // numbers of two types, equal in value, are one key
            people.insertOne(new Document("_id", "n1").append("tenantId", "n").append("personKey", 5));
            assertThatThrownBy(() -> people.insertOne(new Document("_id", "n2").append("tenantId", "n")
                    .append("personKey", 5.0))).isInstanceOf(MongoWriteException.class);

            // emptied for a rebuild (dropped, indexes declared again) and written again
            people.drop();
            MongoCollection<Document> again = people(client);
            again.insertOne(person(7));
            assertThat(again.countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void aStoreWrittenInTheLibrarysOrderIsReindexedOnceAndStaysRight(@TempDir Path data) throws Exception {
        String file = data.resolve("taphuan.mv").toString();
        // written as the local stack stored it before: the library's backend and order
        H2Backend plain = new H2Backend(new MVStore.Builder().fileName(file).open());
        MongoServer server = new MongoServer(plain);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            MongoCollection<Document> people = people(client);
            for (int i = 0; i < 300; i++) {
                people.insertOne(person(i));
            }
        }
        server.shutdown();

        try (MongoStore store = MongoStore.start(data, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> people = client.getDatabase("people").getCollection("people");
            // the documents, written in H2's Java serialisation, were rewritten as BSON and read back whole
            assertThat(people.countDocuments()).isEqualTo(300);
            assertThat(people.find(new Document("_id", "p-299")).first()).isEqualTo(person(299));
            for (int i = 0; i < 300; i += 7) {
                assertThat(people.find(new Document("_id", "p-" + i).append("_rev", 1L)).first()).as("p-" + i).isNotNull();
                assertThat(people.find(new Document("tenantId", "t-" + i).append("personKey", "k-" + i)).first())
                        .as("k-" + i).isNotNull();
            }
            assertThatThrownBy(() -> people.insertOne(person(123).append("_id", "other")))
                    .isInstanceOf(MongoWriteException.class);
            people.insertOne(person(300));
        }
        // opened again: marked, not re-indexed, and what was written since is there
        try (MongoStore store = MongoStore.start(data, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> people = client.getDatabase("people").getCollection("people");
            assertThat(people.countDocuments()).isEqualTo(301);
            assertThatThrownBy(() -> people.insertOne(person(300).append("_id", "other")))
                    .isInstanceOf(MongoWriteException.class);
        }
    }

    @Test
    void documentsOfEveryTypeTheServicesWriteComeBackFromTheFileAsTheyWereWritten(@TempDir Path data) throws Exception {
        Document written = new Document("_id", "d-1").append("tenantId", "bac-giang")
                .append("count", 42).append("revision", 7_000_000_000L).append("share", 0.375)
                .append("done", true).append("note", null).append("name", "Lò Thị Ánh")
                .append("at", java.util.Date.from(java.time.Instant.parse("2026-12-07T08:30:00.123Z")))
                .append("id", new org.bson.types.ObjectId("6751a2b3c4d5e6f708192a3b"))
                .append("amount", org.bson.types.Decimal128.parse("1250000.50"))
                .append("key", new org.bson.types.Binary(new byte[]{1, 2, 3, 4}))
                .append("learners", List.of(new Document("name", "A").append("marks", List.of(1, 0, 1)),
                        new Document("name", "B").append("marks", List.of())))
                .append("units", new Document("u-1", new Document("women", 3).append("lines", List.of("L1", "L2"))));
        try (MongoStore store = MongoStore.start(data, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> docs = client.getDatabase("kinds").getCollection("docs");
            docs.insertOne(written);
            for (int i = 0; i < 2_000; i++) {
                docs.insertOne(new Document("_id", "filler-" + i).append("text", "x".repeat(200)));
            }
            docs.updateOne(new Document("_id", "d-1"), new Document("$set", new Document("units.u-1.women", 4)));
        }
        written.get("units", Document.class).get("u-1", Document.class).put("women", 4);
        // opened again: every document is read from the file, decoded from its stored BSON
        try (MongoStore store = MongoStore.start(data, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> docs = client.getDatabase("kinds").getCollection("docs");
            assertThat(docs.find(new Document("_id", "d-1")).first()).isEqualTo(written);
            assertThat(docs.countDocuments()).isEqualTo(2_001);
            assertThat(docs.find(new Document("_id", "filler-1999")).first().getString("text")).hasSize(200);
        }
    }

    @Test
    void theOrderIsTotalAndAgreesWithEquality() {
        OrderedKeysH2Backend.KeyOrder order = new OrderedKeysH2Backend.KeyOrder();
        Random random = new Random(3);
        List<Function<Random, Object>> values = List.of(r -> "k-" + r.nextInt(4), r -> (double) r.nextInt(3),
                r -> (long) r.nextInt(3), r -> r.nextBoolean(), r -> null, r -> new de.bwaldvogel.mongo.bson.Document("a", r.nextInt(2)),
                r -> Long.MAX_VALUE - r.nextInt(2), r -> 9.223372036854776E18);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int size = 1 + random.nextInt(2);
            List<Object> parts = new ArrayList<>();
            for (int p = 0; p < size; p++) {
                parts.add(values.get(random.nextInt(values.size())).apply(random));
            }
            keys.add(new KeyValue(parts));
        }
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                int ab = Integer.signum(order.compare(a, b));
                assertThat(ab).as("%s vs %s", a, b).isEqualTo(-Integer.signum(order.compare(b, a)));
                assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
                for (KeyValue c : keys) {
                    if (ab <= 0 && order.compare(b, c) <= 0) {
                        assertThat(order.compare(a, c)).as("%s ≤ %s ≤ %s", a, b, c).isLessThanOrEqualTo(0);
                    }
                }
            }
        }
        assertThat(order.compare(new KeyValue("a", 1.0), new KeyValue("a", 2.0))).isNegative();
        assertThat(order.compare(new KeyValue(Missing.getInstance()), new KeyValue("a"))).isNegative();
    }

    @Test
    void keysAreWrittenToTheirPagesAndReadBackAsTheyWere() {
        OrderedKeysH2Backend.KeyOrder order = new OrderedKeysH2Backend.KeyOrder();
        List<KeyValue> keys = List.of(new KeyValue("bac-giang", "k-1"), new KeyValue("p-1", 7L), new KeyValue(3, 2.5),
                new KeyValue(true, (Object) null), new KeyValue("Lò Thị Ánh"),
                new KeyValue(new de.bwaldvogel.mongo.bson.Document("a", 1), "x"));
        for (KeyValue key : keys) {
            org.h2.mvstore.WriteBuffer buffer = new org.h2.mvstore.WriteBuffer();
            order.write(buffer, key);
            Object read = order.read(buffer.getBuffer().flip());
            assertThat(read).as("%s", key).isEqualTo(key);
            assertThat(classes((KeyValue) read)).as("%s", key).isEqualTo(classes(key));
            assertThat(order.compare(read, key)).isZero();
        }
    }

    /** A store whose keys were written as BSON documents of their values (order mark values-2 before) still reads. */
    @Test
    void keysWrittenAsBsonAreStillRead() {
        org.h2.mvstore.WriteBuffer buffer = new org.h2.mvstore.WriteBuffer();
        buffer.put((byte) 1);
        BsonDocumentType.writeBson(buffer, new de.bwaldvogel.mongo.bson.Document("0", "p-1").append("1", 7L), 64);

        Object read = new OrderedKeysH2Backend.KeyOrder().read(buffer.getBuffer().flip());

        assertThat(read).isEqualTo(new KeyValue("p-1", 7L));
    }

    private static List<Class<?>> classes(KeyValue key) {
        List<Class<?>> classes = new java.util.ArrayList<>();
        key.forEach(value -> classes.add(value == null ? null : value.getClass()));
        return classes;
    }

    private static MongoCollection<Document> people(MongoClient client) {
        MongoCollection<Document> people = client.getDatabase("people").getCollection("people");
        people.createIndex(Indexes.ascending("_id", "_rev"), new IndexOptions().unique(true));
        people.createIndex(Indexes.ascending("tenantId", "personKey"), new IndexOptions().unique(true));
        return people;
    }

    private static Document person(int i) {
        return new Document("_id", "p-" + i).append("_rev", 1L).append("tenantId", "t-" + i).append("personKey", "k-" + i);
    }
}
