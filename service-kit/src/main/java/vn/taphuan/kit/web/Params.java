package vn.taphuan.kit.web;

import vn.taphuan.kit.problem.InputReason;
import vn.taphuan.kit.refusal.Reason;
import vn.taphuan.kit.problem.Dates;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads query parameters and collects every bad one, so that one answer names them all (in Vietnamese and
 * English) instead of the first only; a parameter of the wrong type bound by Spring would stop at the first. Dates and months outside the platform's years ({@link Dates}) are bad ones: a
 * period from the year -999999999 would only overflow the arithmetic of months.
 */
public final class Params {

    public static final int MAX_PAGE_SIZE = 200;

    private final List<FieldViolation> violations = new ArrayList<>();

    public <E extends Enum<E>> E enumOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(FieldViolation.of(name, new InputReason.NotAllowedChooseOneOf(value,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }

    /** A month {@code yyyy-MM}; {@code required} ones must be given. */
    public YearMonth month(String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(FieldViolation.of(name, new InputReason.MonthRequired()));
            }
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(value.trim());
            if (!Dates.inRange(month.atDay(1))) {
                violations.add(Dates.expectedMonth(name));
                return null;
            }
            return month;
        } catch (DateTimeParseException e) {
            violations.add(FieldViolation.of(name, new InputReason.MonthButGot(value)));
            return null;
        }
    }

    /** A report period: months {@code from} and {@code to}, both required, the last not before the first. */
    public Months months(String from, String to) {
        YearMonth first = month("from", from, true);
        YearMonth last = month("to", to, true);
        if (first != null && last != null) {
            require(!last.isBefore(first), "to", new InputReason.LastMonthBeforeFirst());
        }
        return new Months(first, last);
    }

    /** The months a period report covers, both inclusive. */
    public record Months(YearMonth first, YearMonth last) {
    }

    public LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (!Dates.inRange(date)) {
                violations.add(Dates.expected(name));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            violations.add(FieldViolation.of(name, new InputReason.DateButGot(value)));
            return null;
        }
    }

    /** A day range {@code from}–{@code to}, each optional, the last not before the first. */
    public Days days(String from, String to) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first != null && last != null) {
            require(!last.isBefore(first), "to", new InputReason.LastDayBeforeFirst());
        }
        return new Days(first, last);
    }

    /** Days both inclusive; either may be null (open). */
    public record Days(LocalDate first, LocalDate last) {
    }

    /** Free text such as a search, trimmed, at most {@code maxLength} characters; blank is none (null). */
    public String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            violations.add(FieldViolation.of(name, new InputReason.AtMostCharacters(maxLength)));
            return null;
        }
        return text;
    }

    public int page(String value) {
        Integer page = integer("page", value, 0);
        if (page != null && page < 0) {
            violations.add(FieldViolation.of("page", new InputReason.NotNegative()));
        }
        return page == null ? 0 : page;
    }

    public int size(String value, int defaultSize) {
        Integer size = integer("size", value, defaultSize);
        if (size != null && (size < 1 || size > MAX_PAGE_SIZE)) {
            violations.add(FieldViolation.of("size", new InputReason.PageSizeBetweenOneAnd(MAX_PAGE_SIZE)));
        }
        return size == null ? defaultSize : size;
    }

    /** Reports a rule between parameters, e.g. a period ending before it starts. */
    public void require(boolean condition, String name, Reason reason) {
        if (!condition) {
            violations.add(FieldViolation.of(name, reason));
        }
    }

    public boolean valid() {
        return violations.isEmpty();
    }

    /** Answers 400 naming every bad parameter, if there was one. */
    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    private Integer integer(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            violations.add(FieldViolation.of(name, new InputReason.WholeNumberButGot(value)));
            return null;
        }
    }
}
