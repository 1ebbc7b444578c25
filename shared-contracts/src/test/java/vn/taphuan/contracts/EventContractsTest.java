package vn.taphuan.contracts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Each record and its hand-written schema describe the same event, and the schema's examples are real events. */
class EventContractsTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static List<EventDefinition> definitions() {
        return EventCatalog.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void everyExampleParsesIntoTheRecordAndSerialisesBackToAValidEvent(EventDefinition definition) {
        JsonNode schema = EventSchemas.schemaNode(definition.schemaPath());
        assertThat(schema.get("examples")).as("examples of %s", definition.schemaPath()).isNotEmpty();

        for (JsonNode example : schema.get("examples")) {
            Record payload = JSON.treeToValue(example, definition.payloadType());
            JsonNode reserialised = JSON.valueToTree(payload);

            assertThat(EventSchemas.validatePayload(definition, reserialised)).isEmpty();
            assertThat(reserialised.toString()).isEqualTo(example.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void recordComponentsAndSchemaPropertiesAreTheSame(EventDefinition definition) {
        Set<String> components = Arrays.stream(definition.payloadType().getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> properties = new TreeSet<>(EventSchemas.schemaNode(definition.schemaPath()).get("properties").propertyNames());

        assertThat(properties).isEqualTo(components);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void anEnvelopeCarryingTheExampleIsValidAndOneMissingItsTenantIsNot(EventDefinition definition) {
        JsonNode example = EventSchemas.schemaNode(definition.schemaPath()).get("examples").get(0);
        EventEnvelope<JsonNode> envelope = new EventEnvelope<>("3f1d2c4e-8a7b-4c1d-9e2f-0a1b2c3d4e5f",
                definition.eventType(), definition.schemaVersion(), "bac-giang", definition.aggregateType(), "agg-1", 1,
                "2023-05-10T08:00:00Z", definition.producer(), "corr-1", null, example);

        assertThat(EventSchemas.validateEnvelope(JSON.valueToTree(envelope))).isEmpty();

        EventEnvelope<JsonNode> withoutTenant = new EventEnvelope<>(envelope.eventId(), envelope.eventType(), 1, null,
                envelope.aggregateType(), "agg-1", 1, envelope.occurredAt(), envelope.producer(), null, null, example);
        assertThat(EventSchemas.validateEnvelope(JSON.valueToTree(withoutTenant)))
                .anySatisfy(problem -> assertThat(problem).contains("tenantId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void aPayloadMissingARequiredFieldIsRejected(EventDefinition definition) {
        JsonNode schema = EventSchemas.schemaNode(definition.schemaPath());
        String firstRequired = schema.get("required").get(0).asString();
        var broken = ((tools.jackson.databind.node.ObjectNode) schema.get("examples").get(0).deepCopy());
        broken.remove(firstRequired);

        assertThat(EventSchemas.validatePayload(definition, broken)).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void anUnknownEventTypeIsAProblem() {
        var envelope = new EventEnvelope<>("3f1d2c4e-8a7b-4c1d-9e2f-0a1b2c3d4e5f", "PlanBurned", 1, "bac-giang",
                "Plan", "p", 1, "2023-05-10T08:00:00Z", "plan-service", null, null, java.util.Map.of());

        assertThat(EventSchemas.validateEnvelope(JSON.valueToTree(envelope))).containsExactly("unknown event type PlanBurned v1");
    }
}
