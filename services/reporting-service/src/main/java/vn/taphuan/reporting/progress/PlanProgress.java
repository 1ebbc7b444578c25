package vn.taphuan.reporting.progress;

import vn.taphuan.reporting.progress.PlanFigures.LineTargets;
import vn.taphuan.reporting.progress.PlanFigures.PlanInfo;

import java.util.List;
import java.util.Map;

/**
 * A plan's progress as of a day: its figures next to its targets, and the forecast to the deadline, for the plan
 * and each of its target lines.
 *
 * @param linesByStatus how many of the plan's lines are on track, at risk, off track
 */
public record PlanProgress(String tenantId, String planId, PlanInfo plan, Figures totals, Outlook forecast,
                           Map<ForecastStatus, Integer> linesByStatus, List<LineProgress> lines) {

    public record LineProgress(String lineId, ActivityKind activityKind, TargetGroup targetGroup, Level cadreLevel,
                               String jobTitle, String description, boolean inCurrentVersion, LineTargets targets,
                               Figures figures, Outlook forecast) {
    }
}
