package vn.taphuan.budget.norms;

import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A province's unit-cost norms: its norm sets, each valid for a period. One aggregate per tenant (id = tenant id),
 * so that two edits can never leave overlapping periods behind.
 */
public class CostNorms {

    private String id;
    private String tenantId;
    private long version;
    private List<NormSet> sets = new ArrayList<>();

    CostNorms() {
    }

    public static CostNorms empty(String tenantId) {
        CostNorms norms = new CostNorms();
        norms.id = tenantId;
        norms.tenantId = tenantId;
        return norms;
    }

    /** Adds a norm set; its period must not overlap another set's. */
    public void add(NormSet set) {
        requireNoOverlap(set, null);
        sets.add(set);
        sets.sort(Comparator.comparing(NormSet::validFrom));
    }

    /** Corrects or ends a norm set (e.g. sets its last day when new rates take over). */
    public void replace(String setId, NormSet set) {
        find(setId).orElseThrow(() -> Refused.notFound(new NormsRefusal.NoSuchNormSet(setId)));
        requireNoOverlap(set, setId);
        sets.removeIf(s -> s.id().equals(setId));
        sets.add(set);
        sets.sort(Comparator.comparing(NormSet::validFrom));
    }

    public Optional<NormSet> find(String setId) {
        return sets.stream().filter(s -> s.id().equals(setId)).findFirst();
    }

    public NormSchedule schedule(NormSet defaults) {
        return new NormSchedule(sets, defaults);
    }

    private void requireNoOverlap(NormSet set, String except) {
        for (NormSet other : sets) {
            if (!other.id().equals(except) && set.overlaps(other)) {
                NormsRefusal.ValidUntil until = other.validTo() == null ? new NormsRefusal.UntilNow()
                        : new NormsRefusal.Until(other.validTo());
                throw Refused.rule(new NormsRefusal.NormPeriodsOverlap(other.id(), other.validFrom(), until,
                                other.legalBasis()),
                        List.of(Violation.of("validFrom", new NormsRefusal.OverlapsNormSet(other.id()))));
            }
        }
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public long version() {
        return version;
    }

    public List<NormSet> sets() {
        return List.copyOf(sets);
    }
}
