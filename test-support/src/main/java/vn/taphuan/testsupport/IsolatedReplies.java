package vn.taphuan.testsupport;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The embedded wire server's backend, with every reply a copy taken while no write can change what it holds.
 * <p>
 * Why: mongo-java-server (1.47) updates a stored document <em>in place</em> — it computes the new document, then puts
 * its fields into the instance it stores — and its replies hold those same instances; they are encoded onto the
 * connection after the collection's lock is released. A write to a document while a reply that holds it is being
 * encoded therefore either breaks the encoding (a {@code ConcurrentModificationException} when fields are added or
 * removed: the server logs "Failed to encode", closes the connection, and the reader gets a socket error) or, worse,
 * sends a document that is half the old one and half the new (a torn read: an old field beside a new revision, which
 * a compare-and-set would then take for current). Here the writes of a collection exclude its reads while a reply is
 * copied, so a reader gets one state of each document, whole. A real MongoDB never shares documents like that.
 */
public final class IsolatedReplies implements MongoBackend {

    private static final Set<String> READS = Set.of("find", "getMore", "aggregate", "count", "distinct");
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify", "findandmodify",
            "create", "createIndexes", "drop", "dropIndexes", "renameCollection");

    private final MongoBackend backend;
    private final Map<String, ReadWriteLock> locks = new ConcurrentHashMap<>();

    public IsolatedReplies(MongoBackend backend) {
        this.backend = backend;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        return isolated(message.getDatabaseName(), message.getDocument(), () -> backend.handleMessage(message));
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return isolated(database, query, () -> backend.handleCommand(channel, database, command, query));
    }

    private Document isolated(String database, Document command, Supplier<Document> handle) {
        String name = command.isEmpty() ? "" : command.keySet().iterator().next();
        boolean read = READS.contains(name);
        if (!read && !WRITES.contains(name)) {
            return handle.get();
        }
        Object collection = name.equals("getMore") ? command.get("collection") : command.get(name);
        ReadWriteLock lock = locks.computeIfAbsent(database + "." + collection, key -> new ReentrantReadWriteLock());
        Lock held = read ? lock.readLock() : lock.writeLock();
        held.lock();
        try {
            Document reply = handle.get();
            return reply == null ? null : reply.cloneDeeply();
        } finally {
            held.unlock();
        }
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return backend.handleQuery(query);
    }

    @Override
    public void handleClose(Channel channel) {
        backend.handleClose(channel);
    }

    @Override
    public void dropDatabase(String database) {
        backend.dropDatabase(database);
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return backend.getCurrentOperations(query);
    }

    @Override
    public Document getServerStatus() {
        return backend.getServerStatus();
    }

    @Override
    public void close() {
        backend.close();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        backend.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return backend.getClock();
    }

    @Override
    public void enableOplog() {
        backend.enableOplog();
    }

    @Override
    public void disableOplog() {
        backend.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return backend.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        backend.version(version);
        return this;
    }
}
