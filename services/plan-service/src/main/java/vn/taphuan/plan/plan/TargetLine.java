package vn.taphuan.plan.plan;

import vn.taphuan.plan.programme.ActivityKind;
import vn.taphuan.plan.programme.CadreLevel;
import vn.taphuan.plan.programme.TargetGroup;

import java.util.List;

/**
 * One target of a plan, e.g. "community: 102 training classes for 7,500 person-turns".
 *
 * @param lineId                   stable id within the plan, kept across amendments so achieved counts stay attached
 * @param activityKind             class, workshop, study tour or e-learning cohort
 * @param targetGroup              community or cadres
 * @param cadreLevel               for cadres, the level they work at; null for all levels
 * @param jobTitle                 for cadres, the job title targeted; null for all
 * @param description              the line as the plan words it
 * @param plannedActivities        planned number of activities
 * @param plannedPersonTurns       lượt người; 0 where the plan counts activities only (workshops, study tours)
 * @param coverage                 optional share of a roster to train by a date
 * @param minEthnicMinorityPercent minimum share of ethnic-minority participants, whole percent, or null
 * @param minWomenPercent          minimum share of women participants, whole percent, or null
 * @param topics                   topics of the programme's framework the line covers
 * @param unitCodes                administrative units the line runs in; empty for the whole plan scope
 * @param yearlyTargets            for a multi-year plan, the line's targets year by year (within the plan's period,
 *                                 adding up to no more than its totals); empty when the plan sets none
 * @param quota                    when the plan states the line as people per unit (“4 cán bộ mỗi xã”), the quota and
 *                                 the units in scope; the planned person-turns are then derived from it; null otherwise
 * @param cumulativeByYear         when the plan states the totals as reached by a year (“đến năm 2025 đào tạo …”),
 *                                 that year; null otherwise
 * @param source                   where the import read the line in the plan's text; null when entered by hand
 */
public record TargetLine(String lineId, ActivityKind activityKind, TargetGroup targetGroup, CadreLevel cadreLevel,
                         String jobTitle, String description, int plannedActivities, int plannedPersonTurns,
                         CoverageTarget coverage, Integer minEthnicMinorityPercent, Integer minWomenPercent,
                         List<String> topics, List<String> unitCodes, List<YearlyTarget> yearlyTargets,
                         QuotaTarget quota, Integer cumulativeByYear, SourceSpan source) {

    public TargetLine {
        topics = topics == null ? List.of() : List.copyOf(topics);
        unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
        yearlyTargets = yearlyTargets == null ? List.of() : List.copyOf(yearlyTargets);
    }

    /** A line stated as a count, read from no text. */
    public TargetLine(String lineId, ActivityKind activityKind, TargetGroup targetGroup, CadreLevel cadreLevel,
                      String jobTitle, String description, int plannedActivities, int plannedPersonTurns,
                      CoverageTarget coverage, Integer minEthnicMinorityPercent, Integer minWomenPercent,
                      List<String> topics, List<String> unitCodes, List<YearlyTarget> yearlyTargets) {
        this(lineId, activityKind, targetGroup, cadreLevel, jobTitle, description, plannedActivities,
                plannedPersonTurns, coverage, minEthnicMinorityPercent, minWomenPercent, topics, unitCodes,
                yearlyTargets, null, null, null);
    }

    /** How the plan states the line's target, derived from what it holds. */
    public TargetKind kind() {
        if (coverage != null) {
            return TargetKind.COVERAGE;
        }
        if (quota != null) {
            return TargetKind.QUOTA_PER_UNIT;
        }
        if (!yearlyTargets.isEmpty()) {
            return TargetKind.PER_YEAR;
        }
        return cumulativeByYear != null ? TargetKind.CUMULATIVE : TargetKind.COUNT;
    }

    /** A line of a one-year plan, or of a multi-year plan that sets no yearly targets. */
    public TargetLine(String lineId, ActivityKind activityKind, TargetGroup targetGroup, CadreLevel cadreLevel,
                      String jobTitle, String description, int plannedActivities, int plannedPersonTurns,
                      CoverageTarget coverage, Integer minEthnicMinorityPercent, Integer minWomenPercent,
                      List<String> topics, List<String> unitCodes) {
        this(lineId, activityKind, targetGroup, cadreLevel, jobTitle, description, plannedActivities,
                plannedPersonTurns, coverage, minEthnicMinorityPercent, minWomenPercent, topics, unitCodes, List.of(),
                null, null, null);
    }

    TargetLine withLineId(String id) {
        return new TargetLine(id, activityKind, targetGroup, cadreLevel, jobTitle, description, plannedActivities,
                plannedPersonTurns, coverage, minEthnicMinorityPercent, minWomenPercent, topics, unitCodes,
                yearlyTargets, quota, cumulativeByYear, source);
    }
}
