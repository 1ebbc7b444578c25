package vn.taphuan.plan.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rolls a unit up to the unit that holds its area on a given day, following successors across reorganisations:
 * a result recorded in 2023 under xã Tuấn Đạo, huyện Sơn Động, tỉnh Bắc Giang counts in 2026 under xã Tuấn Đạo,
 * tỉnh Bắc Ninh.
 */
public final class Succession {

    /**
     * The outcome of a roll-up.
     *
     * @param chain    the codes followed, from the unit asked about to the one reached
     * @param inForce  true if the last unit exists on the day; false if the chain ends in a unit that ended without a
     *                 successor, or in one that did not exist yet
     */
    public record RollUp(List<String> chain, boolean inForce) {

        public String unitCode() {
            return chain.get(chain.size() - 1);
        }
    }

    public static Optional<RollUp> rollUp(String code, LocalDate on, AdministrativeUnit.Units units) {
        Optional<UnitDefinition> start = units.find(code);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        List<String> chain = new ArrayList<>(List.of(code));
        Set<String> seen = new HashSet<>(chain);
        UnitDefinition current = start.get();
        while (current.validTo() != null && current.validTo().isBefore(on) && current.successorCode() != null) {
            String next = current.successorCode();
            Optional<UnitDefinition> successor = units.find(next);
            if (successor.isEmpty() || !seen.add(next)) {
                break; // a broken or circular chain stops where it is; the registry refuses to create either
            }
            chain.add(next);
            current = successor.get();
        }
        return Optional.of(new RollUp(List.copyOf(chain), current.existsOn(on)));
    }

    private Succession() {
    }
}
