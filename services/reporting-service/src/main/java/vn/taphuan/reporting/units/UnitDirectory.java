package vn.taphuan.reporting.units;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a result recorded under a unit code belongs on a given day. The rule (also in the README):
 * <ol>
 *   <li>While the unit had ceased to exist by that day, move to its successor; if it has none (abolished, like the
 *       districts in 2025), move to its parent.</li>
 *   <li>Then, while the unit is below the level asked for, move to its parent (a village's results count for its
 *       commune).</li>
 * </ol>
 * A result under a code no reference event defined stays under that code. So classes held in 2024 in a commune that
 * merged into another in July 2025 count, after that day, for the new commune and its (possibly new) province.
 */
public final class UnitDirectory {

    private final Map<String, AdministrativeUnit> units;

    public UnitDirectory(Map<String, AdministrativeUnit> units) {
        this.units = Map.copyOf(units);
    }

    public Optional<AdministrativeUnit> find(String code) {
        return Optional.ofNullable(units.get(code));
    }

    /** The unit that stands for {@code code} on {@code day} (rule 1), or empty for an unknown code. */
    public Optional<AdministrativeUnit> current(String code, LocalDate day) {
        AdministrativeUnit unit = units.get(code);
        if (unit == null) {
            return Optional.empty();
        }
        Set<String> seen = new HashSet<>();
        while (unit.ceasedBy(day) && seen.add(unit.code())) {
            String next = unit.successorCode() != null ? unit.successorCode() : unit.parentCode();
            AdministrativeUnit found = next == null ? null : units.get(next);
            if (found == null) {
                break;
            }
            unit = found;
        }
        return Optional.of(unit);
    }

    /** The unit a result recorded under {@code code} is shown under at {@code level} on {@code day} (rules 1–2). */
    public Optional<AdministrativeUnit> rollUp(String code, UnitLevel level, LocalDate day) {
        Optional<AdministrativeUnit> current = current(code, day);
        if (current.isEmpty()) {
            return current;
        }
        AdministrativeUnit unit = current.get();
        Set<String> seen = new HashSet<>();
        while (unit.level().below(level) && unit.parentCode() != null && seen.add(unit.code())) {
            Optional<AdministrativeUnit> parent = current(unit.parentCode(), day);
            if (parent.isEmpty()) {
                break;
            }
            unit = parent.get();
        }
        return Optional.of(unit);
    }

    /**
     * The unit {@code code} names and every unit a result recorded under it may be counted for on some day: its
     * successors and parents, theirs, and so on. A district's activities are those whose unit has the district in
     * this set, whichever map they were recorded on.
     */
    public Set<String> lineage(String code) {
        Set<String> lineage = new HashSet<>();
        java.util.ArrayDeque<String> next = new java.util.ArrayDeque<>();
        next.add(code);
        while (!next.isEmpty()) {
            String current = next.poll();
            if (current == null || !lineage.add(current)) {
                continue;
            }
            AdministrativeUnit unit = units.get(current);
            if (unit != null) {
                if (unit.successorCode() != null) {
                    next.add(unit.successorCode());
                }
                if (unit.parentCode() != null) {
                    next.add(unit.parentCode());
                }
            }
        }
        return lineage;
    }
}
