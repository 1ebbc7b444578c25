package vn.taphuan.reporting.closeout;

import org.springframework.stereotype.Service;
import vn.taphuan.reporting.closeout.CloseoutReport.Gap;
import vn.taphuan.reporting.closeout.CloseoutReport.Measure;
import vn.taphuan.reporting.closeout.CloseoutReport.PlanResult;
import vn.taphuan.reporting.closeout.CloseoutReport.ProgrammeResult;
import vn.taphuan.reporting.closeout.CloseoutReport.ProvinceResult;
import vn.taphuan.reporting.closeout.CloseoutReport.Result;
import vn.taphuan.reporting.closeout.CloseoutReport.Shortfall;
import vn.taphuan.reporting.facts.PlanKey;
import vn.taphuan.reporting.facts.ProjectionFreshness;
import vn.taphuan.reporting.facts.Rollups;
import vn.taphuan.reporting.figures.PlanFiguresStore;
import vn.taphuan.reporting.progress.Figures;
import vn.taphuan.reporting.progress.Percent;
import vn.taphuan.reporting.progress.PersonScopes;
import vn.taphuan.reporting.progress.Phase;
import vn.taphuan.reporting.progress.PlanFigures;
import vn.taphuan.reporting.progress.PlanFigures.LineFigures;
import vn.taphuan.reporting.scope.Province;
import vn.taphuan.reporting.scope.Scopes;
import vn.taphuan.reporting.views.Audience;
import vn.taphuan.reporting.views.ProgressViews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds the close-out reports from the plans' figures as the refresher derived them (the same {@code Figures} and
 * sums as the progress views; nothing counted again): a closed-out plan's figures are final, since its later facts
 * never reach them ({@link CloseOuts}).
 */
@Service
public class CloseoutReports {

    private static final Figures.UniquePersons NO_PERSONS = new Figures.UniquePersons(0, Map.of());

    private final PlanFiguresStore figures;
    private final Rollups rollups;
    private final Scopes scopes;
    private final CloseOuts closeOuts;
    private final ProjectionFreshness freshness;
    private final ProgressViews views;

    CloseoutReports(PlanFiguresStore figures, Rollups rollups, Scopes scopes, CloseOuts closeOuts,
                    ProjectionFreshness freshness, ProgressViews views) {
        this.figures = figures;
        this.rollups = rollups;
        this.scopes = scopes;
        this.closeOuts = closeOuts;
        this.freshness = freshness;
        this.views = views;
    }

    /** The current province (with the provinces merged into it). */
    public CloseoutReport province(Phase phase) {
        Province province = scopes.currentProvinceDetails();
        List<PlanFigures> plans = ofPhase(figures.ofTenants(scopes.currentTenants()), phase, views.audience());
        Map<String, Map<String, Long>> persons = rollups.everyScopePersons()
                .getOrDefault(province.tenantId(), Map.of());
        Context context = context(plans);
        return new CloseoutReport(phase.code(), phase.start(), phase.end(), "PROVINCE", province.tenantId(),
                province.name(), views.today(), freshness.dataAsOf().orElse(null),
                context.result(plans, null), programmes(plans, persons, context), planResults(plans, context),
                List.of(), shortfalls(plans));
    }

    /** The country: each programme, and each province under each programme. */
    public CloseoutReport national(Phase phase) {
        List<PlanFigures> plans = ofPhase(figures.all(), phase, views.audience());
        Map<String, Map<String, Map<String, Long>>> everyScope = rollups.everyScopePersons();
        Context context = context(plans);
        List<ProvinceResult> provinces = new ArrayList<>();
        for (Province province : scopes.reportingProvinces()) {
            List<String> tenants = new ArrayList<>();
            tenants.add(province.tenantId());
            province.inherits().forEach(p -> tenants.add(p.tenantId()));
            List<PlanFigures> own = plans.stream().filter(p -> tenants.contains(p.tenantId())).toList();
            Map<String, Map<String, Long>> persons = everyScope.getOrDefault(province.tenantId(), Map.of());
            byProgramme(own).forEach((code, programmePlans) -> provinces.add(new ProvinceResult(province.tenantId(),
                    province.name(), code, programmeName(programmePlans), context.result(programmePlans,
                    persons.getOrDefault(code, Map.of())))));
        }
        return new CloseoutReport(phase.code(), phase.start(), phase.end(), "NATIONAL", null, "Toàn quốc",
                views.today(), freshness.dataAsOf().orElse(null), context.result(plans, null),
                programmes(plans, everyScope.getOrDefault(PersonScopes.NATIONAL, Map.of()), context),
                planResults(plans, context), provinces, shortfalls(plans));
    }

    /** The plans of the phase whose programme the reader sees (an analyst of a ministry: its own programmes). */
    private static List<PlanFigures> ofPhase(List<PlanFigures> plans, Phase phase, Audience audience) {
        return plans.stream().filter(PlanFigures::known).filter(p -> phase.contains(p.plan().periodStart(), p.plan().periodEnd()))
                .filter(p -> audience.sees(p.plan().programmeCode()))
                .sorted(Comparator.comparing((PlanFigures p) -> p.plan().programmeCode())
                        .thenComparing(PlanFigures::tenantId).thenComparing(p -> p.plan().periodStart())
                        .thenComparing(PlanFigures::planId))
                .toList();
    }

    private Context context(List<PlanFigures> plans) {
        Map<String, CloseOuts.CloseOut> all = closeOuts.all();
        List<String> keys = plans.stream().map(p -> new PlanKey(p.tenantId(), p.planId()).value()).toList();
        return new Context(all, closeOuts.changesAfter(keys.stream().filter(all::containsKey).toList()));
    }

    private static List<ProgrammeResult> programmes(List<PlanFigures> plans, Map<String, Map<String, Long>> persons,
                                                    Context context) {
        List<ProgrammeResult> result = new ArrayList<>();
        byProgramme(plans).forEach((code, programmePlans) -> result.add(new ProgrammeResult(code,
                programmeName(programmePlans), programmePlans.stream().map(p -> p.plan().deadline())
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null),
                context.result(programmePlans, persons.getOrDefault(code, Map.of())))));
        return result;
    }

    private static List<PlanResult> planResults(List<PlanFigures> plans, Context context) {
        return plans.stream().map(p -> {
            String key = new PlanKey(p.tenantId(), p.planId()).value();
            CloseOuts.CloseOut closeOut = context.closeOuts().get(key);
            var info = p.plan();
            return new PlanResult(p.tenantId(), p.planId(), info.title(), info.documentNumber(), info.programmeCode(),
                    info.periodStart(), info.periodEnd(), info.deadline(), info.state(),
                    closeOut == null ? null : closeOut.closedOutOn(), context.changesAfter().getOrDefault(key, 0L),
                    context.result(List.of(p), null, p.totals().persons().unique()));
        }).toList();
    }

    /** Every target of every line (of the version in force) not reached. */
    private static List<Shortfall> shortfalls(List<PlanFigures> plans) {
        List<Shortfall> result = new ArrayList<>();
        for (PlanFigures plan : plans) {
            for (LineFigures line : plan.lines()) {
                if (!line.inCurrentVersion()) {
                    continue;
                }
                Figures f = line.figures();
                add(result, plan, line, Measure.ACTIVITIES, f.activities().planned(), f.activities().held());
                add(result, plan, line, Measure.PERSON_TURNS, f.personTurns().target(), f.personTurns().achieved());
                if (f.persons().coverage() != null) {
                    add(result, plan, line, Measure.COVERAGE, f.persons().coverage().requiredPersons(),
                            f.persons().coverage().covered());
                }
                Figures.Share women = f.personTurns().women();
                Figures.Share minority = f.personTurns().ethnicMinority();
                add(result, plan, line, Measure.WOMEN, required(women, f.personTurns().achieved()), women.count());
                add(result, plan, line, Measure.ETHNIC_MINORITY, required(minority, f.personTurns().achieved()),
                        minority.count());
            }
        }
        return result;
    }

    private static void add(List<Shortfall> result, PlanFigures plan, LineFigures line, Measure measure, long target,
                            long achieved) {
        if (target > achieved) {
            result.add(new Shortfall(plan.tenantId(), plan.planId(), plan.plan().title(), plan.plan().programmeCode(),
                    line.lineId(), line.description(), measure, measure.vi(), target, achieved, target - achieved,
                    Percent.of(achieved, target)));
        }
    }

    /** The person-turns a minimum share asks for among those achieved, rounded up; 0 without a minimum. */
    static long required(Figures.Share share, long achieved) {
        if (share.minShare() == null || achieved == 0) {
            return 0;
        }
        return -Math.floorDiv(-Math.multiplyExact((long) share.minShare(), achieved), 100L);
    }

    private static Map<String, List<PlanFigures>> byProgramme(List<PlanFigures> plans) {
        Map<String, List<PlanFigures>> grouped = new TreeMap<>();
        plans.forEach(p -> grouped.computeIfAbsent(p.plan().programmeCode(), k -> new ArrayList<>()).add(p));
        return grouped;
    }

    private static String programmeName(List<PlanFigures> plans) {
        return plans.stream().map(p -> p.plan().programmeName()).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The close-outs and the changes kept after them, read once per report. */
    private record Context(Map<String, CloseOuts.CloseOut> closeOuts, Map<String, Long> changesAfter) {

        /** A scope's result; {@code personsByMonth} null where unique persons cannot be told (across programmes). */
        Result result(List<PlanFigures> plans, Map<String, Long> personsByMonth) {
            return result(plans, personsByMonth,
                    personsByMonth == null ? null : PersonScopes.persons(personsByMonth).total());
        }

        Result result(List<PlanFigures> plans, Map<String, Long> personsByMonth, Long unique) {
            Figures.UniquePersons persons = personsByMonth == null ? NO_PERSONS : PersonScopes.persons(personsByMonth);
            Figures f = Figures.sum(plans.stream().map(PlanFigures::totals).toList(), persons);
            long activities = 0;
            long personTurns = 0;
            long coverage = 0;
            long women = 0;
            long minority = 0;
            int linesShort = 0;
            for (PlanFigures plan : plans) {
                for (LineFigures line : plan.lines()) {
                    if (!line.inCurrentVersion()) {
                        continue;
                    }
                    Figures l = line.figures();
                    long a = Math.max(0, l.activities().planned() - l.activities().held());
                    long p = Math.max(0, l.personTurns().target() - l.personTurns().achieved());
                    long c = l.persons().coverage() == null ? 0
                            : Math.max(0, l.persons().coverage().requiredPersons() - l.persons().coverage().covered());
                    long w = Math.max(0, required(l.personTurns().women(), l.personTurns().achieved())
                            - l.personTurns().women().count());
                    long m = Math.max(0, required(l.personTurns().ethnicMinority(), l.personTurns().achieved())
                            - l.personTurns().ethnicMinority().count());
                    activities += a;
                    personTurns += p;
                    coverage += c;
                    women += w;
                    minority += m;
                    linesShort += a + p + c + w + m > 0 ? 1 : 0;
                }
            }
            int closedOut = (int) plans.stream()
                    .filter(p -> closeOuts.containsKey(new PlanKey(p.tenantId(), p.planId()).value())).count();
            Figures.CoverageFigures cov = f.persons().coverage();
            return new Result(plans.size(), closedOut,
                    new Gap(f.activities().planned(), f.activities().held(), f.activities().percent(), activities),
                    new Gap(f.personTurns().target(), f.personTurns().achieved(), f.personTurns().percent(), personTurns),
                    f.personTurns().women(), f.personTurns().ethnicMinority(),
                    cov == null ? null : new Gap(cov.requiredPersons(), cov.covered(), cov.percentOfRequired(), coverage),
                    unique, women, minority, linesShort, f.budget());
        }
    }
}
