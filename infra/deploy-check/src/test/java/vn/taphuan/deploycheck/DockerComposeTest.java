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
        String kafkaImage = image("kafka-1");
        assertThat(kafkaImage).startsWith("apache/kafka:");
        String kafkaVersion = kafkaImage.substring("apache/kafka:".length());
        String mongoImage = image("mongo-1");
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

    @Test
    void composeRunsEveryServiceFromTheImageJibBuildsHealthCheckedAfterTheAccessIsGiven() throws Exception {
        String version = projectVersion();
        for (String service : SERVICES) {
            Map<String, Object> container = Yaml.map(CONTAINERS.get(service));
            assertThat(container.get("image")).as("compose: %s's image", service)
                    .isEqualTo("${TAPHUAN_IMAGE_PREFIX:-taphuan}/" + service + ":${TAPHUAN_VERSION:-" + version + "}");
            String pom = java.nio.file.Files.readString(Repository.ROOT.resolve("services/" + service + "/pom.xml"));
            assertThat(pom).as("%s builds its image with Jib", service).contains("<artifactId>jib-maven-plugin</artifactId>");
            Map<String, String> variables = environment(container);
            assertThat(pom).contains("<service.port>" + variables.get("SERVER_PORT") + "</service.port>")
                    .contains("<service.management.port>" + variables.get("MANAGEMENT_SERVER_PORT") + "</service.management.port>");
            assertThat(String.valueOf(Yaml.map(container.get("healthcheck")).get("test")))
                    .as("compose: %s's health check", service).contains("/actuator/health/readiness");
            assertThat(Yaml.map(container.get("depends_on")).keySet()).as("compose: %s starts after", service)
                    .contains("kafka-access", "mongo-users", "keycloak");
            assertThat(variables.get("MONGODB_URI")).as("compose: %s's MongoDB", service)
                    .contains("mongo-1:27017,mongo-2:27017,mongo-3:27017").contains("replicaSet=rs0");
            assertThat(variables.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka-1:19092,kafka-2:19092,kafka-3:19092");
            ServiceConfiguration.of(service).developmentDefaults().keySet().forEach(variable ->
                    assertThat(variables).as("compose: %s keeps the development default of %s", service, variable)
                            .containsKey(variable));
            variables.forEach((variable, value) -> {
                if (variable.matches(".*(PASSWORD|SECRET).*") || value.contains("password=")) {
                    assertThat(value).as("compose: %s's %s from .env", service, variable).contains("${").contains(":?");
                }
            });
            assertThat(variables.get("AUTH_JWK_SET_URI")).startsWith("http://keycloak:8080/realms/");
        }
    }

    @Test
    void kafkaIsThreeNodesAndMongoDbAThreeMemberReplicaSetAndKeycloakHasTheRealmOfInfraKeycloak() throws Exception {
        List<String> brokers = CONTAINERS.keySet().stream().filter(name -> String.valueOf(Yaml.map(CONTAINERS.get(name))
                .get("command")).contains("kafka-broker.sh")).toList();
        assertThat(brokers).containsExactly("kafka-1", "kafka-2", "kafka-3");
        assertThat(environment(Yaml.map(CONTAINERS.get("kafka-access"))).get("TOPIC_REPLICATION_FACTOR")).isEqualTo("3");
        String broker = java.nio.file.Files.readString(Repository.ROOT.resolve("infra/compose/kafka-broker.sh"));
        assertThat(broker).contains("min.insync.replicas=2").contains("default.replication.factor=3")
                .contains("offsets.topic.replication.factor=3");
        List<String> members = CONTAINERS.keySet().stream().filter(name -> String.valueOf(Yaml.map(CONTAINERS.get(name))
                .get("entrypoint")).contains("--replSet rs0")).toList();
        assertThat(members).containsExactly("mongo-1", "mongo-2", "mongo-3");
        assertThat(java.nio.file.Files.readString(Repository.ROOT.resolve("infra/compose/mongo-replica-set.js")))
                .contains("mongo-1:27017").contains("mongo-2:27017").contains("mongo-3:27017");

        Map<String, Object> keycloak = Yaml.map(CONTAINERS.get("keycloak"));
        assertThat(Yaml.list(keycloak.get("volumes"))).contains("./infra/keycloak:/opt/keycloak/data/import:ro");
        assertThat(String.valueOf(keycloak.get("command"))).contains("--import-realm");
        java.util.regex.Matcher keycloakVersion = java.util.regex.Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>")
                .matcher(java.nio.file.Files.readString(Repository.ROOT.resolve("pom.xml")));
        assertThat(keycloakVersion.find()).isTrue();
        assertThat(keycloak.get("image")).as("compose runs the Keycloak the tests ran")
                .isEqualTo("quay.io/keycloak/keycloak:" + keycloakVersion.group(1));
        assertThat(java.nio.file.Files.readString(Repository.ROOT.resolve("infra/keycloak/keycloak.yaml")))
                .as("Kubernetes runs the Keycloak the tests ran").contains("quay.io/keycloak/keycloak:" + keycloakVersion.group(1));
        String realm = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Repository.ROOT.resolve("infra/keycloak/taphuan-realm.json").toFile()).path("realm").asText();
        for (String service : SERVICES) {
            Map<String, String> variables = environment(Yaml.map(CONTAINERS.get(service)));
            assertThat(variables.get("AUTH_ISSUER_URI")).isEqualTo("http://localhost:8080/realms/" + realm);
        }
    }

    private static String projectVersion() throws Exception {
        String pom = java.nio.file.Files.readString(Repository.ROOT.resolve("pom.xml"));
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("<artifactId>taphuan-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(version.find()).as("the parent's version").isTrue();
        return version.group(1);
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
