package vn.taphuan.kit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

/**
 * Settings of the shared plumbing ({@code taphuan.kit.*}).
 *
 * @param relayPollInterval  how often the outbox relay looks for events it was not woken up for
 * @param relayBatchSize     documents the outbox relay reads and publishes the events of in one pass
 * @param relayStaleAfter    after how long a write's intent that nobody relayed is taken up by any replica
 * @param unknownTenantGrace how long a consumer waits for an event's tenant to become known before refusing it
 * @param corsAllowedOrigins origins of web pages allowed to call this service's API from a browser
 * @param auditRedactedFields JSON field names of request bodies whose values are never written to the audit trail
 * @param maxBodySize        the largest request body taken, uploads aside (they have {@code spring.servlet.multipart.*});
 *                           a larger one is refused with 413
 */
@ConfigurationProperties("taphuan.kit")
public record KitProperties(Duration relayPollInterval, Integer relayBatchSize, Duration relayStaleAfter,
                            Duration unknownTenantGrace, List<String> corsAllowedOrigins,
                            List<String> auditRedactedFields, DataSize maxBodySize) {

    public KitProperties {
        relayPollInterval = relayPollInterval == null ? Duration.ofSeconds(1) : relayPollInterval;
        relayBatchSize = relayBatchSize == null ? 1000 : relayBatchSize;
        relayStaleAfter = relayStaleAfter == null ? Duration.ofSeconds(10) : relayStaleAfter;
        unknownTenantGrace = unknownTenantGrace == null ? Duration.ofSeconds(10) : unknownTenantGrace;
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : corsAllowedOrigins;
        auditRedactedFields = auditRedactedFields == null ? List.of() : auditRedactedFields;
        // a plan's JSON or text is a few kilobytes; a whole published plan a few hundred
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(2) : maxBodySize;
    }
}
