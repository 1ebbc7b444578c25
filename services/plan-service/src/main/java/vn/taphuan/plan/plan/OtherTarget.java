package vn.taphuan.plan.plan;

import java.math.BigDecimal;

/**
 * A target of the plan that is not about training (equipment, facilities, people reached by information, e.g. "100%
 * người dân được tuyên truyền"): kept with the plan and shown, never tracked as training progress.
 *
 * @param description the target as the plan words it
 * @param quantity    the figure it states, if any (a share in percent when {@code unit} is "%")
 * @param unit        what the figure counts, as the plan words it ("%", "nhà văn hóa", "bộ thiết bị"); null if none
 * @param source      where the import read it; null when entered by hand
 */
public record OtherTarget(String description, BigDecimal quantity, String unit, SourceSpan source) {
}
