package vn.taphuan.kit.support;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * A real Kafka broker (KRaft, in-process) as a deployment runs it: every client signs in with SASL/SCRAM-SHA-512 and
 * may do only what an ACL allows ({@code StandardAuthorizer}, nothing allowed without one, topics never created on
 * the fly). Its administrator is bootstrapped when the storage is formatted, as docker-compose.yml's broker is.
 */
public final class SecuredBroker implements AutoCloseable {

    public static final String SCRAM = "org.apache.kafka.common.security.scram.ScramLoginModule required";
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-" + Uuid.randomUuid().toString().replaceAll("[^A-Za-z0-9]", "");

    private final KafkaRaftServer server;
    private final Path directory;
    private final String bootstrapServers;

    private SecuredBroker(KafkaRaftServer server, Path directory, String bootstrapServers) {
        this.server = server;
        this.directory = directory;
        this.bootstrapServers = bootstrapServers;
    }

    public static SecuredBroker start() {
        try {
            Path directory = Files.createTempDirectory("secured-kafka-");
            int port = freePort();
            int controllerPort = freePort();
            Map<String, Object> config = new HashMap<>();
            config.put("process.roles", "broker,controller");
            config.put("node.id", "1");
            config.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
            config.put("controller.listener.names", "CONTROLLER");
            config.put("listeners", "SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
            config.put("advertised.listeners", "SASL_PLAINTEXT://127.0.0.1:" + port);
            config.put("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
            config.put("inter.broker.listener.name", "SASL_PLAINTEXT");
            config.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
            config.put("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-512");
            config.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
                    SCRAM + " username=\"" + ADMIN + "\" password=\"" + ADMIN_PASSWORD + "\";");
            config.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
            // ANONYMOUS: the controller listener of this one node, on loopback and without sign-in (docker-compose.yml's
            // three nodes reach one another's and sign in there)
            config.put("super.users", "User:" + ADMIN + ";User:ANONYMOUS");
            config.put("allow.everyone.if.no.acl.found", "false");
            config.put("auto.create.topics.enable", "false");
            config.put("log.dirs", directory.toString());
            config.put("offsets.topic.replication.factor", "1");
            config.put("offsets.topic.num.partitions", "3");
            config.put("transaction.state.log.replication.factor", "1");
            config.put("transaction.state.log.min.isr", "1");
            config.put("share.coordinator.state.topic.replication.factor", "1");
            config.put("group.initial.rebalance.delay.ms", "0");
            KafkaConfig kafkaConfig = new KafkaConfig(config, false);
            new Formatter()
                    .setPrintStream(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(1)
                    .addDirectory(directory.toString())
                    .setMetadataLogDirectory(directory.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setScramArguments(List.of("SCRAM-SHA-512=[name=" + ADMIN + ",password=" + ADMIN_PASSWORD + "]"))
                    .run();
            KafkaRaftServer server = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
            server.startup();
            return new SecuredBroker(server, directory, "127.0.0.1:" + port);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the secured broker", e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Client settings of {@code user}, as a service gets them from KAFKA_SECURITY_PROTOCOL and KAFKA_SASL_*. */
    public Map<String, Object> client(String user, String password) {
        Map<String, Object> client = new HashMap<>();
        client.put("bootstrap.servers", bootstrapServers);
        client.put("security.protocol", "SASL_PLAINTEXT");
        client.put("sasl.mechanism", "SCRAM-SHA-512");
        client.put("sasl.jaas.config", SCRAM + " username=\"" + user + "\" password=\"" + password + "\";");
        return client;
    }

    /** The administrator's client settings: may do anything. */
    public Map<String, Object> admin() {
        return client(ADMIN, ADMIN_PASSWORD);
    }

    /**
     * A user with these rights only: (user, operation, resource type) → resource names, literal — as
     * k8s/base/access/kafka-access.sh gives them. The topics named are created first.
     */
    public void grant(String user, String password, Map<String, ? extends Collection<String>> topicsByOperation,
                      Collection<String> groups) {
        Map<String, Object> config = new HashMap<>(admin());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15000);
        try (Admin admin = Admin.create(config)) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password))).all().get();
            List<AclBinding> acls = new ArrayList<>();
            java.util.Set<String> topics = new java.util.TreeSet<>();
            topicsByOperation.forEach((operation, names) -> names.forEach(topic -> {
                topics.add(topic);
                acls.add(allow(user, ResourceType.TOPIC, topic, AclOperation.fromString(operation)));
            }));
            groups.forEach(group -> acls.add(allow(user, ResourceType.GROUP, group, AclOperation.READ)));
            Collection<String> existing = admin.listTopics().names().get();
            admin.createTopics(topics.stream().filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, 3, (short) 1)).toList()).all().get();
            admin.createAcls(acls).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not grant " + user + " its rights", e.getCause());
        }
    }

    private static AclBinding allow(String user, ResourceType type, String name, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW));
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
