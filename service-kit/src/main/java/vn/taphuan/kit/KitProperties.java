package vn.taphuan.kit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Settings of the shared plumbing ({@code taphuan.kit.*}).
 *
 * @param relayPollInterval  how often the outbox relay looks for events it was not woken up for
 * @param relayBatchSize     aggregates with pending events handled per collection and pass
 * @param unknownTenantGrace how long a consumer waits for an event's tenant to become known before refusing it
 * @param corsAllowedOrigins origins of web pages allowed to call this service's API from a browser
 * @param auditRedactedFields JSON field names of request bodies whose values are never written to the audit trail
 */
@ConfigurationProperties("taphuan.kit")
public record KitProperties(Duration relayPollInterval, Integer relayBatchSize, Duration unknownTenantGrace,
                            List<String> corsAllowedOrigins, List<String> auditRedactedFields) {

    public KitProperties {
        relayPollInterval = relayPollInterval == null ? Duration.ofSeconds(1) : relayPollInterval;
        relayBatchSize = relayBatchSize == null ? 200 : relayBatchSize;
        unknownTenantGrace = unknownTenantGrace == null ? Duration.ofSeconds(10) : unknownTenantGrace;
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : corsAllowedOrigins;
        auditRedactedFields = auditRedactedFields == null ? List.of() : auditRedactedFields;
    }
}
