package vn.taphuan.contracts.plan.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Rules the programme sets for every activity counted under it.
 *
 * @param minDurationDays      minimum length of a course in days (NTM: 2), or null
 * @param minFieldSessions     minimum field-visit or practice sessions per course (NTM: 1), or null
 * @param minAttendancePercent share of sessions a participant must attend to complete, whole percent; 100 means all sessions
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgrammeRules(
        Integer minDurationDays,
        Integer minFieldSessions,
        int minAttendancePercent) {
}
