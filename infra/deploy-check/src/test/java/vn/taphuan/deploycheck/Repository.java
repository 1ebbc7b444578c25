package vn.taphuan.deploycheck;

import vn.taphuan.deploycheck.Kustomize.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The files of this repository the checks read, and small accessors for rendered objects. */
final class Repository {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("k8s");
    static final List<String> SERVICES = List.of("plan-service", "enrolment-service", "budget-service", "reporting-service");

    private Repository() {
    }

    /** Every deployable Kustomize directory: the base and each overlay, by path relative to k8s/. */
    static Map<String, List<Map<String, Object>>> renderings() {
        Map<String, List<Map<String, Object>>> renderings = new TreeMap<>();
        renderings.put("base", Kustomize.render(K8S.resolve("base")));
        for (Path overlay : overlays()) {
            renderings.put("overlays/" + overlay.getFileName(), Kustomize.render(overlay));
        }
        return renderings;
    }

    static List<Path> overlays() {
        try (Stream<Path> dirs = Files.list(K8S.resolve("overlays"))) {
            return dirs.filter(dir -> Files.exists(dir.resolve("kustomization.yaml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of a list file (k8s/base/access/*.txt) split at blanks, without comments and blank lines. */
    static List<String[]> entries(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    static Map<String, Object> named(List<Map<String, Object>> objects, String kind, String name) {
        return ofKind(objects, kind).stream().filter(o -> name.equals(name(o))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    static String name(Map<String, Object> object) {
        return String.valueOf(Yaml.map(object.get("metadata")).get("name"));
    }

    /** {@code a.b.c} of a map tree, or null where a step is missing. */
    static Object at(Object tree, String path) {
        Object current = tree;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }

    static Map<String, Object> podSpec(Map<String, Object> workload) {
        return Yaml.map(at(workload, "spec.template.spec"));
    }

    static Map<String, Object> container(Map<String, Object> workload) {
        return Yaml.map(Yaml.list(podSpec(workload).get("containers")).get(0));
    }

    /** A container's environment variables by name, each as its map (value or valueFrom). */
    static Map<String, Map<String, Object>> env(Map<String, Object> container) {
        Map<String, Map<String, Object>> variables = new LinkedHashMap<>();
        for (Object variable : Yaml.list(container.getOrDefault("env", List.of()))) {
            variables.put(String.valueOf(Yaml.map(variable).get("name")), Yaml.map(variable));
        }
        return variables;
    }

    /** The ConfigMaps a container takes all its variables from ({@code envFrom}), by name. */
    static List<String> envFromConfigMaps(Map<String, Object> container) {
        List<String> names = new ArrayList<>();
        for (Object source : Yaml.list(container.getOrDefault("envFrom", List.of()))) {
            Object name = at(source, "configMapRef.name");
            if (name == null) {
                throw new AssertionError("envFrom other than a ConfigMap: " + source);
            }
            names.add(String.valueOf(name));
        }
        return names;
    }

    /** {@code secret/key} of a variable taken from a Secret, or null. */
    static String secretOf(Map<String, Object> variable) {
        Object name = at(variable, "valueFrom.secretKeyRef.name");
        return name == null ? null : name + "/" + at(variable, "valueFrom.secretKeyRef.key");
    }
}
