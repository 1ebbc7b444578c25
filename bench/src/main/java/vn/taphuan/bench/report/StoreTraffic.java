package vn.taphuan.bench.report;

import vn.taphuan.bench.measure.StoreCounters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the store work of a person-turn goes: the bytes the services sent to the store and received from it, from the
 * start of loading until every person-turn was visible nationwide, divided by the person-turns loaded — per service,
 * and the largest series (service, collection, command, direction) with the documents their writes carried. The
 * rebuild of reporting's projections is counted apart, divided by the same person-turns.
 *
 * @param personTurns person-turns loaded (the divisor)
 * @param load        the counters' increase from the start of loading until all person-turns were visible
 * @param rebuild     their increase over the rebuild (null: not measured)
 */
public record StoreTraffic(long personTurns, StoreCounters load, StoreCounters rebuild) {

    public static final String TITLE = "Store traffic per person-turn (load until visible)";
    /** Rows of the largest series shown. */
    public static final int TOP = 12;

    private static final Set<String> WRITES = Set.of("insert", "update", "delete");

    /** A row: what it counts, bytes per person-turn, their share of the load's bytes, documents written per person-turn (NaN: none). */
    public record Row(String figure, double bytes, double share, double documents) {
    }

    /** Each service's bytes sent + received per person-turn, and its documents written, the largest first. */
    public List<Row> perService() {
        Map<String, double[]> services = new LinkedHashMap<>();
        load.services().forEach(service -> services.put(service, new double[2]));
        load.bytes().forEach((key, bytes) -> services.computeIfAbsent(key.service(), s -> new double[2])[0] += bytes);
        load.documents().forEach((key, documents) -> services.computeIfAbsent(key.service(), s -> new double[2])[1] += documents);
        double total = load.totalBytes();
        List<Row> rows = new ArrayList<>();
        services.forEach((service, sums) -> rows.add(new Row(service + "-service", perPersonTurn(sums[0]),
                share(sums[0], total), perPersonTurn(sums[1]))));
        rows.sort(Comparator.comparingDouble(Row::bytes).reversed().thenComparing(Row::figure));
        return rows;
    }

    /** The {@code n} series with the most bytes; a write's "sent" row carries the documents it wrote. */
    public List<Row> top(int n) {
        double total = load.totalBytes();
        return load.bytes().entrySet().stream()
                .sorted(Map.Entry.<StoreCounters.Key, Double>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().toString()))
                .limit(n)
                .map(e -> {
                    StoreCounters.Key key = e.getKey();
                    boolean write = WRITES.contains(key.command()) && key.direction().equals("sent");
                    return new Row(key.service() + "-service · " + key.collection() + " · " + key.command() + " · "
                            + key.direction(), perPersonTurn(e.getValue()), share(e.getValue(), total),
                            write ? perPersonTurn(load.documents().getOrDefault(key.written(), 0.0)) : Double.NaN);
                })
                .toList();
    }

    /** Bytes per person-turn of the load, until visible. */
    public double loadBytes() {
        return perPersonTurn(load.totalBytes());
    }

    /** Bytes per person-turn of the rebuild (NaN: not measured). */
    public double rebuildBytes() {
        return rebuild == null ? Double.NaN : perPersonTurn(rebuild.totalBytes());
    }

    private double perPersonTurn(double value) {
        return personTurns <= 0 ? Double.NaN : value / personTurns;
    }

    private static double share(double part, double whole) {
        return whole <= 0 ? Double.NaN : part / whole;
    }

    /** The rows in order, a row with only a figure is a section heading. */
    private List<String[]> cells() {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[]{"Per service (sent + received)"});
        perService().forEach(row -> cells.add(cells(row)));
        cells.add(new String[]{"The " + TOP + " largest: service · collection · command · direction"});
        top(TOP).forEach(row -> cells.add(cells(row)));
        cells.add(new String[]{"In all"});
        cells.add(cells(new Row("load, from the start until every person-turn was visible", loadBytes(), 1.0,
                perPersonTurn(load.totalDocuments()))));
        cells.add(rebuild == null ? new String[]{"rebuild of reporting's projections", "not measured", "—", "—"}
                : cells(new Row("rebuild of reporting's projections (not in the load)", rebuildBytes(), Double.NaN,
                perPersonTurn(rebuild.totalDocuments()))));
        return cells;
    }

    private static String[] cells(Row row) {
        return new String[]{row.figure(), bytes(row.bytes()), RunReport.percent(row.share()), documents(row.documents())};
    }

    /** One sentence above the table: the total, the divisor, and what is missing. */
    public String summary() {
        StringBuilder text = new StringBuilder(TITLE).append(": ").append(bytes(loadBytes())).append(" sent and received, ")
                .append(documents(perPersonTurn(load.totalDocuments()))).append(" documents written, over ")
                .append(RunReport.count(personTurns)).append(" person-turns");
        if (rebuild != null) {
            text.append("; the rebuild ").append(bytes(rebuildBytes()));
        }
        List<String> missing = new ArrayList<>(load.unanswered());
        if (rebuild != null) {
            rebuild.unanswered().stream().filter(s -> !missing.contains(s)).forEach(missing::add);
        }
        if (!missing.isEmpty()) {
            text.append(" (a scrape of ").append(String.join(", ", missing.stream().map(s -> s + "-service").toList()))
                    .append(" did not answer: its figures are short)");
        }
        if (load.empty()) {
            text.append(" — no counters: the services showed no taphuan_store_* series (meter off?)");
        }
        return text.toString();
    }

    public String markdown() {
        StringBuilder text = new StringBuilder(summary()).append(":\n\n")
                .append("| figure | bytes / person-turn | share of the load's bytes | documents written / person-turn |\n")
                .append("|---|---|---|---|\n");
        for (String[] row : cells()) {
            if (row.length == 1) {
                text.append("| **").append(escape(row[0])).append("** | | | |\n");
            } else {
                text.append("| ").append(String.join(" | ", List.of(escape(row[0]), row[1], row[2], row[3]))).append(" |\n");
            }
        }
        return text.toString();
    }

    /** The same as aligned text for the console. */
    public String text() {
        List<String[]> rows = cells();
        int width = 6;
        for (String[] row : rows) {
            if (row.length > 1) {
                width = Math.max(width, row[0].length());
            }
        }
        String format = "%-" + width + "s  %18s  %9s  %s%n";
        StringBuilder text = new StringBuilder(summary()).append("\n\n");
        text.append(String.format(Locale.ROOT, format, "figure", "bytes/person-turn", "share", "documents written/person-turn"));
        for (String[] row : rows) {
            if (row.length == 1) {
                text.append('\n').append(row[0].toUpperCase(Locale.ROOT)).append('\n');
            } else {
                text.append(String.format(Locale.ROOT, format, (Object[]) row));
            }
        }
        return text.toString();
    }

    /** "13,456 B", "7.5 B", "0 B". */
    static String bytes(double bytes) {
        if (Double.isNaN(bytes) || Double.isInfinite(bytes)) {
            return "—";
        }
        if (bytes == 0) {
            return "0 B";
        }
        return (bytes >= 100 ? String.format(Locale.ROOT, "%,.0f", bytes) : String.format(Locale.ROOT, "%.1f", bytes)) + " B";
    }

    static String documents(double documents) {
        return Double.isNaN(documents) || Double.isInfinite(documents) ? "—" : String.format(Locale.ROOT, "%.2f", documents);
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
