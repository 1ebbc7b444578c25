package vn.taphuan.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every released schema is kept under {@code schema-baseline/} in the test resources. A change to a schema that
 * would break a consumer of the released version (a removed or retyped field, a new required field, a removed enum
 * value) fails here; the way out is a new major version with its own topic, not an edit of v1.
 */
class SchemaCompatibilityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<EventDefinition> definitions() {
        return EventCatalog.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void currentSchemaAcceptsEverythingTheReleasedOneDid(EventDefinition definition) throws IOException {
        JsonNode baseline = baseline(definition.schemaPath());
        JsonNode current = EventSchemas.schemaNode(definition.schemaPath());

        assertThat(SchemaCompatibility.breakingChanges(baseline, current)).isEmpty();
        for (JsonNode oldExample : baseline.get("examples")) {
            assertThat(EventSchemas.validatePayload(definition, oldExample)).isEmpty();
        }
    }

    @Test
    void envelopeStaysCompatible() throws IOException {
        assertThat(SchemaCompatibility.breakingChanges(baseline(EventSchemas.ENVELOPE_SCHEMA),
                EventSchemas.schemaNode(EventSchemas.ENVELOPE_SCHEMA))).isEmpty();
    }

    @Test
    void detectsTheChangesThatBreakConsumers() throws IOException {
        JsonNode baseline = baseline("schemas/plan/PlanApproved.v1.json");

        ObjectNode removedField = (ObjectNode) baseline.deepCopy();
        ((ObjectNode) removedField.get("properties")).remove("deadline");
        ObjectNode retyped = (ObjectNode) baseline.deepCopy();
        ((ObjectNode) retyped.get("properties").get("budgetTotalVnd")).put("type", "string");
        ObjectNode newRequired = (ObjectNode) baseline.deepCopy();
        ((ArrayNode) newRequired.get("required")).add("documentNumber");
        ObjectNode narrowedEnum = (ObjectNode) baseline.deepCopy();
        ArrayNode kinds = (ArrayNode) narrowedEnum.at("/$defs/TargetLine/properties/activityKind/enum");
        kinds.remove(3);
        ObjectNode addedOptional = (ObjectNode) baseline.deepCopy();
        ((ObjectNode) addedOptional.get("properties")).putObject("issuingBody").put("type", "string");

        assertThat(SchemaCompatibility.breakingChanges(baseline, removedField)).containsExactly("/deadline: removed");
        assertThat(SchemaCompatibility.breakingChanges(baseline, retyped)).hasSize(1);
        assertThat(SchemaCompatibility.breakingChanges(baseline, newRequired)).containsExactly("/documentNumber: became required");
        assertThat(SchemaCompatibility.breakingChanges(baseline, narrowedEnum)).hasSize(1);
        assertThat(SchemaCompatibility.breakingChanges(baseline, addedOptional)).isEmpty();
    }

    private static JsonNode baseline(String schemaPath) throws IOException {
        try (InputStream in = SchemaCompatibilityTest.class.getClassLoader().getResourceAsStream("schema-baseline/" + schemaPath)) {
            assertThat(in).as("released copy of %s in schema-baseline/ (copy it there when the schema is released)", schemaPath).isNotNull();
            return JSON.readTree(in);
        }
    }
}
