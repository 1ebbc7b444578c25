package vn.taphuan.kit.events;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.contracts.EventCatalog;
import vn.taphuan.contracts.EventDefinition;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.EventSchemas;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.kit.web.CorrelationFilter;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Builds the idempotent Kafka consumers of a service. Each consumer parses the envelope, ignores event types it
 * has no handler for, rejects events that break their schema or carry no valid tenant (they go to the dead-letter
 * topic after the binder's retries), skips events already processed, and runs the handler in the event's tenant
 * and correlation context.
 */
public class EventConsumers {

    private static final Logger log = LoggerFactory.getLogger(EventConsumers.class);
    /** Events that create or end a tenant; they are accepted before the tenant is known. */
    private static final Set<String> TENANT_LIFECYCLE = Set.of("TenantOnboarded", "TenantDisabled");

    private final JsonMapper json;
    private final ProcessedEvents processed;
    private final MeterRegistry meters;
    private final String application;
    private final KnownTenants tenants;
    private final Duration unknownTenantGrace;
    private final Set<String> registeredTypes = ConcurrentHashMap.newKeySet();

    public EventConsumers(JsonMapper json, ProcessedEvents processed, MeterRegistry meters, String application,
                          KnownTenants tenants, Duration unknownTenantGrace) {
        this.json = json;
        this.processed = processed;
        this.meters = meters;
        this.application = application;
        this.tenants = tenants;
        this.unknownTenantGrace = unknownTenantGrace;
    }

    public Builder handling() {
        return new Builder();
    }

    /**
     * Every event type (wire name) this service has a handler for; a test per service compares it with the
     * consumers listed in {@link EventCatalog}, so the published catalogue cannot drift from the code.
     */
    public Set<String> registeredTypes() {
        return Set.copyOf(registeredTypes);
    }

    /** Handles one event type. */
    @FunctionalInterface
    public interface Handler<P extends Record> {
        void handle(EventEnvelope<P> event);
    }

    public final class Builder {
        private final Map<String, Registered<?>> handlers = new HashMap<>();

        public <P extends Record> Builder on(Class<P> payloadType, Handler<P> handler) {
            EventDefinition definition = EventCatalog.of(payloadType);
            handlers.put(key(definition.eventType(), definition.schemaVersion()), new Registered<>(payloadType, handler));
            registeredTypes.add(definition.eventType());
            return this;
        }

        public Consumer<Message<byte[]>> build() {
            Map<String, Registered<?>> frozen = Map.copyOf(handlers);
            return message -> accept(frozen, message.getPayload());
        }
    }

    private record Registered<P extends Record>(Class<P> payloadType, Handler<P> handler) {
    }

    /** Applies one serialised envelope. */
    private void accept(Map<String, Registered<?>> handlers, byte[] body) {
        JsonNode envelope;
        try {
            envelope = json.readTree(body);
        } catch (JacksonException e) {
            throw new RejectedEvent("not a JSON envelope: " + e.getOriginalMessage());
        }
        String type = envelope.path("eventType").asString("");
        int version = envelope.path("schemaVersion").asInt(0);
        Registered<?> registered = handlers.get(key(type, version));
        if (registered == null) {
            return; // not for us: consumers ignore events they do not need
        }
        List<String> problems = EventSchemas.validateEnvelope(envelope);
        if (!problems.isEmpty()) {
            throw new RejectedEvent("event breaks its contract: " + problems);
        }
        String tenant = envelope.get("tenantId").asString();
        if (!TenantContext.isValid(tenant)) {
            throw new RejectedEvent("event names no valid tenant: " + tenant);
        }
        String eventId = envelope.get("eventId").asString();
        if (processed.contains(eventId)) {
            meters.counter(application + ".events.duplicates", "type", type).increment();
            return;
        }
        if (!TENANT_LIFECYCLE.contains(type)) {
            requireTenantActiveAt(tenant, Instant.parse(envelope.get("occurredAt").asString()), type, eventId);
        }
        dispatch(registered, envelope, tenant, eventId, type);
        processed.add(eventId, type, tenant);
        meters.counter(application + ".events.consumed", "type", type).increment();
    }

    private <P extends Record> void dispatch(Registered<P> registered, JsonNode node, String tenant, String eventId,
                                             String type) {
        P payload = json.treeToValue(node.get("payload"), registered.payloadType());
        EventEnvelope<P> event = new EventEnvelope<>(eventId, type, node.get("schemaVersion").asInt(), tenant,
                node.get("aggregateType").asString(), node.get("aggregateId").asString(),
                node.get("aggregateVersion").asLong(), node.get("occurredAt").asString(),
                node.get("producer").asString(), node.path("correlationId").asString(null),
                node.path("causationId").asString(null), payload);
        String correlation = event.correlationId() == null ? eventId : event.correlationId();
        MDC.put(CorrelationFilter.MDC_CORRELATION, correlation);
        MDC.put(CorrelationFilter.MDC_TENANT, tenant);
        EventContext.set(eventId);
        try (TenantContext.Scope ignored = TenantContext.open(tenant)) {
            registered.handler().handle(event);
        } catch (RuntimeException e) {
            log.warn("handling {} {} failed: {}", type, eventId, e.toString());
            throw e;
        } finally {
            EventContext.clear();
            MDC.remove(CorrelationFilter.MDC_CORRELATION);
            MDC.remove(CorrelationFilter.MDC_TENANT);
        }
    }

    /**
     * Refuses an event of a tenant that was never onboarded, or that happened after its tenant was disabled. The
     * tenant topic is separate from the others, so right after an onboarding (or while replaying from the start)
     * the tenant's first events may overtake it: wait a little before deciding the tenant is unknown.
     */
    private void requireTenantActiveAt(String tenant, Instant occurredAt, String type, String eventId) {
        Instant giveUp = Instant.now().plus(unknownTenantGrace);
        Optional<KnownTenants.Tenant> known = tenants.find(tenant);
        while (known.isEmpty() && Instant.now().isBefore(giveUp)) {
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            known = tenants.find(tenant);
        }
        if (known.isEmpty()) {
            meters.counter(application + ".events.rejected", "reason", "unknown-tenant").increment();
            throw new RejectedEvent(type + " " + eventId + " names tenant " + tenant + ", which was never onboarded");
        }
        if (!known.get().activeAt(occurredAt)) {
            meters.counter(application + ".events.rejected", "reason", "disabled-tenant").increment();
            throw new RejectedEvent(type + " " + eventId + " of tenant " + tenant + " happened at " + occurredAt
                    + ", after the tenant was disabled on " + known.get().disabledOn());
        }
    }

    private static String key(String type, int version) {
        return type + "/v" + version;
    }

    /** An event no retry can fix; the binder sends it to the dead-letter topic with this reason. */
    public static class RejectedEvent extends RuntimeException {
        public RejectedEvent(String reason) {
            super(reason);
        }
    }
}
