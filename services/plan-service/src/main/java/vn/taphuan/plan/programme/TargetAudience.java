package vn.taphuan.plan.programme;

import java.util.List;

/**
 * A target group (đối tượng) a programme trains, e.g. community: village representatives, prestigious persons…
 *
 * @param group       community or cadres
 * @param levels      for cadres, the levels they work at; empty for all
 * @param description who exactly, as the programme words it (Vietnamese)
 */
public record TargetAudience(TargetGroup group, List<CadreLevel> levels, String description) {

    public TargetAudience {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
