package vn.taphuan.contracts.plan.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A provincial training plan was approved (version 1) and its targets now count. Carries the full target lines,
 * budget envelope and programme rules so no consumer ever needs to call plan-service.
 *
 * @param planId         plan id (also the envelope's aggregate id)
 * @param planVersion    plan version number: 1 on first approval, +1 per amendment
 * @param programmeCode  programme catalogue code, e.g. {@code MTQG_DTTS_MN_2021_2025}
 * @param programmeName  programme name (Vietnamese)
 * @param programmeRules rules of the programme every activity under this plan must follow
 * @param title          plan title as issued (Vietnamese)
 * @param issuingBody    body that issued the plan, e.g. UBND tỉnh Bắc Giang
 * @param documentNumber number of the issuing decision or plan, e.g. {@code 45/KH-UBND}; may be null
 * @param documentDate   ISO date the document was issued; may be null
 * @param periodStart    ISO date the period starts
 * @param periodEnd      ISO date the period ends
 * @param deadline       ISO date of the programme's deadline the targets are measured against, e.g. {@code 2025-12-31}
 * @param budgetTotalVnd whole budget envelope in whole VND
 * @param budgetBySource the envelope split by funding source; adds up to budgetTotalVnd
 * @param targetLines    every target line of this version
 * @param issuerLevel    level of the issuing body: {@code MINISTRY}, {@code PROVINCE}, {@code DISTRICT}, {@code COMMUNE}
 *                       or {@code DEPARTMENT}; may be null. Added in v1, optional
 * @param signer         who signed the document; may be null. Added in v1, optional
 * @param signerTitle    the signer's title as the signature block words it (Vietnamese); may be null. Added in v1
 * @param sourcesWithoutAmount funding sources the plan names with no amount (outside budgetBySource until one is
 *                       given); may be null. Added in v1, optional
 * @param otherTargets   targets not about training, to show with the plan, never to count; may be null. Added in v1
 */@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanApproved(
        String planId,
        int planVersion,
        String programmeCode,
        String programmeName,
        ProgrammeRules programmeRules,
        String title,
        String issuingBody,
        String documentNumber,
        String documentDate,
        String periodStart,
        String periodEnd,
        String deadline,
        long budgetTotalVnd,
        List<FundingAmount> budgetBySource,
        List<TargetLine> targetLines,
        String issuerLevel,
        String signer,
        String signerTitle,
        List<String> sourcesWithoutAmount,
        List<OtherTarget> otherTargets) {

    /** The version without the parts added later in v1 (issuer's level, signer, sources without amount, other targets). */
    public PlanApproved(String planId, int planVersion, String programmeCode, String programmeName, ProgrammeRules
            programmeRules, String title, String issuingBody, String documentNumber, String documentDate, String
            periodStart, String periodEnd, String deadline, long budgetTotalVnd, List<FundingAmount> budgetBySource,
            List<TargetLine> targetLines) {
        this(planId, planVersion, programmeCode, programmeName, programmeRules, title, issuingBody, documentNumber,
                documentDate, periodStart, periodEnd, deadline, budgetTotalVnd, budgetBySource, targetLines, null, null,
                null, null, null);
    }
}
