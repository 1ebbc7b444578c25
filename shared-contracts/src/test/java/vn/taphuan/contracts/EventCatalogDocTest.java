package vn.taphuan.contracts;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code docs/events.md} equal to the catalogue in code. Run with {@code -Dcatalogue.write=true} to rewrite
 * the file after adding an event.
 */
class EventCatalogDocTest {

    private static final Path DOC = Path.of("..", "docs", "events.md");

    @Test
    void theEventCatalogueDocumentMatchesTheCode() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("catalogue.write")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/events.md is stale: rerun with -Dcatalogue.write=true")
                .isEqualTo(expected);
    }

    static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Event catalogue\n\n")
                .append("Generated from `shared-contracts` (`EventCatalog`, the JSON Schemas and `Topics`); ")
                .append("`EventCatalogDocTest` fails when this file and the code differ.\n\n")
                .append("Every event travels in the envelope `schemas/EventEnvelope.v1.json`: eventId, eventType, ")
                .append("schemaVersion, tenantId, aggregateType, aggregateId (the Kafka key), aggregateVersion, ")
                .append("occurredAt, producer, correlationId, causationId, payload.\n\n")
                .append("## Topics\n\n| topic | partitions | producer |\n|---|---|---|\n");
        for (Topics.Topic topic : Topics.ALL) {
            md.append("| `").append(topic.name()).append("` | ").append(topic.partitions()).append(" | ")
                    .append(topic.producer()).append(" |\n");
        }
        md.append("\n## Events\n\n| event | version | producer | topic | consumers | schema |\n|---|---|---|---|---|---|\n");
        for (EventDefinition d : EventCatalog.ALL) {
            md.append("| ").append(d.eventType()).append(" | ").append(d.schemaVersion()).append(" | ")
                    .append(d.producer()).append(" | `").append(d.topic().name()).append("` | ")
                    .append(String.join(", ", d.consumers())).append(" | [")
                    .append(d.schemaPath()).append("](../shared-contracts/src/main/resources/").append(d.schemaPath())
                    .append(") |\n");
        }
        for (EventDefinition d : EventCatalog.ALL) {
            JsonNode schema = EventSchemas.schemaNode(d.schemaPath());
            md.append("\n### ").append(d.eventType()).append(" v").append(d.schemaVersion()).append("\n\n")
                    .append(d.description()).append(" Aggregate: ").append(d.aggregateType()).append(".\n\n")
                    .append("| field | type | required | meaning |\n|---|---|---|---|\n");
            java.util.Set<String> required = new java.util.HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asString()));
            for (String field : schema.get("properties").propertyNames()) {
                JsonNode property = schema.get("properties").get(field);
                String type = property.has("type") ? property.get("type").asString() : "object";
                if (property.has("enum")) {
                    StringBuilder values = new StringBuilder();
                    property.get("enum").forEach(v -> values.append(values.isEmpty() ? "" : " \\| ").append(v.asString()));
                    type = type + " (" + values + ")";
                }
                md.append("| ").append(field).append(" | ").append(type).append(" | ")
                        .append(required.contains(field) ? "yes" : "no").append(" | ")
                        .append(property.path("description").asString("")).append(" |\n");
            }
        }
        return md.toString();
    }
}
