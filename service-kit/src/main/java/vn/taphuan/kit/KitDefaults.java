package vn.taphuan.kit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import vn.taphuan.kit.tenant.TenantEventsListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds {@code taphuan-kit-defaults.yml} as the lowest-precedence property source: the settings every service
 * shares (synchronous producers for the relay, actuator exposure, metric tags, JSON problem details). A service's
 * own {@code application.yml} and the environment override any of them.
 * <p>
 * Then derives what each service would otherwise have to repeat: the {@code tenantEvents} consumer joins its
 * functions, every consumer binding consumes in batches and gets the service as its group, and every group its dead-letter topic named
 * {@code <topic>.<group>.dlq}. The tenant consumer gets a group of its own ({@code <service>-tenants}): a consumer
 * waiting for a tenant to become known must not hold up the rebalance that would hand the tenant topic out. The
 * actuator gets a port of its own, the service's port + 1000 ({@code 8081} → {@code 9081}; a random one when the
 * service's is), unless {@code management.server.port} is set. {@code LOG_FORMAT=json} switches the console to JSON
 * lines (Boot's structured ECS format, the MDC — tenant, correlation, trace and span id — as fields); unset or
 * {@code text}, the lines stay as people read them.
 */
public class KitDefaults implements EnvironmentPostProcessor {

    static final String FUNCTIONS = "spring.cloud.function.definition";
    static final String MANAGEMENT_PORT = "management.server.port";
    /** {@code json} (ECS), or one of Boot's structured formats ({@code ecs}, {@code logstash}, {@code gelf}). */
    static final String LOG_FORMAT = "LOG_FORMAT";
    static final String CONSOLE_FORMAT = "logging.structured.format.console";
    /** The actuator's port is the service's plus this. */
    static final int MANAGEMENT_PORT_OFFSET = 1000;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load("taphuan-kit-defaults", new ClassPathResource("taphuan-kit-defaults.yml"));
            sources.forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("taphuan-kit-derived", derived(environment)));
    }

    static Map<String, Object> derived(ConfigurableEnvironment environment) {
        Map<String, Object> derived = new HashMap<>();
        Set<String> functions = new LinkedHashSet<>();
        Arrays.stream(environment.getProperty(FUNCTIONS, "").split(";"))
                .map(String::trim).filter(name -> !name.isEmpty()).forEach(functions::add);
        functions.add(TenantEventsListener.FUNCTION);
        derived.put(FUNCTIONS, String.join(";", functions));
        if (environment.getProperty(MANAGEMENT_PORT) == null) {
            int port = environment.getProperty("server.port", Integer.class, 8080);
            derived.put(MANAGEMENT_PORT, port <= 0 ? port : port + MANAGEMENT_PORT_OFFSET);
        }
        String logFormat = environment.getProperty(LOG_FORMAT, "").trim();
        if (!logFormat.isEmpty() && !logFormat.equalsIgnoreCase("text")) {
            // one switch for log collectors; Boot refuses a format it does not know, so a typo does not go unnoticed
            derived.put(CONSOLE_FORMAT, logFormat.equalsIgnoreCase("json") ? "ecs" : logFormat);
        }

        String group = ServiceKitAutoConfiguration.metricPrefix(environment.getProperty("spring.application.name", "service"));
        for (String function : functions) {
            String binding = function + "-in-0";
            String destination = environment.getProperty("spring.cloud.stream.bindings." + binding + ".destination");
            if (destination == null) {
                continue;
            }
            String bindingGroup = environment.getProperty("spring.cloud.stream.bindings." + binding + ".group");
            if (bindingGroup == null) {
                bindingGroup = function.equals(TenantEventsListener.FUNCTION) ? group + "-tenants" : group;
                derived.put("spring.cloud.stream.bindings." + binding + ".group", bindingGroup);
            }
            // every consumer takes the records of a poll as one batch (see EventConsumers)
            derived.put("spring.cloud.stream.bindings." + binding + ".consumer.batch-mode", true);
            // the records' bytes as the broker holds them: the consumers read the envelopes themselves
            derived.put("spring.cloud.stream.bindings." + binding + ".consumer.use-native-decoding", true);
            String dlq = "spring.cloud.stream.kafka.bindings." + binding + ".consumer.dlq-name";
            if (environment.getProperty(dlq) == null) {
                derived.put(dlq, destination + "." + bindingGroup + ".dlq");
            }
        }
        return derived;
    }
}
