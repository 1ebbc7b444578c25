package vn.taphuan.kit.store;

import com.mongodb.MongoClientSettings;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.configuration.CodecConfigurationException;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Projection documents of a few collections as this process last read or wrote them, each with the revision and
 * write token it was stored under ({@link ProjectionStore#modifyAll}): documents that grow with a plan and are read
 * and changed over and over by one process. Kept encoded — as many bytes of heap as the document has in the store —
 * the most recently used first, within a budget of bytes; given out decoded afresh, so a caller may change what it
 * is given. A revision and token identify one write of one document, so a kept copy whose pair the store still
 * holds is exactly what the store holds.
 */
final class KeptDocuments {

    private static final Codec<Document> CODEC = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);

    private final long budgetBytes;
    private final Set<String> collections = ConcurrentHashMap.newKeySet();
    private final LinkedHashMap<Key, Kept> documents = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    KeptDocuments(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /** A document as kept: its revision and write token, and its content. */
    record Kept(long revision, String token, RawBsonDocument content) {

        Document decoded() {
            return content.decode(CODEC);
        }

        boolean sameWrite(Object revision, Object token) {
            return revision instanceof Number number && number.longValue() == this.revision
                    && this.token != null && this.token.equals(token);
        }
    }

    private record Key(String collection, String id) {
    }

    void keep(String collection) {
        collections.add(collection);
    }

    boolean keeps(String collection) {
        return collections.contains(collection);
    }

    synchronized Kept get(String collection, String id) {
        return documents.get(new Key(collection, id));
    }

    /** Keeps {@code document} as stored under its revision and write token (one without either is not kept). */
    void put(String collection, String id, Document document) {
        if (!keeps(collection)) {
            return;
        }
        Object revision = document.get(ProjectionStore.REVISION);
        Object token = document.get(ProjectionStore.WRITE_TOKEN);
        RawBsonDocument content;
        try {
            content = revision instanceof Number && token instanceof String ? new RawBsonDocument(document, CODEC) : null;
        } catch (CodecConfigurationException | IllegalArgumentException notEncodable) {
            content = null;
        }
        if (content == null || content.getByteBuffer().remaining() > budgetBytes / 4) {
            forget(collection, id);
            return;
        }
        Kept kept = new Kept(((Number) revision).longValue(), (String) token, content);
        synchronized (this) {
            Kept before = documents.put(new Key(collection, id), kept);
            bytes += size(kept) - (before == null ? 0 : size(before));
            Iterator<Map.Entry<Key, Kept>> eldest = documents.entrySet().iterator();
            while (bytes > budgetBytes && eldest.hasNext()) {
                bytes -= size(eldest.next().getValue());
                eldest.remove();
            }
        }
    }

    synchronized void forget(String collection, String id) {
        Kept before = documents.remove(new Key(collection, id));
        if (before != null) {
            bytes -= size(before);
        }
    }

    synchronized void forgetAll(String collection) {
        Iterator<Map.Entry<Key, Kept>> entries = documents.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Key, Kept> entry = entries.next();
            if (entry.getKey().collection().equals(collection)) {
                bytes -= size(entry.getValue());
                entries.remove();
            }
        }
    }

    synchronized long bytes() {
        return bytes;
    }

    private static long size(Kept kept) {
        return kept.content().getByteBuffer().remaining();
    }
}
