package vn.taphuan.reporting.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a plan's figures need to know of its enrolments, counted instead of listed: completions by line, day and
 * group; participants still enrolled per activity; and, per line and for the plan, how many persons were first
 * trained on each day and how many not yet trained are enrolled in which activities. Its size grows with the lines,
 * the days and the activities of the plan, never with its learners, so a plan of a hundred thousand person-turns
 * is derived as fast as one of ten.
 * <p>
 * Totals add up: the totals of a set of enrolments plus those of another set are the totals of both, and a change of
 * one enrolment is the totals of its new state less those of its old one ({@link #add}). That is how the projection
 * keeps them up to date event by event, and {@link #of} counts them from a list at once — one computation, so both
 * give the same figures. Counts of a delta may be negative; a count that reaches zero disappears.
 */
public final class EnrolmentTotals {

    private final Map<String, Line> lines = new TreeMap<>();
    private final Map<String, ActivityCount> activities = new TreeMap<>();
    private final SortedMap<LocalDate, Long> firstTrainedInPlan = new TreeMap<>();

    /**
     * What one line counts.
     */
    public static final class Line {
        private final Map<ActivityKind, Long> kinds = new EnumMap<>(ActivityKind.class);
        private final SortedMap<LocalDate, DayCount> days = new TreeMap<>();
        private final Map<Group, Long> groups = new HashMap<>();
        private final SortedMap<LocalDate, Long> firstTrained = new TreeMap<>();
        private final Map<String, Long> pipeline = new TreeMap<>();

        /** Enrolments (of any status) per activity kind: which kind a line no version describes is. */
        public Map<ActivityKind, Long> kinds() {
            return kinds;
        }

        /** Completions per day. */
        public SortedMap<LocalDate, DayCount> days() {
            return days;
        }

        /** Completions per target group, level and gender. */
        public Map<Group, Long> groups() {
            return groups;
        }

        /** Persons first trained under the line, per day of their first completion under it. */
        public SortedMap<LocalDate, Long> firstTrained() {
            return firstTrained;
        }

        /**
         * Persons not yet trained under the line who are enrolled in activities of it, per set of those activities
         * ({@link #activitySet} of their ids): whether they are in the pipeline depends on the activities' status,
         * known only when the figures are derived.
         */
        public Map<String, Long> pipeline() {
            return pipeline;
        }

        boolean isEmpty() {
            return kinds.isEmpty() && days.isEmpty() && groups.isEmpty() && firstTrained.isEmpty() && pipeline.isEmpty();
        }
    }

    /** Completions of one day: person-turns, of women, of ethnic-minority people. */
    public record DayCount(long personTurns, long women, long ethnicMinority) {

        DayCount plus(DayCount other) {
            return new DayCount(personTurns + other.personTurns, women + other.women,
                    ethnicMinority + other.ethnicMinority);
        }

        boolean isZero() {
            return personTurns == 0 && women == 0 && ethnicMinority == 0;
        }
    }

    /** The breakdowns a completion counts in; {@code level} is null when the person's level is unknown. */
    public record Group(TargetGroup targetGroup, Level level, Gender gender) {
    }

    /** Participants of one activity: enrolled and not (yet) completed, and completed. */
    public record ActivityCount(String lineId, long enrolled, long completed) {

    }

    public Map<String, Line> lines() {
        return lines;
    }

    public Map<String, ActivityCount> activities() {
        return activities;
    }

    public SortedMap<LocalDate, Long> firstTrainedInPlan() {
        return firstTrainedInPlan;
    }

    public Line line(String lineId) {
        return lines.computeIfAbsent(lineId, id -> new Line());
    }

    // --- building ---

    /** The state of one enrolment, as far as the totals count it. */
    public record EnrolmentFact(String lineId, String activityId, ActivityKind kind, EnrolmentStatus status,
                                LocalDate completedOn, Gender gender, boolean ethnicMinority, TargetGroup targetGroup,
                                Level level) {
    }

    /** Adds ({@code sign} 1) or takes away ({@code -1}) what one enrolment in state {@code fact} counts. */
    public EnrolmentTotals count(EnrolmentFact fact, int sign) {
        if (fact == null || fact.status() == EnrolmentStatus.WITHDRAWN) {
            return this;
        }
        Line line = line(fact.lineId());
        if (fact.kind() != null) {
            line.kinds.merge(fact.kind(), (long) sign, EnrolmentTotals::sum);
        }
        if (fact.status() == EnrolmentStatus.COMPLETED) {
            line.days.merge(fact.completedOn(), new DayCount(sign, fact.gender() == Gender.FEMALE ? sign : 0,
                    fact.ethnicMinority() ? sign : 0), (a, b) -> zeroToNull(a.plus(b)));
            line.groups.merge(new Group(fact.targetGroup(), fact.level(), fact.gender()), (long) sign,
                    EnrolmentTotals::sum);
            activities.merge(fact.activityId(), new ActivityCount(fact.lineId(), 0, sign), EnrolmentTotals::sum);
        } else {
            activities.merge(fact.activityId(), new ActivityCount(fact.lineId(), sign, 0), EnrolmentTotals::sum);
        }
        lines.values().removeIf(Line::isEmpty);
        return this;
    }

    /**
     * One enrolment of a person, as far as counting the person goes: the plan and line it is under, its activity,
     * whether it is completed and when.
     */
    public record PersonEnrolment(String planKey, String lineId, String activityId, boolean completed,
                                  LocalDate completedOn) {
    }

    /**
     * Adds ({@code sign} 1) or takes away ({@code -1}) what one person counts in plan {@code planKey}, given all the
     * person's enrolments (those of other plans are ignored): the day they were first trained under each line and
     * under the plan, and for each line they are not yet trained under, the activities of it they are enrolled in.
     */
    public EnrolmentTotals countPerson(String planKey, Collection<PersonEnrolment> enrolments, int sign) {
        Map<String, LocalDate> firstByLine = new TreeMap<>();
        Map<String, TreeSet<String>> enrolledByLine = new TreeMap<>();
        LocalDate firstInPlan = null;
        for (PersonEnrolment e : enrolments) {
            if (!planKey.equals(e.planKey())) {
                continue;
            }
            if (e.completed()) {
                firstByLine.merge(e.lineId(), e.completedOn(), EnrolmentTotals::earlier);
                firstInPlan = earlier(firstInPlan, e.completedOn());
            } else {
                enrolledByLine.computeIfAbsent(e.lineId(), l -> new TreeSet<>()).add(e.activityId());
            }
        }
        firstByLine.forEach((lineId, day) -> line(lineId).firstTrained.merge(day, (long) sign, EnrolmentTotals::sum));
        enrolledByLine.forEach((lineId, set) -> {
            if (!firstByLine.containsKey(lineId)) {
                line(lineId).pipeline.merge(activitySet(set), (long) sign, EnrolmentTotals::sum);
            }
        });
        if (firstInPlan != null) {
            firstTrainedInPlan.merge(firstInPlan, (long) sign, EnrolmentTotals::sum);
        }
        lines.values().removeIf(Line::isEmpty);
        return this;
    }

    /** The key of a set of activity ids in {@link Line#pipeline()}. */
    public static String activitySet(Collection<String> activityIds) {
        return String.join("|", new TreeSet<>(activityIds));
    }

    /** The activity ids of a key of {@link Line#pipeline()}. */
    public static List<String> activitiesOf(String activitySet) {
        return List.of(activitySet.split("\\|"));
    }

    /**
     * The totals of a plan's enrolments, counted from the list: every enrolment's state, and every person once with
     * all their enrolments under the plan.
     */
    public static EnrolmentTotals of(String planKey, List<PlanFacts.Enrolment> enrolments) {
        EnrolmentTotals totals = new EnrolmentTotals();
        Map<String, List<PersonEnrolment>> byPerson = new HashMap<>();
        for (PlanFacts.Enrolment e : enrolments) {
            totals.count(new EnrolmentFact(e.lineId(), e.activityId(), e.kind(), e.status(), e.completedOn(),
                    e.gender(), e.ethnicMinority(), e.targetGroup(), e.level()), 1);
            if (e.status() != EnrolmentStatus.WITHDRAWN) {
                byPerson.computeIfAbsent(e.personKey(), k -> new ArrayList<>()).add(new PersonEnrolment(planKey,
                        e.lineId(), e.activityId(), e.status() == EnrolmentStatus.COMPLETED, e.completedOn()));
            }
        }
        byPerson.values().forEach(person -> totals.countPerson(planKey, person, 1));
        return totals;
    }

    /** Adds {@code other} to these totals (a delta, or the totals of other enrolments); returns these. */
    public EnrolmentTotals add(EnrolmentTotals other) {
        other.lines.forEach((lineId, theirs) -> {
            Line ours = line(lineId);
            theirs.kinds.forEach((kind, n) -> ours.kinds.merge(kind, n, EnrolmentTotals::sum));
            theirs.days.forEach((day, n) -> ours.days.merge(day, n, (a, b) -> zeroToNull(a.plus(b))));
            theirs.groups.forEach((group, n) -> ours.groups.merge(group, n, EnrolmentTotals::sum));
            theirs.firstTrained.forEach((day, n) -> ours.firstTrained.merge(day, n, EnrolmentTotals::sum));
            theirs.pipeline.forEach((set, n) -> ours.pipeline.merge(set, n, EnrolmentTotals::sum));
        });
        other.activities.forEach((id, n) -> activities.merge(id, n, EnrolmentTotals::sum));
        other.firstTrainedInPlan.forEach((day, n) -> firstTrainedInPlan.merge(day, n, EnrolmentTotals::sum));
        lines.values().removeIf(Line::isEmpty);
        return this;
    }

    public boolean isEmpty() {
        return lines.isEmpty() && activities.isEmpty() && firstTrainedInPlan.isEmpty();
    }

    // --- reading, for the ledger ---

    /** Completions of a line (or of every line, with {@code null}) per day. */
    SortedMap<LocalDate, Long> completionsByDay(String lineId) {
        SortedMap<LocalDate, Long> byDay = new TreeMap<>();
        lines.forEach((id, line) -> {
            if (lineId == null || lineId.equals(id)) {
                line.days.forEach((day, n) -> byDay.merge(day, n.personTurns(), Long::sum));
            }
        });
        return byDay;
    }

    /** Unique persons and the month each was first trained in, from their first-trained days. */
    static Figures.UniquePersons persons(SortedMap<LocalDate, Long> firstTrained) {
        Map<String, Long> byMonth = new TreeMap<>();
        long total = 0;
        for (Map.Entry<LocalDate, Long> e : firstTrained.entrySet()) {
            byMonth.merge(MonthlyTally.monthOf(e.getKey()), e.getValue(), Long::sum);
            total += e.getValue();
        }
        return new Figures.UniquePersons(total, byMonth);
    }

    // --- equality, for tests and for skipping writes that change nothing ---

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EnrolmentTotals other)) {
            return false;
        }
        return canonical(this).equals(canonical(other));
    }

    @Override
    public int hashCode() {
        return canonical(this).hashCode();
    }

    @Override
    public String toString() {
        return canonical(this).toString();
    }

    private static Map<String, Object> canonical(EnrolmentTotals t) {
        Map<String, Object> lines = new TreeMap<>();
        t.lines.forEach((id, l) -> lines.put(id, List.of(new TreeMap<>(l.kinds), new TreeMap<>(l.days),
                sortedGroups(l.groups), new TreeMap<>(l.firstTrained), new TreeMap<>(l.pipeline))));
        return Map.of("lines", lines, "activities", new TreeMap<>(t.activities),
                "firstTrainedInPlan", new TreeMap<>(t.firstTrainedInPlan));
    }

    private static Map<String, Long> sortedGroups(Map<Group, Long> groups) {
        Map<String, Long> sorted = new TreeMap<>();
        groups.forEach((g, n) -> sorted.put(g.toString(), n));
        return sorted;
    }

    // --- arithmetic that never wraps, and drops what reaches zero ---

    private static Long sum(Long a, Long b) {
        long s = Math.addExact(a, b);
        return s == 0 ? null : s;
    }

    private static ActivityCount sum(ActivityCount a, ActivityCount b) {
        ActivityCount s = new ActivityCount(a.lineId(), Math.addExact(a.enrolled(), b.enrolled()),
                Math.addExact(a.completed(), b.completed()));
        return s.enrolled() == 0 && s.completed() == 0 ? null : s;
    }

    private static DayCount zeroToNull(DayCount count) {
        return count.isZero() ? null : count;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
