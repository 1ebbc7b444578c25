package vn.taphuan.deploycheck;

import org.junit.jupiter.api.Test;
import vn.taphuan.deploycheck.Kustomize.Yaml;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.taphuan.deploycheck.Repository.SERVICES;
import static vn.taphuan.deploycheck.Repository.at;
import static vn.taphuan.deploycheck.Repository.container;
import static vn.taphuan.deploycheck.Repository.env;
import static vn.taphuan.deploycheck.Repository.named;

/**
 * docker-compose.yml against the code and the Kubernetes manifests: the local defaults of the services (the Kafka
 * and MongoDB addresses) are what compose publishes; the same Kafka and MongoDB versions as the cluster's; the
 * access lists (topics, rights, users) are the ones k8s/base/access holds, given the same passwords by name; a topic
 * is not asked for more copies than compose runs brokers; and any of the four services compose runs gets only
 * variables it reads, and every one it needs.
 */
class DockerComposeTest {

    private static final Map<String, Object> COMPOSE = Yaml.map(Yaml.documents(Repository.ROOT.resolve("docker-compose.yml")).get(0));
    private static final Map<String, Object> CONTAINERS = Yaml.map(COMPOSE.get("services"));

    @Test
    void theServicesLocalDefaultsAreTheAddressesComposePublishes() {
        Set<String> published = new TreeSet<>();
        CONTAINERS.values().forEach(container -> Yaml.list(Yaml.map(container).getOrDefault("ports", List.of()))
                .forEach(port -> published.add(String.valueOf(port).replaceFirst("^127\\.0\\.0\\.1:", "").replaceFirst(":.*", ""))));
        for (String service : SERVICES) {
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            String brokers = configuration.defaultOf("spring.cloud.stream.kafka.binder.brokers");
            assertThat(brokers).startsWith("localhost:");
            assertThat(published).as("%s's default Kafka", service).contains(brokers.substring("localhost:".length()));
            URI mongo = URI.create(configuration.defaultOf("spring.mongodb.uri"));
            assertThat(mongo.getHost()).isEqualTo("localhost");
            assertThat(published).as("%s's default MongoDB", service).contains(String.valueOf(mongo.getPort()));
        }
    }

    @Test
    void composeRunsTheKafkaAndMongoDbVersionsOfTheCluster() {
        String kafkaImage = image("kafka");
        assertThat(kafkaImage).startsWith("apache/kafka:");
        String kafkaVersion = kafkaImage.substring("apache/kafka:".length());
        String mongoImage = image("mongo");
        assertThat(mongoImage).startsWith("mongo:");
        String mongoVersion = mongoImage.substring("mongo:".length());

        List<Map<String, Object>> base = Kustomize.render(Repository.K8S.resolve("base"));
        assertThat(at(container(named(base, "Job", "taphuan-kafka-access")), "image")).isEqualTo(kafkaImage);
        assertThat(at(container(named(base, "Job", "taphuan-mongo-users")), "image")).isEqualTo(mongoImage);
        for (Path overlay : Repository.overlays()) {
            List<Map<String, Object>> objects = Kustomize.render(overlay);
            assertThat(at(named(objects, "Kafka", "taphuan-kafka"), "spec.kafka.version")).as("%s: Kafka", overlay.getFileName())
                    .isEqualTo(kafkaVersion);
            assertThat(String.valueOf(at(named(objects, "MongoDBCommunity", "taphuan-mongo"), "spec.version")))
                    .as("%s: MongoDB", overlay.getFileName()).startsWith(mongoVersion + ".");
        }
    }

    @Test
    void theAccessContainersReadTheListsOfKubernetesWithThePasswordsTheJobsGet() {
        List<Map<String, Object>> base = Kustomize.render(Repository.K8S.resolve("base"));
        Map<String, String> jobs = Map.of("kafka-access", "taphuan-kafka-access", "mongo-users", "taphuan-mongo-users");
        jobs.forEach((composeName, jobName) -> {
            Map<String, Object> container = Yaml.map(CONTAINERS.get(composeName));
            assertThat(Yaml.list(container.get("volumes"))).contains("./k8s/base/access:/etc/taphuan/access:ro");
            Map<String, Object> job = container(named(base, "Job", jobName));
            assertThat(container.get("command")).as(composeName).isEqualTo(job.get("command"));
            Set<String> composePasswords = environment(container).keySet().stream()
                    .filter(name -> name.endsWith("_PASSWORD") && !name.contains("ADMIN")).collect(Collectors.toCollection(TreeSet::new));
            Set<String> jobPasswords = env(job).keySet().stream()
                    .filter(name -> name.endsWith("_PASSWORD") && !name.contains("ADMIN")).collect(Collectors.toCollection(TreeSet::new));
            assertThat(composePasswords).as("%s: the services' passwords", composeName).isEqualTo(jobPasswords).isNotEmpty();
        });
        Map<String, String> kafkaAccess = environment(Yaml.map(CONTAINERS.get("kafka-access")));
        long brokers = CONTAINERS.values().stream().filter(c -> String.valueOf(Yaml.map(c).get("command")).contains("kafka-broker.sh")).count();
        assertThat(Integer.parseInt(kafkaAccess.get("TOPIC_REPLICATION_FACTOR"))).as("copies of a topic, brokers in compose")
                .isBetween(1, (int) brokers);
    }

    @Test
    void aServiceComposeRunsGetsOnlyWhatItReadsAndAllItNeeds() {
        for (String service : SERVICES) {
            if (!(CONTAINERS.get(service) instanceof Map<?, ?> container)) {
                continue;
            }
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            Map<String, String> variables = environment(Yaml.map(container));
            variables.keySet().forEach(variable -> assertThat(configuration.reads(variable) || variable.equals("JAVA_TOOL_OPTIONS"))
                    .as("compose: %s sets %s, which it does not read", service, variable).isTrue());
            configuration.placeholders.forEach((placeholder, fallback) -> {
                if (fallback == null) {
                    assertThat(variables).as("compose: %s needs %s", service, placeholder).containsKey(placeholder);
                }
            });
            for (String local : List.of("KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI", "AUTH_JWK_SET_URI", "SERVER_ADDRESS",
                    "MANAGEMENT_SERVER_ADDRESS")) {
                assertThat(variables).as("compose: %s in a container needs %s", service, local).containsKey(local);
            }
            String port = variables.getOrDefault("SERVER_PORT", configuration.defaultOf("server.port"));
            assertThat(String.valueOf(Yaml.map(container).get("ports"))).as("compose: %s's port", service).contains(port);
        }
    }

    private static String image(String name) {
        return String.valueOf(Yaml.map(CONTAINERS.get(name)).get("image"));
    }

    /** A compose container's environment, written as a map or as a list of NAME=value. */
    private static Map<String, String> environment(Map<String, Object> container) {
        Map<String, String> variables = new LinkedHashMap<>();
        Object environment = container.get("environment");
        if (environment instanceof Map<?, ?> map) {
            map.forEach((name, value) -> variables.put(String.valueOf(name), String.valueOf(value)));
        } else if (environment instanceof List<?> list) {
            list.forEach(entry -> {
                String[] parts = String.valueOf(entry).split("=", 2);
                variables.put(parts[0], parts.length > 1 ? parts[1] : "");
            });
        }
        return variables;
    }
}
