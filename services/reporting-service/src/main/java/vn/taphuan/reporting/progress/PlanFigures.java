package vn.taphuan.reporting.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of one plan, as {@link PlanLedger} derives them from the plan's facts: totals, and one entry per target
 * line next to its targets. Holds no "today": forecasts are made from it when it is read.
 *
 * @param plan   the plan as approved and amended; null while only facts recorded under it have arrived
 * @param totals the plan's totals (unique persons counted once across its lines)
 * @param lines  the lines of the version in force, in the plan's order, then lines that only facts name
 */
public record PlanFigures(String tenantId, String planId, PlanInfo plan, Figures totals, List<LineFigures> lines) {

    public boolean known() {
        return plan != null;
    }

    /**
     * @param state          {@code IN_FORCE} or {@code CLOSED}
     * @param currentVersion version whose targets count
     * @param versions       every approved version, oldest first: the plan's history is never lost
     */
    public record PlanInfo(String programmeCode, String programmeName, String title, String issuingBody,
                           String documentNumber, LocalDate documentDate, LocalDate periodStart, LocalDate periodEnd,
                           LocalDate deadline, int currentVersion, PlanState state, LocalDate closedOn,
                           String closureReason, List<VersionInfo> versions) {
    }

    public enum PlanState {
        IN_FORCE, CLOSED
    }

    /** One approved version: when it took effect, why (amendments), and what it planned. */
    public record VersionInfo(int version, LocalDate effectiveOn, String amendmentReason,
                              String amendmentDocumentNumber, long budgetTotalVnd, long plannedActivities,
                              long plannedPersonTurns) {
    }

    /**
     * @param inCurrentVersion false for a line an amendment removed (or facts name but no version has): what was
     *                         achieved under it stays counted, with no target
     */
    public record LineFigures(String lineId, ActivityKind activityKind, TargetGroup targetGroup, Level cadreLevel,
                              String jobTitle, String description, boolean inCurrentVersion, LineTargets targets,
                              Figures figures) {
    }

    /** The line's targets in the version in force (all zero/null for a line not in it). */
    public record LineTargets(int plannedActivities, int plannedPersonTurns, PlanFacts.Coverage coverage,
                              Integer minEthnicMinorityPercent, Integer minWomenPercent, List<String> unitCodes) {
    }
}
