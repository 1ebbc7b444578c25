package vn.taphuan.bench.measure;

import vn.taphuan.bench.load.ApiClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' store traffic counters at one moment, as their Prometheus scrapes show them
 * ({@code taphuan_store_bytes_total} and {@code taphuan_store_documents_total}, counted by the service kit's
 * {@code StoreTrafficMeter} when {@code taphuan.kit.store-traffic-meter} is on), or the difference between two such
 * moments ({@link #since}).
 *
 * @param services   the services asked, in order
 * @param bytes      bytes per (service, collection, command, direction "sent" or "received")
 * @param documents  documents written per (service, collection, command, direction "written")
 * @param unanswered services whose scrape did not answer (their figures are missing from this snapshot)
 */
public record StoreCounters(List<String> services, Map<Key, Double> bytes, Map<Key, Double> documents,
                            List<String> unanswered) {

    private static final Duration CALL = Duration.ofSeconds(10);
    private static final Pattern SAMPLE = Pattern.compile("^(taphuan_store_(?:bytes|documents)_total)\\{([^}]*)}\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One series. */
    public record Key(String service, String collection, String command, String direction) {

        /** The documents series of the same command: what a write sent. */
        public Key written() {
            return new Key(service, collection, command, "written");
        }
    }

    public StoreCounters {
        services = List.copyOf(services);
        bytes = Map.copyOf(bytes);
        documents = Map.copyOf(documents);
        unanswered = List.copyOf(unanswered);
    }

    /**
     * Scrapes {@code /actuator/prometheus} of each service (public on the management port); a service that does
     * not answer is listed in {@link #unanswered()}.
     *
     * @param managementUrls service name → its actuator's base URL
     */
    public static StoreCounters scrape(ApiClient api, Map<String, String> managementUrls) {
        Map<Key, Double> bytes = new HashMap<>();
        Map<Key, Double> documents = new HashMap<>();
        List<String> unanswered = new ArrayList<>();
        managementUrls.forEach((service, url) -> {
            ApiClient.Answer answer = api.get(url + "/actuator/prometheus", null, CALL);
            if (answer.ok() && answer.raw() != null) {
                StoreCounters one = parse(service, answer.raw());
                bytes.putAll(one.bytes());
                documents.putAll(one.documents());
            } else {
                unanswered.add(service);
            }
        });
        return new StoreCounters(List.copyOf(managementUrls.keySet()), bytes, documents, unanswered);
    }

    /** The store counters of one service's scrape (other metrics ignored; several processes' series summed). */
    public static StoreCounters parse(String service, String prometheusText) {
        Map<Key, Double> bytes = new HashMap<>();
        Map<Key, Double> documents = new HashMap<>();
        for (String line : prometheusText.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.find()) {
                continue;
            }
            double value;
            try {
                value = Double.parseDouble(sample.group(3));
            } catch (NumberFormatException e) {
                continue;
            }
            Map<String, String> labels = new HashMap<>();
            Matcher label = LABEL.matcher(sample.group(2));
            while (label.find()) {
                labels.put(label.group(1), label.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
            }
            Key key = new Key(service, labels.getOrDefault("collection", "-"), labels.getOrDefault("command", "-"),
                    labels.getOrDefault("direction", "-"));
            (sample.group(1).startsWith("taphuan_store_bytes") ? bytes : documents).merge(key, value, Double::sum);
        }
        return new StoreCounters(List.of(service), bytes, documents, List.of());
    }

    /**
     * What was counted from {@code earlier} until this snapshot. A counter lower than before belongs to a process
     * started again in between (a fault): all it shows now was counted since, as Prometheus' {@code increase} takes it.
     */
    public StoreCounters since(StoreCounters earlier) {
        List<String> missing = new ArrayList<>(earlier.unanswered());
        unanswered.stream().filter(s -> !missing.contains(s)).forEach(missing::add);
        return new StoreCounters(services, difference(bytes, earlier.bytes()), difference(documents, earlier.documents()),
                missing);
    }

    private static Map<Key, Double> difference(Map<Key, Double> later, Map<Key, Double> earlier) {
        Map<Key, Double> delta = new LinkedHashMap<>();
        later.forEach((key, value) -> {
            double before = earlier.getOrDefault(key, 0.0);
            double counted = value >= before ? value - before : value;
            if (counted > 0) {
                delta.put(key, counted);
            }
        });
        return delta;
    }

    /** All bytes sent and received. */
    public double totalBytes() {
        return bytes.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** All documents written. */
    public double totalDocuments() {
        return documents.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Empty: nothing to report from (the meter was off, or no service answered). */
    public boolean empty() {
        return bytes.isEmpty() && documents.isEmpty();
    }
}
