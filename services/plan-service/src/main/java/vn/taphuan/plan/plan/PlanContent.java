package vn.taphuan.plan.plan;

import vn.taphuan.plan.legal.LegalBasis;
import vn.taphuan.plan.programme.ActivityRules;

import java.time.LocalDate;
import java.util.List;

/**
 * What a plan says: the part an officer writes, confirms from an imported text, and amends. A draft may leave out
 * what is not known yet (nulls); submission requires it.
 *
 * @param programmeCode     the programme the plan is made under
 * @param title             the plan's title as issued
 * @param issuingBody       who issued it, e.g. UBND tỉnh Bắc Giang
 * @param documentNumber    the plan's document number, e.g. 45/KH-UBND
 * @param documentDate      the day the document was issued
 * @param legalBases        the documents it is based on (căn cứ)
 * @param periodStart       first day of the plan's period (a year or a programme phase)
 * @param periodEnd         last day of the plan's period
 * @param scope             the units it covers, with commune and village counts; empty for the whole province
 * @param responsibleBodies who leads, coordinates, funds and implements it
 * @param targetLines       its targets
 * @param budgetTotalVnd    the budget envelope in whole VND
 * @param budgetBySource    the envelope by funding source; adds up to the total
 * @param rules             rules the plan sets for its activities on top of its programme's (stricter only); may be null
 * @param issuerLevel       the level of the issuing body (province, district, commune, department, ministry); may be null
 * @param signer            who signed the document, from its signature block; may be null
 * @param signerTitle       the signer's title as the block words it ("KT. CHỦ TỊCH – PHÓ CHỦ TỊCH"); may be null
 * @param sourcesWithoutAmount funding sources the plan names with no amount ("ngân sách xã, nguồn xã hội hóa"): kept
 *                          so none is lost, outside the envelope until an amount is given
 * @param otherTargets      targets not about training (equipment, facilities, people informed): shown, never tracked
 */
public record PlanContent(
        String programmeCode,
        String title,
        String issuingBody,
        String documentNumber,
        LocalDate documentDate,
        List<LegalBasis> legalBases,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<ScopeUnit> scope,
        List<ResponsibleBody> responsibleBodies,
        List<TargetLine> targetLines,
        Long budgetTotalVnd,
        List<FundingAmount> budgetBySource,
        ActivityRules rules,
        IssuerLevel issuerLevel,
        String signer,
        String signerTitle,
        List<FundingSource> sourcesWithoutAmount,
        List<OtherTarget> otherTargets) {

    public PlanContent {
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        scope = scope == null ? List.of() : List.copyOf(scope);
        responsibleBodies = responsibleBodies == null ? List.of() : List.copyOf(responsibleBodies);
        targetLines = targetLines == null ? List.of() : List.copyOf(targetLines);
        budgetBySource = budgetBySource == null ? List.of() : List.copyOf(budgetBySource);
        sourcesWithoutAmount = sourcesWithoutAmount == null ? List.of() : List.copyOf(sourcesWithoutAmount);
        otherTargets = otherTargets == null ? List.of() : List.copyOf(otherTargets);
    }

    /** What a plan says, without the parts an import reads from the document's edges (level, signer, other targets). */
    public PlanContent(String programmeCode, String title, String issuingBody, String documentNumber,
                       LocalDate documentDate, List<LegalBasis> legalBases, LocalDate periodStart, LocalDate periodEnd,
                       List<ScopeUnit> scope, List<ResponsibleBody> responsibleBodies, List<TargetLine> targetLines,
                       Long budgetTotalVnd, List<FundingAmount> budgetBySource, ActivityRules rules) {
        this(programmeCode, title, issuingBody, documentNumber, documentDate, legalBases, periodStart, periodEnd, scope,
                responsibleBodies, targetLines, budgetTotalVnd, budgetBySource, rules, null, null, null, null, null);
    }

    /** The calendar year, if the plan's period is exactly one. */
    public Integer year() {
        if (periodStart == null || periodEnd == null || periodStart.getYear() != periodEnd.getYear()
                || periodStart.getDayOfYear() != 1 || periodEnd.getMonthValue() != 12 || periodEnd.getDayOfMonth() != 31) {
            return null;
        }
        return periodStart.getYear();
    }

    PlanContent withTargetLines(List<TargetLine> lines) {
        return new PlanContent(programmeCode, title, issuingBody, documentNumber, documentDate, legalBases,
                periodStart, periodEnd, scope, responsibleBodies, lines, budgetTotalVnd, budgetBySource, rules,
                issuerLevel, signer, signerTitle, sourcesWithoutAmount, otherTargets);
    }
}
