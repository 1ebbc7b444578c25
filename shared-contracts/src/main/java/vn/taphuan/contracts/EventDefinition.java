package vn.taphuan.contracts;

import java.util.List;

/**
 * One row of the event catalogue: the wire name and version of an event, its payload record, where it is
 * published and who consumes it.
 */
public record EventDefinition(
        String eventType,
        int schemaVersion,
        Class<? extends Record> payloadType,
        Topics.Topic topic,
        String aggregateType,
        List<String> consumers,
        String description) {

    /** Classpath location of the payload's JSON Schema, e.g. {@code schemas/plan/PlanApproved.v1.json}. */
    public String schemaPath() {
        return "schemas/" + topic.name().substring(0, topic.name().indexOf('.')) + "/" + eventType + ".v" + schemaVersion + ".json";
    }

    public String producer() {
        return topic.producer();
    }
}
