package vn.taphuan.kit.store;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.BsonBinaryReader;
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
 * ({@code taphuan.kit.store-traffic-meter}). A size is read from the bytes the driver holds where it has them, and
 * otherwise added up from the values, never by encoding a command again (which cost the services a tenth of their
 * time in a JFR profile of the benchmark).
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

    /** The encoded size of {@code document}, in bytes. */
    static long size(BsonDocument document) {
        if (document instanceof RawBsonDocument raw) {
            return raw.getByteBuffer().remaining();
        }
        if (document.asBsonReader() instanceof BsonBinaryReader binary) {
            // a document the driver reads from its buffer (a reply, a command's sequence): it starts with its size
            try (binary) {
                return binary.getBsonInput().readInt32();
            }
        }
        long size = 4 + 1;
        for (Map.Entry<String, BsonValue> entry : document.entrySet()) {
            size += 1 + utf8(entry.getKey()) + 1 + size(entry.getValue());
        }
        return size;
    }

    private static long size(BsonValue value) {
        return switch (value.getBsonType()) {
            case DOCUMENT -> size(value.asDocument());
            case ARRAY -> {
                long size = 4 + 1;
                int i = 0;
                for (BsonValue element : value.asArray()) {
                    size += 1 + String.valueOf(i++).length() + 1 + size(element);
                }
                yield size;
            }
            case STRING -> 4 + utf8(value.asString().getValue()) + 1;
            case SYMBOL -> 4 + utf8(value.asSymbol().getSymbol()) + 1;
            case JAVASCRIPT -> 4 + utf8(value.asJavaScript().getCode()) + 1;
            case BINARY -> 4 + 1 + value.asBinary().getData().length;
            case INT32 -> 4;
            case INT64, DOUBLE, DATE_TIME, TIMESTAMP -> 8;
            case DECIMAL128 -> 16;
            case OBJECT_ID -> 12;
            case BOOLEAN -> 1;
            case REGULAR_EXPRESSION -> utf8(value.asRegularExpression().getPattern()) + 1
                    + utf8(value.asRegularExpression().getOptions()) + 1;
            case NULL, UNDEFINED, MIN_KEY, MAX_KEY, END_OF_DOCUMENT -> 0;
            default -> new RawBsonDocument(new BsonDocument("v", value), CODEC).getByteBuffer().remaining() - 4 - 1 - 3;
        };
    }

    private static long utf8(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
