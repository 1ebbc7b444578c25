package vn.taphuan.reporting.periodreport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One period a programme reports on, named by a key that reads as the reports are named: {@code 2025-M03} (tháng
 * 3/2025), {@code 2025-Q2} (quý II/2025), {@code 2025-H1} (6 tháng đầu năm 2025), {@code 2025} (năm 2025). A period's
 * figures are those of the events dated in its months.
 */
public record ReportingPeriod(Cadence cadence, YearMonth from, YearMonth to) {

    private static final Pattern KEY = Pattern.compile("(\\d{4})(?:-(M|Q|H)(\\d{1,2}))?");

    /** The period of {@code cadence} that holds {@code month}. */
    public static ReportingPeriod holding(Cadence cadence, YearMonth month) {
        int index = (month.getMonthValue() - 1) / cadence.months();
        YearMonth first = YearMonth.of(month.getYear(), index * cadence.months() + 1);
        return new ReportingPeriod(cadence, first, first.plusMonths(cadence.months() - 1L));
    }

    /** The period a key names, if it is one. */
    public static Optional<ReportingPeriod> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Matcher m = KEY.matcher(key.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return Optional.of(holding(Cadence.ANNUAL, YearMonth.of(year, 1)));
        }
        Cadence cadence = switch (m.group(2)) {
            case "M" -> Cadence.MONTHLY;
            case "Q" -> Cadence.QUARTERLY;
            default -> Cadence.SIX_MONTHLY;
        };
        int index = Integer.parseInt(m.group(3));
        if (index < 1 || index > 12 / cadence.months()) {
            return Optional.empty();
        }
        return Optional.of(holding(cadence, YearMonth.of(year, (index - 1) * cadence.months() + 1)));
    }

    public String key() {
        int index = (from.getMonthValue() - 1) / cadence.months() + 1;
        return switch (cadence) {
            case MONTHLY -> String.format("%d-M%02d", from.getYear(), index);
            case QUARTERLY -> from.getYear() + "-Q" + index;
            case SIX_MONTHLY -> from.getYear() + "-H" + index;
            case ANNUAL -> Integer.toString(from.getYear());
        };
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    /** The next period of the same cadence. */
    public ReportingPeriod next() {
        return holding(cadence, to.plusMonths(1));
    }

    /** The period as the reports title it: "Quý 2/2025", "6 tháng đầu năm 2025", "Năm 2025", "Tháng 03/2025". */
    public String titleVi() {
        int index = (from.getMonthValue() - 1) / cadence.months() + 1;
        return switch (cadence) {
            case MONTHLY -> String.format("Tháng %02d/%d", from.getMonthValue(), from.getYear());
            case QUARTERLY -> "Quý " + index + "/" + from.getYear();
            case SIX_MONTHLY -> (index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + from.getYear();
            case ANNUAL -> "Năm " + from.getYear();
        };
    }
}
