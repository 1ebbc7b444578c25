package vn.taphuan.reporting.support;

import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.contracts.EventCatalog;
import vn.taphuan.contracts.EventDefinition;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.enrolment.v1.EnrolmentsChanged;
import vn.taphuan.kit.events.EventJson;

import java.util.UUID;

/** Builds event envelopes as the producing services would, ready to be published. */
public final class Envelopes {

    private static final JsonMapper JSON = EventJson.mapper();

    /** One event to publish: its topic, its key (the aggregate id) and its serialised envelope. */
    public record Published(String topic, String key, String json, EventEnvelope<Record> envelope) {
    }

    public static Published envelope(String tenant, String aggregateId, long aggregateVersion, String occurredAt,
                                     Record payload) {
        EventDefinition definition = EventCatalog.of(payload.getClass());
        EventEnvelope<Record> envelope = new EventEnvelope<>(UUID.randomUUID().toString(), definition.eventType(),
                definition.schemaVersion(), tenant, definition.aggregateType(), aggregateId, aggregateVersion,
                occurredAt, definition.producer(), UUID.randomUUID().toString(), null, payload);
        return new Published(definition.topic().name(), aggregateId, JSON.writeValueAsString(envelope), envelope);
    }

    /**
     * One enrolment of an activity as enrolment-service announces it: an {@code EnrolmentsChanged} of page 0 of the
     * activity's roster carrying that one enrolment's state.
     */
    public static Published enrolment(String tenant, String activity, String planId, String lineId, String programme,
                                      EnrolmentsChanged.EnrolmentState state, String occurredAt) {
        return envelope(tenant, activity + ".0", state.version(), occurredAt, new EnrolmentsChanged(activity, planId,
                lineId, "TRAINING_CLASS", programme, 0, java.util.List.of(state)));
    }

    /** A community learner's enrolment in one state: enrolled, or completed on {@code completedOn}. */
    public static EnrolmentsChanged.EnrolmentState state(String enrolmentId, long version, String status,
                                                         String personKey, String gender, boolean ethnicMinority,
                                                         String unitCode, String enrolledOn, String completedOn) {
        return new EnrolmentsChanged.EnrolmentState(enrolmentId, version, status, status, personKey, gender,
                ethnicMinority, "COMMUNITY", "COMMUNITY", unitCode, enrolledOn, completedOn == null ? 0 : 4, 4,
                completedOn, null, false);
    }

    private Envelopes() {
    }
}
