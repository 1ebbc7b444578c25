package vn.taphuan.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;

/** One in-memory MongoDB wire-protocol server per test JVM; each Spring context gets its own database on it. */
public final class EmbeddedMongo {

    private static MongoServer server;

    public static synchronized String uri(String database) {
        if (server == null) {
            server = new MongoServer(new IsolatedReplies(new MemoryBackend()));
            server.bind("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "embedded-mongo-stop"));
        }
        return uri(server.getLocalAddress(), database);
    }

    private static String uri(InetSocketAddress address, String database) {
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
    }

    private EmbeddedMongo() {
    }
}
