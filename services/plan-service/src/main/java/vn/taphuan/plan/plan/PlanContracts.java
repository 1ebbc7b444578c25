package vn.taphuan.plan.plan;

import vn.taphuan.contracts.plan.v1.PlanAmended;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.PlanClosed;
import vn.taphuan.contracts.plan.v1.PlanClosedOut;
import vn.taphuan.contracts.plan.v1.ProgrammeRules;
import vn.taphuan.plan.programme.ActivityRules;

import java.time.LocalDate;
import java.util.List;

/** Maps what happened to a plan onto the v1 event contracts: the full version, so no consumer needs to call back. */
final class PlanContracts {

    static Record of(PlanEvent event) {
        if (event instanceof PlanEvent.Approved approved) {
            return approved(approved.planId(), approved.version());
        }
        if (event instanceof PlanEvent.Amended amended) {
            return amended(amended.planId(), amended.version());
        }
        if (event instanceof PlanEvent.ClosedOut out) {
            return new PlanClosedOut(out.planId(), out.versionInForce(), out.phase(), out.deadline().toString(),
                    out.closedOutOn().toString(), out.recordedAt().toString(), out.remarks());
        }
        PlanEvent.Closed closed = (PlanEvent.Closed) event;
        return new PlanClosed(closed.planId(), closed.versionInForce(), closed.closedOn().toString(), closed.reason());
    }

    static PlanApproved approved(String planId, PlanVersion v) {
        PlanContent c = v.content();
        return new PlanApproved(planId, v.number(), c.programmeCode(), v.programmeName(), rules(v.rules()), c.title(),
                c.issuingBody(), c.documentNumber(), iso(c.documentDate()), iso(c.periodStart()), iso(c.periodEnd()),
                iso(v.deadline()), c.budgetTotalVnd(), sources(c), lines(c), level(c), c.signer(), c.signerTitle(),
                unquantified(c), others(c));
    }

    static PlanAmended amended(String planId, PlanVersion v) {
        PlanContent c = v.content();
        return new PlanAmended(planId, v.number(), c.programmeCode(), v.programmeName(), rules(v.rules()), c.title(),
                c.issuingBody(), c.documentNumber(), iso(c.documentDate()), iso(c.periodStart()), iso(c.periodEnd()),
                iso(v.deadline()), c.budgetTotalVnd(), sources(c), lines(c), v.reason(), iso(v.effectiveOn()),
                v.amendmentDocumentNumber(), level(c), c.signer(), c.signerTitle(), unquantified(c), others(c));
    }

    private static ProgrammeRules rules(ActivityRules rules) {
        return new ProgrammeRules(rules.minDurationDays(), rules.minFieldSessions(), rules.minAttendancePercent());
    }

    private static List<vn.taphuan.contracts.plan.v1.FundingAmount> sources(PlanContent c) {
        return c.budgetBySource().stream()
                .map(a -> new vn.taphuan.contracts.plan.v1.FundingAmount(a.source().name(), a.amountVnd())).toList();
    }

    private static List<vn.taphuan.contracts.plan.v1.TargetLine> lines(PlanContent c) {
        return c.targetLines().stream().map(l -> new vn.taphuan.contracts.plan.v1.TargetLine(l.lineId(),
                l.activityKind().name(), l.targetGroup().name(), l.cadreLevel() == null ? null : l.cadreLevel().name(),
                l.jobTitle(), l.description(), l.plannedActivities(), l.plannedPersonTurns(),
                l.coverage() == null ? null : new vn.taphuan.contracts.plan.v1.CoverageTarget(l.coverage().rosterSize(),
                        l.coverage().percent(), iso(l.coverage().byDate()), l.coverage().rosterDescription(),
                        l.coverage().populationUnit() == null ? null : l.coverage().populationUnit().name()),
                l.minEthnicMinorityPercent(), l.minWomenPercent(), l.topics().isEmpty() ? null : l.topics(),
                l.unitCodes().isEmpty() ? null : l.unitCodes(),
                l.yearlyTargets().isEmpty() ? null : l.yearlyTargets().stream()
                        .map(y -> new vn.taphuan.contracts.plan.v1.YearlyTarget(y.year(), y.plannedActivities(),
                                y.plannedPersonTurns())).toList(),
                l.quota() == null ? null : new vn.taphuan.contracts.plan.v1.QuotaTarget(l.quota().perUnit(),
                        l.quota().unitKind(), l.quota().unitsInScope(), l.quota().persons()),
                l.cumulativeByYear())).toList();
    }

    private static String level(PlanContent c) {
        return c.issuerLevel() == null ? null : c.issuerLevel().name();
    }

    private static List<String> unquantified(PlanContent c) {
        return c.sourcesWithoutAmount().isEmpty() ? null : c.sourcesWithoutAmount().stream().map(Enum::name).toList();
    }

    /** Targets not about training travel with the plan to be shown; the span stays here, with the import. */
    private static List<vn.taphuan.contracts.plan.v1.OtherTarget> others(PlanContent c) {
        return c.otherTargets().isEmpty() ? null : c.otherTargets().stream()
                .map(o -> new vn.taphuan.contracts.plan.v1.OtherTarget(o.description(), o.quantity(), o.unit())).toList();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private PlanContracts() {
    }
}
