package vn.taphuan.kit.problem;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;

/**
 * Dates inside problem messages, written as the officer reads and types them on every page ({@code 11/05/2025}, in
 * both languages) rather than as the API carries them ({@code 2025-05-11}); and the dates the platform accepts at
 * all.
 */
public final class Dates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * The first and last day any request may name. Training plans, classes, payments and reports of the national
     * target programmes all fall far inside; a year such as {@code -999999999} or {@code +999999999} is a typo or an
     * attack, and only overflows the arithmetic of periods, so it is refused at the edge in every service.
     */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** {@code 2025-05-11} → {@code 11/05/2025}; nothing for no date. */
    public static String shown(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    /** Whether {@code date} lies between {@link #EARLIEST} and {@link #LATEST}, both included. */
    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** {@code field} is not a date the platform accepts: says which form and which range are. */
    public static FieldViolation expected(String field) {
        return FieldViolation.of(field, dateExpected());
    }

    /** {@code field} is not a moment the platform accepts (e.g. the audit trail's {@code from}). */
    public static FieldViolation expectedMoment(String field) {
        return FieldViolation.of(field, momentExpected());
    }

    /** {@code field} is not a month the platform accepts. */
    public static FieldViolation expectedMonth(String field) {
        return FieldViolation.of(field, monthExpected());
    }

    /** Why a value is not a date the platform accepts: the form and the range that are. */
    public static InputReason dateExpected() {
        return new InputReason.DateExpected(EARLIEST, LATEST);
    }

    static InputReason momentExpected() {
        return new InputReason.MomentExpected(Year.of(EARLIEST.getYear()), Year.of(LATEST.getYear()));
    }

    static InputReason monthExpected() {
        return new InputReason.MonthExpected(Year.of(EARLIEST.getYear()), Year.of(LATEST.getYear()));
    }

    private Dates() {
    }
}
