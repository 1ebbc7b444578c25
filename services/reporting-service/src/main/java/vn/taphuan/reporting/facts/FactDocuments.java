package vn.taphuan.reporting.facts;

import org.bson.Document;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Small helpers for reading and writing fact documents: dates as ISO strings, optional fields left out. */
final class FactDocuments {

    /** A field map that drops null values (a $set of null would erase what another section wrote). */
    static Fields fields() {
        return new Fields();
    }

    static final class Fields {
        private final Map<String, Object> values = new HashMap<>();

        Fields put(String name, Object value) {
            if (value != null) {
                values.put(name, value);
            }
            return this;
        }

        /** Sets the field even to null: for fields a later state must clear. */
        Fields putNullable(String name, Object value) {
            values.put(name, value);
            return this;
        }

        Map<String, Object> map() {
            return values;
        }
    }

    static LocalDate date(Document d, String field) {
        String value = d.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }

    static <E extends Enum<E>> E enumOf(Document d, String field, Function<String, E> valueOf) {
        String value = d.getString(field);
        return value == null ? null : valueOf.apply(value);
    }

    static Integer integer(Document d, String field) {
        Object value = d.get(field);
        return value == null ? null : ((Number) value).intValue();
    }

    static long longOf(Document d, String field) {
        Object value = d.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private FactDocuments() {
    }
}
