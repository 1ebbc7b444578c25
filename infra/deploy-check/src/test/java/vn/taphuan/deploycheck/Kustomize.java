package vn.taphuan.deploycheck;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a Kustomize directory as {@code kubectl kustomize} does, for the part of Kustomize this repository uses,
 * so the build checks the rendered objects without kubectl (Debian's kubectl is 1.20, whose Kustomize predates
 * components). Supported: {@code resources} (files and directories), {@code components}, {@code namespace},
 * {@code configMapGenerator} with files and {@code disableNameSuffixHash}, {@code patches} by {@code path}
 * (strategic merge, the target named by the patch's kind and name, {@code $patch: delete}), {@code replicas} and
 * {@code images} ({@code newTag}, {@code newName}). Any other field fails the rendering rather than being ignored.
 * <p>
 * The merge follows Kubernetes' strategic merge for what the patches here touch: maps merge key by key, lists of
 * maps that all have a {@code name} (containers, env, volumes, ports) merge item by item by name, other lists are
 * replaced. Kustomize replaces every list of a custom resource; the patches here never merge a named list of one.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "resources", "components",
            "configMapGenerator", "patches", "replicas", "images");
    /** Kinds without a namespace among those rendered here. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");

    private Kustomize() {
    }

    /** The objects {@code kubectl kustomize dir} prints, in no particular order. */
    static List<Map<String, Object>> render(Path dir) {
        return build(dir, new ArrayList<>(), "Kustomization");
    }

    private static List<Map<String, Object>> build(Path dir, List<Map<String, Object>> objects, String expectedKind) {
        Map<String, Object> kustomization = Yaml.map(Yaml.documents(dir.resolve("kustomization.yaml")).get(0));
        String kind = String.valueOf(kustomization.getOrDefault("kind", "Kustomization"));
        if (!kind.equals(expectedKind)) {
            throw new IllegalStateException(dir + " is a " + kind + ", expected a " + expectedKind);
        }
        for (String field : kustomization.keySet()) {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalStateException(dir + ": '" + field + "' is not rendered by this check");
            }
        }
        for (Object resource : Yaml.list(kustomization.getOrDefault("resources", List.of()))) {
            Path path = dir.resolve(String.valueOf(resource)).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(build(path, new ArrayList<>(), "Kustomization"));
            } else {
                Yaml.documents(path).forEach(document -> objects.add(Yaml.map(document)));
            }
        }
        // a component works on what its parent has gathered so far, its own resources added
        for (Object component : Yaml.list(kustomization.getOrDefault("components", List.of()))) {
            build(dir.resolve(String.valueOf(component)).normalize(), objects, "Component");
        }
        for (Object generator : Yaml.list(kustomization.getOrDefault("configMapGenerator", List.of()))) {
            objects.add(configMap(dir, Yaml.map(generator)));
        }
        for (Object patch : Yaml.list(kustomization.getOrDefault("patches", List.of()))) {
            Map<String, Object> entry = Yaml.map(patch);
            if (!entry.keySet().equals(Set.of("path"))) {
                throw new IllegalStateException(dir + ": only patches by path are rendered, not " + entry.keySet());
            }
            for (Object document : Yaml.documents(dir.resolve(String.valueOf(entry.get("path"))))) {
                apply(objects, Yaml.map(document), dir);
            }
        }
        for (Object replicas : Yaml.list(kustomization.getOrDefault("replicas", List.of()))) {
            Map<String, Object> entry = Yaml.map(replicas);
            Map<String, Object> target = find(objects, "Deployment", String.valueOf(entry.get("name")), dir);
            Yaml.map(target.get("spec")).put("replicas", entry.get("count"));
        }
        for (Object image : Yaml.list(kustomization.getOrDefault("images", List.of()))) {
            retag(objects, Yaml.map(image));
        }
        if (kustomization.get("namespace") instanceof String namespace) {
            objects.stream().filter(object -> !CLUSTER_SCOPED.contains(object.get("kind")))
                    .forEach(object -> Yaml.map(object.get("metadata")).put("namespace", namespace));
        }
        return objects;
    }

    private static Map<String, Object> configMap(Path dir, Map<String, Object> generator) {
        Map<String, Object> options = Yaml.map(generator.getOrDefault("options", Map.of()));
        if (!Boolean.TRUE.equals(options.get("disableNameSuffixHash"))) {
            throw new IllegalStateException(dir + ": only generated ConfigMaps without a name suffix are rendered");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (Object file : Yaml.list(generator.get("files"))) {
            Path path = dir.resolve(String.valueOf(file));
            try {
                data.put(path.getFileName().toString(), Files.readString(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", generator.get("name"));
        Map<String, Object> configMap = new LinkedHashMap<>();
        configMap.put("apiVersion", "v1");
        configMap.put("kind", "ConfigMap");
        configMap.put("metadata", metadata);
        configMap.put("data", data);
        return configMap;
    }

    private static void apply(List<Map<String, Object>> objects, Map<String, Object> patch, Path dir) {
        String kind = String.valueOf(patch.get("kind"));
        String name = String.valueOf(Yaml.map(patch.get("metadata")).get("name"));
        Map<String, Object> target = find(objects, kind, name, dir);
        if ("delete".equals(patch.get("$patch"))) {
            objects.remove(target);
        } else {
            merge(target, patch);
        }
    }

    private static Map<String, Object> find(List<Map<String, Object>> objects, String kind, String name, Path dir) {
        return objects.stream()
                .filter(o -> kind.equals(o.get("kind")) && name.equals(Yaml.map(o.get("metadata")).get("name")))
                .findFirst().orElseThrow(() -> new IllegalStateException(dir + ": no " + kind + " " + name + " to patch"));
    }

    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> target, Map<String, Object> patch) {
        patch.forEach((key, value) -> {
            Object current = target.get(key);
            if (value instanceof Map<?, ?> map && current instanceof Map<?, ?> existing) {
                merge((Map<String, Object>) existing, (Map<String, Object>) map);
            } else if (value instanceof List<?> list && current instanceof List<?> existing
                    && named(list) && named(existing)) {
                mergeByName((List<Object>) existing, (List<Object>) list);
            } else {
                target.put(key, value);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void mergeByName(List<Object> target, List<Object> patch) {
        for (Object item : patch) {
            Map<String, Object> patchItem = (Map<String, Object>) item;
            target.stream().map(existing -> (Map<String, Object>) existing)
                    .filter(existing -> existing.get("name").equals(patchItem.get("name"))).findFirst()
                    .ifPresentOrElse(existing -> merge(existing, patchItem), () -> target.add(patchItem));
        }
    }

    private static boolean named(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(item -> item instanceof Map<?, ?> map && map.get("name") != null);
    }

    private static void retag(List<Map<String, Object>> objects, Map<String, Object> image) {
        String name = String.valueOf(image.get("name"));
        for (Map<String, Object> object : objects) {
            if (!(object.get("spec") instanceof Map<?, ?> spec) || !(spec.get("template") instanceof Map<?, ?> template)
                    || !(template.get("spec") instanceof Map<?, ?> pod)) {
                continue;
            }
            Object containers = pod.get("containers");
            for (Object container : containers == null ? List.of() : Yaml.list(containers)) {
                Map<String, Object> c = Yaml.map(container);
                String current = String.valueOf(c.get("image"));
                String bare = current.replaceFirst(":[^:/]+$", "");
                if (bare.equals(name)) {
                    String newName = String.valueOf(image.getOrDefault("newName", bare));
                    Object tag = image.get("newTag");
                    c.put("image", tag == null ? newName + current.substring(bare.length()) : newName + ":" + tag);
                }
            }
        }
    }

    /** YAML reading shared by the checks: maps keep their order, documents may be many per file. */
    static final class Yaml {

        private Yaml() {
        }

        static List<Object> documents(Path file) {
            try {
                String text = Files.readString(file);
                List<Object> documents = new ArrayList<>();
                for (Object document : new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
                    if (document != null) {
                        documents.add(document);
                    }
                }
                return documents;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> map(Object value) {
            if (!(value instanceof Map<?, ?>)) {
                throw new IllegalStateException("expected a map, found " + value);
            }
            return (Map<String, Object>) value;
        }

        @SuppressWarnings("unchecked")
        static List<Object> list(Object value) {
            if (!(value instanceof List<?>)) {
                throw new IllegalStateException("expected a list, found " + value);
            }
            return (List<Object>) value;
        }
    }
}
