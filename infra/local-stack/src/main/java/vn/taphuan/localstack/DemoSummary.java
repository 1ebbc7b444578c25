package vn.taphuan.localstack;

import vn.taphuan.localstack.DemoPeople.Person;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the demo loader sent, counted on its own side: the figures every report must show for it. The end-to-end
 * tests compare the reporting service's answers with these.
 */
public final class DemoSummary {

    /** Figures of one target line. */
    public static final class Line {
        int scheduled;
        int held;
        long personTurns;
        long women;
        long minority;
        final Set<String> persons = new HashSet<>();
        long allocatedVnd;
        long spentVnd;
        long settledVnd;

        public int scheduled() {
            return scheduled;
        }

        public int held() {
            return held;
        }

        /** Completions: every person counted once per activity completed. */
        public long personTurns() {
            return personTurns;
        }

        /** Completions by women. */
        public long women() {
            return women;
        }

        /** Completions by ethnic-minority people. */
        public long minority() {
            return minority;
        }

        /** Different people who completed at least one activity of the line. */
        public int uniquePersons() {
            return persons.size();
        }

        public long allocatedVnd() {
            return allocatedVnd;
        }

        public long spentVnd() {
            return spentVnd;
        }

        public long settledVnd() {
            return settledVnd;
        }
    }

    private final Map<String, Map<String, Line>> lines = new LinkedHashMap<>();
    private final Map<String, String> plans = new LinkedHashMap<>();
    private final Map<String, String> documents = new LinkedHashMap<>();

    void plan(String tenant, String planId, String documentNumber) {
        plans.put(tenant, planId);
        documents.put(tenant, documentNumber);
    }

    void scheduled(String tenant, String lineId, boolean held) {
        Line line = line(tenant, lineId);
        line.scheduled++;
        if (held) {
            line.held++;
        }
    }

    void learner(String tenant, String lineId, Person person, boolean completed) {
        if (!completed) {
            return;
        }
        Line line = line(tenant, lineId);
        line.personTurns++;
        line.women += person.woman() ? 1 : 0;
        line.minority += person.minority() ? 1 : 0;
        line.persons.add(person.nationalId());
    }

    void allocated(String tenant, String lineId, long amount) {
        line(tenant, lineId).allocatedVnd += amount;
    }

    void spent(String tenant, String lineId, long amount) {
        line(tenant, lineId).spentVnd += amount;
    }

    void settled(String tenant, String lineId, long amount) {
        line(tenant, lineId).settledVnd += amount;
    }

    private Line line(String tenant, String lineId) {
        return lines.computeIfAbsent(tenant, t -> new LinkedHashMap<>()).computeIfAbsent(lineId, l -> new Line());
    }

    /** Tenant → the demo plan's id. */
    public Map<String, String> plans() {
        return java.util.Collections.unmodifiableMap(plans);
    }

    public String documentNumber(String tenant) {
        return documents.get(tenant);
    }

    /** Line id → figures, for one tenant's demo plan. */
    public Map<String, Line> lines(String tenant) {
        return lines.getOrDefault(tenant, Map.of());
    }

    public long personTurns(String tenant) {
        return lines(tenant).values().stream().mapToLong(Line::personTurns).sum();
    }

    public long spentVnd(String tenant) {
        return lines(tenant).values().stream().mapToLong(Line::spentVnd).sum();
    }
}
