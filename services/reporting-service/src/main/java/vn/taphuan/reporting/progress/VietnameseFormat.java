package vn.taphuan.reporting.progress;


import vn.taphuan.kit.problem.Dates;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Numbers and dates written the Vietnamese way, as in the plans: {@code 6.889.000.000}, {@code 80,6}, {@code 20/03/2023}.
 */
public final class VietnameseFormat {

    /** Whole number with dots between thousands: {@code 6.889.000.000}. */
    public static String number(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return value < 0 ? "-" + out : out.toString();
    }

    /** A percentage with a decimal comma: {@code 80,6}; empty when there is none. */
    public static String percent(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }

    public static String date(LocalDate value) {
        return Dates.shown(value);
    }

    /** {@code 2023-04} → {@code 04/2023}. */
    public static String month(String yearMonth) {
        return yearMonth.substring(5) + "/" + yearMonth.substring(0, 4);
    }

    /** English twin of {@link #number}: {@code 6,889,000,000}. */
    public static String numberEn(long value) {
        return number(value).replace('.', ',');
    }

    private VietnameseFormat() {
    }
}
