package vn.taphuan.reporting.progress;

import vn.taphuan.reporting.progress.PlanFacts.Activity;
import vn.taphuan.reporting.progress.PlanFacts.Allocation;
import vn.taphuan.reporting.progress.PlanFacts.Commitment;
import vn.taphuan.reporting.progress.PlanFacts.Expenditure;
import vn.taphuan.reporting.progress.PlanFacts.PlanVersion;
import vn.taphuan.reporting.progress.PlanFacts.Release;
import vn.taphuan.reporting.progress.PlanFacts.Settlement;
import vn.taphuan.reporting.progress.PlanFacts.TargetLine;
import vn.taphuan.reporting.progress.PlanFigures.LineFigures;
import vn.taphuan.reporting.progress.PlanFigures.LineTargets;
import vn.taphuan.reporting.progress.PlanFigures.PlanInfo;
import vn.taphuan.reporting.progress.PlanFigures.PlanState;
import vn.taphuan.reporting.progress.PlanFigures.VersionInfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Derives a plan's figures from its facts. A pure function: the same facts give the same figures whatever order
 * the events that stored them arrived in, which is what makes the projection exact and rebuildable.
 * <ul>
 *   <li>A person-turn is a completed enrolment; a withdrawn or revoked one counts nothing.</li>
 *   <li>An activity counts as held once held or closed, never when cancelled.</li>
 *   <li>Targets are those of the version in force; what was achieved under a line an amendment removed stays
 *       counted under that line, without a target.</li>
 *   <li>The pipeline is what is scheduled but not held (ending by the deadline) with its enrolled participants,
 *       plus participants of held activities whose completion is not recorded yet.</li>
 * </ul>
 */
public final class PlanLedger {

    public static PlanFigures figures(PlanFacts facts) {
        PlanVersion current = facts.current().orElse(null);
        LocalDate deadline = current == null ? null : current.deadline();
        Map<String, Activity> activities = facts.activities().stream()
                .collect(Collectors.toMap(Activity::id, Function.identity(), (a, b) -> a));

        Map<String, TargetLine> currentLines = new LinkedHashMap<>();
        if (current != null) {
            current.lines().forEach(line -> currentLines.put(line.lineId(), line));
        }
        Set<String> otherLines = new TreeSet<>();
        facts.activities().forEach(a -> otherLines.add(a.lineId()));
        otherLines.addAll(facts.enrolments().lines().keySet());
        facts.enrolments().activities().values().forEach(a -> otherLines.add(a.lineId()));
        facts.allocations().forEach(a -> otherLines.add(a.lineId()));
        facts.commitments().forEach(c -> otherLines.add(c.lineId()));
        facts.expenditures().forEach(e -> otherLines.add(e.lineId()));
        facts.settlements().forEach(s -> otherLines.add(s.lineId()));
        otherLines.removeAll(currentLines.keySet());
        Map<String, TargetLine> removedLines = removedLines(facts, otherLines);

        List<LineFigures> lines = new ArrayList<>();
        for (TargetLine line : currentLines.values()) {
            lines.add(line(line, true, facts, activities, deadline));
        }
        for (String lineId : otherLines) {
            TargetLine earlier = removedLines.get(lineId);
            TargetLine described = earlier != null ? earlier : new TargetLine(lineId, kindOf(lineId, facts), null,
                    null, null, null, 0, 0, null, null, null, null);
            lines.add(line(described, false, facts, activities, deadline));
        }

        Tally plan = new Tally();
        lines.forEach(line -> plan.add(line.figures()));
        EnrolmentTotals enrolments = facts.enrolments();
        Figures.UniquePersons persons = EnrolmentTotals.persons(enrolments.firstTrainedInPlan());
        plan.uniquePersons(persons.total(), persons.firstTrainedByMonth());
        if (current != null) {
            plan.envelope(current.budgetTotalVnd(), current.budgetBySource());
            plan.reached(reachedOn(heldDates(facts.activities()), totalPlannedActivities(current)),
                    reachedOn(enrolments.completionsByDay(null), totalPlannedTurns(current)));
        }
        return new PlanFigures(facts.tenantId(), facts.planId(), info(facts, current), plan.figures(), lines);
    }

    private static LineFigures line(TargetLine line, boolean inCurrentVersion, PlanFacts facts,
                                    Map<String, Activity> activities, LocalDate deadline) {
        String id = line.lineId();
        Tally tally = new Tally();
        if (inCurrentVersion) {
            tally.target(line);
            tally.lineRules(line, deadline);
        }
        List<Activity> lineActivities = facts.activities().stream().filter(a -> a.lineId().equals(id)).toList();
        for (Activity activity : lineActivities) {
            if (activity.status() == ActivityStatus.CANCELLED) {
                tally.cancelled(activity.kind());
            } else if (activity.status().held()) {
                tally.held(activity.kind(), heldDate(activity));
            } else if (endsByDeadline(activity, deadline)) {
                tally.scheduled(activity.kind());
            }
        }
        EnrolmentTotals enrolments = facts.enrolments();
        EnrolmentTotals.Line counted = enrolments.lines().getOrDefault(id, new EnrolmentTotals.Line());
        counted.days().forEach(tally::personTurns);
        counted.groups().forEach(tally::personTurns);
        enrolments.activities().forEach((activityId, count) -> {
            if (!count.lineId().equals(id) || count.enrolled() == 0) {
                return;
            }
            Activity activity = activities.get(activityId);
            if (inPipeline(activity, deadline, false)) {
                tally.enrolledInScheduled(count.enrolled());
            } else if (activity.status() == ActivityStatus.HELD) {
                tally.awaitingCompletion(count.enrolled());
            }
        });
        Figures.UniquePersons persons = EnrolmentTotals.persons(counted.firstTrained());
        tally.uniquePersons(persons.total(), persons.firstTrainedByMonth());
        if (inCurrentVersion) {
            tally.reached(reachedOn(heldDates(lineActivities), line.plannedActivities()),
                    reachedOn(enrolments.completionsByDay(id), line.plannedPersonTurns()));
            if (line.coverage() != null) {
                long pipelinePersons = counted.pipeline().entrySet().stream()
                        .filter(set -> EnrolmentTotals.activitiesOf(set.getKey()).stream()
                                .anyMatch(a -> inPipeline(activities.get(a), deadline, true)))
                        .mapToLong(Map.Entry::getValue).sum();
                tally.covered(persons.total(), pipelinePersons,
                        reachedOn(counted.firstTrained(), line.coverage().requiredPersons()));
            }
        }
        money(tally, id, facts);
        LineTargets targets = inCurrentVersion
                ? new LineTargets(line.plannedActivities(), line.plannedPersonTurns(), line.coverage(),
                line.minEthnicMinorityPercent(), line.minWomenPercent(), line.unitCodes())
                : new LineTargets(0, 0, null, null, null, null);
        return new LineFigures(id, line.activityKind(), line.targetGroup(), line.cadreLevel(), line.jobTitle(),
                line.description(), inCurrentVersion, targets, tally.figures());
    }

    private static void money(Tally tally, String lineId, PlanFacts facts) {
        for (Allocation a : facts.allocations()) {
            if (a.lineId().equals(lineId)) {
                tally.allocated(a.source(), a.amountVnd(), a.decisionDate());
            }
        }
        for (Commitment c : facts.commitments()) {
            if (c.lineId().equals(lineId) && c.commitVersion() > 0) {
                tally.committed(c.source(), c.committedVnd(), c.commitMonth());
                for (Release release : c.effectiveReleases()) {
                    tally.committed(c.source(), -release.amountVnd(), release.month());
                }
            }
        }
        for (Expenditure e : facts.expenditures()) {
            if (e.lineId().equals(lineId)) {
                tally.spent(e.source(), e.amountVnd(), e.spentOn());
            }
        }
        for (Settlement s : facts.settlements()) {
            if (s.lineId().equals(lineId)) {
                s.amounts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(amount -> tally.settled(amount.getKey(), amount.getValue(), s.settledOn()));
            }
        }
    }

    /** The day the {@code target}-th of these dates fell on, or null when there are fewer. */
    static LocalDate reachedOn(List<LocalDate> dates, long target) {
        SortedMap<LocalDate, Long> counted = new TreeMap<>();
        dates.forEach(day -> counted.merge(day, 1L, Long::sum));
        return reachedOn(counted, target);
    }

    /** The day the running count of these counts per day reached {@code target}, or null when it did not. */
    static LocalDate reachedOn(SortedMap<LocalDate, Long> perDay, long target) {
        if (target <= 0) {
            return null;
        }
        long sum = 0;
        for (Map.Entry<LocalDate, Long> day : perDay.entrySet()) {
            sum = Math.addExact(sum, day.getValue());
            if (sum >= target) {
                return day.getKey();
            }
        }
        return null;
    }

    /**
     * Whether participants enrolled in this activity are in the pipeline: it is scheduled and ends by the deadline,
     * or it is not known yet (its schedule has not arrived) — or, for persons of a roster target, it was held and
     * their completion is not recorded yet.
     */
    private static boolean inPipeline(Activity activity, LocalDate deadline, boolean heldCounts) {
        return activity == null || (activity.status() == ActivityStatus.SCHEDULED && endsByDeadline(activity, deadline))
                || (heldCounts && activity.status() == ActivityStatus.HELD);
    }

    private static List<LocalDate> heldDates(List<Activity> activities) {
        return activities.stream().filter(a -> a.status().held()).map(PlanLedger::heldDate).toList();
    }

    private static LocalDate heldDate(Activity activity) {
        if (activity.heldOn() != null) {
            return activity.heldOn();
        }
        return activity.closedOn() != null ? activity.closedOn() : activity.endDate();
    }

    private static boolean endsByDeadline(Activity activity, LocalDate deadline) {
        return deadline == null || activity.endDate() == null || !activity.endDate().isAfter(deadline);
    }

    /** The latest earlier version that had the line: a removed line keeps its description. */
    private static Map<String, TargetLine> removedLines(PlanFacts facts, Set<String> lineIds) {
        Map<String, TargetLine> found = new HashMap<>();
        facts.versions().stream().sorted(Comparator.comparingInt(PlanVersion::version))
                .forEach(v -> v.lines().stream().filter(l -> lineIds.contains(l.lineId()))
                        .forEach(l -> found.put(l.lineId(), l)));
        return found;
    }

    /** The kind of a line no version describes, from its facts (the first kind in declared order, for a fixed answer). */
    private static ActivityKind kindOf(String lineId, PlanFacts facts) {
        EnrolmentTotals.Line counted = facts.enrolments().lines().get(lineId);
        return java.util.stream.Stream.concat(
                        facts.activities().stream().filter(a -> a.lineId().equals(lineId)).map(Activity::kind),
                        counted == null ? java.util.stream.Stream.<ActivityKind>empty() : counted.kinds().keySet().stream())
                .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private static long totalPlannedActivities(PlanVersion version) {
        return version.lines().stream().mapToLong(TargetLine::plannedActivities).reduce(0, Math::addExact);
    }

    private static long totalPlannedTurns(PlanVersion version) {
        return version.lines().stream().mapToLong(TargetLine::plannedPersonTurns).reduce(0, Math::addExact);
    }

    private static PlanInfo info(PlanFacts facts, PlanVersion current) {
        if (current == null) {
            return null;
        }
        List<VersionInfo> versions = facts.versions().stream()
                .sorted(Comparator.comparingInt(PlanVersion::version))
                .map(v -> new VersionInfo(v.version(), v.effectiveOn(), v.amendmentReason(),
                        v.amendmentDocumentNumber(), v.budgetTotalVnd(), totalPlannedActivities(v), totalPlannedTurns(v)))
                .toList();
        boolean closed = facts.closure() != null;
        return new PlanInfo(current.programmeCode(), current.programmeName(), current.title(), current.issuingBody(),
                current.documentNumber(), current.documentDate(), current.periodStart(), current.periodEnd(),
                current.deadline(), current.version(), closed ? PlanState.CLOSED : PlanState.IN_FORCE,
                closed ? facts.closure().closedOn() : null, closed ? facts.closure().reason() : null, versions);
    }

    private PlanLedger() {
    }
}
