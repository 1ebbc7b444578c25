package vn.taphuan.localstack;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PromQL queries an operator's alerts ({@code infra/monitoring/alerts.yml}) and dashboard
 * ({@code infra/monitoring/grafana/dashboards}) run, and the metric names they read — so a test can check that the
 * services export every one (a renamed metric would otherwise leave an alert silent for ever).
 */
final class MonitoringQueries {

    private static final Pattern EXPR = Pattern.compile("^\\s*expr:\\s*(.+)$", Pattern.MULTILINE);
    /** Label sets, range selectors, strings and the label lists of grouping: none of them names a metric. */
    private static final Pattern NOT_NAMES = Pattern.compile(
            "\\{[^}]*}|\\[[^]]*]|\"[^\"]*\"|\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(?=\\s*(\\()?)");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan");
    /** Series Prometheus makes itself, not the services. */
    static final Set<String> OF_PROMETHEUS = Set.of("up");

    private MonitoringQueries() {
    }

    /** Every query of the alert rules and of every dashboard's panels. */
    static List<String> all(Path monitoring) {
        List<String> queries = new ArrayList<>();
        try {
            Matcher alert = EXPR.matcher(Files.readString(monitoring.resolve("alerts.yml"), StandardCharsets.UTF_8));
            while (alert.find()) {
                queries.add(alert.group(1).strip());
            }
            try (var dashboards = Files.list(monitoring.resolve("grafana/dashboards"))) {
                for (Path dashboard : dashboards.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode json = Api.JSON.readTree(Files.readString(dashboard, StandardCharsets.UTF_8));
                    json.path("panels").forEach(panel -> panel.path("targets")
                            .forEach(target -> queries.add(target.path("expr").asString())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }

    /** The metric names a query reads (functions, keywords, labels and numbers left out). */
    static Set<String> metricNames(String query) {
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(NOT_NAMES.matcher(query).replaceAll(" "));
        while (identifier.find()) {
            String name = identifier.group();
            boolean function = identifier.group(1) != null;
            if (!function && !KEYWORDS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                names.add(name);
            }
        }
        return names;
    }

    /** The metric names in a Prometheus scrape. */
    static Set<String> exported(String scrape) {
        Set<String> names = new TreeSet<>();
        for (String line : scrape.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }
}
