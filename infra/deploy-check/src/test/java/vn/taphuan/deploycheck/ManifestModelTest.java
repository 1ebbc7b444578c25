package vn.taphuan.deploycheck;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.taphuan.deploycheck.Repository.name;

/**
 * Every object of the base and of every overlay, rendered as {@code kubectl kustomize} would, is a valid object of
 * its kind: it parses into the fabric8 Kubernetes model or Strimzi's model with no field left over (a misspelt or
 * misplaced field would be dropped silently by the API server's pruning or refused by it) and no value of the wrong
 * type. MongoDBCommunity has no Java model; {@link ClusterTopologyTest} checks its fields one by one.
 */
class ManifestModelTest {

    static final String STRIMZI = "kafka.strimzi.io/v1/";
    static final String MONGODB_COMMUNITY = "mongodbcommunity.mongodb.com/v1/MongoDBCommunity";
    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("batch/v1/Job", Job.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry(STRIMZI + "Kafka", Kafka.class),
            Map.entry(STRIMZI + "KafkaNodePool", KafkaNodePool.class),
            Map.entry(STRIMZI + "KafkaTopic", KafkaTopic.class),
            Map.entry(STRIMZI + "KafkaUser", KafkaUser.class));
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    @Test
    void everyRenderedObjectIsAValidObjectOfItsKind() {
        Repository.renderings().forEach((rendering, objects) -> {
            assertThat(objects).as(rendering).isNotEmpty();
            for (Map<String, Object> object : objects) {
                String type = object.get("apiVersion") + "/" + object.get("kind");
                String where = rendering + ": " + type + " " + name(object);
                if (type.equals(MONGODB_COMMUNITY)) {
                    continue;
                }
                assertThat(MODELS).as("%s: a kind this check knows", where).containsKey(type);
                Object parsed;
                try {
                    parsed = STRICT.convertValue(object, MODELS.get(type));
                } catch (IllegalArgumentException e) {
                    throw new AssertionError(where + " does not parse: " + e.getMessage(), e);
                }
                List<String> unknown = new ArrayList<>();
                unknownFields(parsed, "", unknown, new HashSet<>());
                assertThat(unknown).as("%s: fields its model does not have", where).isEmpty();
            }
        });
    }

    @Test
    void everyNamespacedObjectLandsInTheNamespaceAndNoneIsASecret() {
        Repository.renderings().forEach((rendering, objects) -> {
            Set<String> seen = new HashSet<>();
            for (Map<String, Object> object : objects) {
                String kind = String.valueOf(object.get("kind"));
                assertThat(kind).as("%s: a Secret in Git", rendering).isNotEqualTo("Secret");
                assertThat(seen.add(kind + "/" + name(object))).as("%s: %s %s twice", rendering, kind, name(object)).isTrue();
                Object namespace = Repository.at(object, "metadata.namespace");
                assertThat(namespace).as("%s: namespace of %s %s", rendering, kind, name(object))
                        .isEqualTo(kind.equals("Namespace") ? null : "taphuan");
            }
        });
    }

    /**
     * The model keeps what it does not know in {@code additionalProperties} instead of failing: walks the parsed
     * object and collects every such field.
     */
    private static void unknownFields(Object value, String path, List<String> unknown, Set<Object> visited) {
        if (value == null || value instanceof Enum<?> || !visited.add(new Identity(value))) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", unknown, visited);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknownFields(item, path + "." + key, unknown, visited));
            return;
        }
        String packageName = value.getClass().getPackageName();
        if (!packageName.startsWith("io.fabric8.kubernetes.api.model") && !packageName.startsWith("io.strimzi.api")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass().getPackageName().startsWith("java")) {
                continue;
            }
            Object property;
            try {
                property = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add((path.isEmpty() ? "" : path + ".") + extra.keySet());
                }
            } else {
                unknownFields(property, path + "." + getter.getName().substring(3), unknown, visited);
            }
        }
    }

    /** Visited by identity: model objects define equals by value. */
    private record Identity(Object object) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }
}
