package vn.taphuan.reporting.views;

import vn.taphuan.reporting.progress.Figures;
import vn.taphuan.reporting.progress.ForecastStatus;
import vn.taphuan.reporting.progress.Outlook;
import vn.taphuan.reporting.progress.PlanFigures.PlanInfo;
import vn.taphuan.reporting.progress.PlanFigures.PlanState;
import vn.taphuan.reporting.progress.PlanProgress.LineProgress;
import vn.taphuan.reporting.progress.ProvinceStanding;
import vn.taphuan.reporting.scope.Province;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON answers of the progress API; every achieved number sits next to its planned number. */
public final class ViewRecords {

    /**
     * One plan's progress.
     *
     * @param asOf     "today" the forecasts are made for
     * @param dataAsOf the newest event the figures include
     */
    public record PlanProgressView(String tenantId, String tenantName, String planId, LocalDate asOf, Instant dataAsOf,
                                   PlanInfo plan, Figures totals, Outlook forecast,
                                   Map<ForecastStatus, Integer> linesByStatus, List<LineProgress> lines) {
    }

    /** One row of a province's plan list: headline figures and the forecast status. */
    public record PlanRow(String tenantId, String planId, String title, String programmeCode, String documentNumber,
                          LocalDate periodStart, LocalDate periodEnd, LocalDate deadline, int version, PlanState state,
                          long activitiesPlanned, long activitiesHeld, BigDecimal activitiesPercent,
                          long personTurnTarget, long personTurns, BigDecimal personTurnsPercent, long uniquePersons,
                          Long envelopeVnd, long spentVnd, ForecastStatus status, Long projectedPersonTurns) {
    }

    /**
     * A programme's progress within a province or nationwide.
     *
     * @param plansByStatus how many of its plans are on track, at risk, off track
     */
    public record ProgrammeProgress(String programmeCode, String programmeName, LocalDate deadline, int plans,
                                    Figures figures, Outlook forecast, Map<ForecastStatus, Integer> plansByStatus) {
    }

    /**
     * A province's overview: totals and one entry per programme.
     *
     * @param plans counts of the plans it reports (its own and those of provinces merged into it)
     */
    public record ProvinceOverview(Province province, LocalDate asOf, Instant dataAsOf, PlanCounts plans,
                                   Figures totals, List<ProgrammeProgress> programmes) {
    }

    public record PlanCounts(int total, int inForce, int closed, Map<ForecastStatus, Integer> byStatus) {
    }

    /**
     * The country: totals and, per programme, the provinces' statuses.
     *
     * @param provinces provinces reporting (merged provinces count under their heir)
     * @param totals    the sums: one province beyond its target makes up for another's shortfall in them
     * @param standing  the provinces one by one: how many are on course, and the progress with each province counted
     *                  up to its own target
     * @param selection the phase and programme shown, and those that may be chosen
     */
    public record NationalOverview(LocalDate asOf, Instant dataAsOf, int provinces, int plans, Figures totals,
                                   List<NationalProgramme> programmes, ProvinceStanding standing,
                                   SelectionView selection) {
    }

    /**
     * What a nationwide view shows.
     *
     * @param phase        the phase chosen (e.g. {@code 2026-2030}), or null for every phase
     * @param programmeCode the programme chosen, or null for every programme the reader sees
     * @param ministry     the reader's ministry (its analysts see only its programmes), or null for the whole platform
     * @param ministryName e.g. {@code Bộ Nông nghiệp và Môi trường}
     * @param phases       the phases of the plans the reader sees
     * @param programmes   the programmes the reader sees that have plans
     */
    public record SelectionView(String phase, String programmeCode, String ministry, String ministryName,
                                List<Choice> phases, List<Choice> programmes) {
    }

    /** One choice of a selector: its code and its Vietnamese name. */
    public record Choice(String code, String name) {
    }

    /**
     * @param provinces         provinces with a plan under this programme
     * @param provincesByStatus how many of them reached their targets, are on track, at risk, off track
     * @param standing          the provinces one by one (those without a plan under it among them)
     */
    public record NationalProgramme(String programmeCode, String programmeName, LocalDate deadline, int provinces,
                                    int plans, Figures figures, Outlook forecast,
                                    Map<ForecastStatus, Integer> provincesByStatus, ProvinceStanding standing) {
    }

    /**
     * One province in the nationwide ranking.
     *
     * @param rank         1 for the first row in the chosen order
     * @param status       the forecast status (the worst of its programmes when no programme is chosen)
     * @param projectedPersonTurns person-turns projected at the deadline
     * @param shortfallPersonTurns how far that falls short of the target
     * @param hasData      the province reported a plan (in the programme chosen); false: "chưa có số liệu"
     */
    public record ProvinceRow(int rank, Province province, int plans, long activitiesPlanned, long activitiesHeld,
                              BigDecimal activitiesPercent, long personTurnTarget, long personTurns,
                              BigDecimal personTurnsPercent, long women, BigDecimal womenShare, long ethnicMinority,
                              BigDecimal ethnicMinorityShare, Long envelopeVnd, long spentVnd,
                              BigDecimal spentPercentOfAllocated, ForecastStatus status, Long projectedPersonTurns,
                              Long shortfallPersonTurns, boolean hasData) {
    }

    private ViewRecords() {
    }
}
