package vn.taphuan.localstack;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers and writers of the same documents at once, on the embedded store as the local stack runs it (H2 file): every
 * read answers, and answers one whole state of each document. Without {@code IsolatedReplies} the wire server encoded
 * replies holding the very documents a write was changing in place — the "Failed to encode … ConcurrentModification"
 * once seen on a fresh clone, and documents half old and half new.
 */
class EmbeddedStoreReadsTest {

    private static final int FIELDS = 40;
    private static final int DOCUMENTS = 8;

    @Test
    void readsConcurrentWithWritesOfTheSameDocumentsAreWholeAndNeverFail(@TempDir Path data) throws Exception {
        try (MongoStore store = MongoStore.start(data, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(MongoClientSettings.builder()
                     // no retry: a reply the server failed to encode would show as a failed read here
                     .applyConnectionString(new ConnectionString(store.uri())).retryReads(false).build())) {
            MongoCollection<Document> collection = client.getDatabase("reads").getCollection("pages");
            for (int d = 0; d < DOCUMENTS; d++) {
                collection.insertOne(state("p" + d, 0));
            }
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong reads = new AtomicLong();
            AtomicLong torn = new AtomicLong();
            AtomicReference<Throwable> failed = new AtomicReference<>();
            List<Thread> threads = new ArrayList<>();
            threads.add(started(() -> {
                for (long n = 1; running.get(); n++) {
                    for (int d = 0; d < DOCUMENTS; d++) {
                        collection.replaceOne(Filters.eq("_id", "p" + d), state("p" + d, n), new ReplaceOptions());
                    }
                }
            }));
            for (int r = 0; r < 3; r++) {
                threads.add(started(() -> {
                    try {
                        while (running.get()) {
                            for (Document page : collection.find()) {
                                reads.incrementAndGet();
                                if (!whole(page)) {
                                    torn.incrementAndGet();
                                }
                            }
                        }
                    } catch (Throwable e) {
                        failed.compareAndSet(null, e);
                    }
                }));
            }
            Thread.sleep(4_000);
            running.set(false);
            for (Thread thread : threads) {
                thread.join(30_000);
            }

            assertThat(failed.get()).as("a read failed").isNull();
            assertThat(reads.get()).isGreaterThan(1_000);
            assertThat(torn.get()).as("documents read half old, half new, of %d", reads.get()).isZero();
        }
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    /** Version {@code n} of a document: every field says n; a varying set of extra fields is added and removed. */
    private static Document state(String id, long n) {
        Document document = new Document("_id", id).append("rev", n);
        for (int f = 0; f < FIELDS; f++) {
            document.append("f" + f, n);
        }
        for (int extra = 0; extra < n % 5; extra++) {
            document.append("x" + extra, n);
        }
        return document;
    }

    private static boolean whole(Document page) {
        Object rev = page.get("rev");
        for (int f = 0; f < FIELDS; f++) {
            if (!rev.equals(page.get("f" + f))) {
                return false;
            }
        }
        return true;
    }
}
