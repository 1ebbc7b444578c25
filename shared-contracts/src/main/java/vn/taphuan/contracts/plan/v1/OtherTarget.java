package vn.taphuan.contracts.plan.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * A target of the plan that is not about training (equipment, facilities, people reached by information): carried
 * so a consumer can show it with the plan; never a training target, never counted as progress. Added in v1 as an
 * optional part of a plan.
 *
 * @param description the target as worded in the plan (Vietnamese)
 * @param quantity    the figure it states, if any; a share in percent when {@code unit} is {@code %}; may be null
 * @param unit        what the figure counts, as worded in the plan ({@code %}, {@code nhà văn hóa}); may be null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OtherTarget(String description, BigDecimal quantity, String unit) {
}
