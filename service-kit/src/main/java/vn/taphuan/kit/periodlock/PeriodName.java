package vn.taphuan.kit.periodlock;

import vn.taphuan.kit.refusal.Labelled;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as reporting-service names it ({@code 2025-M03}, {@code 2025-Q3}, {@code 2025-H1},
 * {@code 2025}: periods start in January), with its days and its name in words as the reports title it: "Tháng
 * 03/2025", "Quý III/2025", "6 tháng đầu năm 2025", "Năm 2025" (March 2025, Q3 2025, first half of 2025, year 2025).
 *
 * @param key      the period's id
 * @param firstDay its first day
 * @param lastDay  its last day
 */
public record PeriodName(String key, LocalDate firstDay, LocalDate lastDay) implements Labelled {

    private static final Pattern KEY = Pattern.compile("(\\d{4})(?:-(M|Q|H)(\\d{1,2}))?");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    /** The period {@code key} names, if it names one. */
    public static Optional<PeriodName> of(String key) {
        Matcher m = key == null ? null : KEY.matcher(key);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return Optional.of(new PeriodName(key, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        int months = switch (m.group(2)) {
            case "M" -> 1;
            case "Q" -> 3;
            default -> 6;
        };
        int index = Integer.parseInt(m.group(3));
        if (index < 1 || index > 12 / months) {
            return Optional.empty();
        }
        YearMonth first = YearMonth.of(year, (index - 1) * months + 1);
        return Optional.of(new PeriodName(key, first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth()));
    }

    /** The ids of every period that holds {@code day}: its month, quarter, half-year and year. */
    public static List<String> keysHolding(LocalDate day) {
        int year = day.getYear();
        int month = day.getMonthValue();
        return List.of(String.format("%d-M%02d", year, month), year + "-Q" + ((month - 1) / 3 + 1),
                year + "-H" + ((month - 1) / 6 + 1), Integer.toString(year));
    }

    public boolean holds(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    @Override
    public String labelVi() {
        Parts p = parts();
        return switch (p.kind) {
            case "M" -> String.format("Tháng %02d/%d", p.index, p.year);
            case "Q" -> "Quý " + ROMAN[p.index - 1] + "/" + p.year;
            case "H" -> (p.index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + p.year;
            default -> "Năm " + p.year;
        };
    }

    @Override
    public String labelEn() {
        Parts p = parts();
        return switch (p.kind) {
            case "M" -> MONTHS_EN[p.index - 1] + " " + p.year;
            case "Q" -> "Q" + p.index + " " + p.year;
            case "H" -> (p.index == 1 ? "first half of " : "second half of ") + p.year;
            default -> "year " + p.year;
        };
    }

    private Parts parts() {
        Matcher m = KEY.matcher(key == null ? "" : key);
        if (!m.matches()) {
            // a name made from days only (never from reporting's ids): told by its days
            return new Parts("", 0, firstDay == null ? 0 : firstDay.getYear());
        }
        return new Parts(m.group(2) == null ? "" : m.group(2), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(1)));
    }

    private record Parts(String kind, int index, int year) {
    }
}
