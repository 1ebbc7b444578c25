package vn.taphuan.reporting.progress;

import vn.taphuan.reporting.progress.Figures.MonthFigures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What happened in each month ({@code yyyy-MM}): activities held, person-turns (of women, of ethnic-minority people),
 * persons first trained, and money by stage. The figures list every month from the first with a fact to the last,
 * with running totals, so a chart's axis has no holes.
 */
final class MonthlyTally {

    private static final Month NOTHING = new Month();

    private final SortedMap<String, Month> months = new TreeMap<>();

    Month of(LocalDate day) {
        return of(monthOf(day));
    }

    Month of(String month) {
        return months.computeIfAbsent(month, m -> new Month());
    }

    /**
     * Persons first trained, per month. Like unique persons they are set, not added: what was there before is
     * replaced, in every month.
     */
    void firstTrained(Map<String, Long> personsByMonth) {
        months.values().forEach(m -> m.newUniquePersons = 0);
        personsByMonth.forEach((month, persons) -> of(month).newUniquePersons = persons);
    }

    /** Adds another scope's months, except the persons first trained (set with {@link #firstTrained}). */
    void add(List<MonthFigures> part) {
        for (MonthFigures figures : part) {
            Month month = of(figures.month());
            month.activitiesHeld = Math.addExact(month.activitiesHeld, figures.activitiesHeld());
            month.personTurns = Math.addExact(month.personTurns, figures.personTurns());
            month.women = Math.addExact(month.women, figures.women());
            month.ethnicMinority = Math.addExact(month.ethnicMinority, figures.ethnicMinority());
            month.money.allocate(figures.allocatedVnd());
            month.money.commit(figures.committedVnd());
            month.money.spend(figures.spentVnd());
            month.money.settle(figures.settledVnd());
        }
    }

    List<MonthFigures> figures() {
        List<MonthFigures> result = new ArrayList<>();
        if (months.isEmpty()) {
            return result;
        }
        long held = 0;
        long turns = 0;
        long unique = 0;
        long spent = 0;
        String last = months.lastKey();
        for (String month = months.firstKey(); month.compareTo(last) <= 0; month = next(month)) {
            Month m = months.getOrDefault(month, NOTHING);
            held = Math.addExact(held, m.activitiesHeld);
            turns = Math.addExact(turns, m.personTurns);
            unique = Math.addExact(unique, m.newUniquePersons);
            spent = Math.addExact(spent, m.money.spent());
            result.add(new MonthFigures(month, m.activitiesHeld, m.personTurns, m.women, m.ethnicMinority,
                    m.newUniquePersons, m.money.allocated(), m.money.committed(), m.money.spent(), m.money.settled(),
                    held, turns, unique, spent));
        }
        return result;
    }

    static String monthOf(LocalDate date) {
        return date.toString().substring(0, 7);
    }

    private static String next(String month) {
        return monthOf(LocalDate.parse(month + "-01").plusMonths(1));
    }

    /** One month's counts; money by the date of the decision, payment or settlement, commitments by their month. */
    static final class Month {
        private long activitiesHeld;
        private long personTurns;
        private long women;
        private long ethnicMinority;
        private long newUniquePersons;
        private final MoneyByStage money = new MoneyByStage();

        void held() {
            activitiesHeld = Math.incrementExact(activitiesHeld);
        }

        void completed(EnrolmentTotals.DayCount day) {
            personTurns = Math.addExact(personTurns, day.personTurns());
            women = Math.addExact(women, day.women());
            ethnicMinority = Math.addExact(ethnicMinority, day.ethnicMinority());
        }

        MoneyByStage money() {
            return money;
        }
    }
}
