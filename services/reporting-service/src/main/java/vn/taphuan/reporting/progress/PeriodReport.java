package vn.taphuan.reporting.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A report for a period, worded like the ministry's reviews ("403.183 lượt người, đạt 80,6 % mục tiêu"). It covers
 * the plans whose period overlaps the report's months: what they achieved within those months against their whole
 * targets.
 *
 * @param scopeId    the province's tenant id, or {@code national}
 * @param from       first month, {@code yyyy-MM}
 * @param to         last month, {@code yyyy-MM}
 * @param programmes one line per programme
 * @param total      all programmes together
 * @param sameTimeLastYear the same months a year before ("so với cùng kỳ"), over the plans of those months; null
 *                   inside it
 */
public record PeriodReport(String scopeId, String scopeName, String from, String to, List<Line> programmes,
                           Line total, PeriodReport sameTimeLastYear) {

    /**
     * @param plans             plans whose period overlaps the report's
     * @param activitiesHeld    activities held within the period
     * @param activitiesPlanned activities those plans planned
     * @param personTurns       person-turns achieved within the period
     * @param personTurnTarget  person-turns those plans target
     * @param percent           person-turns as a percentage of the target
     * @param spentVnd          money spent within the period
     * @param headlineVi        the line as a sentence, in Vietnamese
     * @param headlineEn        the same in English
     */
    public record Line(String programmeCode, String programmeName, int plans, long activitiesHeld,
                       long activitiesPlanned, BigDecimal activitiesPercent, long personTurns, long personTurnTarget,
                       BigDecimal percent, long women, long ethnicMinority, long spentVnd, String headlineVi,
                       String headlineEn) {
    }

    /** The report of the months {@code from}–{@code to} and, beside it, of the same months a year before. */
    public static PeriodReport withSameTimeLastYear(String scopeId, String scopeName, YearMonth from, YearMonth to,
                                                    List<PlanFigures> plans) {
        PeriodReport current = of(scopeId, scopeName, from, to, plans);
        return new PeriodReport(current.scopeId(), current.scopeName(), current.from(), current.to(),
                current.programmes(), current.total(), of(scopeId, scopeName, from.minusYears(1), to.minusYears(1), plans));
    }

    /** The report of the months {@code from}–{@code to} alone. */
    public static PeriodReport of(String scopeId, String scopeName, YearMonth from, YearMonth to,
                                  List<PlanFigures> plans) {
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        String fromKey = from.toString();
        String toKey = to.toString();
        Map<String, List<PlanFigures>> byProgramme = new TreeMap<>();
        for (PlanFigures plan : plans) {
            if (plan.known() && !plan.plan().periodStart().isAfter(last) && !plan.plan().periodEnd().isBefore(first)) {
                byProgramme.computeIfAbsent(plan.plan().programmeCode(), k -> new ArrayList<>()).add(plan);
            }
        }
        List<Line> lines = new ArrayList<>();
        byProgramme.forEach((code, programmePlans) -> lines.add(line(code, programmePlans.stream()
                .map(p -> p.plan().programmeName()).filter(java.util.Objects::nonNull).findFirst().orElse(null),
                programmePlans, fromKey, toKey)));
        Line total = line(null, null, byProgramme.values().stream().flatMap(List::stream).toList(), fromKey, toKey);
        return new PeriodReport(scopeId, scopeName, fromKey, toKey, lines, total, null);
    }

    /** The line of {@code programmeCode} (null: the total), or null when the report has none. */
    public Line line(String programmeCode) {
        if (programmeCode == null) {
            return total;
        }
        return programmes.stream().filter(l -> programmeCode.equals(l.programmeCode())).findFirst().orElse(null);
    }

    /**
     * Person-turns of the period against the same months a year before, as a percentage change (+12.5 means an
     * eighth more); null when there is nothing to compare with.
     */
    public BigDecimal changeOnLastYear(String programmeCode) {
        Line now = line(programmeCode);
        Line before = sameTimeLastYear == null ? null : sameTimeLastYear.line(programmeCode);
        if (now == null || before == null || before.personTurns() == 0) {
            return null;
        }
        return Percent.of(now.personTurns() - before.personTurns(), before.personTurns());
    }

    private static Line line(String code, String name, List<PlanFigures> plans, String fromKey, String toKey) {
        long held = 0;
        long planned = 0;
        long turns = 0;
        long target = 0;
        long women = 0;
        long minority = 0;
        long spent = 0;
        for (PlanFigures plan : plans) {
            planned = Math.addExact(planned, plan.totals().activities().planned());
            target = Math.addExact(target, plan.totals().personTurns().target());
            for (Figures.MonthFigures m : plan.totals().monthly()) {
                if (m.month().compareTo(fromKey) >= 0 && m.month().compareTo(toKey) <= 0) {
                    held = Math.addExact(held, m.activitiesHeld());
                    turns = Math.addExact(turns, m.personTurns());
                    women = Math.addExact(women, m.women());
                    minority = Math.addExact(minority, m.ethnicMinority());
                    spent = Math.addExact(spent, m.spentVnd());
                }
            }
        }
        return line(code, name, plans.size(), held, planned, turns, target, women, minority, spent, fromKey, toKey);
    }

    /**
     * The lines of several reports of the same months added up (e.g. the provinces' certified reports of a quarter),
     * worded as one: the counts and money summed, the percentages and headlines of the sums.
     */
    public static Line sum(String programmeCode, String programmeName, YearMonth from, YearMonth to, List<Line> lines) {
        int plans = 0;
        long held = 0;
        long planned = 0;
        long turns = 0;
        long target = 0;
        long women = 0;
        long minority = 0;
        long spent = 0;
        for (Line l : lines) {
            plans = Math.addExact(plans, l.plans());
            held = Math.addExact(held, l.activitiesHeld());
            planned = Math.addExact(planned, l.activitiesPlanned());
            turns = Math.addExact(turns, l.personTurns());
            target = Math.addExact(target, l.personTurnTarget());
            women = Math.addExact(women, l.women());
            minority = Math.addExact(minority, l.ethnicMinority());
            spent = Math.addExact(spent, l.spentVnd());
        }
        return line(programmeCode, programmeName, plans, held, planned, turns, target, women, minority, spent,
                from.toString(), to.toString());
    }

    private static Line line(String code, String name, int plans, long held, long planned, long turns, long target,
                             long women, long minority, long spent, String fromKey, String toKey) {
        BigDecimal percent = Percent.of(turns, target);
        String period = VietnameseFormat.month(fromKey) + "–" + VietnameseFormat.month(toKey);
        String vi = period + ": " + VietnameseFormat.number(turns) + " lượt người"
                + (percent == null ? "" : ", đạt " + VietnameseFormat.percent(percent) + " % mục tiêu ("
                + VietnameseFormat.number(target) + " lượt người)");
        String en = period + ": " + VietnameseFormat.numberEn(turns) + " person-turns"
                + (percent == null ? "" : ", " + percent.toPlainString() + " % of the target ("
                + VietnameseFormat.numberEn(target) + ")");
        return new Line(code, name, plans, held, planned, Percent.of(held, planned), turns, target, percent,
                women, minority, spent, vi, en);
    }
}
