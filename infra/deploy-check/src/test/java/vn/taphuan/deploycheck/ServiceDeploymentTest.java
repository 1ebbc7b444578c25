package vn.taphuan.deploycheck;

import org.junit.jupiter.api.Test;
import vn.taphuan.deploycheck.Kustomize.Yaml;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.taphuan.deploycheck.Repository.SERVICES;
import static vn.taphuan.deploycheck.Repository.at;
import static vn.taphuan.deploycheck.Repository.container;
import static vn.taphuan.deploycheck.Repository.env;
import static vn.taphuan.deploycheck.Repository.named;
import static vn.taphuan.deploycheck.Repository.ofKind;
import static vn.taphuan.deploycheck.Repository.secretOf;

/**
 * Each service's Deployment, in the base and in every overlay, against the service's code: every variable it sets
 * is one the service reads, every one the service cannot do without (no default, or a default only good on a
 * developer's machine) is set, the ports and probe paths are those the service and the kit listen on, the memory
 * fits the heap and what the benchmark measured; and around it the PodDisruptionBudgets, the autoscalers and the
 * NetworkPolicies.
 */
class ServiceDeploymentTest {

    /** Read by the JVM itself, not by Spring. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\(([A-Z0-9_]+)\\)");
    private static final Pattern MEASURED = Pattern.compile(
            "\\| ([a-z]+-service): heap used · resident \\(RSS\\) \\| [\\d,]+ MiB / ([\\d,]+) MiB · [\\d,]+ MiB / ([\\d,]+) MiB");

    @Test
    void everyVariableADeploymentSetsIsReadByItsServiceAndEveryOneItNeedsIsSet() {
        Repository.renderings().forEach((rendering, objects) -> {
            for (String service : SERVICES) {
                ServiceConfiguration configuration = ServiceConfiguration.of(service);
                Map<String, Object> container = container(named(objects, "Deployment", service));
                Map<String, String> variables = variables(objects, container);
                Set<String> referenced = new TreeSet<>();
                variables.values().forEach(value -> {
                    Matcher matcher = REFERENCE.matcher(value == null ? "" : value);
                    while (matcher.find()) {
                        referenced.add(matcher.group(1));
                    }
                });
                for (String variable : variables.keySet()) {
                    assertThat(configuration.reads(variable) || referenced.contains(variable) || JVM_VARIABLES.contains(variable))
                            .as("%s: %s sets %s, which maps to no key it reads", rendering, service, variable).isTrue();
                }
                assertThat(referenced).as("%s: %s refers to variables it does not set", rendering, service)
                        .isSubsetOf(variables.keySet());
                configuration.placeholders.forEach((placeholder, fallback) -> {
                    if (fallback == null) {
                        assertThat(variables).as("%s: %s cannot start without %s", rendering, service, placeholder)
                                .containsKey(placeholder);
                    }
                });
                assertThat(variables.keySet()).as("%s: %s keeps a development default", rendering, service)
                        .containsAll(configuration.developmentDefaults().keySet());
                Map<String, Map<String, Object>> env = env(container);
                env.forEach((variable, definition) -> {
                    if (variable.matches(".*(PASSWORD|SECRET).*")) {
                        assertThat(secretOf(definition)).as("%s: %s's %s from a Secret", rendering, service, variable).isNotNull();
                    }
                });
                if (configuration.placeholders.containsKey("PERSON_KEY_SECRET")) {
                    assertThat(secretOf(env.get("PERSON_KEY_SECRET"))).isEqualTo("taphuan-person-key/secret");
                }
            }
        });
    }

    @Test
    void portsAndProbesAreThoseTheServiceAndTheKitListenOn() {
        Repository.renderings().forEach((rendering, objects) -> {
            for (String service : SERVICES) {
                ServiceConfiguration configuration = ServiceConfiguration.of(service);
                Map<String, Object> deployment = named(objects, "Deployment", service);
                Map<String, Object> container = container(deployment);
                Map<String, String> variables = variables(objects, container);
                String where = rendering + ": " + service;

                assertThat(configuration.placeholderOf("server.port")).isEqualTo("SERVER_PORT");
                assertThat(variables.get("SERVER_PORT")).as("%s: the port of the service's own configuration", where)
                        .isEqualTo(configuration.defaultOf("server.port"));
                assertThat(configuration.reads("MANAGEMENT_SERVER_PORT")).isTrue();
                int http = Integer.parseInt(variables.get("SERVER_PORT"));
                int management = Integer.parseInt(variables.get("MANAGEMENT_SERVER_PORT"));
                assertThat(management).as("%s: the kit's management port, the service's + 1000", where).isEqualTo(http + 1000);
                Map<String, Integer> ports = new HashMap<>();
                Yaml.list(container.get("ports")).forEach(port -> ports.put(String.valueOf(at(port, "name")), (Integer) at(port, "containerPort")));
                assertThat(ports).as(where).isEqualTo(Map.of("http", http, "management", management));
                // loopback is the default of both: the kubelet and other pods would find nothing there
                assertThat(configuration.placeholderOf("server.address")).isEqualTo("SERVER_ADDRESS");
                assertThat(configuration.placeholderOf("management.server.address")).isEqualTo("MANAGEMENT_SERVER_ADDRESS");
                assertThat(variables.get("SERVER_ADDRESS")).as(where).isEqualTo("0.0.0.0");
                assertThat(variables.get("MANAGEMENT_SERVER_ADDRESS")).as(where).isEqualTo("0.0.0.0");

                String actuator = String.valueOf(configuration.flat.getOrDefault("management.endpoints.web.base-path", "/actuator"));
                assertThat(configuration.flat.get("management.endpoint.health.probes.enabled")).as(where).isEqualTo(true);
                assertThat(String.valueOf(configuration.flat.get("management.endpoints.web.exposure.include")).split(","))
                        .contains("health", "prometheus");
                assertThat(at(container, "readinessProbe.httpGet.path")).as(where).isEqualTo(actuator + "/health/readiness");
                assertThat(at(container, "livenessProbe.httpGet.path")).as(where).isEqualTo(actuator + "/health/liveness");
                assertThat(at(container, "readinessProbe.httpGet.port")).isEqualTo("management");
                assertThat(at(container, "livenessProbe.httpGet.port")).isEqualTo("management");
                Map<String, Object> annotations = Yaml.map(at(deployment, "spec.template.metadata.annotations"));
                assertThat(annotations).as(where).containsEntry("prometheus.io/path", actuator + "/prometheus")
                        .containsEntry("prometheus.io/port", String.valueOf(management));

                Map<String, Object> exposed = named(objects, "Service", service);
                assertThat(Yaml.list(at(exposed, "spec.ports"))).as("%s: the Service carries no actuator", where)
                        .singleElement().satisfies(port -> assertThat(at(port, "targetPort")).isEqualTo("http"));
                assertThat(Yaml.map(at(exposed, "spec.selector"))).isEqualTo(Yaml.map(at(deployment, "spec.selector.matchLabels")));
            }
        });
    }

    @Test
    void memoryFitsTheHeapAndWhatTheBenchmarkMeasured() {
        Map<String, Long> peakHeap = new HashMap<>();
        Map<String, Long> peakResident = new HashMap<>();
        Matcher measured = MEASURED.matcher(Repository.read(Repository.ROOT.resolve("docs/benchmarks.md")));
        while (measured.find()) {
            peakHeap.merge(measured.group(1), mib(measured.group(2)), Math::max);
            peakResident.merge(measured.group(1), mib(measured.group(3)), Math::max);
        }
        assertThat(peakResident).as("docs/benchmarks.md's memory rows").containsOnlyKeys(SERVICES.toArray(String[]::new));

        Repository.renderings().forEach((rendering, objects) -> {
            for (String service : SERVICES) {
                Map<String, Object> container = container(named(objects, "Deployment", service));
                String where = rendering + ": " + service;
                Matcher xmx = Pattern.compile("-Xmx(\\d+)m").matcher(String.valueOf(variables(objects, container).get("JAVA_TOOL_OPTIONS")));
                assertThat(xmx.find()).as("%s: a fixed heap", where).isTrue();
                long heap = Long.parseLong(xmx.group(1));
                assertThat(heap).as("%s: heap within the 512 MiB the platform promises", where).isLessThanOrEqualTo(512)
                        .isGreaterThan(peakHeap.get(service));
                long request = quantity(at(container, "resources.requests.memory"));
                long limit = quantity(at(container, "resources.limits.memory"));
                assertThat(request).as("%s: memory requested above the heap", where).isGreaterThan(heap);
                assertThat(limit).as("%s: memory limit above the measured resident size", where)
                        .isGreaterThanOrEqualTo(Math.max(request, peakResident.get(service)));
                assertThat(at(container, "resources.requests.cpu")).as(where).isNotNull();
            }
        });
    }

    @Test
    void everyServiceHasADisruptionBudgetAndScalesAsItsOverlaySays() {
        Repository.renderings().forEach((rendering, objects) -> {
            for (String service : SERVICES) {
                Map<String, Object> deployment = named(objects, "Deployment", service);
                Map<String, Object> labels = Yaml.map(at(deployment, "spec.template.metadata.labels"));
                assertThat(ofKind(objects, "PodDisruptionBudget")).as("%s: budget of %s", rendering, service)
                        .filteredOn(budget -> selects(at(budget, "spec.selector"), labels)).singleElement()
                        .satisfies(budget -> assertThat(at(budget, "spec.maxUnavailable")).isEqualTo(1));
                List<Map<String, Object>> autoscalers = ofKind(objects, "HorizontalPodAutoscaler").stream()
                        .filter(hpa -> service.equals(at(hpa, "spec.scaleTargetRef.name"))).toList();
                switch (rendering) {
                    case "overlays/province" -> {
                        assertThat(at(deployment, "spec.replicas")).as("province: %s", service).isEqualTo(1);
                        assertThat(autoscalers).isEmpty();
                    }
                    case "overlays/national" -> {
                        assertThat((Integer) at(deployment, "spec.replicas")).isGreaterThanOrEqualTo(2);
                        assertThat(autoscalers).as("national: autoscaler of %s", service).singleElement().satisfies(hpa -> {
                            assertThat(at(hpa, "spec.scaleTargetRef.kind")).isEqualTo("Deployment");
                            assertThat((Integer) at(hpa, "spec.minReplicas")).isGreaterThanOrEqualTo(2);
                            assertThat((Integer) at(hpa, "spec.maxReplicas")).isGreaterThan((Integer) at(hpa, "spec.minReplicas"));
                        });
                    }
                    default -> assertThat(autoscalers).isEmpty();
                }
            }
        });
    }

    @Test
    void theServicesReachOnlyKafkaMongoDbTheIdentityProviderAndDns() {
        for (Path overlay : Repository.overlays()) {
            List<Map<String, Object>> objects = Kustomize.render(overlay);
            String kafkaPort = String.valueOf(at(named(objects, "ConfigMap", "taphuan-config"), "data.KAFKA_BOOTSTRAP_SERVERS")).replaceFirst(".*:", "");
            Map<String, Object> kafkaListener = Yaml.map(Yaml.list(at(named(objects, "Kafka", "taphuan-kafka"), "spec.kafka.listeners")).get(0));
            assertThat(String.valueOf(kafkaListener.get("port"))).isEqualTo(kafkaPort);
            for (String service : SERVICES) {
                Map<String, Object> labels = Yaml.map(at(named(objects, "Deployment", service), "spec.template.metadata.labels"));
                List<Map<String, Object>> policies = ofKind(objects, "NetworkPolicy").stream()
                        .filter(policy -> selects(at(policy, "spec.podSelector"), labels)).toList();
                // NetworkPolicies add up: what a pod may reach is the union of the policies that select it
                assertThat(policies).as("%s: %s fenced in", overlay.getFileName(), service).isNotEmpty()
                        .anySatisfy(policy -> assertThat(Yaml.list(at(policy, "spec.policyTypes")))
                                .containsExactlyInAnyOrder("Ingress", "Egress"));
                Set<String> egress = new TreeSet<>();
                Set<String> ingress = new TreeSet<>();
                for (Map<String, Object> policy : policies) {
                    for (Object rule : Yaml.list(Yaml.map(policy.get("spec")).getOrDefault("egress", List.of()))) {
                        for (Object to : Yaml.list(at(rule, "to"))) {
                            for (Object port : Yaml.list(at(rule, "ports"))) {
                                egress.add(destination(to) + ":" + at(port, "port"));
                            }
                        }
                    }
                    for (Object rule : Yaml.list(Yaml.map(policy.get("spec")).getOrDefault("ingress", List.of()))) {
                        Object from = Yaml.map(rule).get("from");
                        for (Object port : Yaml.list(at(rule, "ports"))) {
                            ingress.add(at(port, "port") + (from == null ? " from anywhere" : " from " + destination(Yaml.list(from).get(0))));
                        }
                    }
                }
                assertThat(egress).as("%s: %s reaches", overlay.getFileName(), service).containsExactlyInAnyOrder(
                        "pods{strimzi.io/broker-role=true, strimzi.io/cluster=taphuan-kafka}:" + kafkaPort,
                        "pods{app=taphuan-mongo-svc}:27017", "pods{app=keycloak}:8080",
                        "namespace{kubernetes.io/metadata.name=kube-system}:53");
                assertThat(ingress).containsExactlyInAnyOrder("http from anywhere",
                        "management from namespace{kubernetes.io/metadata.name=monitoring}");
            }
        }
    }

    @Test
    void theDashboardsSignInAtTheIssuerTheServicesTrustAsAClientOfTheRealmThatMayReturnToThem() throws Exception {
        com.fasterxml.jackson.databind.JsonNode realm = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Repository.ROOT.resolve("infra/keycloak/taphuan-realm.json").toFile());
        Repository.renderings().forEach((rendering, objects) -> {
            Map<String, String> reporting = variables(objects, container(named(objects, "Deployment", "reporting-service")));
            assertThat(reporting.get("TAPHUAN_WEB_ISSUER_URL")).as("%s: the dashboards' identity provider", rendering)
                    .isEqualTo(reporting.get("AUTH_ISSUER_URI")).endsWith("/realms/" + realm.path("realm").asText());
            String clientId = reporting.get("TAPHUAN_WEB_OIDC_CLIENT_ID");
            com.fasterxml.jackson.databind.JsonNode client = null;
            for (com.fasterxml.jackson.databind.JsonNode candidate : realm.path("clients")) {
                if (candidate.path("clientId").asText().equals(clientId)) {
                    client = candidate;
                }
            }
            assertThat(client).as("%s: the realm has the dashboards' client %s", rendering, clientId).isNotNull();
            assertThat(client.path("publicClient").asBoolean()).isTrue();
            assertThat(client.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
            List<String> redirects = new java.util.ArrayList<>();
            client.path("redirectUris").forEach(uri -> redirects.add(uri.asText()));
            assertThat(redirects).as("%s: Keycloak may send the browser back to the dashboards", rendering)
                    .contains(reporting.get("TAPHUAN_WEB_REPORTING_URL") + "/*");
            assertThat(reporting.get("TAPHUAN_KIT_CORS_ALLOWED_ORIGINS")).as("%s: the dashboards' origin may call the services", rendering)
                    .contains(reporting.get("TAPHUAN_WEB_REPORTING_URL"));
        });
    }

    /** The variables a container gets: its own and those of the ConfigMaps it takes whole, with their values. */
    private static Map<String, String> variables(List<Map<String, Object>> objects, Map<String, Object> container) {
        Map<String, String> variables = new HashMap<>();
        for (String configMap : Repository.envFromConfigMaps(container)) {
            Yaml.map(at(named(objects, "ConfigMap", configMap), "data"))
                    .forEach((name, value) -> variables.put(name, String.valueOf(value)));
        }
        env(container).forEach((name, definition) -> variables.put(name,
                definition.containsKey("value") ? String.valueOf(definition.get("value")) : null));
        return variables;
    }

    private static boolean selects(Object selector, Map<String, Object> labels) {
        Map<String, Object> matchLabels = Yaml.map(Yaml.map(selector).getOrDefault("matchLabels", Map.of()));
        boolean matches = matchLabels.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        for (Object expression : Yaml.list(Yaml.map(selector).getOrDefault("matchExpressions", List.of()))) {
            assertThat(at(expression, "operator")).isEqualTo("In");
            matches &= Yaml.list(at(expression, "values")).contains(labels.get(String.valueOf(at(expression, "key"))));
        }
        return matches;
    }

    private static String destination(Object peer) {
        if (at(peer, "ipBlock") != null) {
            return "ip";
        }
        if (at(peer, "namespaceSelector") != null) {
            return "namespace" + new java.util.TreeMap<>(Yaml.map(at(peer, "namespaceSelector.matchLabels")));
        }
        return "pods" + new java.util.TreeMap<>(Yaml.map(at(peer, "podSelector.matchLabels")));
    }

    private static long mib(String figure) {
        return Long.parseLong(figure.replace(",", ""));
    }

    /** A memory quantity in MiB ({@code 640Mi}, {@code 1Gi}). */
    private static long quantity(Object value) {
        String text = String.valueOf(value);
        if (text.endsWith("Gi")) {
            return new BigDecimal(text.substring(0, text.length() - 2)).multiply(BigDecimal.valueOf(1024)).longValueExact();
        }
        assertThat(text).endsWith("Mi");
        return Long.parseLong(text.substring(0, text.length() - 2));
    }
}
