package vn.taphuan.deploycheck;

import org.junit.jupiter.api.Test;
import vn.taphuan.contracts.Topics;
import vn.taphuan.deploycheck.Kustomize.Yaml;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.taphuan.deploycheck.Repository.at;
import static vn.taphuan.deploycheck.Repository.name;
import static vn.taphuan.deploycheck.Repository.named;
import static vn.taphuan.deploycheck.Repository.ofKind;

/**
 * Kafka and MongoDB as every overlay deploys them: a KafkaTopic for every topic of shared-contracts' {@link Topics}
 * with its partition count, and for every dead-letter topic (the list {@code base/access/kafka-topics.txt}, which
 * service-kit's DeploymentPostureTest derives from the services' consumers), three copies each, two needed for a
 * write, nothing deleted by age or size (reporting rebuilds by replaying the topics); a KRaft cluster of three
 * controllers and three brokers; a KafkaUser per service with exactly the rights of {@code kafka-acls.txt}; a
 * three-member MongoDB replica set.
 */
class ClusterTopologyTest {

    private static final Path ACCESS = Repository.K8S.resolve("base/access");

    @Test
    void everyTopicOfTheContractsAndEveryDeadLetterTopicIsAKafkaTopicKeptForever() {
        Map<String, Integer> listed = new TreeMap<>();
        Repository.entries(ACCESS.resolve("kafka-topics.txt")).forEach(line -> listed.put(line[0], Integer.parseInt(line[1])));
        for (Path overlay : Repository.overlays()) {
            List<Map<String, Object>> objects = Kustomize.render(overlay);
            Map<String, Integer> declared = new TreeMap<>();
            for (Map<String, Object> topic : ofKind(objects, "KafkaTopic")) {
                String topicName = String.valueOf(at(topic, "spec.topicName") == null ? name(topic) : at(topic, "spec.topicName"));
                declared.put(topicName, (Integer) at(topic, "spec.partitions"));
                assertThat(Yaml.map(at(topic, "metadata.labels"))).as(topicName).containsEntry("strimzi.io/cluster", "taphuan-kafka");
                assertThat(at(topic, "spec.replicas")).as("%s: copies", topicName).isEqualTo(3);
                Map<String, Object> config = Yaml.map(at(topic, "spec.config"));
                assertThat(config).as("%s: kept for rebuilds, written to two copies", topicName)
                        .containsEntry("retention.ms", -1).containsEntry("retention.bytes", -1)
                        .containsEntry("min.insync.replicas", 2).doesNotContainKey("cleanup.policy");
            }
            for (Topics.Topic topic : Topics.ALL) {
                assertThat(declared).as("%s: KafkaTopic of %s", overlay.getFileName(), topic.name())
                        .containsEntry(topic.name(), topic.partitions());
            }
            assertThat(declared).as("%s: KafkaTopics against base/access/kafka-topics.txt", overlay.getFileName())
                    .isEqualTo(listed);
        }
    }

    @Test
    void kafkaIsAKraftClusterOfThreeThatKeepsAWriteOnTwo() {
        for (Path overlay : Repository.overlays()) {
            List<Map<String, Object>> objects = Kustomize.render(overlay);
            Map<String, Object> kafka = named(objects, "Kafka", "taphuan-kafka");
            assertThat(at(kafka, "spec.zookeeper")).isNull();
            Map<String, Object> config = Yaml.map(at(kafka, "spec.kafka.config"));
            assertThat(config).containsEntry("default.replication.factor", 3).containsEntry("min.insync.replicas", 2)
                    .containsEntry("offsets.topic.replication.factor", 3).containsEntry("auto.create.topics.enable", false);
            assertThat(at(kafka, "spec.kafka.authorization.type")).isEqualTo("simple");
            assertThat(Yaml.list(at(kafka, "spec.kafka.listeners"))).singleElement().satisfies(listener -> {
                assertThat(at(listener, "tls")).isEqualTo(true);
                assertThat(at(listener, "authentication.type")).isEqualTo("scram-sha-512");
                assertThat(at(listener, "port")).isEqualTo(9093);
            });
            assertThat(Yaml.map(at(kafka, "spec.entityOperator"))).containsKeys("topicOperator", "userOperator");

            int controllers = 0;
            int brokers = 0;
            for (Map<String, Object> pool : ofKind(objects, "KafkaNodePool")) {
                assertThat(Yaml.map(at(pool, "metadata.labels"))).containsEntry("strimzi.io/cluster", "taphuan-kafka");
                int replicas = (Integer) at(pool, "spec.replicas");
                List<Object> roles = Yaml.list(at(pool, "spec.roles"));
                controllers += roles.contains("controller") ? replicas : 0;
                brokers += roles.contains("broker") ? replicas : 0;
                assertThat(at(pool, "spec.storage.deleteClaim")).as("the event log outlives its pool").isEqualTo(false);
            }
            assertThat(controllers).as("%s: KRaft controllers", overlay.getFileName()).isEqualTo(3);
            assertThat(brokers).as("%s: brokers", overlay.getFileName()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void eachServiceIsAKafkaUserWithItsOwnPasswordAndExactlyTheRightsOfTheAccessList() {
        Map<String, Set<String>> listed = new TreeMap<>();
        for (String[] line : Repository.entries(ACCESS.resolve("kafka-acls.txt"))) {
            for (String resource : Arrays.asList(line).subList(3, line.length)) {
                listed.computeIfAbsent(line[0], user -> new TreeSet<>()).add(line[1] + " " + line[2] + " " + resource);
            }
        }
        for (Path overlay : Repository.overlays()) {
            List<Map<String, Object>> objects = Kustomize.render(overlay);
            Map<String, Set<String>> granted = new TreeMap<>();
            for (Map<String, Object> user : ofKind(objects, "KafkaUser")) {
                assertThat(at(user, "spec.authentication.type")).isEqualTo("scram-sha-512");
                assertThat(Yaml.map(at(user, "spec.authentication.password.valueFrom.secretKeyRef")))
                        .as("%s signs in with the password of its Secret", name(user))
                        .isEqualTo(Map.of("name", "taphuan-" + name(user), "key", "kafka-password"));
                for (Object acl : Yaml.list(at(user, "spec.authorization.acls"))) {
                    assertThat(at(acl, "resource.patternType")).isEqualTo("literal");
                    for (Object operation : Yaml.list(at(acl, "operations"))) {
                        granted.computeIfAbsent(name(user), u -> new TreeSet<>()).add(String.valueOf(operation).toUpperCase()
                                + " " + at(acl, "resource.type") + " " + at(acl, "resource.name"));
                    }
                }
            }
            assertThat(granted).as("%s: KafkaUsers against base/access/kafka-acls.txt", overlay.getFileName()).isEqualTo(listed);
            // Strimzi's User Operator owns every user and right: the Job that would grant them too must not run
            assertThat(ofKind(objects, "Job").stream().map(Repository::name).toList()).doesNotContain("taphuan-kafka-access");
        }
    }

    @Test
    void mongoDbIsAThreeMemberReplicaSetThatTheServicesAddressAsOne() {
        for (Path overlay : Repository.overlays()) {
            List<Map<String, Object>> objects = Kustomize.render(overlay);
            Map<String, Object> mongo = named(objects, "MongoDBCommunity", "taphuan-mongo");
            assertThat(at(mongo, "apiVersion")).isEqualTo("mongodbcommunity.mongodb.com/v1");
            assertThat(at(mongo, "spec.type")).isEqualTo("ReplicaSet");
            assertThat(at(mongo, "spec.members")).isEqualTo(3);
            assertThat(Yaml.list(at(mongo, "spec.security.authentication.modes"))).containsExactly("SCRAM");
            Object admin = Yaml.list(at(mongo, "spec.users")).get(0);
            assertThat(Yaml.map(at(admin, "passwordSecretRef"))).isEqualTo(Map.of("name", "taphuan-mongo-admin", "key", "password"));
            assertThat(ofKind(objects, "PodDisruptionBudget")).as("%s: one member drained at a time", overlay.getFileName())
                    .anySatisfy(budget -> {
                        assertThat(Yaml.map(at(budget, "spec.selector.matchLabels"))).isEqualTo(Map.of("app", "taphuan-mongo-svc"));
                        assertThat(at(budget, "spec.maxUnavailable")).isEqualTo(1);
                    });

            Map<String, Object> config = Yaml.map(at(named(objects, "ConfigMap", "taphuan-config"), "data"));
            List<String> hosts = Arrays.asList(String.valueOf(config.get("MONGODB_HOSTS")).split(","));
            assertThat(hosts).as("%s: every member in the seed list", overlay.getFileName()).containsExactly(
                    "taphuan-mongo-0.taphuan-mongo-svc:27017", "taphuan-mongo-1.taphuan-mongo-svc:27017",
                    "taphuan-mongo-2.taphuan-mongo-svc:27017");
            assertThat(String.valueOf(config.get("MONGODB_OPTIONS"))).contains("replicaSet=taphuan-mongo", "authSource=admin");
            assertThat(config.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("taphuan-kafka-kafka-bootstrap:9093");
        }
    }
}
