package vn.taphuan.reporting.progress;

import vn.taphuan.reporting.progress.Figures.ActivityFigures;
import vn.taphuan.reporting.progress.Figures.BudgetFigures;
import vn.taphuan.reporting.progress.Figures.CoverageFigures;
import vn.taphuan.reporting.progress.Figures.GroupFigures;
import vn.taphuan.reporting.progress.Figures.KindFigures;
import vn.taphuan.reporting.progress.Figures.MonthFigures;
import vn.taphuan.reporting.progress.Figures.PersonFigures;
import vn.taphuan.reporting.progress.Figures.PersonTurnFigures;
import vn.taphuan.reporting.progress.Figures.PipelineFigures;
import vn.taphuan.reporting.progress.Figures.Share;
import vn.taphuan.reporting.progress.Figures.SourceFigures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Adds up whole numbers into {@link Figures}: fed with facts by {@link PlanLedger}, or with the figures of several
 * plans for a programme, a province or the country. Only whole numbers are added; percentages, shares and running
 * totals are computed once, at the end. Every addition is checked: the bounds of {@code Limits} keep the largest
 * nationwide sum within a {@code long}, and were one broken, the sum fails rather than wrap to a wrong number.
 */
final class Tally {

    private static final int HELD = 0;
    private static final int PERSON_TURNS = 1;
    private static final int WOMEN = 2;
    private static final int ETHNIC_MINORITY = 3;
    private static final int NEW_UNIQUE = 4;
    private static final int ALLOCATED = 5;
    private static final int COMMITTED = 6;
    private static final int SPENT = 7;
    private static final int SETTLED = 8;
    private static final int MONTH_COLUMNS = 9;

    private static final int PLANNED = 0;
    private static final int KIND_HELD = 1;
    private static final int SCHEDULED = 2;
    private static final int CANCELLED = 3;

    private final Map<ActivityKind, long[]> kinds = new EnumMap<>(ActivityKind.class);
    private long personTurnTarget;
    private long personTurns;
    private long women;
    private long ethnicMinority;
    private Integer minWomenPercent;
    private Integer minEthnicMinorityPercent;
    private final Map<TargetGroup, long[]> groups = new EnumMap<>(TargetGroup.class);
    private final Map<Level, long[]> levels = new EnumMap<>(Level.class);
    private final Map<Level, Boolean> levelTargetSet = new EnumMap<>(Level.class);
    private final Map<Gender, Long> genders = new EnumMap<>(Gender.class);
    private long uniquePersons;
    private boolean hasCoverage;
    private long rosterSize;
    private long requiredPersons;
    private long covered;
    private long coveragePipeline;
    private LocalDate coverageByDate;
    private LocalDate coverageReachedOn;
    private Long envelope;
    private final Map<FundingSource, Long> envelopeBySource = new EnumMap<>(FundingSource.class);
    private final Map<FundingSource, long[]> money = new EnumMap<>(FundingSource.class);
    private long scheduledActivities;
    private long enrolledInScheduled;
    private long awaitingCompletion;
    private final SortedMap<String, long[]> months = new TreeMap<>();
    private LocalDate activitiesReachedOn;
    private LocalDate personTurnsReachedOn;

    // --- fed from a plan's facts ---

    void target(PlanFacts.TargetLine line) {
        add(kind(line.activityKind()), PLANNED, line.plannedActivities());
        personTurnTarget = Math.addExact(personTurnTarget, line.plannedPersonTurns());
        add(group(line.targetGroup()), 0, line.plannedPersonTurns());
        Level level = line.targetGroup() == TargetGroup.COMMUNITY ? Level.COMMUNITY : line.cadreLevel();
        if (level != null) {
            add(level(level), 0, line.plannedPersonTurns());
            levelTargetSet.put(level, true);
        }
    }

    /** Line-level only: the minimum shares and the roster target of the line. */
    void lineRules(PlanFacts.TargetLine line, LocalDate deadline) {
        minWomenPercent = line.minWomenPercent();
        minEthnicMinorityPercent = line.minEthnicMinorityPercent();
        if (line.coverage() != null) {
            hasCoverage = true;
            rosterSize = Math.addExact(rosterSize, line.coverage().rosterSize());
            requiredPersons = Math.addExact(requiredPersons, line.coverage().requiredPersons());
            coverageByDate = line.coverage().byDate() == null ? deadline : line.coverage().byDate();
        }
    }

    void held(ActivityKind kind, LocalDate on) {
        add(kind(kind), KIND_HELD, 1);
        add(month(on), HELD, 1);
    }

    void scheduled(ActivityKind kind) {
        add(kind(kind), SCHEDULED, 1);
        scheduledActivities = Math.incrementExact(scheduledActivities);
    }

    void cancelled(ActivityKind kind) {
        add(kind(kind), CANCELLED, 1);
    }

    /** Completions of one day. */
    void personTurns(LocalDate day, EnrolmentTotals.DayCount count) {
        personTurns = Math.addExact(personTurns, count.personTurns());
        women = Math.addExact(women, count.women());
        ethnicMinority = Math.addExact(ethnicMinority, count.ethnicMinority());
        long[] month = month(day);
        add(month, PERSON_TURNS, count.personTurns());
        add(month, WOMEN, count.women());
        add(month, ETHNIC_MINORITY, count.ethnicMinority());
    }

    /** Completions of one target group, level and gender. */
    void personTurns(EnrolmentTotals.Group group, long count) {
        add(group(group.targetGroup()), 1, count);
        if (group.level() != null) {
            add(level(group.level()), 1, count);
        }
        genders.merge(group.gender(), count, Math::addExact);
    }

    void enrolledInScheduled(long count) {
        enrolledInScheduled = Math.addExact(enrolledInScheduled, count);
    }

    void awaitingCompletion(long count) {
        awaitingCompletion = Math.addExact(awaitingCompletion, count);
    }

    /** Unique persons, with the month each was first trained in. */
    void uniquePersons(long count, Map<String, Long> firstTrainedByMonth) {
        uniquePersons = count;
        months.values().forEach(m -> m[NEW_UNIQUE] = 0);
        firstTrainedByMonth.forEach((month, n) -> months.computeIfAbsent(month, k -> new long[MONTH_COLUMNS])[NEW_UNIQUE] = n);
    }

    void covered(long persons, long pipelinePersons, LocalDate reachedOn) {
        covered = persons;
        coveragePipeline = pipelinePersons;
        coverageReachedOn = reachedOn;
    }

    void envelope(long total, Map<FundingSource, Long> bySource) {
        envelope = Math.addExact(envelope == null ? 0 : envelope, total);
        bySource.forEach((source, amount) -> envelopeBySource.merge(source, amount, Math::addExact));
    }

    void allocated(FundingSource source, long amount, LocalDate on) {
        add(money(source), 0, amount);
        add(month(on), ALLOCATED, amount);
    }

    void committed(FundingSource source, long amount, String month) {
        add(money(source), 1, amount);
        add(months.computeIfAbsent(month, k -> new long[MONTH_COLUMNS]), COMMITTED, amount);
    }

    void spent(FundingSource source, long amount, LocalDate on) {
        add(money(source), 2, amount);
        add(month(on), SPENT, amount);
    }

    void settled(FundingSource source, long amount, LocalDate on) {
        add(money(source), 3, amount);
        add(month(on), SETTLED, amount);
    }

    void reached(LocalDate activities, LocalDate personTurns) {
        activitiesReachedOn = activities;
        personTurnsReachedOn = personTurns;
    }

    // --- fed with the figures of parts ---

    /**
     * Adds another scope's figures. Unique persons do not add up (one person may be counted in both); the caller
     * sets them with {@link #uniquePersons} from the facts. Coverage and money do add up.
     */
    void add(Figures part) {
        for (KindFigures kind : part.activities().byKind()) {
            long[] k = kind(kind.kind());
            add(k, PLANNED, kind.planned());
            add(k, KIND_HELD, kind.held());
            add(k, SCHEDULED, kind.scheduled());
            add(k, CANCELLED, kind.cancelled());
        }
        PersonTurnFigures turns = part.personTurns();
        personTurnTarget = Math.addExact(personTurnTarget, turns.target());
        personTurns = Math.addExact(personTurns, turns.achieved());
        women = Math.addExact(women, turns.women().count());
        ethnicMinority = Math.addExact(ethnicMinority, turns.ethnicMinority().count());
        for (GroupFigures g : turns.byTargetGroup()) {
            long[] group = group(TargetGroup.valueOf(g.key()));
            add(group, 0, g.target() == null ? 0 : g.target());
            add(group, 1, g.achieved());
        }
        for (GroupFigures g : turns.byLevel()) {
            Level key = Level.valueOf(g.key());
            long[] level = level(key);
            if (g.target() != null) {
                add(level, 0, g.target());
                levelTargetSet.put(key, true);
            }
            add(level, 1, g.achieved());
        }
        for (GroupFigures g : turns.byGender()) {
            genders.merge(Gender.valueOf(g.key()), g.achieved(), Math::addExact);
        }
        CoverageFigures coverage = part.persons().coverage();
        if (coverage != null) {
            hasCoverage = true;
            rosterSize = Math.addExact(rosterSize, coverage.rosterSize());
            requiredPersons = Math.addExact(requiredPersons, coverage.requiredPersons());
            covered = Math.addExact(covered, coverage.covered());
            coveragePipeline = Math.addExact(coveragePipeline, coverage.pipelinePersons());
            if (coverageByDate == null || (coverage.byDate() != null && coverage.byDate().isAfter(coverageByDate))) {
                coverageByDate = coverage.byDate();
            }
        }
        BudgetFigures budget = part.budget();
        if (budget.envelopeVnd() != null) {
            envelope = Math.addExact(envelope == null ? 0 : envelope, budget.envelopeVnd());
        }
        for (SourceFigures source : budget.bySource()) {
            if (source.envelopeVnd() != null) {
                envelopeBySource.merge(source.source(), source.envelopeVnd(), Math::addExact);
            }
            long[] m = money(source.source());
            add(m, 0, source.allocatedVnd());
            add(m, 1, source.committedVnd());
            add(m, 2, source.spentVnd());
            add(m, 3, source.settledVnd());
        }
        scheduledActivities = Math.addExact(scheduledActivities, part.pipeline().scheduledActivities());
        enrolledInScheduled = Math.addExact(enrolledInScheduled, part.pipeline().enrolledInScheduled());
        awaitingCompletion = Math.addExact(awaitingCompletion, part.pipeline().awaitingCompletion());
        for (MonthFigures m : part.monthly()) {
            long[] month = months.computeIfAbsent(m.month(), k -> new long[MONTH_COLUMNS]);
            add(month, HELD, m.activitiesHeld());
            add(month, PERSON_TURNS, m.personTurns());
            add(month, WOMEN, m.women());
            add(month, ETHNIC_MINORITY, m.ethnicMinority());
            add(month, ALLOCATED, m.allocatedVnd());
            add(month, COMMITTED, m.committedVnd());
            add(month, SPENT, m.spentVnd());
            add(month, SETTLED, m.settledVnd());
        }
    }

    Figures figures() {
        long planned = 0;
        long held = 0;
        long scheduled = 0;
        long cancelled = 0;
        List<KindFigures> byKind = new ArrayList<>();
        for (Map.Entry<ActivityKind, long[]> e : kinds.entrySet()) {
            long[] k = e.getValue();
            planned = Math.addExact(planned, k[PLANNED]);
            held = Math.addExact(held, k[KIND_HELD]);
            scheduled = Math.addExact(scheduled, k[SCHEDULED]);
            cancelled = Math.addExact(cancelled, k[CANCELLED]);
            byKind.add(new KindFigures(e.getKey(), k[PLANNED], k[KIND_HELD], Percent.of(k[KIND_HELD], k[PLANNED]),
                    k[SCHEDULED], k[CANCELLED]));
        }
        var activities = new ActivityFigures(planned, held, Percent.of(held, planned), scheduled, cancelled, byKind,
                activitiesReachedOn);

        List<GroupFigures> byGroup = new ArrayList<>();
        groups.forEach((group, g) -> byGroup.add(new GroupFigures(group.name(), g[0], g[1], Percent.of(g[1], g[0]),
                Percent.of(g[1], personTurns))));
        List<GroupFigures> byLevel = new ArrayList<>();
        levels.forEach((level, l) -> {
            Long target = levelTargetSet.getOrDefault(level, false) ? l[0] : null;
            byLevel.add(new GroupFigures(level.name(), target, l[1], target == null ? null : Percent.of(l[1], target),
                    Percent.of(l[1], personTurns)));
        });
        List<GroupFigures> byGender = new ArrayList<>();
        genders.forEach((gender, n) -> byGender.add(new GroupFigures(gender.name(), null, n, null,
                Percent.of(n, personTurns))));
        var turns = new PersonTurnFigures(personTurnTarget, personTurns, Percent.of(personTurns, personTurnTarget),
                share(women, minWomenPercent), share(ethnicMinority, minEthnicMinorityPercent), byGroup, byLevel,
                byGender, personTurnsReachedOn);

        CoverageFigures coverage = hasCoverage ? new CoverageFigures(rosterSize, requiredPersons, covered,
                Percent.of(covered, rosterSize), Percent.of(covered, requiredPersons), coveragePipeline, coverageByDate,
                coverageReachedOn) : null;

        return new Figures(activities, turns, new PersonFigures(uniquePersons, coverage), budget(),
                new PipelineFigures(scheduledActivities, enrolledInScheduled, awaitingCompletion), monthly());
    }

    private Share share(long count, Integer minimum) {
        BigDecimal share = Percent.of(count, personTurns);
        Boolean meets = minimum == null || share == null ? null : share.compareTo(BigDecimal.valueOf(minimum)) >= 0;
        return new Share(count, share, minimum, meets);
    }

    private BudgetFigures budget() {
        long allocated = 0;
        long committed = 0;
        long spent = 0;
        long settled = 0;
        List<SourceFigures> bySource = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            long[] m = money.get(source);
            Long sourceEnvelope = envelopeBySource.get(source);
            if (m == null && sourceEnvelope == null) {
                continue;
            }
            m = m == null ? new long[4] : m;
            allocated = Math.addExact(allocated, m[0]);
            committed = Math.addExact(committed, m[1]);
            spent = Math.addExact(spent, m[2]);
            settled = Math.addExact(settled, m[3]);
            bySource.add(new SourceFigures(source, sourceEnvelope, m[0], m[1], m[2], m[3], Percent.of(m[2], m[0])));
        }
        Long perPersonTurn = personTurns == 0 ? null : BigDecimal.valueOf(spent)
                .divide(BigDecimal.valueOf(personTurns), 0, RoundingMode.HALF_UP).longValueExact();
        return new BudgetFigures(envelope, allocated, committed, spent, settled,
                envelope == null ? null : Percent.of(allocated, envelope), Percent.of(spent, allocated),
                Percent.of(settled, spent), perPersonTurn, bySource);
    }

    private List<MonthFigures> monthly() {
        List<MonthFigures> result = new ArrayList<>();
        if (months.isEmpty()) {
            return result;
        }
        long held = 0;
        long turns = 0;
        long unique = 0;
        long spent = 0;
        // every month between the first and the last, so a chart's axis has no holes
        for (String month = months.firstKey(); month.compareTo(months.lastKey()) <= 0; month = next(month)) {
            long[] m = months.getOrDefault(month, new long[MONTH_COLUMNS]);
            held = Math.addExact(held, m[HELD]);
            turns = Math.addExact(turns, m[PERSON_TURNS]);
            unique = Math.addExact(unique, m[NEW_UNIQUE]);
            spent = Math.addExact(spent, m[SPENT]);
            result.add(new MonthFigures(month, m[HELD], m[PERSON_TURNS], m[WOMEN], m[ETHNIC_MINORITY], m[NEW_UNIQUE],
                    m[ALLOCATED], m[COMMITTED], m[SPENT], m[SETTLED], held, turns, unique, spent));
        }
        return result;
    }

    static String monthOf(LocalDate date) {
        return date.toString().substring(0, 7);
    }

    private static String next(String month) {
        return monthOf(LocalDate.parse(month + "-01").plusMonths(1));
    }

    /** Adds to one cell of a row, checked. */
    private static void add(long[] row, int cell, long amount) {
        row[cell] = Math.addExact(row[cell], amount);
    }

    private long[] month(LocalDate on) {
        return months.computeIfAbsent(monthOf(on), k -> new long[MONTH_COLUMNS]);
    }

    private long[] kind(ActivityKind kind) {
        return kinds.computeIfAbsent(kind, k -> new long[4]);
    }

    private long[] group(TargetGroup group) {
        return groups.computeIfAbsent(group, g -> new long[2]);
    }

    private long[] level(Level level) {
        return levels.computeIfAbsent(level, l -> new long[2]);
    }

    private long[] money(FundingSource source) {
        return money.computeIfAbsent(source, s -> new long[4]);
    }
}
