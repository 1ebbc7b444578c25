package vn.taphuan.reporting.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One table of a report: a sheet of the workbook, or the whole CSV file. Columns say how their values are written
 * (whole numbers and money with thousands dots, percentages with a decimal comma, dates dd/MM/yyyy).
 */
record Table(String sheet, String title, List<String> notes, List<Column> columns, List<List<Object>> rows) {

    enum Type {
        TEXT, COUNT, MONEY, PERCENT, DATE
    }

    record Column(String header, Type type) {
    }

    static Builder named(String sheet, String title) {
        return new Builder(sheet, title);
    }

    static final class Builder {
        private final String sheet;
        private final String title;
        private final List<String> notes = new ArrayList<>();
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String sheet, String title) {
            this.sheet = sheet;
            this.title = title;
        }

        Builder note(String note) {
            notes.add(note);
            return this;
        }

        Builder column(String header, Type type) {
            columns.add(new Column(header, type));
            return this;
        }

        Builder row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException("row has " + values.length + " values for " + columns.size() + " columns");
            }
            rows.add(Arrays.asList(values));
            return this;
        }

        Table build() {
            return new Table(sheet, title, List.copyOf(notes), List.copyOf(columns), List.copyOf(rows));
        }
    }
}
