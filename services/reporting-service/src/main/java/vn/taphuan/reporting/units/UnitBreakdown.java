package vn.taphuan.reporting.units;

import vn.taphuan.reporting.progress.Percent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Results by administrative unit as the map stands on a day: each result recorded under a unit code is counted
 * under the unit {@link UnitDirectory#rollUp} gives, so results recorded under units that were merged or abolished
 * count for the units that took them over. Unique persons are counted once per unit.
 */
public final class UnitBreakdown {

    /** A completed enrolment: one person-turn, recorded under the person's unit. */
    public record Completion(String personKey, String unitCode, boolean female, boolean ethnicMinority) {
    }

    /**
     * One unit's results.
     *
     * @param recordedUnitCodes the unit codes results were recorded under that count here (e.g. a district
     *                          abolished in 2025, a merged commune)
     * @param known             false when no reference event defined the code; name and level are then unknown
     */
    public record UnitRow(String unitCode, String name, UnitLevel level, String classification, String parentCode,
                          String parentName, boolean known, List<String> recordedUnitCodes, long activitiesHeld,
                          long personTurns, long women, BigDecimal womenShare, long ethnicMinority,
                          BigDecimal ethnicMinorityShare, long uniquePersons) {
    }

    public static List<UnitRow> of(UnitDirectory directory, UnitLevel level, LocalDate on,
                                   List<Completion> completions, List<String> heldActivityUnits) {
        Map<String, Acc> rows = new HashMap<>();
        Map<String, String> resolved = new HashMap<>();
        for (String code : heldActivityUnits) {
            if (code != null) {
                acc(rows, resolved, directory, level, on, code).held++;
            }
        }
        for (Completion c : completions) {
            if (c.unitCode() == null) {
                continue;
            }
            Acc acc = acc(rows, resolved, directory, level, on, c.unitCode());
            acc.turns++;
            acc.women += c.female() ? 1 : 0;
            acc.minority += c.ethnicMinority() ? 1 : 0;
            acc.persons.add(c.personKey());
        }
        List<UnitRow> result = new ArrayList<>();
        rows.forEach((code, acc) -> {
            AdministrativeUnit unit = directory.find(code).orElse(null);
            AdministrativeUnit parent = unit == null || unit.parentCode() == null ? null
                    : directory.current(unit.parentCode(), on).orElse(null);
            result.add(new UnitRow(code, unit == null ? null : unit.name(), unit == null ? null : unit.level(),
                    unit == null ? null : unit.classification(), parent == null ? null : parent.code(),
                    parent == null ? null : parent.name(), unit != null, List.copyOf(acc.recorded), acc.held,
                    acc.turns, acc.women, Percent.of(acc.women, acc.turns), acc.minority,
                    Percent.of(acc.minority, acc.turns), acc.persons.size()));
        });
        result.sort(Comparator.comparingLong(UnitRow::personTurns).reversed()
                .thenComparing(Comparator.comparingLong(UnitRow::activitiesHeld).reversed())
                .thenComparing(UnitRow::unitCode));
        return result;
    }

    private static Acc acc(Map<String, Acc> rows, Map<String, String> resolved, UnitDirectory directory,
                           UnitLevel level, LocalDate on, String recorded) {
        String target = resolved.computeIfAbsent(recorded, code -> directory.rollUp(code, level, on)
                .map(AdministrativeUnit::code).orElse(code));
        Acc acc = rows.computeIfAbsent(target, k -> new Acc());
        if (!recorded.equals(target)) {
            acc.recorded.add(recorded);
        }
        return acc;
    }

    private static final class Acc {
        long held;
        long turns;
        long women;
        long minority;
        final Set<String> persons = new HashSet<>();
        final Set<String> recorded = new TreeSet<>();
    }

    private UnitBreakdown() {
    }
}
