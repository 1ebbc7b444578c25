package vn.taphuan.bench.measure;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;

import java.util.ArrayList;
import java.util.List;

/**
 * The store's own ceiling: bulk inserts ({@code insertMany}, 1,000 documents a batch) from a client of our own into a
 * scratch database on the same MongoDB wire server the services use (same backend), dropped afterwards. The
 * documents have a fixed shape like an enrolment fact of reporting-service — id, tenant, plan, line, activity, keyed
 * person hash, status, gender, ethnic group, target group, unit, completion date, sessions attended —
 * of about 400 bytes of BSON ({@link #document(long)}).
 */
public record StoreCeiling(long documents, int documentBytes, double documentsPerSecond, double p50BatchMillis,
                           double p99BatchMillis, String failure) {

    static final String DATABASE = "bench_ceiling";
    static final int BATCH = 1_000;

    public boolean measured() {
        return failure == null;
    }

    public static StoreCeiling measure(String mongoUri, long documents) {
        int size = encodedSize(document(0));
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoDatabase database = client.getDatabase(DATABASE);
            database.drop();
            MongoCollection<Document> facts = database.getCollection("enrolment_facts");
            Latencies batches = new Latencies();
            long start = System.nanoTime();
            for (long from = 0; from < documents; from += BATCH) {
                List<Document> batch = new ArrayList<>(BATCH);
                for (long i = from; i < Math.min(documents, from + BATCH); i++) {
                    batch.add(document(i));
                }
                long batchStart = System.nanoTime();
                facts.insertMany(batch);
                batches.record("batch", (System.nanoTime() - batchStart) / 1e6, true);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            database.drop();
            Latencies.Stats stats = batches.stats("batch");
            return new StoreCeiling(documents, size, documents / seconds, stats.p50Millis(), stats.p99Millis(), null);
        } catch (RuntimeException e) {
            return new StoreCeiling(documents, size, Double.NaN, Double.NaN, Double.NaN,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Document {@code i} of the fixed shape (ids of 24 hex digits, a 43-character keyed person hash). */
    static Document document(long i) {
        String n = String.format("%012d", i);
        return new Document("_id", "bac-ninh:" + n + "7c9e66797425")
                .append("tenantId", "bac-ninh")
                .append("planId", "0f8fad5bd9cb469fa1657086")
                .append("targetLineId", "dtts-community")
                .append("trainingEventId", "7c9e6679742540de" + n.substring(4))
                .append("personKey", "O3fV1c9e0a4f6e2d8c5b1a0f9e8d7c6b5a4f" + n.substring(5))
                .append("status", "COMPLETED")
                .append("gender", i % 2 == 0 ? "FEMALE" : "MALE")
                .append("ethnicGroup", "08")
                .append("targetGroup", "COMMUNITY")
                .append("unitCode", "P-24-2025")
                .append("completedOn", "2025-09-09")
                .append("sessionsAttended", 4);
    }

    static int encodedSize(Document document) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        new DocumentCodec().encode(new BsonBinaryWriter(buffer), document, EncoderContext.builder().build());
        return buffer.getSize();
    }
}
