package vn.taphuan.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates serialised events against the JSON Schemas shipped in this module. Producers validate before storing an
 * event, consumers before applying one, so a contract break shows up at the edge that caused it.
 */
public final class EventSchemas {

    public static final String ENVELOPE_SCHEMA = "schemas/EventEnvelope.v1.json";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    /** Problems of an envelope and its payload; empty when both are valid. Unknown event types are a problem too. */
    public static List<String> validateEnvelope(JsonNode envelope) {
        List<String> problems = new ArrayList<>(messages(schema(ENVELOPE_SCHEMA).validate(envelope), "envelope"));
        if (!problems.isEmpty()) {
            return problems;
        }
        String type = envelope.get("eventType").asString();
        int version = envelope.get("schemaVersion").asInt();
        EventCatalog.find(type, version).ifPresentOrElse(
                definition -> problems.addAll(validatePayload(definition, envelope.get("payload"))),
                () -> problems.add("unknown event type " + type + " v" + version));
        return problems;
    }

    public static List<String> validatePayload(EventDefinition definition, JsonNode payload) {
        return messages(schema(definition.schemaPath()).validate(payload), definition.eventType());
    }

    /** The raw schema document, for tooling such as the catalogue generator. */
    public static JsonNode schemaNode(String classpathLocation) {
        return schema(classpathLocation).getSchemaNode();
    }

    private static Schema schema(String location) {
        return CACHE.computeIfAbsent(location, path -> {
            try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("no JSON Schema at classpath:" + path);
                }
                return REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<String> messages(List<Error> errors, String what) {
        return errors.stream().map(e -> what + ": " + e.getMessage()).toList();
    }

    private EventSchemas() {
    }
}
