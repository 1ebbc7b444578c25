package vn.taphuan.kit;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.taphuan.contracts.EventCatalog;
import vn.taphuan.contracts.EventDefinition;
import vn.taphuan.contracts.Topics;
import vn.taphuan.kit.ServiceAccess.Right;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment files (docker-compose.yml, k8s/) give each service what the code says it needs and nothing more:
 * its own MongoDB user on its own database, its own Kafka user allowed to write only the topics it produces
 * ({@link Topics}) and its own dead-letter topics, to read only what it consumes ({@link EventCatalog}, the kit's
 * tenant topic) — with the consumer groups and dead-letter names the kit derives ({@link KitDefaults}) from each
 * service's own configuration. A new topic, consumer or service without its rights fails here, and so does a
 * password written into a manifest.
 */
class DeploymentPostureTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path ACCESS = ROOT.resolve("k8s/base/access");
    private static final Pattern COMPOSE_SECRET = Pattern.compile("\\$\\{[A-Z_]+:\\?[^}]+}");
    private static final String SCRAM = "org.apache.kafka.common.security.scram.ScramLoginModule required";

    @Test
    void eachServiceConsumesWhatTheCatalogueSaysAndTheTenantTopic() {
        for (ServiceAccess service : services()) {
            Set<String> catalogued = EventCatalog.consumedBy(service.name()).stream()
                    .map(definition -> definition.topic().name()).collect(Collectors.toCollection(TreeSet::new));
            catalogued.add(Topics.TENANT_EVENTS.name());
            assertThat(service.groupByTopic().keySet()).as("%s consumes", service.name())
                    .containsExactlyInAnyOrderElementsOf(catalogued);
            service.groupByTopic().forEach((topic, group) -> assertThat(service.deadLetterByTopic().get(topic))
                    .isEqualTo(Topics.deadLetter(Topics.byName(topic), group)));
        }
    }

    @Test
    void theKafkaAclsGrantEachServiceExactlyWhatItsTopicsAndConsumersNeed() throws IOException {
        Map<Right, Set<String>> expected = new TreeMap<>(java.util.Comparator.comparing(Right::toString));
        services().forEach(service -> expected.putAll(service.kafkaRights()));
        Map<Right, Set<String>> granted = acls();
        assertThat(granted).as("k8s/base/access/kafka-acls.txt").isEqualTo(expected);

        Set<String> deadLetters = services().stream().flatMap(s -> s.deadLetters().stream()).collect(Collectors.toSet());
        granted.forEach((right, names) -> {
            if (right.operation().equals("WRITE")) {
                names.stream().filter(name -> !deadLetters.contains(name)).forEach(topic -> assertThat(
                        Topics.byName(topic).producer()).as("%s writes only its own topics, not %s", right.user(), topic)
                        .isEqualTo(right.user()));
            }
        });
        Set<String> topics = Topics.ALL.stream().map(Topics.Topic::name).collect(Collectors.toSet());
        assertThat(granted.entrySet().stream().filter(e -> e.getKey().operation().equals("WRITE"))
                .flatMap(e -> e.getValue().stream()).filter(topics::contains))
                .as("every topic has its producer's right to write it").containsAll(topics);
    }

    @Test
    void everyTopicAndDeadLetterTopicIsCreatedBeforeAnyServiceStarts() throws IOException {
        Map<String, Integer> expected = new TreeMap<>();
        Topics.ALL.forEach(topic -> expected.put(topic.name(), topic.partitions()));
        for (ServiceAccess service : services()) {
            service.deadLetterByTopic().forEach((topic, dlq) -> expected.put(dlq, Topics.byName(topic).partitions()));
        }
        Map<String, Integer> listed = new TreeMap<>();
        entries(ACCESS.resolve("kafka-topics.txt")).forEach(line -> listed.put(line[0], Integer.parseInt(line[1])));
        assertThat(listed).as("k8s/base/access/kafka-topics.txt").isEqualTo(expected);
    }

    @Test
    void eachServiceHasItsOwnMongoUserOnItsOwnDatabaseOnly() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        services().forEach(service -> expected.put(service.name(), service.database()));
        Map<String, String> listed = new TreeMap<>();
        entries(ACCESS.resolve("mongo-users.txt")).forEach(line -> listed.put(line[0], line[1]));
        assertThat(listed).as("k8s/base/access/mongo-users.txt").isEqualTo(expected);

        String script = Files.readString(ACCESS.resolve("mongo-users.js"));
        assertThat(script).contains("const roles = [{ role: 'readWrite', db: database }];")
                .doesNotContain("AnyDatabase", "dbOwner", "root", "clusterAdmin", "userAdmin");
    }

    @Test
    void everyDeploymentSignsInAsItsServiceWithCredentialsFromItsSecretAndListensForThePod() throws IOException {
        Map<String, Object> config = manifest("ConfigMap", "taphuan-config");
        Map<String, Object> shared = map(config.get("data"));
        assertThat(shared).containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
                .containsEntry("SERVER_ADDRESS", "0.0.0.0").containsEntry("MANAGEMENT_SERVER_ADDRESS", "0.0.0.0");
        assertThat(String.valueOf(shared.get("MONGODB_OPTIONS"))).contains("authSource=admin", "tls=true");

        for (ServiceAccess service : services()) {
            Map<String, Object> deployment = manifest("Deployment", service.name());
            Map<String, Object> pod = map(map(map(deployment.get("spec")).get("template")).get("spec"));
            Map<String, Object> container = map(list(pod.get("containers")).get(0));
            assertThat(list(container.get("envFrom"))).as(service.name()).anySatisfy(source ->
                    assertThat(map(map(source).get("configMapRef")).get("name")).isEqualTo("taphuan-config"));
            Map<String, Map<String, Object>> env = env(container);
            String secret = "taphuan-" + service.name();

            assertThat(secretOf(env.get("MONGODB_PASSWORD"))).isEqualTo(secret + "/mongodb-password");
            assertThat(env.get("MONGODB_URI").get("value")).as(service.name()).isEqualTo("mongodb://" + service.name()
                    + ":$(MONGODB_PASSWORD)@$(MONGODB_HOSTS)/" + service.database() + "?$(MONGODB_OPTIONS)");
            assertThat(secretOf(env.get("KAFKA_SASL_PASSWORD"))).isEqualTo(secret + "/kafka-password");
            assertThat(env.get("KAFKA_SASL_JAAS_CONFIG").get("value")).as(service.name()).isEqualTo(SCRAM
                    + " username=\"" + service.name() + "\" password=\"$(KAFKA_SASL_PASSWORD)\";");

            // the actuator's own port: probed and scraped, not in the Service
            String management = String.valueOf(env.get("MANAGEMENT_SERVER_PORT").get("value"));
            assertThat(list(container.get("ports"))).anySatisfy(port -> assertThat(map(port))
                    .containsEntry("name", "management").containsEntry("containerPort", Integer.parseInt(management)));
            assertThat(map(map(container.get("readinessProbe")).get("httpGet"))).containsEntry("port", "management");
            assertThat(map(map(container.get("livenessProbe")).get("httpGet"))).containsEntry("port", "management");
            assertThat(map(map(map(map(deployment.get("spec")).get("template")).get("metadata")).get("annotations")))
                    .containsEntry("prometheus.io/port", management);
            Map<String, Object> exposed = manifest("Service", service.name());
            assertThat(list(map(exposed.get("spec")).get("ports"))).noneSatisfy(port ->
                    assertThat(String.valueOf(map(port).get("targetPort"))).isIn("management", management));
        }
    }

    @Test
    void theAccessJobsGiveEveryServiceItsUserWithThePasswordOfItsSecret() throws IOException {
        Map<String, Map<String, Object>> kafka = env(map(list(map(map(map(manifest("Job", "taphuan-kafka-access")
                .get("spec")).get("template")).get("spec")).get("containers")).get(0)));
        Map<String, Map<String, Object>> mongo = env(map(list(map(map(map(manifest("Job", "taphuan-mongo-users")
                .get("spec")).get("template")).get("spec")).get("containers")).get(0)));
        for (ServiceAccess service : services()) {
            String secret = "taphuan-" + service.name();
            assertThat(secretOf(kafka.get(service.variable() + "_KAFKA_PASSWORD"))).isEqualTo(secret + "/kafka-password");
            assertThat(secretOf(mongo.get(service.variable() + "_MONGODB_PASSWORD"))).isEqualTo(secret + "/mongodb-password");
        }
        assertThat(secretOf(kafka.get("KAFKA_ADMIN_PASSWORD"))).isEqualTo("taphuan-kafka-admin/password");
        assertThat(secretOf(mongo.get("MONGODB_ADMIN_PASSWORD"))).isEqualTo("taphuan-mongo-admin/password");

        Map<String, Object> kustomization = yaml(ROOT.resolve("k8s/base/kustomization.yaml")).get(0);
        assertThat(list(kustomization.get("resources"))).contains("access/jobs.yaml");
        assertThat(list(map(list(kustomization.get("configMapGenerator")).get(0)).get("files"))).containsExactlyInAnyOrder(
                "access/kafka-acls.txt", "access/kafka-topics.txt", "access/kafka-access.sh", "access/mongo-users.txt",
                "access/mongo-users.js");
    }

    @Test
    void noPasswordOrSecretIsWrittenInTheManifests() throws IOException {
        for (Map<String, Object> manifest : manifests()) {
            assertThat(manifest.get("kind")).as("a Secret in Git").isNotEqualTo("Secret");
            if (manifest.get("spec") instanceof Map<?, ?> spec && spec.get("template") instanceof Map<?, ?> template) {
                for (Object container : list(map(map(template).get("spec")).get("containers"))) {
                    env(map(container)).forEach((name, variable) -> {
                        if (name.matches(".*(PASSWORD|SECRET).*")) {
                            assertThat(secretOf(variable)).as("%s of %s from a Secret", name, manifest.get("metadata"))
                                    .isNotNull();
                        }
                    });
                }
            }
        }
        assertThat(yaml(ROOT.resolve("k8s/base/kustomization.yaml")).get(0)).doesNotContainKey("secretGenerator");
    }

    @Test
    void dockerComposeLetsNobodyInWithoutSigningInAndGivesEachServiceItsOwnUser() throws IOException {
        Map<String, Object> compose = yaml(ROOT.resolve("docker-compose.yml")).get(0);
        Map<String, Object> containers = map(compose.get("services"));

        // three Kafka nodes, each published on this machine only, all started by the one broker script
        Map<String, String> kafkaPorts = Map.of("kafka-1", "127.0.0.1:9092:9092", "kafka-2", "127.0.0.1:9094:9092",
                "kafka-3", "127.0.0.1:9096:9092");
        kafkaPorts.forEach((name, port) -> {
            Map<String, Object> kafka = map(containers.get(name));
            assertThat(list(kafka.get("ports"))).as(name).containsExactly(port);
            assertThat(String.join(" ", list(kafka.get("command")).stream().map(String::valueOf).toList()))
                    .contains("/etc/taphuan/kafka-broker.sh");
            assertThat(list(kafka.get("volumes"))).contains("./infra/compose/kafka-broker.sh:/etc/taphuan/kafka-broker.sh:ro");
        });
        List<String> broker = Files.readAllLines(ROOT.resolve("infra/compose/kafka-broker.sh"));
        assertThat(broker).contains("sasl.enabled.mechanisms=SCRAM-SHA-512",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false", "auto.create.topics.enable=false",
                // the quorum's listener reaches the other nodes now: it signs in too
                "listener.security.protocol.map=HOST:SASL_PLAINTEXT,DOCKER:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                "sasl.mechanism.controller.protocol=PLAIN",
                "listeners=HOST://:9092,DOCKER://:19092,CONTROLLER://:9093");
        assertThat(broker).noneMatch(line -> line.contains("User:ANONYMOUS"));

        // a replica set whose members prove themselves to one another with a key; only the first is published
        for (String name : List.of("mongo-1", "mongo-2", "mongo-3")) {
            assertThat(String.valueOf(map(containers.get(name)).get("entrypoint"))).as(name).contains("--keyFile");
        }
        Map<String, Object> mongo = map(containers.get("mongo-1"));
        assertThat(list(mongo.get("ports"))).containsExactly("127.0.0.1:27017:27017");
        assertThat(map(mongo.get("environment"))).containsKey("MONGO_INITDB_ROOT_USERNAME");
        assertThat(map(containers.get("mongo-2"))).doesNotContainKey("ports");
        assertThat(map(containers.get("mongo-3"))).doesNotContainKey("ports");

        Map<String, Object> kafkaAccess = map(map(containers.get("kafka-access")).get("environment"));
        Map<String, Object> mongoUsers = map(map(containers.get("mongo-users")).get("environment"));
        for (ServiceAccess service : services()) {
            assertThat(kafkaAccess).containsKey(service.variable() + "_KAFKA_PASSWORD");
            assertThat(mongoUsers).containsKey(service.variable() + "_MONGODB_PASSWORD");
        }
        for (String name : List.of("kafka-access", "mongo-users")) {
            assertThat(list(map(containers.get(name)).get("volumes"))).contains("./k8s/base/access:/etc/taphuan/access:ro");
        }
        // every password comes from .env (infra/compose/secrets.sh), none is written here
        for (Object container : containers.values()) {
            if (map(container).get("environment") instanceof Map<?, ?> environment) {
                environment.forEach((name, value) -> {
                    if (String.valueOf(name).contains("PASSWORD")) {
                        assertThat(String.valueOf(value)).as("%s", name).matches(COMPOSE_SECRET);
                    }
                });
            }
        }
    }

    private static List<ServiceAccess> services() {
        Set<String> names = new TreeSet<>();
        Topics.ALL.forEach(topic -> names.add(topic.producer()));
        EventCatalog.ALL.stream().map(EventDefinition::consumers).forEach(names::addAll);
        return names.stream().map(name -> {
            ServiceAccess service = ServiceAccess.fromFile(
                    ROOT.resolve("services/" + name + "/src/main/resources/application.yml"), Map.of());
            assertThat(service.name()).isEqualTo(name);
            return service;
        }).toList();
    }

    // ---- the files

    private static Map<Right, Set<String>> acls() throws IOException {
        Map<Right, Set<String>> granted = new TreeMap<>(java.util.Comparator.comparing(Right::toString));
        for (String[] line : entries(ACCESS.resolve("kafka-acls.txt"))) {
            granted.computeIfAbsent(new Right(line[0], line[1], line[2]), right -> new TreeSet<>())
                    .addAll(Arrays.asList(line).subList(3, line.length));
        }
        return granted;
    }

    /** The lines of a list, split at blanks, without comments and blank lines. */
    private static List<String[]> entries(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+")).toList();
        }
    }

    private static List<Map<String, Object>> manifests() throws IOException {
        List<Map<String, Object>> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("k8s"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                if (!file.getFileName().toString().equals("kustomization.yaml")) {
                    all.addAll(yaml(file));
                }
            }
        }
        return all;
    }

    private static Map<String, Object> manifest(String kind, String name) throws IOException {
        return manifests().stream().filter(m -> kind.equals(m.get("kind")) && name.equals(map(m.get("metadata")).get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name + " under k8s/"));
    }

    private static List<Map<String, Object>> yaml(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(reader)) {
                if (document != null) {
                    documents.add(map(document));
                }
            }
        }
        return documents;
    }

    /** A container's environment variables by name. */
    private static Map<String, Map<String, Object>> env(Map<String, Object> container) {
        Map<String, Map<String, Object>> variables = new LinkedHashMap<>();
        for (Object variable : list(container.getOrDefault("env", List.of()))) {
            variables.put(String.valueOf(map(variable).get("name")), map(variable));
        }
        return variables;
    }

    /** {@code secret/key} of a variable taken from a Secret, or null. */
    private static String secretOf(Map<String, Object> variable) {
        if (variable == null || !(variable.get("valueFrom") instanceof Map<?, ?> from)
                || !(from.get("secretKeyRef") instanceof Map<?, ?> reference)) {
            return null;
        }
        return reference.get("name") + "/" + reference.get("key");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }
}
