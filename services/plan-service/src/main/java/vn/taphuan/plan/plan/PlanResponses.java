package vn.taphuan.plan.plan;

import vn.taphuan.kit.web.Versioned;
import vn.taphuan.plan.legal.LegalBasis;
import vn.taphuan.plan.programme.ActivityRules;

import java.time.LocalDate;
import java.util.List;

/** Response bodies of the plan API. */
public final class PlanResponses {

    /**
     * A plan as it stands.
     *
     * @param version     stored version: send it back with every write (also the ETag)
     * @param planVersion the approved version in force: 0 before approval, 1 on approval, +1 per amendment
     * @param year        the calendar year, if the period is exactly one
     * @param deadline    the programme deadline the targets are measured against
     * @param effectiveRules the rules activities follow under the version in force (programme's, tightened by the plan's)
     * @param versions    every approved version, oldest first
     * @param issuerLevel, signer, signerTitle, sourcesWithoutAmount, otherTargets as in {@link PlanContent}
     */
    public record PlanResponse(String id, long version, PlanStatus status, int planVersion, String programmeCode,
                        String programmeName, String title, String issuingBody, String documentNumber,
                        LocalDate documentDate, List<LegalBasis> legalBases, Integer year, LocalDate periodStart,
                        LocalDate periodEnd, LocalDate deadline, List<ScopeUnit> scope,
                        List<ResponsibleBody> responsibleBodies, List<TargetLine> targetLines, Long budgetTotalVnd,
                        List<FundingAmount> budgetBySource, ActivityRules rules, ActivityRules effectiveRules,
                        LocalDate approvedOn, LocalDate startedOn, LocalDate closedOn, String closingReason,
                        LocalDate closedOutOn, String closeOutRemarks, String lastRejection, String importId, List<VersionSummary> versions,
                        IssuerLevel issuerLevel, String signer, String signerTitle,
                        List<FundingSource> sourcesWithoutAmount, List<OtherTarget> otherTargets) implements Versioned {

        public static PlanResponse of(Plan plan) {
            PlanContent c = plan.content();
            PlanVersion current = plan.currentVersion().orElse(null);
            return new PlanResponse(plan.id(), plan.storedVersion(), plan.status(),
                    current == null ? 0 : current.number(), c.programmeCode(),
                    plan.programmeName(), c.title(), c.issuingBody(), c.documentNumber(),
                    c.documentDate(), c.legalBases(), c.year(), c.periodStart(), c.periodEnd(),
                    plan.deadline(), c.scope(), c.responsibleBodies(), c.targetLines(),
                    c.budgetTotalVnd(), c.budgetBySource(), c.rules(), current == null ? null : current.rules(),
                    plan.approvedOn(), plan.startedOn(), plan.closedOn(), plan.closingReason(), plan.closedOutOn(),
                    plan.closeOutRemarks(), plan.lastRejection(),
                    plan.importId(), plan.versions().stream().map(VersionSummary::of).toList(),
                    c.issuerLevel(), c.signer(), c.signerTitle(), c.sourcesWithoutAmount(), c.otherTargets());
        }
    }

    /** One line of a plan list. */
    record PlanSummary(String id, long version, PlanStatus status, int planVersion, String programmeCode,
                       String title, String documentNumber, Integer year, LocalDate periodStart, LocalDate periodEnd,
                       int targetLineCount, Long budgetTotalVnd) {

        static PlanSummary of(Plan plan) {
            PlanContent c = plan.content();
            return new PlanSummary(plan.id(), plan.storedVersion(), plan.status(),
                    plan.currentVersion().map(PlanVersion::number).orElse(0), c.programmeCode(), c.title(),
                    c.documentNumber(), c.year(), c.periodStart(), c.periodEnd(), c.targetLines().size(),
                    c.budgetTotalVnd());
        }
    }

    public record VersionSummary(int number, LocalDate effectiveOn, String reason, String amendmentDocumentNumber,
                          String recordedBy) {

        static VersionSummary of(PlanVersion v) {
            return new VersionSummary(v.number(), v.effectiveOn(), v.reason(), v.amendmentDocumentNumber(), v.recordedBy());
        }
    }

    /** One approved version in full, as it stood. */
    record VersionResponse(String planId, int number, LocalDate effectiveOn, String reason,
                           String amendmentDocumentNumber, String recordedBy, String programmeName, LocalDate deadline,
                           ActivityRules rules, PlanContent content) {

        static VersionResponse of(String planId, PlanVersion v) {
            return new VersionResponse(planId, v.number(), v.effectiveOn(), v.reason(), v.amendmentDocumentNumber(),
                    v.recordedBy(), v.programmeName(), v.deadline(), v.rules(), v.content());
        }
    }

    private PlanResponses() {
    }
}
