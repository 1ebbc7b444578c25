package vn.taphuan.localstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import vn.taphuan.testsupport.IsolatedReplies;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server backed by an H2 file, so the services' databases survive a restart of the local
 * stack. Each service uses its own database on it, as on a real MongoDB. Its unique indexes are ordered by their
 * values ({@link OrderedKeysH2Backend}).
 */
final class MongoStore implements AutoCloseable {

    private final MongoServer server;
    private final H2Backend backend;
    private final String host;
    private final int port;

    private MongoStore(MongoServer server, H2Backend backend, String host, int port) {
        this.server = server;
        this.backend = backend;
        this.host = host;
        this.port = port;
    }

    static {
        // Netty reads a buffer's reference count before every byte it writes (the store encodes every document and
        // reply byte by byte: a tenth of its page writer's time); the store's buffers are its own and short-lived.
        // Read once, when Netty's buffers are first loaded — here, before the store starts.
        if (System.getProperty("io.netty.buffer.checkAccessible") == null) {
            System.setProperty("io.netty.buffer.checkAccessible", "false");
        }
    }

    /** @param bindAddress where clients may reach it ({@code 127.0.0.1}: this machine only) */
    static MongoStore start(Path directory, String bindAddress, int port) throws IOException {
        Files.createDirectories(directory);
        H2Backend backend = OrderedKeysH2Backend.open(new MVStore.Builder()
                .fileName(directory.resolve("taphuan.mv").toAbsolutePath().toString())
                .cacheSize(cacheMegabytes())
                .open());
        // replies copied whole, away from writes changing their documents in place (see IsolatedReplies)
        MongoServer server = new MongoServer(new IsolatedReplies(backend));
        server.bind(bindAddress, port);
        return new MongoStore(server, backend, LocalStack.clientHost(bindAddress), server.getLocalAddress().getPort());
    }

    /**
     * H2 keeps 16 MB of its pages in memory unless told otherwise: past a few tens of thousands of person-turns every
     * lookup then reads and decodes pages from the file again (a JFR profile of a 10,000 person-turn load put 15 % of
     * the store's time there). An eighth of this JVM's heap keeps the hot pages: H2 counts a document as four times its
     * BSON size ({@link BsonDocumentType}), about what it takes decoded (with H2's own format a 768 MB cache grew the
     * benchmark's JVM by some 1.2 GB at 100,000 person-turns), while the broker and, in the benchmark, the load
     * generator need the rest ({@code -Dtaphuan.store.cache-mb} sets it).
     */
    static int cacheMegabytes() {
        Integer set = Integer.getInteger("taphuan.store.cache-mb");
        return set != null ? set : (int) Math.max(16, Runtime.getRuntime().maxMemory() / 8 / (1024 * 1024));
    }

    /** Base URI without a database; the launcher appends each service's database name. */
    String uri() {
        return "mongodb://" + host + ":" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        backend.close();
    }
}
