package vn.taphuan.localstack;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ConcurrentModificationException;

/**
 * How the store keeps its documents in H2's pages: as BSON, the bytes they arrive in over the wire.
 * <p>
 * The library leaves a collection's documents to H2's default type, which writes each with Java object
 * serialisation — class descriptors, a handle table, reflection — whenever a page changes, and reads them back the
 * same way whenever a page is not in the cache. A JFR profile of a 100,000 person-turn load put about half of the
 * store's time there, with the index keys' (the page writer, the page reads of inserts and lookups). BSON is what the
 * store encodes and decodes for every reply anyway. A value that is not a document (none is, in a collection's map)
 * keeps H2's format, behind its own tag.
 */
final class BsonDocumentType extends ObjectDataType {

    private static final byte BSON = 1;
    private static final byte OTHER = 2;
    /** A decoded document takes a few times its BSON size on the heap; H2 sizes its page cache by this estimate. */
    private static final int HEAP_PER_BYTE = 4;
    /** How often a document changing while it is encoded is encoded again (a change takes microseconds). */
    private static final int ATTEMPTS = 10_000;

    /** A running average of the encoded size, as H2 keeps for the values it serialises. */
    private volatile int averageSize = 1_000;

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }

    @Override
    public int getMemory(Object value) {
        return value instanceof Document ? averageSize * HEAP_PER_BYTE : super.getMemory(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (!(value instanceof Document document)) {
            buffer.put(OTHER);
            super.write(buffer, value);
            return;
        }
        buffer.put(BSON);
        int size = writeBson(buffer, document, averageSize);
        averageSize = (int) ((size + 15L * averageSize) / 16);
    }

    /** Writes {@code document} as BSON, encoded again if a worker changes it meanwhile; gives its size in bytes. */
    static int writeBson(WriteBuffer buffer, Document document, int expectedSize) {
        ByteBuf bson = Unpooled.buffer(expectedSize + 64);
        try {
            encode(document, bson);
            int size = bson.readableBytes();
            buffer.put(bson.nioBuffer());
            return size;
        } finally {
            bson.release();
        }
    }

    /** Reads a document {@link #writeBson} wrote. */
    static Document readBson(ByteBuffer buffer) {
        int size = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        ByteBuffer bytes = buffer.slice(buffer.position(), size);
        buffer.position(buffer.position() + size);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
    }

    /**
     * Encodes a document that a worker may be changing at this moment: the library updates a stored document in
     * place and then puts it into its map again, which marks its page to be written again with the final state. So
     * any whole encoding will do here, and one cut short by the change is simply taken again.
     */
    private static void encode(Document document, ByteBuf bson) {
        for (int attempt = 1; ; attempt++) {
            bson.clear();
            try {
                BsonEncoder.encodeDocument(document, bson);
                return;
            } catch (ConcurrentModificationException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
                Thread.yield();
            }
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        byte tag = buffer.get();
        if (tag == OTHER) {
            return super.read(buffer);
        }
        if (tag != BSON) {
            throw new IllegalStateException("not a stored document: tag " + tag);
        }
        return readBson(buffer);
    }

    @Override
    public int compare(Object a, Object b) {
        // a collection's map is keyed by the document id: its values are compared only for equality, if at all
        return a == b || a != null && a.equals(b) ? 0 : super.compare(a, b);
    }
}
