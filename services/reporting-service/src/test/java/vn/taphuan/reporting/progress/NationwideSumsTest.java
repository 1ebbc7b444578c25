package vn.taphuan.reporting.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.taphuan.contracts.Limits;
import vn.taphuan.reporting.progress.Figures.SourceFigures;
import vn.taphuan.reporting.progress.PlanFacts.Activity;
import vn.taphuan.reporting.progress.PlanFacts.Allocation;
import vn.taphuan.reporting.progress.PlanFacts.Commitment;
import vn.taphuan.reporting.progress.PlanFacts.Coverage;
import vn.taphuan.reporting.progress.PlanFacts.Enrolment;
import vn.taphuan.reporting.progress.PlanFacts.Expenditure;
import vn.taphuan.reporting.progress.PlanFacts.PlanVersion;
import vn.taphuan.reporting.progress.PlanFacts.Release;
import vn.taphuan.reporting.progress.PlanFacts.Settlement;
import vn.taphuan.reporting.progress.PlanFacts.TargetLine;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No combination of accepted inputs makes a total leave a {@code long}: plans with lines and money at the bounds of
 * {@link Limits}, up to {@link Limits#MAX_APPROVED_PLANS_PER_PROVINCE} of them in each of up to
 * {@link Limits#MAX_PROVINCES} provinces (the 34 of today in most cases), added up as the nationwide views add them.
 * Every total must equal the exact sum of the facts (computed with {@link BigInteger}) and none may be negative.
 * Each seed is a case of its own, so a failure names the seed that reproduces it.
 */
class NationwideSumsTest {

    private static final Figures.UniquePersons NOBODY = new Figures.UniquePersons(0, Map.of());
    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final LocalDate END = LocalDate.of(2023, 12, 31);
    private static final LocalDate DEADLINE = LocalDate.of(2025, 12, 31);
    private static final LocalDate TODAY = LocalDate.of(2023, 9, 1);
    private static final Outlooks OUTLOOKS = new Outlooks(new ForecastRule(80, 30));

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    /** Issue 12, finding 3: before the bounds a plan of 9223372036854775807 VND made the national envelope negative. */
    @Test
    void aSumBeyondALongFailsInsteadOfWrappingToANegativeEnvelope() {
        PlanFigures huge = PlanLedger.figures(plan("huge", Long.MAX_VALUE, List.of(line("l", 1, 1, null)), new Random(1), false));
        PlanFigures ordinary = PlanLedger.figures(plan("bac-giang", 6_889_000_000L, List.of(line("l", 102, 7_500, null)),
                new Random(2), false));

        assertThat(huge.totals().budget().envelopeVnd()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> Figures.sum(List.of(huge.totals(), ordinary.totals()), NOBODY))
                .isInstanceOf(ArithmeticException.class);
    }

    /** The worst case the bounds allow: every province full of plans that are each at every bound. */
    @Test
    void theLargestCountryTheBoundsAllowAddsUpExactly() {
        List<TargetLine> lines = new ArrayList<>();
        for (int i = 0; i < Limits.MAX_LINES_PER_PLAN; i++) {
            lines.add(line("L" + i, Limits.MAX_ACTIVITIES_PER_LINE, Limits.MAX_PERSON_TURNS_PER_LINE,
                    new Coverage(Limits.MAX_ROSTER_SIZE, 100, DEADLINE, "danh sách")));
        }
        Generated largest = generate("largest", Limits.MAX_VND, lines, new Random(7), true);
        int plans = Limits.MAX_PROVINCES * Limits.MAX_APPROVED_PLANS_PER_PROVINCE;

        Map<Generated, Integer> country = new IdentityHashMap<>();
        country.put(largest, plans);
        Figures sum = Figures.sum(java.util.Collections.nCopies(plans, largest.figures().totals()), NOBODY);

        assertExact(sum, country);
        assertThat(sum.budget().envelopeVnd()).isEqualTo(5_000_000_000_000_000_000L);
        assertThat(sum.budget().spentVnd()).isEqualTo(5_000_000_000_000_000_000L);
        assertThat(sum.personTurns().target()).isEqualTo(50_000_000_000_000L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noCombinationOfAcceptedInputsMakesANationwideTotalOverflow(long seed) {
        Random random = new Random(seed);
        List<Generated> pool = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pool.add(generate("kh-" + seed + "-" + i, bounded(random, Limits.MAX_VND), lines(random), random,
                    random.nextBoolean()));
        }
        boolean full = random.nextInt(4) == 0;
        int provinces = full ? Limits.MAX_PROVINCES : 34;
        // by identity: a plan's figures are deep records, too costly to hash fifty thousand times
        Map<Generated, Integer> country = new IdentityHashMap<>();
        List<PlanFigures> plans = new ArrayList<>();
        for (int p = 0; p < provinces; p++) {
            int count = full || random.nextInt(3) == 0 ? Limits.MAX_APPROVED_PLANS_PER_PROVINCE
                    : 1 + random.nextInt(Limits.MAX_APPROVED_PLANS_PER_PROVINCE);
            for (int i = 0; i < count; i++) {
                Generated plan = pool.get(random.nextInt(pool.size()));
                country.merge(plan, 1, Integer::sum);
                plans.add(plan.figures());
            }
        }

        // each plan on its own is exact
        for (Generated plan : pool) {
            Map<Generated, Integer> alone = new IdentityHashMap<>();
            alone.put(plan, 1);
            assertExact(plan.figures().totals(), alone);
        }
        // the country, as the national overview and the province table add it
        Figures national = Figures.sum(plans.stream().map(PlanFigures::totals).toList(), NOBODY);
        assertExact(national, country);

        // the period report over the plans' year
        PeriodReport.Line report = PeriodReport.of("national", "Toàn quốc", YearMonth.of(2023, 1), YearMonth.of(2023, 12),
                plans).total();
        assertThat(BigInteger.valueOf(report.activitiesPlanned())).isEqualTo(expected(country, Generated::planned));
        assertThat(BigInteger.valueOf(report.personTurnTarget())).isEqualTo(expected(country, Generated::target));
        assertThat(BigInteger.valueOf(report.spentVnd())).isEqualTo(expected(country, Generated::spent));

        // the forecast of the country, from the plans' forecasts
        Map<Generated, Outlook> outlooks = new IdentityHashMap<>();
        pool.forEach(plan -> outlooks.put(plan, OUTLOOKS.plan(plan.figures(), TODAY).forecast()));
        List<Outlook> parts = new ArrayList<>();
        country.forEach((plan, n) -> parts.addAll(java.util.Collections.nCopies(n, outlooks.get(plan))));
        Outlook combined = OUTLOOKS.combine(null, parts, national, TODAY);
        assertThat(BigInteger.valueOf(combined.personTurns().target())).isEqualTo(expected(country, Generated::target));
        assertThat(combined.personTurns().projectedAtDeadline()).isNotNegative();
    }

    // ------------------------------------------------------------ expectations

    private static void assertExact(Figures sum, Map<Generated, Integer> scope) {
        var budget = sum.budget();
        assertThat(BigInteger.valueOf(sum.activities().planned())).isEqualTo(expected(scope, Generated::planned));
        assertThat(BigInteger.valueOf(sum.personTurns().target())).isEqualTo(expected(scope, Generated::target));
        assertThat(BigInteger.valueOf(budget.envelopeVnd())).isEqualTo(expected(scope, Generated::envelope));
        assertThat(BigInteger.valueOf(budget.allocatedVnd())).isEqualTo(expected(scope, Generated::allocated));
        assertThat(BigInteger.valueOf(budget.committedVnd())).isEqualTo(expected(scope, Generated::committed));
        assertThat(BigInteger.valueOf(budget.spentVnd())).isEqualTo(expected(scope, Generated::spent));
        assertThat(BigInteger.valueOf(budget.settledVnd())).isEqualTo(expected(scope, Generated::settled));
        for (SourceFigures source : budget.bySource()) {
            assertThat(BigInteger.valueOf(source.envelopeVnd() == null ? 0 : source.envelopeVnd()))
                    .isEqualTo(expected(scope, plan -> plan.envelopeBySource().getOrDefault(source.source(), BigInteger.ZERO)));
            assertThat(BigInteger.valueOf(source.spentVnd()))
                    .isEqualTo(expected(scope, plan -> plan.spentBySource().getOrDefault(source.source(), BigInteger.ZERO)));
            assertThat(source.allocatedVnd()).isNotNegative();
            assertThat(source.spentVnd()).isNotNegative();
        }
        BigInteger roster = expected(scope, Generated::roster);
        if (roster.signum() > 0) {
            assertThat(BigInteger.valueOf(sum.persons().coverage().rosterSize())).isEqualTo(roster);
            assertThat(BigInteger.valueOf(sum.persons().coverage().requiredPersons()))
                    .isEqualTo(expected(scope, Generated::required));
        }
        if (!sum.monthly().isEmpty()) {
            var last = sum.monthly().get(sum.monthly().size() - 1);
            assertThat(BigInteger.valueOf(last.cumulativeSpentVnd())).isEqualTo(expected(scope, Generated::spent));
            assertThat(sum.monthly()).allSatisfy(m -> {
                assertThat(m.spentVnd()).isNotNegative();
                assertThat(m.allocatedVnd()).isNotNegative();
                assertThat(m.cumulativeSpentVnd()).isNotNegative();
            });
        }
        for (long figure : new long[]{sum.activities().planned(), sum.personTurns().target(), budget.envelopeVnd(),
                budget.allocatedVnd(), budget.committedVnd(), budget.spentVnd(), budget.settledVnd()}) {
            assertThat(figure).isNotNegative();
        }
    }

    private static BigInteger expected(Map<Generated, Integer> scope, java.util.function.Function<Generated, BigInteger> of) {
        BigInteger sum = BigInteger.ZERO;
        for (Map.Entry<Generated, Integer> e : scope.entrySet()) {
            sum = sum.add(of.apply(e.getKey()).multiply(BigInteger.valueOf(e.getValue())));
        }
        return sum;
    }

    // ------------------------------------------------------------ accepted plans

    /** A plan's figures and the exact sums of its facts. */
    record Generated(PlanFigures figures, BigInteger planned, BigInteger target, BigInteger roster, BigInteger required,
                     BigInteger envelope, Map<FundingSource, BigInteger> envelopeBySource, BigInteger allocated,
                     BigInteger committed, BigInteger spent, Map<FundingSource, BigInteger> spentBySource,
                     BigInteger settled) {
    }

    /**
     * A plan as the services accept it: the envelope split over sources; allocations within each source's estimate;
     * payments (with overrides) within {@link Limits#MAX_VND} for the plan; commitments within it, releases within
     * each commitment; settlements of what was paid. {@code atTheBounds} spends, commits and allocates everything.
     */
    private static Generated generate(String id, long envelope, List<TargetLine> lines, Random random, boolean atTheBounds) {
        PlanFacts facts = plan(id, envelope, lines, random, atTheBounds);
        BigInteger planned = BigInteger.ZERO;
        BigInteger target = BigInteger.ZERO;
        BigInteger roster = BigInteger.ZERO;
        BigInteger required = BigInteger.ZERO;
        for (TargetLine line : lines) {
            planned = planned.add(BigInteger.valueOf(line.plannedActivities()));
            target = target.add(BigInteger.valueOf(line.plannedPersonTurns()));
            if (line.coverage() != null) {
                roster = roster.add(BigInteger.valueOf(line.coverage().rosterSize()));
                required = required.add(BigInteger.valueOf(line.coverage().rosterSize())
                        .multiply(BigInteger.valueOf(line.coverage().percent())).add(BigInteger.valueOf(99))
                        .divide(BigInteger.valueOf(100)));
            }
        }
        Map<FundingSource, BigInteger> bySource = new EnumMap<>(FundingSource.class);
        facts.current().orElseThrow().budgetBySource().forEach((s, a) -> bySource.merge(s, BigInteger.valueOf(a), BigInteger::add));
        Map<FundingSource, BigInteger> spentBySource = new EnumMap<>(FundingSource.class);
        facts.expenditures().forEach(e -> spentBySource.merge(e.source(), BigInteger.valueOf(e.amountVnd()), BigInteger::add));
        BigInteger committed = BigInteger.ZERO;
        for (Commitment c : facts.commitments()) {
            committed = committed.add(BigInteger.valueOf(c.committedVnd()));
            for (Release r : c.releases()) {
                committed = committed.subtract(BigInteger.valueOf(r.amountVnd()));
            }
        }
        return new Generated(PlanLedger.figures(facts), planned, target, roster, required, BigInteger.valueOf(envelope),
                bySource, facts.allocations().stream().map(a -> BigInteger.valueOf(a.amountVnd())).reduce(BigInteger.ZERO, BigInteger::add),
                committed, spentBySource.values().stream().reduce(BigInteger.ZERO, BigInteger::add), spentBySource,
                facts.settlements().stream().flatMap(s -> s.amounts().values().stream()).map(BigInteger::valueOf)
                        .reduce(BigInteger.ZERO, BigInteger::add));
    }

    private static PlanFacts plan(String id, long envelope, List<TargetLine> lines, Random random, boolean atTheBounds) {
        // the envelope over one to all sources, adding up exactly
        List<FundingSource> sources = new ArrayList<>(List.of(FundingSource.values()));
        java.util.Collections.shuffle(sources, random);
        sources = sources.subList(0, 1 + random.nextInt(sources.size()));
        Map<FundingSource, Long> estimates = new EnumMap<>(FundingSource.class);
        long left = envelope;
        for (int i = 0; i < sources.size(); i++) {
            long part = i == sources.size() - 1 ? left : Math.min(left, (long) (random.nextDouble() * left));
            estimates.put(sources.get(i), part);
            left -= part;
        }
        PlanVersion version = new PlanVersion(1, "MTQG_DTTS_MN_2021_2025", "Chương trình MTQG DTTS&MN", "Kế hoạch " + id,
                "UBND tỉnh", "1/KH-UBND", START, START, END, DEADLINE, envelope, estimates, lines, START, null, null);

        List<Allocation> allocations = new ArrayList<>();
        estimates.forEach((source, estimate) -> {
            long toAllocate = atTheBounds ? estimate : bounded(random, estimate);
            for (long part : split(toAllocate, 1 + random.nextInt(3), random)) {
                allocations.add(new Allocation("a" + allocations.size(), anyLine(lines, random), source, part,
                        day(random)));
            }
        });
        List<Expenditure> expenditures = new ArrayList<>();
        long spent = atTheBounds ? Limits.MAX_VND : bounded(random, Limits.MAX_VND);
        for (long part : split(spent, 1 + random.nextInt(5), random)) {
            expenditures.add(new Expenditure("x" + expenditures.size(), anyLine(lines, random), "t" + expenditures.size(),
                    sources.get(random.nextInt(sources.size())), part, day(random)));
        }
        List<Commitment> commitments = new ArrayList<>();
        long committed = atTheBounds ? Limits.MAX_VND : bounded(random, Limits.MAX_VND);
        for (long part : split(committed, 1 + random.nextInt(5), random)) {
            long released = random.nextBoolean() ? 0 : bounded(random, part);
            List<Release> releases = released == 0 ? List.of()
                    : List.of(new Release(2, released, "2023-" + String.format("%02d", 1 + random.nextInt(12))));
            commitments.add(new Commitment("c" + commitments.size(), anyLine(lines, random), "t" + commitments.size(),
                    sources.get(random.nextInt(sources.size())), part, 1,
                    "2023-" + String.format("%02d", 1 + random.nextInt(12)), releases));
        }
        // a settlement finalises what was paid for an activity
        List<Settlement> settlements = new ArrayList<>();
        for (Expenditure e : expenditures) {
            if (atTheBounds || random.nextBoolean()) {
                settlements.add(new Settlement("s" + settlements.size(), e.lineId(), e.activityId(), e.spentOn(),
                        Map.of(e.source(), e.amountVnd())));
            }
        }
        List<Activity> activities = new ArrayList<>();
        List<Enrolment> enrolments = new ArrayList<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            String line = anyLine(lines, random);
            LocalDate on = day(random);
            activities.add(new Activity("ev" + i, line, ActivityKind.TRAINING_CLASS, ActivityStatus.HELD, "Lớp", "u1",
                    on.minusDays(1), on, Limits.MAX_CAPACITY, on, null, null));
            enrolments.add(new Enrolment("en" + i, line, "ev" + i, ActivityKind.TRAINING_CLASS, "p" + i, Gender.FEMALE,
                    true, TargetGroup.COMMUNITY, Level.COMMUNITY, "u1", EnrolmentStatus.COMPLETED, on, on));
        }
        return PlanFacts.withEnrolments("province", id, List.of(version), null, activities, enrolments, allocations, commitments,
                expenditures, settlements);
    }

    private static List<TargetLine> lines(Random random) {
        int count = random.nextInt(4) == 0 ? Limits.MAX_LINES_PER_PLAN : 1 + random.nextInt(Limits.MAX_LINES_PER_PLAN);
        List<TargetLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Coverage coverage = random.nextInt(5) == 0
                    ? new Coverage((int) Math.max(1, bounded(random, Limits.MAX_ROSTER_SIZE)), 1 + random.nextInt(100),
                    DEADLINE, "danh sách") : null;
            lines.add(line("L" + i, (int) bounded(random, Limits.MAX_ACTIVITIES_PER_LINE),
                    (int) bounded(random, Limits.MAX_PERSON_TURNS_PER_LINE), coverage));
        }
        return lines;
    }

    private static TargetLine line(String id, int activities, int personTurns, Coverage coverage) {
        return new TargetLine(id, ActivityKind.TRAINING_CLASS, TargetGroup.COMMUNITY, null, null, "dòng " + id,
                activities, personTurns, coverage, null, null, null);
    }

    /** A value from 0 to {@code max}, at the bound itself one time in three. */
    private static long bounded(Random random, long max) {
        int pick = random.nextInt(6);
        if (pick < 2) {
            return max;
        }
        if (pick == 2) {
            return 0;
        }
        return Math.min(max, (long) (random.nextDouble() * max));
    }

    /** {@code total} in {@code parts} whole parts that add up to it exactly. */
    private static List<Long> split(long total, int parts, Random random) {
        List<Long> result = new ArrayList<>();
        long left = total;
        for (int i = 0; i < parts - 1; i++) {
            long part = Math.min(left, (long) (random.nextDouble() * left));
            result.add(part);
            left -= part;
        }
        result.add(left);
        return result.stream().filter(part -> part > 0).toList();
    }

    private static String anyLine(List<TargetLine> lines, Random random) {
        return lines.get(random.nextInt(lines.size())).lineId();
    }

    private static LocalDate day(Random random) {
        return START.plusDays(random.nextInt(365));
    }
}
