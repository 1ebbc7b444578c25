package vn.taphuan.localstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server backed by an H2 file, so the services' databases survive a restart of the local
 * stack. Each service uses its own database on it, as on a real MongoDB.
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

    /** @param bindAddress where clients may reach it ({@code 127.0.0.1}: this machine only) */
    static MongoStore start(Path directory, String bindAddress, int port) throws IOException {
        Files.createDirectories(directory);
        H2Backend backend = new H2Backend(directory.resolve("taphuan.mv").toAbsolutePath().toString());
        MongoServer server = new MongoServer(backend);
        server.bind(bindAddress, port);
        return new MongoStore(server, backend, LocalStack.clientHost(bindAddress), server.getLocalAddress().getPort());
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
