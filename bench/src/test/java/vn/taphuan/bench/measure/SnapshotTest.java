package vn.taphuan.bench.measure;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.taphuan.bench.load.ApiClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotTest {

    @Test
    void momentsAreLeftOutAndEveryOtherDifferenceIsNamed() {
        JsonNode before = json("{\"asOf\":\"2026-12-06\",\"dataAsOf\":\"2026-12-06T01:00:00Z\",\"totals\":{\"personTurns\":{\"achieved\":10},\"refreshedAt\":\"x\"},\"lines\":[{\"a\":1}]}");
        JsonNode sameLater = json("{\"asOf\":\"2026-12-07\",\"dataAsOf\":\"2026-12-06T02:00:00Z\",\"totals\":{\"personTurns\":{\"achieved\":10},\"refreshedAt\":\"y\"},\"lines\":[{\"a\":1}]}");
        JsonNode changed = json("{\"asOf\":\"2026-12-06\",\"totals\":{\"personTurns\":{\"achieved\":11}},\"lines\":[{\"a\":2}]}");

        assertThat(snapshot(before).differences(snapshot(sameLater))).isEmpty();
        assertThat(snapshot(before).differences(snapshot(changed)))
                .containsExactly("national.totals.personTurns.achieved: 10 → 11", "national.lines[0].a: 1 → 2");
    }

    private static Snapshot snapshot(JsonNode national) {
        return new Snapshot(Snapshot.withoutMoments(national), null, Map.of(), Map.of(), List.of());
    }

    private static JsonNode json(String text) {
        return ApiClient.JSON.readTree(text);
    }
}
