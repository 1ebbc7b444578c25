package vn.taphuan.testsupport;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a service asks of the store while part of a test runs, seen on the wire by its Mongo client: the commands by
 * collection and name, the documents written per collection and the largest reply. A {@link Watch} counts either the
 * commands of the thread that opened it (the synchronous driver tells its listeners on the thread that sends the
 * command: what one consumer batch or one refresher pass costs, whatever the service's other threads do meanwhile) or
 * those of every thread. Import {@link Config} into a test to have it.
 */
public final class StoreWatch implements CommandListener {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete");

    private final ThreadLocal<Watch> watching = new ThreadLocal<>();
    private volatile Watch watchingAll;

    /** Counts this thread's commands until the watch is closed. */
    public Watch watch() {
        Watch watch = new Watch(false);
        watching.set(watch);
        return watch;
    }

    /** Counts the commands of every thread of the service until the watch is closed. */
    public Watch watchAll() {
        Watch watch = new Watch(true);
        watchingAll = watch;
        return watch;
    }

    private Watch current() {
        Watch all = watchingAll;
        return all != null ? all : watching.get();
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        Watch watch = current();
        if (watch == null) {
            return;
        }
        BsonDocument command = event.getCommand();
        String name = event.getCommandName();
        BsonValue target = "getMore".equals(name) ? command.get("collection") : command.get(name);
        String collection = target != null && target.isString() ? target.asString().getValue() : "";
        long documents = 0;
        if (WRITES.contains(name)) {
            String list = switch (name) {
                case "insert" -> "documents";
                case "update" -> "updates";
                default -> "deletes";
            };
            // bulk writes may travel as a document sequence beside the command; the driver folds it in for listeners
            documents = command.containsKey(list) ? command.getArray(list).size() : 1;
        }
        synchronized (watch) {
            watch.commands.merge(collection + " " + name, 1L, Long::sum);
            if (documents > 0) {
                watch.written.merge(collection, documents, Long::sum);
            }
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        Watch watch = current();
        if (watch == null) {
            return;
        }
        BsonDocument reply = event.getResponse();
        long size = reply instanceof RawBsonDocument raw ? raw.getByteBuffer().remaining()
                : new RawBsonDocument(reply, new BsonDocumentCodec()).getByteBuffer().remaining();
        synchronized (watch) {
            watch.largestReply = Math.max(watch.largestReply, size);
        }
    }

    /** What the store was asked while the watch was open. */
    public final class Watch implements AutoCloseable {
        private final Map<String, Long> commands = new TreeMap<>();
        private final Map<String, Long> written = new TreeMap<>();
        private final boolean all;
        private long largestReply;

        private Watch(boolean all) {
            this.all = all;
        }

        /** Commands sent to the collection, of any kind. */
        public long on(String collection) {
            return counts().entrySet().stream().filter(e -> e.getKey().startsWith(collection + " "))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        public long of(String collection, String command) {
            return counts().getOrDefault(collection + " " + command, 0L);
        }

        public long total() {
            return counts().values().stream().mapToLong(Long::longValue).sum();
        }

        /** Commands by collection and command name ("dirty_plans update"). */
        public synchronized Map<String, Long> counts() {
            return new TreeMap<>(commands);
        }

        /** Documents inserted, updated or deleted in {@code collection}. */
        public synchronized long written(String collection) {
            return written.getOrDefault(collection, 0L);
        }

        /** Documents written, by collection. */
        public synchronized Map<String, Long> writtenByCollection() {
            return new TreeMap<>(written);
        }

        /** Size in bytes of the largest reply. */
        public synchronized long largestReply() {
            return largestReply;
        }

        @Override
        public void close() {
            if (all) {
                watchingAll = null;
            } else {
                watching.remove();
            }
        }

        @Override
        public String toString() {
            return counts().toString();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        StoreWatch storeWatch() {
            return new StoreWatch();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer storeWatchListener(StoreWatch watch) {
            return settings -> settings.addCommandListener(watch);
        }
    }
}
