package vn.taphuan.deploycheck;

import vn.taphuan.deploycheck.Kustomize.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one service reads from its environment, from the code rather than from a list kept by hand: the
 * {@code ${VARIABLE:default}} placeholders and keys of the kit's defaults and the service's {@code application.yml},
 * the {@code @ConfigurationProperties} records of the kit and the service, and the keys the kit's Java code names.
 * An environment variable is read when Spring's relaxed binding maps it onto one of those keys, or when it is a
 * placeholder's name.
 */
final class ServiceConfiguration {

    private static final Path KIT = Repository.ROOT.resolve("service-kit");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern PROPERTIES = Pattern.compile(
            "@ConfigurationProperties\\(\"([a-z0-9.-]+)\"\\)\\s*(?:public\\s+)?record\\s+\\w+\\s*\\(([^)]*)\\)");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");

    final String service;
    /** Placeholder name → its default, or null for a placeholder without one (the service cannot start unset). */
    final Map<String, String> placeholders = new TreeMap<>();
    /** Every key the service reads, in its canonical form ({@code management.server.port}). */
    final Set<String> keys = new TreeSet<>();
    /** Keys whose value is a map that takes any key below it ({@code ...binder.configuration}). */
    final Set<String> openMaps = new TreeSet<>();
    /** The merged YAML: the service's application.yml over the kit's defaults, flattened. */
    final Map<String, Object> flat = new TreeMap<>();

    private ServiceConfiguration(String service) {
        this.service = service;
    }

    static ServiceConfiguration of(String service) {
        ServiceConfiguration configuration = new ServiceConfiguration(service);
        Path own = Repository.ROOT.resolve("services/" + service);
        configuration.readYaml(KIT.resolve("src/main/resources/taphuan-kit-defaults.yml"));
        configuration.readYaml(own.resolve("src/main/resources/application.yml"));
        configuration.readJava(KIT.resolve("src/main/java"));
        configuration.readJava(own.resolve("src/main/java"));
        // the dashboards' module (reporting-service serves them) binds its own keys
        try {
            if (Files.readString(own.resolve("pom.xml")).contains("<artifactId>web-dashboard</artifactId>")) {
                configuration.readJava(Repository.ROOT.resolve("web/src/main/java"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return configuration;
    }

    /** Whether Spring binds the variable to something this service reads. */
    boolean reads(String variable) {
        if (placeholders.containsKey(variable)) {
            return true;
        }
        if (keys.stream().anyMatch(key -> relaxed(key).equals(variable) || legacy(key).equals(variable))) {
            return true;
        }
        return openMaps.stream().anyMatch(prefix -> variable.startsWith(relaxed(prefix) + "_"));
    }

    /** The default a key has in the YAML, with its placeholder resolved to the default, or null. */
    String defaultOf(String key) {
        Object value = flat.get(key);
        if (value == null) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(String.valueOf(value));
        return matcher.matches() ? matcher.group(2) : String.valueOf(value);
    }

    /** The placeholder a key is set by, or null. */
    String placeholderOf(String key) {
        Matcher matcher = PLACEHOLDER.matcher(String.valueOf(flat.get(key)));
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** Spring's environment-variable form of a key: dots to underscores, dashes dropped, upper case. */
    static String relaxed(String key) {
        return key.replace("-", "").replace('.', '_').toUpperCase();
    }

    /** The form Spring also accepts, dashes as underscores ({@code TAPHUAN_KIT_CORS_ALLOWED_ORIGINS}). */
    static String legacy(String key) {
        return key.replace('-', '_').replace('.', '_').toUpperCase();
    }

    private void readYaml(Path file) {
        String text = Repository.read(file);
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            placeholders.put(matcher.group(1), matcher.group(2));
        }
        for (Object document : Yaml.documents(file)) {
            flatten("", Yaml.map(document));
        }
    }

    private void flatten(String prefix, Map<String, Object> map) {
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            if (entry.getKey().contains(".")) {
                // a key with dots inside a map is a map entry (Kafka's client settings), not a path
                openMaps.add(prefix.substring(0, prefix.length() - 1));
            }
            String key = prefix + entry.getKey();
            keys.add(key);
            if (entry.getValue() instanceof Map<?, ?> child) {
                flatten(key + ".", Yaml.map(child));
            } else {
                flat.put(key, entry.getValue());
            }
        }
    }

    private void readJava(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                // a component's annotations (@DefaultValue("…")) would end the record's header early
                Matcher properties = PROPERTIES.matcher(text.replaceAll("@(?!ConfigurationProperties)\\w+(\\([^)]*\\))?", ""));
                while (properties.find()) {
                    for (String component : components(properties.group(2))) {
                        keys.add(properties.group(1) + "." + kebab(component));
                    }
                }
                Matcher literal = KEY_LITERAL.matcher(text);
                while (literal.find()) {
                    String name = literal.group(1);
                    if (name.equals(name.toUpperCase())) {
                        placeholders.putIfAbsent(name, "");
                    } else {
                        keys.add(name);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The component names of a record header: the last word of each part between top-level commas. */
    private static List<String> components(String header) {
        StringBuilder part = new StringBuilder();
        List<String> parts = new java.util.ArrayList<>();
        int depth = 0;
        for (char c : header.toCharArray()) {
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts.stream().map(String::trim).filter(p -> !p.isEmpty())
                .map(p -> p.substring(p.lastIndexOf(' ') + 1)).toList();
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** The placeholders whose defaults only make sense on a developer's machine: a deployment must set them. */
    Map<String, String> developmentDefaults() {
        Map<String, String> local = new LinkedHashMap<>();
        placeholders.forEach((name, value) -> {
            if (value != null && (value.contains("localhost") || value.contains("127.0.0.1") || value.contains("dev-only"))) {
                local.put(name, value);
            }
        });
        return local;
    }
}
