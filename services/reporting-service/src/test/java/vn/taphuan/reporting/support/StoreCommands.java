package vn.taphuan.reporting.support;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.Map;
import java.util.TreeMap;

/**
 * The commands the service sends the store, seen on the wire by the Mongo client, counted for the threads that watch
 * (the synchronous driver tells its listeners on the thread that sends the command): what one consumer batch or one
 * refresher pass costs the store, whatever the service's other threads do meanwhile.
 */
public final class StoreCommands implements CommandListener {

    private final ThreadLocal<Watch> watching = new ThreadLocal<>();
    private volatile Watch watchingAll;

    /** Counts this thread's commands until the watch is closed. */
    public Watch watch() {
        Watch watch = new Watch(false);
        watching.set(watch);
        return watch;
    }

    /** Counts the commands of every thread of the service (consumers, refresher, views) until the watch is closed. */
    public Watch watchAll() {
        Watch watch = new Watch(true);
        watchingAll = watch;
        return watch;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        Watch all = watchingAll;
        Watch watch = all != null ? all : watching.get();
        if (watch == null) {
            return;
        }
        BsonDocument command = event.getCommand();
        String name = event.getCommandName();
        BsonValue target = "getMore".equals(name) ? command.get("collection") : command.get(name);
        String collection = target != null && target.isString() ? target.asString().getValue() : "";
        synchronized (watch.counts) {
            watch.counts.merge(collection + " " + name, 1L, Long::sum);
        }
    }

    /** Commands counted by collection and command name ("dirty_plans update"). */
    public final class Watch implements AutoCloseable {
        private final Map<String, Long> counts = new TreeMap<>();
        private final boolean all;

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

        public Map<String, Long> counts() {
            synchronized (counts) {
                return new TreeMap<>(counts);
            }
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
        StoreCommands storeCommands() {
            return new StoreCommands();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer storeCommandsListener(StoreCommands commands) {
            return settings -> settings.addCommandListener(commands);
        }
    }
}
