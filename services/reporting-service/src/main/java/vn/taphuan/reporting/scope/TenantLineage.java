package vn.taphuan.reporting.scope;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which provinces' history each province reports: its own, and that of every province merged into it (named by
 * {@code TenantOnboarded.predecessorTenantIds}), transitively. Nationally, a province merged into another is not a
 * row of its own: its figures count under its heir, once.
 */
public final class TenantLineage {

    private final Map<String, List<String>> predecessors;

    /** @param predecessors every known tenant with the tenants it lists as predecessors */
    public TenantLineage(Map<String, List<String>> predecessors) {
        this.predecessors = Map.copyOf(predecessors);
    }

    /** The tenant and all tenants whose history it inherits. */
    public Set<String> scopeOf(String tenant) {
        Set<String> scope = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(tenant));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (scope.add(next)) {
                todo.addAll(predecessors.getOrDefault(next, List.of()));
            }
        }
        return scope;
    }

    /** The tenant and every tenant that inherits its history: who sees a change made under it. */
    public Set<String> heirsOf(String tenant) {
        Set<String> heirs = new TreeSet<>();
        for (String candidate : predecessors.keySet()) {
            if (scopeOf(candidate).contains(tenant)) {
                heirs.add(candidate);
            }
        }
        heirs.add(tenant);
        return heirs;
    }

    /** The tenants that are nobody's predecessor: the rows of a nationwide table, each with its inherited history. */
    public Set<String> reportingTenants(Collection<String> tenants) {
        Set<String> merged = new TreeSet<>();
        predecessors.forEach((tenant, before) -> before.stream().filter(p -> !p.equals(tenant)).forEach(merged::add));
        Set<String> rows = new TreeSet<>(tenants);
        rows.removeAll(merged);
        return rows;
    }
}
