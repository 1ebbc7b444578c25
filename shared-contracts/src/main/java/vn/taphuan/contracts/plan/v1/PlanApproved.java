package vn.taphuan.contracts.plan.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A provincial training plan was approved (version 1) and its targets now count. Carries the full target lines and
 * budget envelope so no consumer ever needs to call plan-service.
 *
 * @param planId          plan id (also the envelope's aggregate id)
 * @param planVersion     plan version number; 1 on first approval, +1 per amendment
 * @param programmeCode   programme catalogue code, e.g. {@code MTQG_DTTS_MN_2021_2025}
 * @param title           plan title as issued (Vietnamese)
 * @param documentNumber  number of the issuing decision or plan, e.g. {@code 123/KH-UBND}; may be null
 * @param documentDate    ISO date the document was issued, e.g. {@code 2023-03-15}; may be null
 * @param periodStart     ISO date the plan's period starts, e.g. {@code 2023-01-01}
 * @param periodEnd       ISO date the plan's period ends, e.g. {@code 2023-12-31}
 * @param deadline        ISO date of the programme's deadline the targets are measured against, e.g. {@code 2025-12-31}
 * @param budgetTotalVnd  whole budget envelope in whole VND
 * @param budgetBySource  the envelope split by funding source; amounts add up to {@code budgetTotalVnd}
 * @param targetLines     every target line of this version
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanApproved(
        String planId,
        int planVersion,
        String programmeCode,
        String title,
        String documentNumber,
        String documentDate,
        String periodStart,
        String periodEnd,
        String deadline,
        long budgetTotalVnd,
        List<FundingAmount> budgetBySource,
        List<TargetLine> targetLines) {
}
