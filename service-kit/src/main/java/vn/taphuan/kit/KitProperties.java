package vn.taphuan.kit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Settings of the shared plumbing ({@code taphuan.kit.*}).
 *
 * @param tenantFreePaths   API paths that need no tenant (nationwide views, reference data), Ant patterns
 * @param relayPollInterval how often the outbox relay looks for events it was not woken up for
 * @param relayBatchSize    aggregates with pending events handled per collection and pass
 */
@ConfigurationProperties("taphuan.kit")
public record KitProperties(List<String> tenantFreePaths, Duration relayPollInterval, Integer relayBatchSize) {

    public KitProperties {
        tenantFreePaths = tenantFreePaths == null ? List.of("/api/v1/national/**", "/api/v1/reference/**") : tenantFreePaths;
        relayPollInterval = relayPollInterval == null ? Duration.ofSeconds(1) : relayPollInterval;
        relayBatchSize = relayBatchSize == null ? 200 : relayBatchSize;
    }
}
