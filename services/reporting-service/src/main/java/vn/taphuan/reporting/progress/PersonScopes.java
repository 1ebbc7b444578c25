package vn.taphuan.reporting.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Persons trained beyond one plan — in a province (with the provinces merged into it), in the country, in each of
 * their programmes, phases and owning ministries — each counted once, with the month they were first trained in
 * there. A person is one person across programmes and phases (the person key is the same keyed hash of their ID
 * number whatever they were trained under), so a learner of 2024 under the ethnic-minority programme and of 2026
 * under the merged programme counts once over all, once in each phase and once in each programme. A person counts in a
 * province's scope when one of their completions was recorded in a tenant the province inherits from
 * ({@code heirs} gives, for a tenant, every province whose figures include it, itself too).
 * <p>
 * A scope's counts are kept as persons per first month, per selection ({@link #key}): every programme together
 * ({@link #ALL}), one programme, one owning ministry's programmes, each of these within one phase; the totals are
 * their sums. A completion falls in the phase of the day it was completed ({@link Phase#of}). A change of one person is the counts of their new completions less those of their old
 * ones ({@link #count}).
 */
public final class PersonScopes {

    /** The key of the counts over every programme. */
    public static final String ALL = "*";
    /** The scope of the whole country. */
    public static final String NATIONAL = "national";

    /** scope → programme (or {@link #ALL}) → first month → persons */
    private final Map<String, Map<String, Map<String, Long>>> scopes = new TreeMap<>();

    private static final String PHASE = "phase:";
    private static final String MINISTRY = "ministry:";

    /** One completion of a person, as far as the scopes go. */
    public record Completion(String tenantId, String programmeCode, LocalDate completedOn) {
    }

    public Map<String, Map<String, Map<String, Long>>> scopes() {
        return scopes;
    }

    /**
     * The key of the persons of a selection: one programme (which wins over a ministry: a programme belongs to one),
     * else one ministry's programmes, else every programme; within one phase when {@code phase} is given.
     */
    public static String key(String ministry, String programme, String phase) {
        String base = programme != null ? programme : ministry != null ? MINISTRY + ministry : ALL;
        if (phase == null) {
            return base;
        }
        return ALL.equals(base) ? PHASE + phase : base + "@" + phase;
    }

    /**
     * Adds ({@code sign} 1) or takes away ({@code -1}) one person with these completions; {@code owners} gives a
     * programme's owning ministry, or null.
     */
    public PersonScopes count(Collection<Completion> completions, Function<String, Set<String>> heirs,
                              Function<String, String> owners, int sign) {
        Map<String, Map<String, String>> first = new TreeMap<>();
        for (Completion c : completions) {
            String month = c.completedOn().toString().substring(0, 7);
            String phase = Phase.of(c.completedOn()).code();
            String owner = c.programmeCode() == null ? null : owners.apply(c.programmeCode());
            List<String> keys = new ArrayList<>(List.of(ALL, key(null, null, phase)));
            if (c.programmeCode() != null) {
                keys.add(c.programmeCode());
                keys.add(key(null, c.programmeCode(), phase));
            }
            if (owner != null) {
                keys.add(key(owner, null, null));
                keys.add(key(owner, null, phase));
            }
            for (String scope : scopesOf(c.tenantId(), heirs)) {
                Map<String, String> ofScope = first.computeIfAbsent(scope, s -> new TreeMap<>());
                keys.forEach(k -> ofScope.merge(k, month, PersonScopes::earlier));
            }
        }
        first.forEach((scope, programmes) -> programmes.forEach((programme, month) ->
                add(scope, programme, month, sign)));
        return this;
    }

    private static Set<String> scopesOf(String tenant, Function<String, Set<String>> heirs) {
        Set<String> scopes = new java.util.TreeSet<>(heirs.apply(tenant));
        scopes.add(NATIONAL);
        return scopes;
    }

    /** Adds another set of counts (a delta); returns these. */
    public PersonScopes add(PersonScopes other) {
        other.scopes.forEach((scope, programmes) -> programmes.forEach((programme, months) ->
                months.forEach((month, n) -> add(scope, programme, month, n))));
        return this;
    }

    /** Adds {@code n} persons first trained in {@code month} to one scope's counts. */
    public void add(String scope, String programme, String month, long n) {
        Map<String, Map<String, Long>> programmes = scopes.computeIfAbsent(scope, s -> new TreeMap<>());
        Map<String, Long> months = programmes.computeIfAbsent(programme, p -> new TreeMap<>());
        months.merge(month, n, (a, b) -> {
            long sum = Math.addExact(a, b);
            return sum == 0 ? null : sum;
        });
        if (months.isEmpty()) {
            programmes.remove(programme);
        }
        if (programmes.isEmpty()) {
            scopes.remove(scope);
        }
    }

    /** The persons of one scope and programme, with the month each was first trained in. */
    public static Figures.UniquePersons persons(Map<String, Long> months) {
        long total = 0;
        for (long n : months.values()) {
            total = Math.addExact(total, n);
        }
        return new Figures.UniquePersons(total, months == null ? Map.of() : months);
    }

    public boolean isEmpty() {
        return scopes.isEmpty();
    }

    private static String earlier(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
