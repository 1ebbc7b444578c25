package vn.taphuan.plan.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.taphuan.contracts.Limits;
import vn.taphuan.plan.legal.DocumentKind;
import vn.taphuan.plan.legal.LegalBasis;
import vn.taphuan.plan.programme.ActivityKind;
import vn.taphuan.plan.programme.ActivityRules;
import vn.taphuan.plan.programme.CadreLevel;
import vn.taphuan.plan.programme.TargetGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the plan API; simple field rules here, the plan's own rules in the domain. */
public final class PlanRequests {

    /** What a plan says, as written by the officer (also the body of an import's confirmation). */
    public record ContentRequest(
            @NotBlank @Size(max = 60) String programmeCode,
            @NotBlank @Size(max = 1000) String title,
            @Size(max = 300) String issuingBody,
            @Size(max = 60) String documentNumber,
            LocalDate documentDate,
            List<@Valid @NotNull LegalBasisRequest> legalBases,
            LocalDate periodStart,
            LocalDate periodEnd,
            List<@Valid @NotNull ScopeUnitRequest> scope,
            List<@Valid @NotNull ResponsibleBodyRequest> responsibleBodies,
            @Size(max = Limits.MAX_LINES_PER_PLAN) List<@Valid @NotNull TargetLineRequest> targetLines,
            @PositiveOrZero @Max(Limits.MAX_VND) Long budgetTotalVnd,
            List<@Valid @NotNull FundingAmountRequest> budgetBySource,
            @Valid RulesRequest rules,
            IssuerLevel issuerLevel,
            @Size(max = 200) String signer,
            @Size(max = 300) String signerTitle,
            @Size(max = 7) List<@NotNull FundingSource> sourcesWithoutAmount,
            @Size(max = Limits.MAX_LINES_PER_PLAN) List<@Valid @NotNull OtherTargetRequest> otherTargets) {

        /** The content without the parts an import reads from the document's edges. */
        public ContentRequest(String programmeCode, String title, String issuingBody, String documentNumber,
                              LocalDate documentDate, List<LegalBasisRequest> legalBases, LocalDate periodStart,
                              LocalDate periodEnd, List<ScopeUnitRequest> scope,
                              List<ResponsibleBodyRequest> responsibleBodies, List<TargetLineRequest> targetLines,
                              Long budgetTotalVnd, List<FundingAmountRequest> budgetBySource, RulesRequest rules) {
            this(programmeCode, title, issuingBody, documentNumber, documentDate, legalBases, periodStart, periodEnd,
                    scope, responsibleBodies, targetLines, budgetTotalVnd, budgetBySource, rules, null, null, null,
                    null, null);
        }

        public PlanContent toContent() {
            return new PlanContent(programmeCode, title, issuingBody, documentNumber, documentDate,
                    legalBases == null ? null : legalBases.stream().map(LegalBasisRequest::toBasis).toList(),
                    periodStart, periodEnd,
                    scope == null ? null : scope.stream().map(ScopeUnitRequest::toUnit).toList(),
                    responsibleBodies == null ? null : responsibleBodies.stream().map(ResponsibleBodyRequest::toBody).toList(),
                    targetLines == null ? null : targetLines.stream().map(TargetLineRequest::toLine).toList(),
                    budgetTotalVnd,
                    budgetBySource == null ? null : budgetBySource.stream().map(FundingAmountRequest::toAmount).toList(),
                    rules == null ? null : rules.toRules(), issuerLevel, signer, signerTitle, sourcesWithoutAmount,
                    otherTargets == null ? null : otherTargets.stream().map(OtherTargetRequest::toTarget).toList());
        }
    }

    /** A target not about training, kept with the plan as written: e.g. {@code {description, quantity: 100, unit: "%"}}. */
    public record OtherTargetRequest(@NotBlank @Size(max = 2000) String description,
                                     @PositiveOrZero @Max(Limits.MAX_VND) BigDecimal quantity,
                                     @Size(max = 100) String unit, @Valid SourceSpanRequest source) {
        OtherTarget toTarget() {
            return new OtherTarget(description, quantity, unit, source == null ? null : source.toSpan());
        }
    }

    /** Where in the imported text a value was read (offsets in the composed text, and the words). */
    public record SourceSpanRequest(@NotNull @PositiveOrZero Integer start, @NotNull @PositiveOrZero Integer end,
                                    @Size(max = 4000) String quote) {
        SourceSpan toSpan() {
            return new SourceSpan(start, end, quote);
        }
    }

    /** People per unit and the units in scope, e.g. 4 per commune in 124 communes. */
    public record QuotaRequest(@NotNull @Positive @Max(Limits.MAX_PERSON_TURNS_PER_LINE) Integer perUnit,
                               @NotBlank @Size(max = 60) String unitKind,
                               @NotNull @Positive @Max(PlanChecks.MAX_VILLAGES) Integer unitsInScope) {
        QuotaTarget toQuota() {
            return new QuotaTarget(perUnit, unitKind, unitsInScope);
        }
    }

    public record LegalBasisRequest(@NotNull DocumentKind kind, @NotBlank @Size(max = 60) String number,
                                    LocalDate date, @Size(max = 300) String issuer, @Size(max = 1000) String title) {
        LegalBasis toBasis() {
            return new LegalBasis(kind, number, date, issuer, title);
        }
    }

    public record ScopeUnitRequest(@NotBlank String unitCode,
                                   @PositiveOrZero @Max(PlanChecks.MAX_COMMUNES) Integer communeCount,
                                   @PositiveOrZero @Max(PlanChecks.MAX_VILLAGES) Integer villageCount) {
        ScopeUnit toUnit() {
            return new ScopeUnit(unitCode, communeCount, villageCount);
        }
    }

    public record ResponsibleBodyRequest(@NotBlank @Size(max = 300) String name, @NotNull BodyRole role,
                                         @Size(max = 2000) String duties) {
        ResponsibleBody toBody() {
            return new ResponsibleBody(name, role, duties);
        }
    }

    /** A target line; {@code lineId} may be left out for a new line (the plan assigns one). */
    public record TargetLineRequest(
            @Size(max = 60) String lineId,
            ActivityKind activityKind,
            TargetGroup targetGroup,
            CadreLevel cadreLevel,
            @Size(max = 300) String jobTitle,
            @Size(max = 2000) String description,
            @PositiveOrZero @Max(Limits.MAX_ACTIVITIES_PER_LINE) Integer plannedActivities,
            @PositiveOrZero @Max(Limits.MAX_PERSON_TURNS_PER_LINE) Integer plannedPersonTurns,
            @Valid CoverageRequest coverage,
            @Min(0) @Max(100) Integer minEthnicMinorityPercent,
            @Min(0) @Max(100) Integer minWomenPercent,
            List<@NotBlank String> topics,
            List<@NotBlank String> unitCodes,
            @Size(max = 20) List<@NotNull @Valid YearlyTargetRequest> yearlyTargets,
            @Valid QuotaRequest quota,
            @Min(2000) @Max(2100) Integer cumulativeByYear,
            @Valid SourceSpanRequest source) {

        /** A line stated as a count (no quota, no year it is reached by, read from no text). */
        public TargetLineRequest(String lineId, ActivityKind activityKind, TargetGroup targetGroup,
                                 CadreLevel cadreLevel, String jobTitle, String description, Integer plannedActivities,
                                 Integer plannedPersonTurns, CoverageRequest coverage, Integer minEthnicMinorityPercent,
                                 Integer minWomenPercent, List<String> topics, List<String> unitCodes,
                                 List<YearlyTargetRequest> yearlyTargets) {
            this(lineId, activityKind, targetGroup, cadreLevel, jobTitle, description, plannedActivities,
                    plannedPersonTurns, coverage, minEthnicMinorityPercent, minWomenPercent, topics, unitCodes,
                    yearlyTargets, null, null, null);
        }

        TargetLine toLine() {
            return new TargetLine(lineId, activityKind, targetGroup, cadreLevel, jobTitle, description,
                    plannedActivities == null ? 0 : plannedActivities, plannedPersonTurns == null ? 0 : plannedPersonTurns,
                    coverage == null ? null : coverage.toCoverage(), minEthnicMinorityPercent, minWomenPercent, topics,
                    unitCodes, yearlyTargets == null ? null : yearlyTargets.stream().map(YearlyTargetRequest::toTarget).toList(),
                    quota == null ? null : quota.toQuota(), cumulativeByYear, source == null ? null : source.toSpan());
        }
    }

    /** One year of a multi-year plan's target line, e.g. 2027: 10 classes for 400 person-turns. */
    public record YearlyTargetRequest(@NotNull @Min(2000) @Max(2100) Integer year,
                                      @PositiveOrZero @Max(Limits.MAX_ACTIVITIES_PER_LINE) Integer plannedActivities,
                                      @PositiveOrZero @Max(Limits.MAX_PERSON_TURNS_PER_LINE) Integer plannedPersonTurns) {
        YearlyTarget toTarget() {
            return new YearlyTarget(year, plannedActivities == null ? 0 : plannedActivities,
                    plannedPersonTurns == null ? 0 : plannedPersonTurns);
        }
    }

    public record CoverageRequest(@Positive @Max(Limits.MAX_ROSTER_SIZE) Integer rosterSize, @NotNull @Min(1) @Max(100) Integer percent,
                                  LocalDate byDate, @Size(max = 1000) String rosterDescription,
                                  PopulationUnit populationUnit) {
        CoverageTarget toCoverage() {
            return new CoverageTarget(rosterSize, percent, byDate, rosterDescription, populationUnit);
        }
    }

    public record FundingAmountRequest(@NotNull FundingSource source, @NotNull @PositiveOrZero @Max(Limits.MAX_VND) Long amountVnd) {
        FundingAmount toAmount() {
            return new FundingAmount(source, amountVnd);
        }
    }

    public record RulesRequest(@Positive Integer minDurationDays, @PositiveOrZero Integer minFieldSessions,
                               @NotNull @Min(1) @Max(100) Integer minAttendancePercent) {
        ActivityRules toRules() {
            return new ActivityRules(minDurationDays, minFieldSessions, minAttendancePercent);
        }
    }

    record RevisionRequest(@NotNull @Valid ContentRequest content) {
    }

    record RejectionRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record ApprovalRequest(LocalDate approvedOn) {
    }

    record StartRequest(LocalDate startedOn) {
    }

    record AmendmentRequest(@NotBlank @Size(max = 2000) String reason,
                            LocalDate amendedOn, @Size(max = 60) String amendmentDocumentNumber,
                            @NotNull @Valid ContentRequest content) {
    }

    record ClosureRequest(LocalDate closedOn, @Size(max = 2000) String reason) {
    }

    /** Close-out for the phase's final review: the day (default today) and remarks. */
    record CloseOutRequest(LocalDate closedOutOn, @Size(max = 2000) String remarks) {
    }

    private PlanRequests() {
    }
}
