package vn.taphuan.budget.norms;

import java.util.List;

/**
 * An activity's cost computed from the norms valid on its first day.
 *
 * @param normSetId the norm set used ({@link NormSet#DEFAULT_ID} for the documented defaults)
 * @param lines     one line per norm that applies and costs something
 * @param totalVnd  sum of the lines, whole VND
 */
public record CostEstimate(String normSetId, List<CostLine> lines, long totalVnd) {

    public CostEstimate {
        lines = List.copyOf(lines);
    }
}
