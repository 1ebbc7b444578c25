package vn.taphuan.kit.store;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bytes a service sends its store and receives from it, per collection and command
 * ({@code taphuan.store.bytes{collection, command, direction}}) and the documents it writes
 * ({@code taphuan.store.documents}). The embedded store's cost follows the bytes it encodes and serialises, not the
 * number of commands, so this is what says where a person-turn's cost goes. Off by default
 * ({@code taphuan.kit.store-traffic-meter}): measuring a command's size encodes it once more.
 */
public final class StoreTrafficMeter implements CommandListener {

    private static final BsonDocumentCodec CODEC = new BsonDocumentCodec();

    private final MeterRegistry meters;
    private final Map<Integer, String[]> started = new ConcurrentHashMap<>();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public StoreTrafficMeter(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String command = event.getCommandName();
        BsonDocument body = event.getCommand();
        BsonValue target = body.get(command);
        String collection = target != null && target.isString() ? target.asString().getValue() : "-";
        started.put(event.getRequestId(), new String[] {collection, command});
        count(collection, command, "sent", size(body));
        String list = switch (command) {
            case "insert" -> "documents";
            case "update" -> "updates";
            case "delete" -> "deletes";
            default -> null;
        };
        if (list != null && body.containsKey(list)) {
            counter("taphuan.store.documents", collection, command, "written").increment(body.getArray(list).size());
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        String[] key = started.remove(event.getRequestId());
        if (key != null) {
            count(key[0], key[1], "received", size(event.getResponse()));
        }
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        started.remove(event.getRequestId());
    }

    private void count(String collection, String command, String direction, long bytes) {
        counter("taphuan.store.bytes", collection, command, direction).increment(bytes);
    }

    private Counter counter(String name, String collection, String command, String direction) {
        return counters.computeIfAbsent(name + '|' + collection + '|' + command + '|' + direction,
                k -> Counter.builder(name).tag("collection", collection).tag("command", command)
                        .tag("direction", direction).register(meters));
    }

    private static long size(BsonDocument document) {
        if (document instanceof RawBsonDocument raw) {
            return raw.getByteBuffer().remaining();
        }
        return new RawBsonDocument(document, CODEC).getByteBuffer().remaining();
    }
}
