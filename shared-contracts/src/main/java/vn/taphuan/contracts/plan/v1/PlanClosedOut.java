package vn.taphuan.contracts.plan.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A plan of a phase whose deadline has come was closed out for the phase's final review (báo cáo tổng kết): its
 * figures are final. What enrolment and budget record for it after {@code closedOutAt} is kept but no longer changes
 * them. The plan is closed too (a {@link PlanClosed} precedes this event when it was not).
 *
 * @param planId      plan id
 * @param planVersion the plan version that was in force
 * @param phase       the phase closed out, {@code yyyy-yyyy} (the years of its period), e.g. {@code 2021-2025}
 * @param deadline    ISO date of the deadline the plan was measured against
 * @param closedOutOn ISO date of the close-out (on or after the deadline)
 * @param closedOutAt ISO-8601 UTC instant the close-out was recorded: later facts do not change the final figures
 * @param reason      remarks, if given (Vietnamese)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanClosedOut(
        String planId,
        int planVersion,
        String phase,
        String deadline,
        String closedOutOn,
        String closedOutAt,
        String reason) {
}
