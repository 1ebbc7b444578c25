package vn.taphuan.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounds hold what {@link Limits} promises (no nationwide total can leave a {@code long}), and every schema
 * states them for the fields they bound, so a consumer refuses an event no producer may send.
 */
class LimitsTest {

    /** The fields of the events that are bounded, by name; every {@code …Vnd} amount is bounded by {@link Limits#MAX_VND}. */
    private static final Map<String, Long> BOUNDED = Map.ofEntries(
            Map.entry("plannedActivities", (long) Limits.MAX_ACTIVITIES_PER_LINE),
            Map.entry("plannedPersonTurns", (long) Limits.MAX_PERSON_TURNS_PER_LINE),
            Map.entry("rosterSize", (long) Limits.MAX_ROSTER_SIZE),
            Map.entry("capacity", (long) Limits.MAX_CAPACITY),
            Map.entry("participantCount", (long) Limits.MAX_CAPACITY),
            Map.entry("enrolledCount", (long) Limits.MAX_CAPACITY),
            Map.entry("completedCount", (long) Limits.MAX_CAPACITY),
            Map.entry("percent", 100L),
            Map.entry("minEthnicMinorityPercent", 100L),
            Map.entry("minWomenPercent", 100L),
            Map.entry("minAttendancePercent", 100L));

    static List<EventDefinition> definitions() {
        return EventCatalog.ALL;
    }

    @Test
    void theLargestNationwideSumsFitInALong() {
        BigInteger plans = BigInteger.valueOf(Limits.MAX_PROVINCES).multiply(BigInteger.valueOf(Limits.MAX_APPROVED_PLANS_PER_PROVINCE));
        BigInteger money = plans.multiply(BigInteger.valueOf(Limits.MAX_VND));
        BigInteger personTurns = plans.multiply(BigInteger.valueOf(Limits.MAX_LINES_PER_PLAN))
                .multiply(BigInteger.valueOf(Limits.MAX_PERSON_TURNS_PER_LINE));

        assertThat(money).isLessThan(BigInteger.valueOf(Long.MAX_VALUE));
        assertThat(personTurns).isLessThan(BigInteger.valueOf(Long.MAX_VALUE));
        // a plan's targets fit the int its lines carry them in
        assertThat((long) Limits.MAX_LINES_PER_PLAN * Limits.MAX_PERSON_TURNS_PER_LINE).isLessThanOrEqualTo(Integer.MAX_VALUE);
        assertThat((long) Limits.MAX_LINES_PER_PLAN * Limits.MAX_ACTIVITIES_PER_LINE).isLessThanOrEqualTo(Integer.MAX_VALUE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void everyAmountAndCountInTheSchemaStatesItsBound(EventDefinition definition) {
        List<String> wrong = new ArrayList<>();
        walk(EventSchemas.schemaNode(definition.schemaPath()), "", wrong);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aPlanApprovedWithTheLargestLongIsNotAValidEvent() {
        EventDefinition approved = EventCatalog.ALL.stream().filter(d -> d.eventType().equals("PlanApproved"))
                .findFirst().orElseThrow();
        ObjectNode example = (ObjectNode) EventSchemas.schemaNode(approved.schemaPath()).get("examples").get(0).deepCopy();
        example.put("budgetTotalVnd", Long.MAX_VALUE);
        ((ObjectNode) example.get("budgetBySource").get(0)).put("amountVnd", Long.MAX_VALUE);
        ((ObjectNode) example.get("targetLines").get(0)).put("plannedActivities", Integer.MAX_VALUE);

        assertThat(EventSchemas.validatePayload(approved, example)).hasSize(3);

        ObjectNode atTheBounds = (ObjectNode) EventSchemas.schemaNode(approved.schemaPath()).get("examples").get(0).deepCopy();
        atTheBounds.put("budgetTotalVnd", Limits.MAX_VND);
        ((ObjectNode) atTheBounds.get("targetLines").get(0)).put("plannedActivities", Limits.MAX_ACTIVITIES_PER_LINE);
        ArrayNode lines = (ArrayNode) atTheBounds.get("targetLines");
        while (lines.size() > Limits.MAX_LINES_PER_PLAN) {
            lines.remove(lines.size() - 1);
        }
        assertThat(EventSchemas.validatePayload(approved, atTheBounds)).isEmpty();
    }

    private static void walk(JsonNode node, String path, List<String> wrong) {
        JsonNode properties = node.path("properties");
        for (String name : properties.propertyNames()) {
            JsonNode property = properties.get(name);
            Long bound = name.endsWith("Vnd") ? Long.valueOf(Limits.MAX_VND) : BOUNDED.get(name);
            if (bound != null && !property.path("maximum").isNumber()) {
                wrong.add(path + "/" + name + ": no maximum (expected " + bound + ")");
            } else if (bound != null && property.get("maximum").asLong() != bound) {
                wrong.add(path + "/" + name + ": maximum " + property.get("maximum") + ", expected " + bound);
            }
            if (name.equals("targetLines") && property.path("maxItems").asInt(-1) != Limits.MAX_LINES_PER_PLAN) {
                wrong.add(path + "/targetLines: maxItems should be " + Limits.MAX_LINES_PER_PLAN);
            }
        }
        node.path("$defs").propertyNames().forEach(def -> walk(node.get("$defs").get(def), path + "/$defs/" + def, wrong));
    }
}
