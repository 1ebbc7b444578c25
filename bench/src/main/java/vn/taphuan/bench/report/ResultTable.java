package vn.taphuan.bench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The one table a run prints and writes: each figure with its ratio to the ceilings measured in the same run, the
 * issue's target beside it and whether it is met.
 */
public final class ResultTable {

    /** A row; a row with only {@code figure} set is a section heading. */
    public record Row(String figure, String measured, String ratio, String target, String verdict) {

        boolean heading() {
            return measured == null;
        }
    }

    public static final String MET = "met";
    public static final String NOT_MET = "NOT met";

    private final List<Row> rows = new ArrayList<>();

    public ResultTable section(String title) {
        rows.add(new Row(title, null, null, null, null));
        return this;
    }

    public ResultTable row(String figure, String measured, String ratio, String target, String verdict) {
        rows.add(new Row(figure, measured, ratio == null ? "—" : ratio, target == null ? "—" : target,
                verdict == null ? "—" : verdict));
        return this;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public static String verdict(boolean met) {
        return met ? MET : NOT_MET;
    }

    public String markdown() {
        StringBuilder text = new StringBuilder("| figure | measured | ratio to the ceilings | target (issue 13) | |\n"
                + "|---|---|---|---|---|\n");
        for (Row row : rows) {
            if (row.heading()) {
                text.append("| **").append(escape(row.figure())).append("** | | | | |\n");
            } else {
                text.append("| ").append(escape(row.figure())).append(" | ").append(escape(row.measured())).append(" | ")
                        .append(escape(row.ratio())).append(" | ").append(escape(row.target())).append(" | ")
                        .append(row.verdict().equals(NOT_MET) ? "**" + NOT_MET + "**" : escape(row.verdict()))
                        .append(" |\n");
            }
        }
        return text.toString();
    }

    /** The same as aligned text for the console. */
    public String text() {
        int[] widths = {6, 8, 5, 6, 7};
        for (Row row : rows) {
            if (!row.heading()) {
                String[] cells = cells(row);
                for (int c = 0; c < cells.length; c++) {
                    widths[c] = Math.min(c == 0 ? 62 : 48, Math.max(widths[c], cells[c].length()));
                }
            }
        }
        StringBuilder text = new StringBuilder();
        String format = "%-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %-" + widths[3] + "s  %s%n";
        text.append(String.format(format, "figure", "measured", "ratio", "target", "verdict"));
        for (Row row : rows) {
            if (row.heading()) {
                text.append('\n').append(row.figure().toUpperCase(java.util.Locale.ROOT)).append('\n');
            } else {
                Object[] cells = cells(row);
                text.append(String.format(format, cells));
            }
        }
        return text.toString();
    }

    private static String[] cells(Row row) {
        return new String[]{row.figure(), row.measured(), row.ratio(), row.target(), row.verdict()};
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
