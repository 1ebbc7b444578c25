package vn.taphuan.budget.norms;

import java.time.LocalDate;
import java.util.List;

/**
 * The norms of one province over time: its own norm sets, and the documented defaults for any day none of them
 * covers. An estimate therefore always exists, and says which set it was made with.
 *
 * @param own      the province's norm sets (non-overlapping)
 * @param defaults the service's documented default norms
 */
public record NormSchedule(List<NormSet> own, NormSet defaults) {

    public NormSchedule {
        own = List.copyOf(own);
    }

    public NormSet validOn(LocalDate day) {
        return own.stream().filter(set -> set.covers(day)).findFirst().orElse(defaults);
    }

    public CostEstimate estimate(ActivitySpec activity) {
        return validOn(activity.startDate()).estimate(activity);
    }
}
