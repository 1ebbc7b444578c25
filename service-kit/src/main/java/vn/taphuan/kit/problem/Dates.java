package vn.taphuan.kit.problem;

import java.time.LocalDate;
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
        return FieldViolation.of(field,
                "phải là ngày dạng yyyy-MM-dd (ví dụ 2024-03-05), từ " + shown(EARLIEST) + " đến " + shown(LATEST),
                "must be a date as yyyy-MM-dd (e.g. 2024-03-05), from " + shown(EARLIEST) + " to " + shown(LATEST));
    }

    /** {@code field} is not a moment the platform accepts (e.g. the audit trail's {@code from}). */
    public static FieldViolation expectedMoment(String field) {
        return FieldViolation.of(field,
                "phải là thời điểm dạng ISO 8601 (ví dụ 2024-03-05T08:00:00Z), từ năm " + EARLIEST.getYear()
                        + " đến năm " + LATEST.getYear(),
                "must be a moment in ISO 8601 (e.g. 2024-03-05T08:00:00Z), from the year " + EARLIEST.getYear()
                        + " to " + LATEST.getYear());
    }

    /** {@code field} is not a month the platform accepts. */
    public static FieldViolation expectedMonth(String field) {
        return FieldViolation.of(field,
                "phải là tháng dạng yyyy-MM (ví dụ 2023-01), từ năm " + EARLIEST.getYear() + " đến năm "
                        + LATEST.getYear(),
                "must be a month as yyyy-MM (e.g. 2023-01), from the year " + EARLIEST.getYear() + " to "
                        + LATEST.getYear());
    }

    private Dates() {
    }
}
