package vn.taphuan.enrolment.support;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the service asked of the store while a part of a test ran, seen on the wire by the Mongo client: the largest
 * single reply (in bytes), and the documents written per collection. Import {@link Config} into a test to have it.
 */
public final class StoreTraffic implements CommandListener {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete");

    private final AtomicLong largestReply = new AtomicLong();
    private final Map<String, AtomicLong> written = new ConcurrentHashMap<>();

    /** Forgets what was seen so far. */
    public void reset() {
        largestReply.set(0);
        written.clear();
    }

    /** Size in bytes of the largest reply since the last {@link #reset}. */
    public long largestReply() {
        return largestReply.get();
    }

    /** Documents inserted, updated or deleted in {@code collection} since the last {@link #reset}. */
    public long written(String collection) {
        AtomicLong count = written.get(collection);
        return count == null ? 0 : count.get();
    }

    /** Documents written in every collection since the last {@link #reset}. */
    public Map<String, Long> writtenByCollection() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        written.forEach((collection, count) -> copy.put(collection, count.get()));
        return copy;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (!WRITES.contains(event.getCommandName())) {
            return;
        }
        BsonDocument command = event.getCommand();
        String collection = command.getString(event.getCommandName()).getValue();
        String list = switch (event.getCommandName()) {
            case "insert" -> "documents";
            case "update" -> "updates";
            default -> "deletes";
        };
        // bulk writes may travel as a document sequence beside the command; the driver folds it in for listeners
        int documents = command.containsKey(list) ? command.getArray(list).size() : 1;
        written.computeIfAbsent(collection, c -> new AtomicLong()).addAndGet(documents);
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        BsonDocument reply = event.getResponse();
        long size = reply instanceof RawBsonDocument raw ? raw.getByteBuffer().remaining()
                : new RawBsonDocument(reply, new BsonDocumentCodec()).getByteBuffer().remaining();
        largestReply.accumulateAndGet(size, Math::max);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        StoreTraffic storeTraffic() {
            return new StoreTraffic();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer storeTrafficListener(StoreTraffic traffic) {
            return settings -> settings.addCommandListener(traffic);
        }
    }
}
