package vn.taphuan.plan.plan;

import vn.taphuan.contracts.Limits;
import vn.taphuan.kit.refusal.Money;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.plan.ValueRefusal.Duplicated;
import vn.taphuan.plan.ValueRefusal.EndsBeforePeriodStart;
import vn.taphuan.plan.ValueRefusal.Negative;
import vn.taphuan.plan.ValueRefusal.NotPositive;
import vn.taphuan.plan.ValueRefusal.OutOfRange;
import vn.taphuan.plan.legal.LegalBasis;
import vn.taphuan.plan.plan.PlanRefusal.*;
import vn.taphuan.plan.programme.Programme;
import vn.taphuan.plan.programme.ProgrammeRefusal.ProgrammeNotInCatalogue;
import vn.taphuan.plan.programme.TargetGroup;
import vn.taphuan.plan.unit.UnitDefinition;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a plan's content must follow, each returning every broken rule as a named field, so the officer sees
 * all problems at once. Three levels: what any draft must satisfy, what a plan needs to be submitted, and what an
 * amendment may change.
 */
final class PlanChecks {

    static final Pattern LINE_ID = Pattern.compile("^[A-Za-z0-9._-]{1,60}$");
    /** Communes of one unit: Vietnam had about 10,000 before the 2025 reorganisation. */
    static final int MAX_COMMUNES = 10_000;
    /** Villages (thôn, bản) of one unit. */
    static final int MAX_VILLAGES = 100_000;

    /** What every saved draft must satisfy; a draft may still leave out what is not known yet. */
    static List<Violation> draft(PlanContent c, PlanReferences refs) {
        List<Violation> v = new ArrayList<>();
        if (c.title() == null || c.title().isBlank()) {
            v.add(Violation.required("title"));
        }
        Optional<Programme> programme = refs.programme(c.programmeCode());
        if (c.programmeCode() == null || c.programmeCode().isBlank()) {
            v.add(Violation.required("programmeCode"));
        } else if (programme.isEmpty()) {
            v.add(Violation.of("programmeCode", new ProgrammeNotInCatalogue(c.programmeCode())));
        }
        period(c, programme, v);
        for (int i = 0; i < c.legalBases().size(); i++) {
            LegalBasis basis = c.legalBases().get(i);
            v.addAll(basis == null ? List.of(Violation.required("legalBases[" + i + "]"))
                    : basis.violations("legalBases[" + i + "]."));
        }
        scope(c, refs, v);
        for (int i = 0; i < c.responsibleBodies().size(); i++) {
            ResponsibleBody body = c.responsibleBodies().get(i);
            if (body.name() == null || body.name().isBlank()) {
                v.add(Violation.required("responsibleBodies[" + i + "].name"));
            }
            if (body.role() == null) {
                v.add(Violation.required("responsibleBodies[" + i + "].role"));
            }
        }
        lines(c, programme, refs, v);
        budget(c, v);
        otherTargets(c, v);
        if (c.rules() != null) {
            v.addAll(c.rules().violations("rules."));
            programme.ifPresent(p -> v.addAll(p.rules().loosenedBy(c.rules(), "rules.")));
        }
        return v;
    }

    /** What a plan needs before it can be submitted for approval (and which every approved version has). */
    static List<Violation> complete(PlanContent c) {
        List<Violation> v = new ArrayList<>();
        if (c.periodStart() == null) {
            v.add(Violation.of("periodStart", new RequiredToSubmit()));
        }
        if (c.periodEnd() == null) {
            v.add(Violation.of("periodEnd", new RequiredToSubmit()));
        }
        if (c.targetLines().isEmpty()) {
            v.add(Violation.of("targetLines", new NoTargetLine()));
        }
        for (int i = 0; i < c.targetLines().size(); i++) {
            TargetLine line = c.targetLines().get(i);
            String at = "targetLines[" + i + "].";
            if (line.activityKind() == null) {
                v.add(Violation.of(at + "activityKind", new RequiredToSubmit()));
            }
            if (line.targetGroup() == null) {
                v.add(Violation.of(at + "targetGroup", new RequiredToSubmit()));
            }
            if (line.plannedActivities() == 0 && line.plannedPersonTurns() == 0 && line.coverage() == null) {
                v.add(Violation.of(at + "plannedActivities", new LineWithoutTarget()));
            }
            if (line.coverage() != null) {
                if (line.coverage().rosterSize() == null) {
                    v.add(Violation.of(at + "coverage.rosterSize", new RosterSizeRequired()));
                }
                if (line.coverage().byDate() == null) {
                    v.add(Violation.of(at + "coverage.byDate", new RequiredToSubmit()));
                }
            }
        }
        if (c.budgetTotalVnd() == null) {
            v.add(Violation.of("budgetTotalVnd", new RequiredToSubmit()));
        } else if (c.budgetBySource().isEmpty()) {
            v.add(Violation.of("budgetBySource", new FundingSourcesRequired()));
        }
        return v;
    }

    /** What an approval needs: the approving document, and a date not before it. */
    static List<Violation> approval(PlanContent c, LocalDate on) {
        List<Violation> v = new ArrayList<>();
        if (c.documentNumber() == null || c.documentNumber().isBlank()) {
            v.add(Violation.of("documentNumber", new DocumentNumberRequired()));
        }
        if (c.documentDate() == null) {
            v.add(Violation.of("documentDate", new DocumentDateRequired()));
        } else if (on.isBefore(c.documentDate())) {
            v.add(Violation.of("approvedOn", new ApprovedBeforeDocument(c.documentDate())));
        }
        return v;
    }

    /**
     * What an amendment may change: numbers, yes; but no line that existed may disappear or change what it counts
     * (its activity kind or target group), or counts achieved under it would be lost or mixed up.
     */
    static List<Violation> amendment(PlanContent previous, PlanContent next) {
        List<Violation> v = new ArrayList<>();
        if (!previous.programmeCode().equals(next.programmeCode())) {
            v.add(Violation.of("programmeCode", new ProgrammeFixed()));
        }
        Map<String, TargetLine> kept = new HashMap<>();
        next.targetLines().forEach(line -> kept.put(line.lineId(), line));
        for (TargetLine before : previous.targetLines()) {
            TargetLine after = kept.get(before.lineId());
            if (after == null) {
                v.add(Violation.of("targetLines", new LineRemoved(before.lineId())));
                continue;
            }
            int i = next.targetLines().indexOf(after);
            if (after.activityKind() != before.activityKind()) {
                v.add(Violation.of("targetLines[" + i + "].activityKind", new ActivityKindFixed()));
            }
            if (after.targetGroup() != before.targetGroup()) {
                v.add(Violation.of("targetLines[" + i + "].targetGroup", new TargetGroupFixed()));
            }
        }
        return v;
    }

    private static void period(PlanContent c, Optional<Programme> programme, List<Violation> v) {
        if (c.periodStart() == null || c.periodEnd() == null) {
            return;
        }
        if (c.periodEnd().isBefore(c.periodStart())) {
            v.add(Violation.of("periodEnd", new EndsBeforePeriodStart()));
        } else if (programme.isPresent() && !programme.get().covers(c.periodStart(), c.periodEnd())) {
            Programme p = programme.get();
            v.add(Violation.of("periodStart", new PeriodOutsideProgramme(p.periodStart(), p.periodEnd())));
        }
    }

    private static void scope(PlanContent c, PlanReferences refs, List<Violation> v) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.scope().size(); i++) {
            ScopeUnit unit = c.scope().get(i);
            String at = "scope[" + i + "].";
            unitViolation(unit.unitCode(), at + "unitCode", c, refs).ifPresent(v::add);
            if (unit.unitCode() != null && !seen.add(unit.unitCode())) {
                v.add(Violation.of(at + "unitCode", new Duplicated()));
            }
            if (unit.communeCount() != null) {
                count(unit.communeCount(), MAX_COMMUNES, at + "communeCount", Counted.COMMUNES, v);
            }
            if (unit.villageCount() != null) {
                count(unit.villageCount(), MAX_VILLAGES, at + "villageCount", Counted.VILLAGES, v);
            }
        }
    }

    private static void lines(PlanContent c, Optional<Programme> programme, PlanReferences refs, List<Violation> v) {
        if (c.targetLines().size() > Limits.MAX_LINES_PER_PLAN) {
            v.add(Violation.of("targetLines", new TooManyLines(Limits.MAX_LINES_PER_PLAN)));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < c.targetLines().size(); i++) {
            TargetLine line = c.targetLines().get(i);
            String at = "targetLines[" + i + "].";
            if (line.lineId() == null || !LINE_ID.matcher(line.lineId()).matches()) {
                v.add(Violation.of(at + "lineId", new MalformedLineId()));
            } else if (!ids.add(line.lineId())) {
                v.add(Violation.of(at + "lineId", new DuplicateLineId(line.lineId())));
            }
            count(line.plannedActivities(), Limits.MAX_ACTIVITIES_PER_LINE, at + "plannedActivities",
                    Counted.ACTIVITIES_PER_LINE, v);
            count(line.plannedPersonTurns(), Limits.MAX_PERSON_TURNS_PER_LINE, at + "plannedPersonTurns",
                    Counted.PERSON_TURNS_PER_LINE, v);
            if (line.targetGroup() == TargetGroup.COMMUNITY && line.cadreLevel() != null) {
                v.add(Violation.of(at + "cadreLevel", new CadresOnly()));
            }
            if (line.targetGroup() == TargetGroup.COMMUNITY && line.jobTitle() != null) {
                v.add(Violation.of(at + "jobTitle", new CadresOnly()));
            }
            percent(line.minEthnicMinorityPercent(), at + "minEthnicMinorityPercent", v);
            percent(line.minWomenPercent(), at + "minWomenPercent", v);
            if (line.coverage() != null) {
                coverage(line.coverage(), at + "coverage.", programme, v);
            }
            for (int t = 0; t < line.topics().size(); t++) {
                String topic = line.topics().get(t);
                if (programme.isPresent() && (topic == null || programme.get().isOutsideFramework(topic))) {
                    v.add(Violation.of(at + "topics[" + t + "]",
                            new TopicOutsideFramework(String.valueOf(topic))));
                }
            }
            yearly(line, at, c, v);
            quota(line, at, v);
            if (line.cumulativeByYear() != null && c.periodStart() != null && c.periodEnd() != null
                    && (line.cumulativeByYear() < c.periodStart().getYear()
                    || line.cumulativeByYear() > c.periodEnd().getYear())) {
                v.add(Violation.of(at + "cumulativeByYear", new YearOutsidePeriod(Year.of(line.cumulativeByYear()),
                        Year.from(c.periodStart()), Year.from(c.periodEnd()))));
            }
            for (int u = 0; u < line.unitCodes().size(); u++) {
                unitViolation(line.unitCodes().get(u), at + "unitCodes[" + u + "]", c, refs).ifPresent(v::add);
            }
        }
    }

    /**
     * A multi-year plan's targets year by year: each year within the plan's period and named once, no negative
     * numbers, and together no more than the line's totals (a plan may leave part of a total to years it has not
     * broken down yet).
     */
    private static void yearly(TargetLine line, String at, PlanContent c, List<Violation> v) {
        if (line.yearlyTargets().isEmpty()) {
            return;
        }
        Set<Integer> years = new HashSet<>();
        long activities = 0;
        long personTurns = 0;
        for (int y = 0; y < line.yearlyTargets().size(); y++) {
            YearlyTarget target = line.yearlyTargets().get(y);
            String field = at + "yearlyTargets[" + y + "].";
            if (target == null) {
                v.add(Violation.required(at + "yearlyTargets[" + y + "]"));
                continue;
            }
            if (c.periodStart() != null && c.periodEnd() != null
                    && (target.year() < c.periodStart().getYear() || target.year() > c.periodEnd().getYear())) {
                v.add(Violation.of(field + "year", new YearOutsidePeriod(Year.of(target.year()),
                        Year.from(c.periodStart()), Year.from(c.periodEnd()))));
            } else if (!years.add(target.year())) {
                v.add(Violation.of(field + "year", new DuplicateYear(Year.of(target.year()))));
            }
            if (target.plannedActivities() < 0) {
                v.add(Violation.of(field + "plannedActivities", new Negative()));
            }
            if (target.plannedPersonTurns() < 0) {
                v.add(Violation.of(field + "plannedPersonTurns", new Negative()));
            }
            activities += Math.max(0, target.plannedActivities());
            personTurns += Math.max(0, target.plannedPersonTurns());
        }
        if (activities > line.plannedActivities()) {
            v.add(Violation.of(at + "yearlyTargets",
                    new YearlyActivitiesOverLine(activities, line.plannedActivities())));
        }
        if (personTurns > line.plannedPersonTurns()) {
            v.add(Violation.of(at + "yearlyTargets",
                    new YearlyPersonTurnsOverLine(personTurns, line.plannedPersonTurns())));
        }
    }

    /**
     * A quota per unit derives the line's persons: the quota and the units are positive, and the line's person-turns
     * are their product, so a corrected quota never leaves a stale count behind.
     */
    private static void quota(TargetLine line, String at, List<Violation> v) {
        QuotaTarget quota = line.quota();
        if (quota == null) {
            return;
        }
        if (quota.perUnit() < 1) {
            v.add(Violation.of(at + "quota.perUnit", new NotPositive()));
        }
        if (quota.unitsInScope() < 1) {
            v.add(Violation.of(at + "quota.unitsInScope", new NotPositive()));
        }
        if (quota.unitKind() == null || quota.unitKind().isBlank()) {
            v.add(Violation.required(at + "quota.unitKind"));
        }
        if (quota.perUnit() >= 1 && quota.unitsInScope() >= 1 && quota.persons() != line.plannedPersonTurns()) {
            v.add(Violation.of(at + "plannedPersonTurns", new QuotaNotThePersons(quota.perUnit(), quota.unitsInScope(),
                    quota.persons())));
        }
    }

    /** Targets not about training are kept as written; a figure they state is never negative. */
    private static void otherTargets(PlanContent c, List<Violation> v) {
        for (int i = 0; i < c.otherTargets().size(); i++) {
            OtherTarget target = c.otherTargets().get(i);
            if (target.description() == null || target.description().isBlank()) {
                v.add(Violation.required("otherTargets[" + i + "].description"));
            } else if (target.quantity() != null && target.quantity().signum() < 0) {
                v.add(Violation.of("otherTargets[" + i + "].quantity", new Negative()));
            }
        }
        Set<FundingSource> named = new HashSet<>();
        for (int i = 0; i < c.sourcesWithoutAmount().size(); i++) {
            FundingSource source = c.sourcesWithoutAmount().get(i);
            if (!named.add(source)) {
                v.add(Violation.of("sourcesWithoutAmount[" + i + "]", new DuplicateSource(source)));
            }
        }
    }

    private static void coverage(CoverageTarget coverage, String at, Optional<Programme> programme, List<Violation> v) {
        if (coverage.percent() < 1 || coverage.percent() > 100) {
            v.add(Violation.of(at + "percent", new OutOfRange(1, 100)));
        }
        if (coverage.rosterSize() != null && coverage.rosterSize() < 1) {
            v.add(Violation.of(at + "rosterSize", new NotPositive()));
        } else if (coverage.rosterSize() != null) {
            count(coverage.rosterSize(), Limits.MAX_ROSTER_SIZE, at + "rosterSize", Counted.PEOPLE_ON_ROSTER, v);
        }
        if (coverage.byDate() != null && programme.isPresent() && coverage.byDate().isAfter(programme.get().deadline())) {
            v.add(Violation.of(at + "byDate", new CoverageAfterDeadline(programme.get().deadline())));
        }
    }

    private static void percent(Integer value, String field, List<Violation> v) {
        if (value != null && (value < 0 || value > 100)) {
            v.add(Violation.of(field, new OutOfRange(0, 100)));
        }
    }

    private static Optional<Violation> unitViolation(String code, String field, PlanContent c, PlanReferences refs) {
        if (code == null || code.isBlank()) {
            return Optional.of(Violation.required(field));
        }
        Optional<UnitDefinition> unit = refs.unit(code);
        if (unit.isEmpty()) {
            return Optional.of(Violation.of(field, new UnitNotInCatalogue(code)));
        }
        if (!refs.provinces().contains(unit.get().provinceTenantId())) {
            return Optional.of(Violation.of(field, new UnitOutsideProvince(code)));
        }
        if (c.periodStart() != null && c.periodEnd() != null && !c.periodEnd().isBefore(c.periodStart())
                && !unit.get().overlaps(c.periodStart(), c.periodEnd())) {
            return Optional.of(Violation.of(field, new UnitNotInPeriod(code)));
        }
        return Optional.empty();
    }

    private static void budget(PlanContent c, List<Violation> v) {
        if (c.budgetTotalVnd() != null) {
            money(c.budgetTotalVnd(), "budgetTotalVnd", v);
        }
        Set<FundingSource> seen = new HashSet<>();
        // exact whatever was sent: the bounds are checked above and below, the sum is only compared
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < c.budgetBySource().size(); i++) {
            FundingAmount amount = c.budgetBySource().get(i);
            if (amount.source() == null) {
                v.add(Violation.required("budgetBySource[" + i + "].source"));
            } else if (!seen.add(amount.source())) {
                v.add(Violation.of("budgetBySource[" + i + "].source", new DuplicateSource(amount.source())));
            }
            money(amount.amountVnd(), "budgetBySource[" + i + "].amountVnd", v);
            sum = sum.add(BigInteger.valueOf(amount.amountVnd()));
        }
        if (c.budgetBySource().isEmpty()) {
            return;
        }
        if (c.budgetTotalVnd() == null) {
            v.add(Violation.of("budgetTotalVnd", new TotalRequiredWithSources()));
        } else if (!sum.equals(BigInteger.valueOf(c.budgetTotalVnd()))) {
            v.add(Violation.of("budgetBySource",
                    new SourcesNotTheTotal(sum, BigInteger.valueOf(c.budgetTotalVnd()))));
        }
    }

    /** An amount of money: whole VND from 0 to {@link Limits#MAX_VND}. */
    private static void money(long amount, String field, List<Violation> v) {
        if (amount < 0) {
            v.add(Violation.of(field, new Negative()));
        } else if (amount > Limits.MAX_VND) {
            v.add(Violation.of(field, new MoreMoneyThanAllowed(Money.of(Limits.MAX_VND))));
        }
    }

    /** A count from 0 to {@code max} of what {@code counted} names, e.g. activities per line. */
    private static void count(long value, long max, String field, Counted counted, List<Violation> v) {
        if (value < 0) {
            v.add(Violation.of(field, new Negative()));
        } else if (value > max) {
            v.add(Violation.of(field, new MoreThanAllowed(max, counted)));
        }
    }

    private PlanChecks() {
    }
}
