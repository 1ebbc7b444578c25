package vn.taphuan.kit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import vn.taphuan.kit.events.KafkaClients;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What every service gets from the kit before its own settings and the environment have their say. */
class KitDefaultsTest {

    @Test
    void servicesAndTheirActuatorListenOnThisMachineOnlyUnlessTheEnvironmentSaysOtherwise() {
        StandardEnvironment local = environment(Map.of("server.port", "8081"), Map.of());
        assertThat(local.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(local.getProperty("management.server.address")).isEqualTo("127.0.0.1");

        StandardEnvironment container = environment(Map.of("server.port", "8081"),
                Map.of("SERVER_ADDRESS", "0.0.0.0", "MANAGEMENT_SERVER_ADDRESS", "0.0.0.0"));
        assertThat(container.getProperty("server.address")).isEqualTo("0.0.0.0");
        assertThat(container.getProperty("management.server.address")).isEqualTo("0.0.0.0");
    }

    @Test
    void theActuatorGetsThePortOfTheServicePlusAThousandUnlessOneIsGiven() {
        assertThat(environment(Map.of("server.port", "8081"), Map.of())
                .getProperty("management.server.port", Integer.class)).isEqualTo(9081);
        assertThat(environment(Map.of("server.port", "0"), Map.of())
                .getProperty("management.server.port", Integer.class)).isZero();
        assertThat(environment(Map.of("server.port", "8081"), Map.of("MANAGEMENT_SERVER_PORT", "19081"))
                .getProperty("management.server.port", Integer.class)).isEqualTo(19081);
    }

    @Test
    void theServiceSignsInToKafkaAsTheEnvironmentSaysAndNotAtAllByDefault() {
        Map<String, Object> local = new KafkaClients(environment(Map.of(), Map.of())).common();
        assertThat(local).containsEntry("bootstrap.servers", "localhost:9092")
                .containsEntry("security.protocol", "PLAINTEXT").doesNotContainKey("sasl.jaas.config");

        String jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"plan-service\" "
                + "password=\"s3cret\";";
        StandardEnvironment cluster = environment(Map.of(), Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka.kafka.svc:9093",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", jaas));
        assertThat(cluster.getProperty("spring.cloud.stream.kafka.binder.configuration.security.protocol"))
                .isEqualTo("SASL_SSL");
        assertThat(new KafkaClients(cluster).common())
                .containsEntry("bootstrap.servers", "kafka.kafka.svc:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", jaas);
    }

    /** An environment as a service sees it: its own settings, then the process environment, then the kit's. */
    private static StandardEnvironment environment(Map<String, Object> application, Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addLast(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new HashMap<>(variables)));
        environment.getPropertySources().addLast(new MapPropertySource("application", new HashMap<>(application)));
        new KitDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
