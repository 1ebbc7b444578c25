package vn.taphuan.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one envelope every integration event travels in (schema: {@code schemas/EventEnvelope.v1.json}).
 *
 * @param eventId          UUID of this event; consumers de-duplicate on it
 * @param eventType        fixed wire name of the payload type, e.g. {@code PlanApproved} (never a class name)
 * @param schemaVersion    major version of the payload schema, e.g. 1
 * @param tenantId         province (tenant) the event belongs to, e.g. {@code bac-giang}
 * @param aggregateType    kind of aggregate that caused the event, e.g. {@code Plan}
 * @param aggregateId      id of that aggregate; also the Kafka message key, so one aggregate's events stay in order
 * @param aggregateVersion version of the aggregate after this event; strictly increasing per aggregate
 * @param occurredAt       ISO-8601 UTC instant when the state change was stored, e.g. {@code 2023-05-10T08:00:00Z}
 * @param producer         service that produced it, e.g. {@code plan-service}
 * @param correlationId    id shared by everything one user request caused
 * @param causationId      id of the event or request that directly caused this one (null for a user request)
 * @param payload          the event record, one of the types listed in {@link EventCatalog}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope<P>(
        String eventId,
        String eventType,
        int schemaVersion,
        String tenantId,
        String aggregateType,
        String aggregateId,
        long aggregateVersion,
        String occurredAt,
        String producer,
        String correlationId,
        String causationId,
        P payload) {
}
