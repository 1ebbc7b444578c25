package vn.taphuan.kit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
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
