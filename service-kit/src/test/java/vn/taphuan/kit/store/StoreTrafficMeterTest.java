package vn.taphuan.kit.store;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.taphuan.testsupport.EmbeddedMongo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The meter counts what crosses the wire per collection: documents written, bytes sent and received. */
class StoreTrafficMeterTest {

    @Test
    void countsTheBytesAndDocumentsOfEachCollectionEachWay() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(EmbeddedMongo.uri("meter-" + UUID.randomUUID())))
                .addCommandListener(new StoreTrafficMeter(meters)).build();
        try (MongoClient client = MongoClients.create(settings)) {
            MongoCollection<Document> large = client.getDatabase("meter").getCollection("large");
            MongoCollection<Document> small = client.getDatabase("meter").getCollection("small");
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                documents.add(new Document("_id", "d" + i).append("text", "x".repeat(10_000)));
            }
            large.insertMany(documents);
            small.insertOne(new Document("_id", "s").append("n", 1));
            large.find(Filters.eq("_id", "d3")).first();

            assertThat(counted(meters, "taphuan.store.documents", "large", "insert", "written")).isEqualTo(10);
            assertThat(counted(meters, "taphuan.store.documents", "small", "insert", "written")).isEqualTo(1);
            assertThat(counted(meters, "taphuan.store.bytes", "large", "insert", "sent"))
                    .isBetween(100_000.0, 101_000.0);
            assertThat(counted(meters, "taphuan.store.bytes", "small", "insert", "sent")).isLessThan(1_000);
            assertThat(counted(meters, "taphuan.store.bytes", "large", "find", "received"))
                    .isBetween(10_000.0, 10_500.0);
        }
    }

    @Test
    void aDocumentsSizeIsAddedUpExactlyWithoutEncodingIt() {
        org.bson.BsonDocument document = new org.bson.BsonDocument("update", new org.bson.BsonString("persons"))
                .append("name", new org.bson.BsonString("Lò Thị Ánh 𝔸"))
                .append("n", new org.bson.BsonInt32(3)).append("big", new org.bson.BsonInt64(7_000_000_000L))
                .append("share", new org.bson.BsonDouble(0.5)).append("done", org.bson.BsonBoolean.TRUE)
                .append("none", new org.bson.BsonNull()).append("at", new org.bson.BsonDateTime(1_765_000_000_000L))
                .append("id", new org.bson.BsonObjectId(new org.bson.types.ObjectId()))
                .append("amount", new org.bson.BsonDecimal128(org.bson.types.Decimal128.parse("12.50")))
                .append("key", new org.bson.BsonBinary(new byte[] {1, 2, 3}))
                .append("ts", new org.bson.BsonTimestamp(5, 1))
                .append("re", new org.bson.BsonRegularExpression("^a", "i"))
                .append("updates", new org.bson.BsonArray(java.util.stream.IntStream.range(0, 12)
                        .mapToObj(i -> (org.bson.BsonValue) new org.bson.BsonDocument("q", new org.bson.BsonString("k" + i))
                                .append("u", new org.bson.BsonArray(List.of(new org.bson.BsonInt32(i))))).toList()));
        long encoded = new org.bson.RawBsonDocument(document, new org.bson.codecs.BsonDocumentCodec())
                .getByteBuffer().remaining();
        assertThat(StoreTrafficMeter.size(document)).isEqualTo(encoded);
    }

    private static double counted(SimpleMeterRegistry meters, String name, String collection, String command,
                                  String direction) {
        return meters.get(name).tag("collection", collection).tag("command", command).tag("direction", direction)
                .counter().count();
    }
}
