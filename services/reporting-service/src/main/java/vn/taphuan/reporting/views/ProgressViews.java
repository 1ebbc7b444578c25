package vn.taphuan.reporting.views;

import org.springframework.stereotype.Service;
import vn.taphuan.kit.problem.Forbidden;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.web.Params;
import vn.taphuan.kit.store.RecentReads;
import vn.taphuan.kit.web.PageResponse;
import vn.taphuan.reporting.ReportingProperties;
import vn.taphuan.reporting.facts.PlanKey;
import vn.taphuan.reporting.facts.Rollups;
import vn.taphuan.reporting.progress.PersonScopes;
import vn.taphuan.reporting.progress.Phase;
import vn.taphuan.reporting.scope.Audiences;
import vn.taphuan.reporting.views.ViewRecords.Choice;
import vn.taphuan.reporting.views.ViewRecords.SelectionView;
import vn.taphuan.reporting.facts.ProjectionFreshness;
import vn.taphuan.reporting.figures.PlanFiguresStore;
import vn.taphuan.reporting.progress.Figures;
import vn.taphuan.reporting.progress.ForecastStatus;
import vn.taphuan.reporting.progress.Outlook;
import vn.taphuan.reporting.progress.Outlooks;
import vn.taphuan.reporting.progress.PeriodReport;
import vn.taphuan.reporting.progress.PlanFigures;
import vn.taphuan.reporting.progress.PlanFigures.PlanState;
import vn.taphuan.reporting.progress.PlanProgress;
import vn.taphuan.reporting.progress.ProvinceStanding;
import vn.taphuan.reporting.scope.Province;
import vn.taphuan.reporting.scope.Scopes;
import vn.taphuan.reporting.views.ViewRecords.NationalOverview;
import vn.taphuan.reporting.views.ViewRecords.NationalProgramme;
import vn.taphuan.reporting.views.ViewRecords.PlanCounts;
import vn.taphuan.reporting.views.ViewRecords.PlanProgressView;
import vn.taphuan.reporting.views.ViewRecords.PlanRow;
import vn.taphuan.reporting.views.ViewRecords.ProgrammeProgress;
import vn.taphuan.reporting.views.ViewRecords.ProvinceOverview;
import vn.taphuan.reporting.views.ViewRecords.ProvinceRow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Assembles the progress views from the stored plan figures: a plan, a province (its own plans and those of
 * provinces merged into it), the country. Forecasts are made here, as of today (Vietnam time); unique persons of a
 * scope are counted from the facts.
 */
@Service
public class ProgressViews {

    private static final Figures.UniquePersons NO_PERSONS = new Figures.UniquePersons(0, Map.of());

    /** Days begin and end in Vietnam. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PlanFiguresStore figures;
    private final Rollups rollups;
    private final Scopes scopes;
    private final ProjectionFreshness freshness;
    private final Outlooks outlooks;
    private final Clock clock;
    private final Audiences audiences;
    private final Memo<NationalOverview> nationalMemo = new Memo<>();
    /** Rebuilds so far: the revisions of the figures start over with each. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private final Memo<List<ProvinceRow>> rowsMemo = new Memo<>();
    /**
     * Persons of every scope and programme, and how fresh the data is: asked by every view, read once per window (the
     * persons of all provinces in one read: the dashboards of many provinces are open at once).
     */
    private final RecentReads<String, Map<String, Map<String, Map<String, Long>>>> scopePersons;
    private final RecentReads<String, Optional<Instant>> asOf;

    ProgressViews(PlanFiguresStore figures, Rollups rollups, Scopes scopes,
                  ProjectionFreshness freshness, ReportingProperties properties, Clock clock, Audiences audiences) {
        this.audiences = audiences;
        this.figures = figures;
        this.rollups = rollups;
        this.scopes = scopes;
        this.freshness = freshness;
        this.outlooks = new Outlooks(properties.forecast().rules());
        this.clock = clock;
        this.scopePersons = new RecentReads<>(properties.refresh().readWindow());
        this.asOf = new RecentReads<>(properties.refresh().readWindow());
    }

    /** Whose view the current request reads: the programmes it sees. */
    public Audience audience() {
        return audiences.current();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    private Instant dataAsOf() {
        return asOf.get("all", topics -> freshness.dataAsOf()).orElse(null);
    }

    // --- one province ---

    /**
     * A plan of the current province (or of a province merged into it), with its forecast.
     *
     * @throws Refused if the province reports no such plan
     */
    public PlanProgressView plan(String planId) {
        return plan(planId, audience());
    }

    /** A plan of the current province as {@code audience} sees it (the live streams push to their audience). */
    public PlanProgressView plan(String planId, Audience audience) {
        PlanFigures plan = planFigures(planId, audience);
        PlanProgress progress = outlooks.plan(plan, today());
        Province owner = scopes.province(plan.tenantId());
        return new PlanProgressView(plan.tenantId(), owner.name(), plan.planId(), today(), dataAsOf(), plan.plan(),
                progress.totals(), progress.forecast(), statusCounts(progress.linesByStatus()), progress.lines());
    }

    /**
     * The plan's figures, looked up among the plans the current province reports; a plan of a programme the reader
     * does not see is not found, as a plan of another province is not.
     */
    public PlanFigures planFigures(String planId) {
        return planFigures(planId, audience());
    }

    private PlanFigures planFigures(String planId, Audience audience) {
        for (String tenant : scopes.currentTenants()) {
            var found = figures.find(new PlanKey(tenant, planId)).filter(PlanFigures::known)
                    .filter(p -> audience.sees(p.plan().programmeCode()));
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw Refused.notFound(new ViewsRefusal.NoSuchPlan(planId));
    }

    /** The plans the current province reports, newest period first, filtered. */
    public PageResponse<PlanRow> plans(String programmeCode, PlanState state, ForecastStatus status, int page,
                                       int size) {
        LocalDate today = today();
        Audience audience = audience();
        List<PlanRow> rows = figures.ofTenants(scopes.currentTenants()).stream()
                .filter(p -> audience.sees(p.plan().programmeCode()))
                .filter(p -> programmeCode == null || programmeCode.equals(p.plan().programmeCode()))
                .filter(p -> state == null || state == p.plan().state())
                .map(p -> row(p, outlooks.plan(p, today)))
                .filter(r -> status == null || status == r.status())
                .sorted(Comparator.comparing(PlanRow::periodStart).reversed().thenComparing(PlanRow::title)
                        .thenComparing(PlanRow::planId))
                .toList();
        return page(rows, page, size);
    }

    /** The current province's overview. */
    public ProvinceOverview province() {
        return province(audience());
    }

    /** The current province's overview as {@code audience} sees it: the programmes it sees, their persons. */
    public ProvinceOverview province(Audience audience) {
        LocalDate today = today();
        Province province = scopes.currentProvinceDetails();
        List<PlanFigures> plans = figures.ofTenants(scopes.currentTenants()).stream()
                .filter(p -> audience.sees(p.plan().programmeCode())).toList();
        List<PlanProgress> progress = plans.stream().map(p -> outlooks.plan(p, today)).toList();
        Map<ForecastStatus, Integer> byStatus = statusCounts(Map.of());
        progress.forEach(p -> count(byStatus, p.forecast().status()));
        int closed = (int) plans.stream().filter(p -> p.plan().state() == PlanState.CLOSED).count();
        PlanCounts counts = new PlanCounts(plans.size(), plans.size() - closed, closed, byStatus);
        return new ProvinceOverview(province, today, dataAsOf(), counts,
                sum(plans, province.tenantId(), PersonScopes.key(audience.ministry(), null, null)),
                programmes(plans, progress, today, province.tenantId()));
    }

    /** A period report of one plan of the current province (or of a province merged into it). */
    public PeriodReport planReport(String planId, YearMonth from, YearMonth to) {
        PlanFigures plan = planFigures(planId);
        return PeriodReport.withSameTimeLastYear(plan.tenantId(), plan.plan().title(), from, to, List.of(plan));
    }

    /** The current province's period report. */
    public PeriodReport provinceReport(YearMonth from, YearMonth to, String programmeCode) {
        Province province = scopes.currentProvinceDetails();
        Audience audience = audience();
        List<PlanFigures> plans = figures.ofTenants(scopes.currentTenants()).stream()
                .filter(p -> audience.sees(p.plan().programmeCode()))
                .filter(p -> programmeCode == null || programmeCode.equals(p.plan().programmeCode())).toList();
        return PeriodReport.withSameTimeLastYear(province.tenantId(), province.name(), from, to, plans);
    }

    /**
     * The plans of {@code programmeCode} the current province owns, as the reader sees them: none of a programme the
     * reader does not see. A periodic report covers these only — not those of provinces merged into it, which file
     * their own — so that the report approved is the one that locks the writes of the province owning the data.
     */
    public List<PlanFigures> provincePlans(String programmeCode) {
        Audience audience = audience();
        if (!audience.sees(programmeCode)) {
            return List.of();
        }
        return figures.ofTenants(Set.of(scopes.currentProvince())).stream().filter(PlanFigures::known)
                .filter(p -> programmeCode.equals(p.plan().programmeCode())).toList();
    }

    /** The programmes of the plans the current province owns that the reader sees, by code, with their names. */
    public Map<String, String> provinceProgrammes() {
        Audience audience = audience();
        Map<String, String> programmes = new java.util.TreeMap<>();
        figures.ofTenants(Set.of(scopes.currentProvince())).stream().filter(PlanFigures::known)
                .filter(p -> audience.sees(p.plan().programmeCode()))
                .forEach(p -> programmes.merge(p.plan().programmeCode(),
                        p.plan().programmeName() == null ? p.plan().programmeCode() : p.plan().programmeName(),
                        (a, b) -> a));
        return programmes;
    }

    // --- the country ---

    /**
     * The nationwide overview, computed once per state of the figures and of the persons, day and list of provinces
     * and kept: every analyst and every live stream reads the same maintained view until something changes. The
     * persons are those of the read window like every view's, and part of the key: a view computed with persons read
     * just before the figures' revision moved is computed again once they are read anew, not kept stale.
     */
    public NationalOverview national() {
        return national(NationalSelection.everything(audience()));
    }

    /**
     * The nationwide overview of a selection (a phase, a programme, the programmes of the reader's ministry), kept
     * per selection as the whole country's is.
     */
    public NationalOverview national(NationalSelection selection) {
        LocalDate today = today();
        List<Province> provinces = scopes.reportingProvinces();
        Map<String, Map<String, Long>> persons = everyScopePersons().getOrDefault(PersonScopes.NATIONAL, Map.of());
        NationalOverview overview = nationalMemo.get(new MemoKey(generation.get(), figures.revision(), today, provinces,
                        selection, persons), () -> national(today, provinces, persons, selection));
        return new NationalOverview(overview.asOf(), dataAsOf(), overview.provinces(), overview.plans(),
                overview.totals(), overview.programmes(), overview.standing(), overview.selection());
    }

    private NationalOverview national(LocalDate today, List<Province> provinces,
                                      Map<String, Map<String, Long>> persons, NationalSelection selection) {
        List<PlanFigures> seen = figures.all().stream().filter(p -> selection.audience().sees(p.plan().programmeCode()))
                .toList();
        List<PlanFigures> plans = seen.stream().filter(selection::includes).toList();
        Map<String, Outlook> planOutlooks = outlooksOf(plans, today);
        List<NationalProgramme> programmes = new ArrayList<>();
        // each province across its programmes: the worst status, its targets, its person-turns within each target
        Map<String, ForecastStatus> worst = new java.util.HashMap<>();
        Map<String, long[]> targetAndWithin = new java.util.HashMap<>();
        byProgramme(plans).forEach((code, programmePlans) -> {
            Figures sum = sum(programmePlans, persons.getOrDefault(selection.personsKey(code), Map.of()));
            Map<ForecastStatus, Integer> byStatus = statusCounts(Map.of());
            ProvinceStanding.Builder standing = new ProvinceStanding.Builder();
            int reporting = 0;
            for (Province province : provinces) {
                List<PlanFigures> own = ofProvince(programmePlans, province);
                if (own.isEmpty()) {
                    standing.withoutData();
                    continue;
                }
                reporting++;
                Figures provinceSum = Figures.sum(own.stream().map(PlanFigures::totals).toList(), NO_PERSONS);
                ForecastStatus status = outlooks.combine(code, outlooksOf(own, planOutlooks), provinceSum, today)
                        .status();
                count(byStatus, status);
                long target = provinceSum.personTurns().target();
                long within = ProvinceStanding.withinTarget(provinceSum.personTurns().achieved(), target);
                standing.add(status, target, within);
                if (status != null) {
                    worst.merge(province.tenantId(), status, ForecastStatus::worse);
                }
                long[] both = targetAndWithin.computeIfAbsent(province.tenantId(), id -> new long[2]);
                both[0] = Math.addExact(both[0], target);
                both[1] = Math.addExact(both[1], within);
            }
            programmes.add(new NationalProgramme(code, programmeName(programmePlans), deadline(programmePlans),
                    reporting, programmePlans.size(), sum, outlooks.combine(code,
                    outlooksOf(programmePlans, planOutlooks), sum, today), byStatus, standing.build()));
        });
        ProvinceStanding.Builder standing = new ProvinceStanding.Builder();
        for (Province province : provinces) {
            long[] both = targetAndWithin.get(province.tenantId());
            if (both == null) {
                standing.withoutData();
            } else {
                standing.add(worst.get(province.tenantId()), both[0], both[1]);
            }
        }
        return new NationalOverview(today, dataAsOf(), provinces.size(), plans.size(),
                sum(plans, persons.getOrDefault(selection.personsKey(), Map.of())), programmes, standing.build(),
                selectionView(selection, seen));
    }

    /** What was chosen, and what may be chosen: the phases and programmes of the plans the reader sees. */
    private SelectionView selectionView(NationalSelection selection, List<PlanFigures> seen) {
        Map<String, Choice> phases = new TreeMap<>();
        Map<String, Choice> programmes = new TreeMap<>();
        for (PlanFigures plan : seen) {
            if (plan.plan().periodStart() != null) {
                Phase phase = Phase.of(plan.plan().periodStart());
                phases.putIfAbsent(phase.code(), new Choice(phase.code(), phase.name()));
            }
            String code = plan.plan().programmeCode();
            String name = plan.plan().programmeName();
            programmes.merge(code, new Choice(code, name == null ? code : name),
                    (kept, other) -> kept);
        }
        String ministry = selection.audience().ministry();
        return new SelectionView(selection.phase(), selection.programmeCode(), ministry,
                ministry == null ? null : audiences.ministries().find(ministry).map(m -> m.name()).orElse(ministry),
                List.copyOf(phases.values()), List.copyOf(programmes.values()));
    }

    /** Ordering of the nationwide province table. */
    public enum ProvinceOrder {
        /**
         * who needs attention first: off track, then at risk, then the provinces that have reported nothing, then on
         * track and reached; least progress first within each (the default)
         */
        STATUS,
        /** person-turns projected short of the target at the deadline, largest first; then as {@link #STATUS} */
        SHORTFALL,
        /** person-turns as a share of target, highest first */
        PROGRESS,
        /** by province name */
        NAME
    }

    /**
     * The selection the parameters name, for the reader of the request: a phase that is not a five-year phase is
     * bad input; a programme the reader's ministry does not own is refused.
     */
    public NationalSelection select(Params params, String phase, String programmeCode) {
        String phaseCode = null;
        if (phase != null && !phase.isBlank()) {
            Optional<Phase> parsed = Phase.parse(phase);
            params.require(parsed.isPresent(), "phase", new ViewsRefusal.FiveYearPhaseExpected(phase));
            phaseCode = parsed.map(Phase::code).orElse(null);
        }
        String programme = programmeCode == null || programmeCode.isBlank() ? null : programmeCode.strip();
        params.check();
        Audience audience = audience();
        if (programme != null && !audience.sees(programme)) {
            throw new Forbidden("other-ministry", new ViewsRefusal.ProgrammeOfAnotherMinistry(programme,
                    audience.ministry()));
        }
        return new NationalSelection(phaseCode, programme, audience);
    }

    /** The provinces ranked within a selection; the rows are kept per selection. */
    public PageResponse<ProvinceRow> provinces(NationalSelection selection, ProvinceOrder order, int page, int size) {
        LocalDate today = today();
        List<Province> provinces = scopes.reportingProvinces();
        List<ProvinceRow> rows = new ArrayList<>(rowsMemo.get(new MemoKey(generation.get(), figures.revision(), today,
                provinces, selection, null), () -> provinceRows(selection, today, provinces)));
        Comparator<ProvinceRow> byProgress = Comparator.comparing(ProvinceRow::personTurnsPercent,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        Comparator<ProvinceRow> byName = Comparator.comparing(r -> r.province().name());
        Comparator<ProvinceRow> byStatus = Comparator.comparingInt(ProgressViews::attention).thenComparing(byProgress)
                .thenComparing(byName);
        Comparator<ProvinceRow> comparator = switch (order) {
            case STATUS -> byStatus;
            case SHORTFALL -> Comparator.comparing(ProvinceRow::shortfallPersonTurns,
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byStatus);
            case PROGRESS -> byProgress.reversed().thenComparing(byName);
            case NAME -> byName;
        };
        rows.sort(comparator);
        List<ProvinceRow> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ProvinceRow r = rows.get(i);
            ranked.add(new ProvinceRow(i + 1, r.province(), r.plans(), r.activitiesPlanned(), r.activitiesHeld(),
                    r.activitiesPercent(), r.personTurnTarget(), r.personTurns(), r.personTurnsPercent(), r.women(),
                    r.womenShare(), r.ethnicMinority(), r.ethnicMinorityShare(), r.envelopeVnd(), r.spentVnd(),
                    r.spentPercentOfAllocated(), r.status(), r.projectedPersonTurns(), r.shortfallPersonTurns(),
                    r.hasData()));
        }
        return page(ranked, page, size);
    }

    /** How soon a province needs the ministry's attention: a province that reported nothing comes before those on course. */
    private static int attention(ProvinceRow row) {
        if (row.status() == null) {
            return 2;
        }
        return switch (row.status()) {
            case OFF_TRACK -> 0;
            case AT_RISK -> 1;
            case ON_TRACK -> 3;
            case REACHED -> 4;
        };
    }

    /** Every reporting province's row, unranked: kept like the overview, sorted and paged per request. */
    private List<ProvinceRow> provinceRows(NationalSelection selection, LocalDate today, List<Province> provinces) {
        List<PlanFigures> plans = figures.all().stream().filter(selection::includes).toList();
        Map<String, Outlook> planOutlooks = outlooksOf(plans, today);
        List<ProvinceRow> rows = new ArrayList<>();
        for (Province province : provinces) {
            rows.add(provinceRow(province, ofProvince(plans, province), planOutlooks, today));
        }
        return List.copyOf(rows);
    }

    /** What a kept nationwide view was computed from ({@code persons}: the persons it counted, where it counts any). */
    private record MemoKey(long generation, long revision, LocalDate today, List<Province> provinces,
                           NationalSelection selection, Map<String, Map<String, Long>> persons) {
    }

    /**
     * A rebuild empties the figures and their revision counter starts over: a view kept under a revision number from
     * before would be served again once the replay reaches that number (the clean-clone run of c44229b showed the
     * ranking of early in the load after a rebuild). What is kept goes with the figures.
     */
    @org.springframework.context.event.EventListener
    void cleared(vn.taphuan.reporting.admin.ProjectionRebuild.ProjectionsCleared cleared) {
        // a view being computed from the emptied figures and kept just after is kept under the old generation
        generation.incrementAndGet();
        nationalMemo.clear();
        rowsMemo.clear();
    }

    /** The last value computed for a key, shared by every request until the key moves on. */
    private static final class Memo<T> {
        private final Map<MemoKey, T> values = new java.util.concurrent.ConcurrentHashMap<>();

        void clear() {
            values.clear();
        }

        T get(MemoKey key, java.util.function.Supplier<T> compute) {
            T value = values.get(key);
            if (value == null) {
                value = compute.get();
                if (values.size() > 16) {
                    values.clear();
                }
                values.put(key, value);
            }
            return value;
        }
    }

    public PeriodReport nationalReport(YearMonth from, YearMonth to, NationalSelection selection) {
        List<PlanFigures> plans = figures.all().stream().filter(selection::includes).toList();
        return PeriodReport.withSameTimeLastYear("national", "Toàn quốc", from, to, plans);
    }

    // --- helpers ---

    private ProvinceRow provinceRow(Province province, List<PlanFigures> plans, Map<String, Outlook> planOutlooks,
                                    LocalDate today) {
        // a province's figures without unique persons: the table does not show them, and they cost a count each
        Figures f = Figures.sum(plans.stream().map(PlanFigures::totals).toList(), NO_PERSONS);
        ForecastStatus status = null;
        Long projected = null;
        Long shortfall = null;
        for (var programme : byProgramme(plans).entrySet()) {
            Outlook outlook = combine(programme.getKey(), programme.getValue(), planOutlooks, today);
            if (outlook.status() != null) {
                status = outlook.status().worse(status);
            }
            if (outlook.personTurns() != null) {
                projected = Math.addExact(projected == null ? 0 : projected, outlook.personTurns().projectedAtDeadline());
                shortfall = Math.addExact(shortfall == null ? 0 : shortfall, outlook.personTurns().shortfallAtDeadline());
            }
        }
        var turns = f.personTurns();
        return new ProvinceRow(0, province, plans.size(), f.activities().planned(), f.activities().held(),
                f.activities().percent(), turns.target(), turns.achieved(), turns.percent(), turns.women().count(),
                turns.women().share(), turns.ethnicMinority().count(), turns.ethnicMinority().share(),
                f.budget().envelopeVnd(), f.budget().spentVnd(), f.budget().spentPercentOfAllocated(), status,
                projected, shortfall, !plans.isEmpty());
    }

    /** The forecast of one programme's plans together (a province's, or the country's). */
    private Outlook combine(String programmeCode, List<PlanFigures> plans, Map<String, Outlook> planOutlooks,
                            LocalDate today) {
        Figures sum = Figures.sum(plans.stream().map(PlanFigures::totals).toList(), NO_PERSONS);
        return outlooks.combine(programmeCode, outlooksOf(plans, planOutlooks), sum, today);
    }

    private Map<String, Outlook> outlooksOf(List<PlanFigures> plans, LocalDate today) {
        Map<String, Outlook> result = new java.util.HashMap<>();
        plans.forEach(p -> result.put(key(p), outlooks.plan(p, today).forecast()));
        return result;
    }

    private static List<Outlook> outlooksOf(List<PlanFigures> plans, Map<String, Outlook> planOutlooks) {
        return plans.stream().map(p -> planOutlooks.get(key(p))).toList();
    }

    private static String key(PlanFigures plan) {
        return new PlanKey(plan.tenantId(), plan.planId()).value();
    }

    private List<ProgrammeProgress> programmes(List<PlanFigures> plans, List<PlanProgress> progress, LocalDate today,
                                               String province) {
        Map<String, List<Integer>> indexes = new TreeMap<>();
        for (int i = 0; i < plans.size(); i++) {
            indexes.computeIfAbsent(plans.get(i).plan().programmeCode(), k -> new ArrayList<>()).add(i);
        }
        List<ProgrammeProgress> result = new ArrayList<>();
        indexes.forEach((code, members) -> {
            List<PlanFigures> programmePlans = members.stream().map(plans::get).toList();
            List<Outlook> planOutlooks = members.stream().map(i -> progress.get(i).forecast()).toList();
            Map<ForecastStatus, Integer> byStatus = statusCounts(Map.of());
            planOutlooks.forEach(o -> count(byStatus, o.status()));
            Figures sum = sum(programmePlans, province, code);
            result.add(new ProgrammeProgress(code, programmeName(programmePlans), deadline(programmePlans),
                    programmePlans.size(), sum, outlooks.combine(code, planOutlooks, sum, today), byStatus));
        });
        return result;
    }

    /**
     * Sums plans' figures, with the unique persons of the scope they make up (a province with the provinces merged
     * into it, or the country; one programme or all) as the projection keeps them: persons do not add up across
     * plans.
     */
    private Figures sum(List<PlanFigures> plans, String scope, String programme) {
        return sum(plans, everyScopePersons().getOrDefault(scope, Map.of()).getOrDefault(programme, Map.of()));
    }

    private Map<String, Map<String, Map<String, Long>>> everyScopePersons() {
        return scopePersons.get("every", key -> rollups.everyScopePersons());
    }

    private static Figures sum(List<PlanFigures> plans, Map<String, Long> personsByMonth) {
        return Figures.sum(plans.stream().map(PlanFigures::totals).toList(), PersonScopes.persons(personsByMonth));
    }

    private static List<PlanFigures> ofProvince(List<PlanFigures> plans, Province province) {
        List<String> tenants = new ArrayList<>();
        tenants.add(province.tenantId());
        province.inherits().forEach(p -> tenants.add(p.tenantId()));
        return plans.stream().filter(p -> tenants.contains(p.tenantId())).toList();
    }

    private static Map<String, List<PlanFigures>> byProgramme(List<PlanFigures> plans) {
        Map<String, List<PlanFigures>> grouped = new TreeMap<>();
        plans.forEach(p -> grouped.computeIfAbsent(p.plan().programmeCode(), k -> new ArrayList<>()).add(p));
        return grouped;
    }

    private static String programmeName(List<PlanFigures> plans) {
        return plans.stream().map(p -> p.plan().programmeName()).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    private static LocalDate deadline(List<PlanFigures> plans) {
        return plans.stream().map(p -> p.plan().deadline()).max(LocalDate::compareTo).orElse(null);
    }

    private static PlanRow row(PlanFigures plan, PlanProgress progress) {
        var f = plan.totals();
        var info = plan.plan();
        Outlook outlook = progress.forecast();
        return new PlanRow(plan.tenantId(), plan.planId(), info.title(), info.programmeCode(), info.documentNumber(),
                info.periodStart(), info.periodEnd(), info.deadline(), info.currentVersion(), info.state(),
                f.activities().planned(), f.activities().held(), f.activities().percent(), f.personTurns().target(),
                f.personTurns().achieved(), f.personTurns().percent(), f.persons().unique(), f.budget().envelopeVnd(),
                f.budget().spentVnd(), outlook.status(),
                outlook.personTurns() == null ? null : outlook.personTurns().projectedAtDeadline());
    }

    private static Map<ForecastStatus, Integer> statusCounts(Map<ForecastStatus, Integer> counts) {
        Map<ForecastStatus, Integer> all = new EnumMap<>(ForecastStatus.class);
        for (ForecastStatus status : ForecastStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0));
        }
        return all;
    }

    private static void count(Map<ForecastStatus, Integer> counts, ForecastStatus status) {
        if (status != null) {
            counts.merge(status, 1, Math::addExact);
        }
    }

    private static <T> PageResponse<T> page(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new PageResponse<>(all.subList(from, to), page, size, all.size());
    }
}
