package vn.taphuan.reporting.periodreport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which periods each programme reports and when each report is due: a programme's own rules, else the rules every
 * programme follows. The rules are configuration ({@code reporting.periods}), since circulars change them.
 */
public final class ReportingCalendar {

    private final Map<Cadence, DeadlineRule> defaults;
    private final Map<String, Map<Cadence, DeadlineRule>> programmes;

    public ReportingCalendar(Map<Cadence, DeadlineRule> defaults, Map<String, Map<Cadence, DeadlineRule>> programmes) {
        this.defaults = copy(defaults);
        this.programmes = programmes.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> copy(e.getValue())));
    }

    private static Map<Cadence, DeadlineRule> copy(Map<Cadence, DeadlineRule> rules) {
        Map<Cadence, DeadlineRule> copy = new EnumMap<>(Cadence.class);
        copy.putAll(rules);
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** The rules of {@code programmeCode}: by cadence, the deadline of its reports. */
    public Map<Cadence, DeadlineRule> rules(String programmeCode) {
        return programmes.getOrDefault(programmeCode, defaults);
    }

    /** The report's deadline, if the programme reports periods of that cadence. */
    public Optional<LocalDate> deadline(String programmeCode, ReportingPeriod period) {
        return Optional.ofNullable(rules(programmeCode).get(period.cadence())).map(r -> r.dueFor(period.to()));
    }

    /**
     * The periods {@code programmeCode} reports that overlap the days {@code first}–{@code last} (the plans' span) and
     * have begun by {@code today}, in the order they fall due: by their last month, then shortest first.
     */
    public List<Dated> periods(String programmeCode, LocalDate first, LocalDate last, LocalDate today) {
        List<Dated> periods = new ArrayList<>();
        LocalDate until = last.isBefore(today) ? last : today;
        rules(programmeCode).forEach((cadence, rule) -> {
            for (ReportingPeriod p = ReportingPeriod.holding(cadence, YearMonth.from(first));
                 !p.firstDay().isAfter(until); p = p.next()) {
                periods.add(new Dated(p, rule.dueFor(p.to())));
            }
        });
        periods.sort(Comparator.comparing((Dated d) -> d.period().to())
                .thenComparing(d -> d.period().cadence().months()));
        return periods;
    }

    /** A period with its report's deadline. */
    public record Dated(ReportingPeriod period, LocalDate deadline) {
    }
}
