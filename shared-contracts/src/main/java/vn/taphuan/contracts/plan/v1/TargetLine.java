package vn.taphuan.contracts.plan.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One target line of a plan, e.g. "community: 102 training classes for 7,500 person-turns".
 *
 * @param lineId                   stable id of the line within the plan, kept across amendments
 * @param activityKind             {@code TRAINING_CLASS}, {@code WORKSHOP}, {@code STUDY_TOUR} or {@code E_LEARNING_COHORT}
 * @param targetGroup              {@code COMMUNITY} or {@code CADRE}
 * @param cadreLevel               for cadres: {@code PROVINCE}, {@code DISTRICT}, {@code COMMUNE}, {@code VILLAGE}; null for all levels
 * @param jobTitle                 for cadres: the job title targeted (Vietnamese), or null for all
 * @param description              the line as worded in the plan (Vietnamese)
 * @param plannedActivities        planned number of activities (classes, workshops, tours, cohorts)
 * @param plannedPersonTurns       planned person-turns (lượt người); 0 when the plan sets none
 * @param coverage                 optional coverage target against a roster; null when the line has none
 * @param minEthnicMinorityPercent minimum share of ethnic-minority participants in whole percent, or null
 * @param minWomenPercent          minimum share of women participants in whole percent, or null
 * @param topics                   topics the line's activities cover (Vietnamese); may be null
 * @param unitCodes                administrative units the line is run in; null for the whole province
 * @param yearlyTargets            for a multi-year plan (a programme phase, e.g. 2026–2030), the line's targets year by
 *                                 year; null when the plan sets none (then the totals are due by the deadline). Added
 *                                 in v1 as an optional field: events without it read as before
 * @param quota                    when the plan states the line as people per unit, the quota and the units in scope
 *                                 (the planned person-turns are derived from it); null otherwise. Added in v1, optional
 * @param cumulativeByYear         when the plan states the totals as reached by a year ("đến năm 2025"), that year;
 *                                 null otherwise. Added in v1, optional
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetLine(
        String lineId,
        String activityKind,
        String targetGroup,
        String cadreLevel,
        String jobTitle,
        String description,
        int plannedActivities,
        int plannedPersonTurns,
        CoverageTarget coverage,
        Integer minEthnicMinorityPercent,
        Integer minWomenPercent,
        List<String> topics,
        List<String> unitCodes,
        List<YearlyTarget> yearlyTargets,
        QuotaTarget quota,
        Integer cumulativeByYear) {

    /** A line stated as counts, with or without yearly targets. */
    public TargetLine(String lineId, String activityKind, String targetGroup, String cadreLevel, String jobTitle,
                      String description, int plannedActivities, int plannedPersonTurns, CoverageTarget coverage,
                      Integer minEthnicMinorityPercent, Integer minWomenPercent, List<String> topics,
                      List<String> unitCodes, List<YearlyTarget> yearlyTargets) {
        this(lineId, activityKind, targetGroup, cadreLevel, jobTitle, description, plannedActivities,
                plannedPersonTurns, coverage, minEthnicMinorityPercent, minWomenPercent, topics, unitCodes,
                yearlyTargets, null, null);
    }

    /** A line without yearly targets, as every plan before 2026 has. */
    public TargetLine(String lineId, String activityKind, String targetGroup, String cadreLevel, String jobTitle,
                      String description, int plannedActivities, int plannedPersonTurns, CoverageTarget coverage,
                      Integer minEthnicMinorityPercent, Integer minWomenPercent, List<String> topics,
                      List<String> unitCodes) {
        this(lineId, activityKind, targetGroup, cadreLevel, jobTitle, description, plannedActivities,
                plannedPersonTurns, coverage, minEthnicMinorityPercent, minWomenPercent, topics, unitCodes, null, null,
                null);
    }
}
