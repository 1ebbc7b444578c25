package vn.taphuan.contracts;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a new version of a schema still accepts what consumers of the old one rely on: within a major
 * version fields may only be added, and only as optional. Compares properties recursively (objects, arrays, $defs).
 */
final class SchemaCompatibility {

    static List<String> breakingChanges(JsonNode baseline, JsonNode current) {
        List<String> problems = new ArrayList<>();
        compare("", baseline, current, baseline, current, problems);
        return problems;
    }

    private static void compare(String path, JsonNode oldRaw, JsonNode newRaw, JsonNode oldRoot, JsonNode newRoot,
                                List<String> problems) {
        JsonNode oldNode = resolve(oldRaw, oldRoot);
        JsonNode newNode = resolve(newRaw, newRoot);
        if (oldNode.has("type") && !oldNode.path("type").equals(newNode.path("type"))) {
            problems.add(path + ": type changed from " + oldNode.get("type") + " to " + newNode.path("type"));
            return;
        }
        if (oldNode.has("enum")) {
            Set<JsonNode> newValues = new HashSet<>();
            newNode.path("enum").forEach(newValues::add);
            oldNode.get("enum").forEach(v -> {
                if (newNode.has("enum") && !newValues.contains(v)) {
                    problems.add(path + ": enum value " + v + " removed");
                }
            });
        }
        Set<String> oldRequired = new HashSet<>();
        oldNode.path("required").forEach(r -> oldRequired.add(r.asString()));
        newNode.path("required").forEach(r -> {
            if (!oldRequired.contains(r.asString())) {
                problems.add(path + "/" + r.asString() + ": became required");
            }
        });
        JsonNode oldProperties = oldNode.path("properties");
        for (String name : oldProperties.propertyNames()) {
            JsonNode newProperty = newNode.path("properties").get(name);
            if (newProperty == null) {
                problems.add(path + "/" + name + ": removed");
            } else {
                compare(path + "/" + name, oldProperties.get(name), newProperty, oldRoot, newRoot, problems);
            }
        }
        if (oldNode.has("items") && newNode.has("items")) {
            compare(path + "[]", oldNode.get("items"), newNode.get("items"), oldRoot, newRoot, problems);
        }
    }

    private static JsonNode resolve(JsonNode node, JsonNode root) {
        if (node.has("$ref") && node.get("$ref").asString().startsWith("#/$defs/")) {
            return root.path("$defs").path(node.get("$ref").asString().substring("#/$defs/".length()));
        }
        return node;
    }

    private SchemaCompatibility() {
    }
}
