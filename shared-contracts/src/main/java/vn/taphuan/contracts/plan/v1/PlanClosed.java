package vn.taphuan.contracts.plan.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A plan was closed: no new activities may be scheduled or spending recorded under it. Results stay counted.
 *
 * @param planId      plan id
 * @param planVersion the plan version that was in force
 * @param closedOn    ISO date the plan was closed
 * @param reason      why, if given (Vietnamese)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanClosed(
        String planId,
        int planVersion,
        String closedOn,
        String reason) {
}
