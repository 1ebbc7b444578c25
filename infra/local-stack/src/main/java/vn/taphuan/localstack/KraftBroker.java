package vn.taphuan.localstack;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller, one node), run in-process from the
 * official {@code kafka_2.13} artifact. Its log directory is formatted once and kept, so topics and offsets survive
 * a restart of the local stack.
 */
final class KraftBroker implements AutoCloseable {

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private KraftBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * @param bindAddress where clients may reach it ({@code 127.0.0.1}: this machine only); the controller listens on
     *                    loopback whatever it is, as nothing else talks to it
     */
    static KraftBroker start(Path logDir, String bindAddress, int port, int controllerPort) throws Exception {
        Files.createDirectories(logDir);
        Map<String, Object> config = new HashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        config.put("listeners", "PLAINTEXT://" + bindAddress + ":" + port + ",CONTROLLER://localhost:" + controllerPort);
        String host = LocalStack.clientHost(bindAddress);
        config.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("log.dirs", logDir.toAbsolutePath().toString());
        config.put("num.partitions", "3");
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "10");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("auto.create.topics.enable", "true");
        // the event log is kept whole: reporting's projections are rebuilt by replaying it from the start
        config.put("log.retention.ms", "-1");
        config.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        KafkaConfig kafkaConfig = new KafkaConfig(config, false);

        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(logDir);
        }
        KafkaRaftServer server = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
        server.startup();
        return new KraftBroker(server, host + ":" + port);
    }

    private static void format(Path logDir) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        new Formatter()
                .setPrintStream(new PrintStream(output, true, StandardCharsets.UTF_8))
                .setClusterId(Uuid.randomUuid().toString())
                .setNodeId(1)
                .addDirectory(logDir.toAbsolutePath().toString())
                .setMetadataLogDirectory(logDir.toAbsolutePath().toString())
                .setControllerListenerName("CONTROLLER")
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
