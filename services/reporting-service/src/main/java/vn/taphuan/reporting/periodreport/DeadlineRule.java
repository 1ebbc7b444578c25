package vn.taphuan.reporting.periodreport;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a period's report is due: on {@code day} of the month {@code monthsAfter} months after the period's last
 * month (the annual update due 25 January is {@code monthsAfter 1, day 25}). A day beyond the month's end is its last
 * day.
 */
public record DeadlineRule(int monthsAfter, int day) {

    public DeadlineRule {
        if (monthsAfter < 0 || monthsAfter > 12) {
            throw new IllegalArgumentException("monthsAfter must be 0-12, got " + monthsAfter);
        }
        if (day < 1 || day > 31) {
            throw new IllegalArgumentException("day must be 1-31, got " + day);
        }
    }

    public LocalDate dueFor(YearMonth lastMonth) {
        YearMonth due = lastMonth.plusMonths(monthsAfter);
        return due.atDay(Math.min(day, due.lengthOfMonth()));
    }
}
