package vn.taphuan.reporting.progress;

import vn.taphuan.reporting.progress.PlanFacts.Activity;
import vn.taphuan.reporting.progress.PlanFacts.Allocation;
import vn.taphuan.reporting.progress.PlanFacts.Commitment;
import vn.taphuan.reporting.progress.PlanFacts.Enrolment;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        facts.enrolments().forEach(e -> otherLines.add(e.lineId()));
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
        List<Enrolment> completed = facts.enrolments().stream()
                .filter(e -> e.status() == EnrolmentStatus.COMPLETED).toList();
        uniquePersons(plan, completed);
        if (current != null) {
            plan.envelope(current.budgetTotalVnd(), current.budgetBySource());
            plan.reached(reachedOn(heldDates(facts.activities()), totalPlannedActivities(current)),
                    reachedOn(completed.stream().map(Enrolment::completedOn).toList(), totalPlannedTurns(current)));
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
        List<Enrolment> completed = new ArrayList<>();
        Set<String> pipelinePersons = new HashSet<>();
        for (Enrolment enrolment : facts.enrolments()) {
            if (!enrolment.lineId().equals(id)) {
                continue;
            }
            if (enrolment.status() == EnrolmentStatus.COMPLETED) {
                tally.personTurn(enrolment);
                completed.add(enrolment);
            } else if (enrolment.status() == EnrolmentStatus.ENROLLED) {
                Activity activity = activities.get(enrolment.activityId());
                if (activity == null || (activity.status() == ActivityStatus.SCHEDULED && endsByDeadline(activity, deadline))) {
                    tally.enrolledInScheduled();
                    pipelinePersons.add(enrolment.personKey());
                } else if (activity.status() == ActivityStatus.HELD) {
                    tally.awaitingCompletion();
                    pipelinePersons.add(enrolment.personKey());
                }
            }
        }
        Map<String, LocalDate> firstTrained = uniquePersons(tally, completed);
        if (inCurrentVersion) {
            tally.reached(reachedOn(heldDates(lineActivities), line.plannedActivities()),
                    reachedOn(completed.stream().map(Enrolment::completedOn).toList(), line.plannedPersonTurns()));
            if (line.coverage() != null) {
                pipelinePersons.removeAll(firstTrained.keySet());
                tally.covered(firstTrained.size(), pipelinePersons.size(),
                        reachedOn(List.copyOf(firstTrained.values()), line.coverage().requiredPersons()));
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

    /** Sets unique persons and the month each was first trained in; returns each person's first completion. */
    private static Map<String, LocalDate> uniquePersons(Tally tally, List<Enrolment> completed) {
        Map<String, LocalDate> first = new HashMap<>();
        for (Enrolment e : completed) {
            first.merge(e.personKey(), e.completedOn(), (a, b) -> a.isBefore(b) ? a : b);
        }
        Map<String, Long> byMonth = new TreeMap<>();
        first.values().forEach(date -> byMonth.merge(Tally.monthOf(date), 1L, Math::addExact));
        tally.uniquePersons(first.size(), byMonth);
        return first;
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
        if (target <= 0 || dates.size() < target) {
            return null;
        }
        return dates.stream().sorted().skip(target - 1).findFirst().orElseThrow();
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
        return java.util.stream.Stream.concat(
                        facts.activities().stream().filter(a -> a.lineId().equals(lineId)).map(Activity::kind),
                        facts.enrolments().stream().filter(e -> e.lineId().equals(lineId)).map(Enrolment::kind))
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
