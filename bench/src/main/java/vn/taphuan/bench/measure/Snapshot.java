package vn.taphuan.bench.measure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.taphuan.bench.load.ApiClient;
import vn.taphuan.bench.load.Endpoints;
import vn.taphuan.bench.load.Tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures the ministry and the provinces read, at one moment: the nationwide progress, the province ranking,
 * every province's dashboard and every plan's page — with the moments they are "as of" left out, so two snapshots
 * of the same data compare equal.
 */
public record Snapshot(JsonNode national, JsonNode ranking, Map<String, JsonNode> provinces, Map<String, JsonNode> plans,
                       List<String> failures) {

    private static final Duration CALL = Duration.ofMinutes(2);

    public static Snapshot take(ApiClient api, Endpoints at, Tokens tokens, List<Readers.Target> targets) {
        List<String> failures = new ArrayList<>();
        JsonNode national = read(api, at.reporting() + "/api/v1/national/progress", tokens.analyst(), failures);
        JsonNode ranking = read(api, at.reporting() + "/api/v1/national/provinces?size=200&order=NAME", tokens.analyst(), failures);
        Map<String, JsonNode> provinces = new LinkedHashMap<>();
        Map<String, JsonNode> plans = new LinkedHashMap<>();
        for (Readers.Target target : targets) {
            String viewer = tokens.viewer(target.province());
            provinces.put(target.province().tenantId(), read(api, at.reporting() + "/api/v1/progress", viewer, failures));
            for (String planId : target.planIds()) {
                plans.put(planId, read(api, at.reporting() + "/api/v1/progress/plans/" + planId, viewer, failures));
            }
        }
        return new Snapshot(national, ranking, provinces, plans, failures);
    }

    /**
     * The figures once they have settled: read again until two reads a second apart are the same (at most
     * {@code atMost}; the last read then). Projections derived in the background (a plan's figures after its facts)
     * follow the totals by a moment: comparing one read taken in that moment with another would tell of the moment,
     * not of the data.
     */
    public static Snapshot settled(java.util.function.Supplier<Snapshot> read, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        Snapshot last = read.get();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
            Snapshot next = read.get();
            if (next.failures().isEmpty() && last.failures().isEmpty() && last.differences(next).isEmpty()) {
                return next;
            }
            last = next;
        }
        return last;
    }

    private static JsonNode read(ApiClient api, String url, String token, List<String> failures) {
        ApiClient.Answer answer = api.get(url, token, CALL);
        if (!answer.ok() || answer.body() == null) {
            failures.add("GET " + url + " → " + answer.summary());
            return null;
        }
        return withoutMoments(answer.body());
    }

    /** Removes {@code asOf}, {@code dataAsOf} and every {@code …At} field, at any depth. */
    static JsonNode withoutMoments(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> moments = new ArrayList<>();
            for (String name : object.propertyNames()) {
                if (name.equals("asOf") || name.equals("dataAsOf") || name.endsWith("At")) {
                    moments.add(name);
                }
            }
            moments.forEach(object::remove);
            object.values().forEach(Snapshot::strip);
        } else if (node != null && node.isArray()) {
            node.values().forEach(Snapshot::strip);
        }
    }

    /** Where this snapshot and {@code other} differ (JSON paths, the first few). */
    public List<String> differences(Snapshot other) {
        List<String> differences = new ArrayList<>();
        compare("national", national, other.national, differences);
        compare("ranking", ranking, other.ranking, differences);
        provinces.forEach((tenant, figures) -> compare("province " + tenant, figures, other.provinces.get(tenant), differences));
        plans.forEach((plan, figures) -> compare("plan " + plan, figures, other.plans.get(plan), differences));
        return differences;
    }

    private static void compare(String path, JsonNode a, JsonNode b, List<String> differences) {
        if (differences.size() >= 20 || (a == null ? b == null : a.equals(b))) {
            return;
        }
        if (a != null && b != null && a.isObject() && b.isObject()) {
            for (String name : a.propertyNames()) {
                compare(path + "." + name, a.get(name), b.get(name), differences);
            }
            for (String name : b.propertyNames()) {
                if (!a.has(name)) {
                    compare(path + "." + name, null, b.get(name), differences);
                }
            }
            return;
        }
        if (a != null && b != null && a.isArray() && b.isArray() && a.size() == b.size()) {
            Iterator<JsonNode> left = a.values().iterator();
            Iterator<JsonNode> right = b.values().iterator();
            for (int i = 0; left.hasNext(); i++) {
                compare(path + "[" + i + "]", left.next(), right.next(), differences);
            }
            return;
        }
        differences.add(path + ": " + brief(a) + " → " + brief(b));
    }

    private static String brief(JsonNode node) {
        String text = node == null ? "(missing)" : node.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
