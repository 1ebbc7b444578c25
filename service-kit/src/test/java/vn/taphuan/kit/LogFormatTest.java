package vn.taphuan.kit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import tools.jackson.databind.JsonNode;
import vn.taphuan.kit.events.EventJson;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The log lines of a service as an operator reads them: human-readable by default, JSON lines with
 * {@code LOG_FORMAT=json}, the tenant, correlation, trace and span id in both. Each line is formatted here as the
 * service's console would format it, from the settings the kit derives.
 */
class LogFormatTest {

    private static final Map<String, String> MDC = Map.of("tenant", "bac-giang", "correlationId", "web-7f3a:42",
            "traceId", "4bf92f3577b34da6a3ce929d0e0e4736", "spanId", "00f067aa0ba902b7");

    @Test
    void withLogFormatJsonALineIsOneJsonObjectCarryingTheTenantCorrelationAndTraceAsFields() {
        ConfigurableEnvironment environment = environment(Map.of("LOG_FORMAT", "json"));
        String format = environment.getProperty("logging.structured.format.console");
        assertThat(format).isEqualTo("ecs");

        String line = structured(environment, format, event("plan PL-1 approved"));

        assertThat(line).endsWith("\n").doesNotContain("\n{");
        JsonNode json = EventJson.mapper().readTree(line);
        assertThat(json.path("message").asString()).isEqualTo("plan PL-1 approved");
        assertThat(json.path("tenant").asString()).isEqualTo("bac-giang");
        assertThat(json.path("correlationId").asString()).isEqualTo("web-7f3a:42");
        assertThat(json.path("traceId").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(json.path("spanId").asString()).isEqualTo("00f067aa0ba902b7");
        assertThat(json.toString()).as("the service is named").contains("plan-service");
    }

    @Test
    void otherStructuredFormatsAreTakenAsBootNamesThemAndAnUnknownOneIsRefused() {
        ConfigurableEnvironment logstash = environment(Map.of("LOG_FORMAT", "logstash"));
        assertThat(logstash.getProperty("logging.structured.format.console")).isEqualTo("logstash");
        JsonNode json = EventJson.mapper().readTree(structured(logstash, "logstash", event("x")));
        assertThat(json.path("tenant").asString()).isEqualTo("bac-giang");
        assertThat(json.path("correlationId").asString()).isEqualTo("web-7f3a:42");

        assertThatThrownBy(() -> structured(environment(Map.of("LOG_FORMAT", "jsno")), "jsno", event("x")))
                .hasMessageContaining("jsno");
    }

    @Test
    void byDefaultLinesStayHumanReadableWithTheIdsInTheLevelColumn() {
        for (Map<String, Object> variables : java.util.List.<Map<String, Object>>of(Map.of(), Map.of("LOG_FORMAT", "text"))) {
            ConfigurableEnvironment environment = environment(variables);
            assertThat(environment.getProperty("logging.structured.format.console")).isNull();
            assertThat(environment.getProperty("logging.pattern.correlation")).as("no second trace column").isEmpty();

            PatternLayout layout = new PatternLayout();
            layout.setContext(new LoggerContext());
            layout.setPattern(environment.getProperty("logging.pattern.level") + " %m");
            layout.start();
            assertThat(layout.doLayout(event("plan PL-1 approved"))).isEqualTo(" INFO [plan-service,bac-giang,"
                    + "web-7f3a:42,4bf92f3577b34da6a3ce929d0e0e4736,00f067aa0ba902b7] plan PL-1 approved");
        }
    }

    /** The line Boot's console encoder writes in {@code format}, configured from {@code environment}. */
    private static String structured(Environment environment, String format, LoggingEvent event) {
        LoggerContext context = new LoggerContext();
        context.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.start();
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }

    private static LoggingEvent event(String message) {
        LoggingEvent event = new LoggingEvent();
        event.setLoggerName("vn.taphuan.plan.PlanService");
        event.setLevel(Level.INFO);
        event.setMessage(message);
        event.setThreadName("http-nio-8081-exec-1");
        event.setTimeStamp(System.currentTimeMillis());
        event.setMDCPropertyMap(MDC);
        return event;
    }

    /** An environment as a service sees it: its name, the process environment, then the kit's defaults. */
    private static ConfigurableEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addLast(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new HashMap<>(variables)));
        environment.getPropertySources().addLast(new MapPropertySource("application",
                new HashMap<>(Map.of("spring.application.name", "plan-service", "server.port", "8081"))));
        new KitDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
