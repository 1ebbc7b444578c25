package vn.taphuan.reporting.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** "Today" for the integration tests: 15 September 2025, 10:00 in Vietnam. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final Instant NOW = Instant.parse("2025-09-15T03:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
