package vn.taphuan.reporting.units;

import org.springframework.stereotype.Service;
import vn.taphuan.kit.web.PageResponse;
import vn.taphuan.reporting.facts.ActivityFactStore;
import vn.taphuan.reporting.facts.EnrolmentLedger;
import vn.taphuan.reporting.facts.Rollups;
import vn.taphuan.reporting.facts.PlanKey;
import vn.taphuan.reporting.figures.PlanFiguresStore;
import vn.taphuan.reporting.progress.PlanFigures;
import vn.taphuan.reporting.scope.Scopes;
import vn.taphuan.reporting.views.ProgressViews;

import java.time.LocalDate;
import java.util.List;

/**
 * A province's results by administrative unit (drill-down province → unit → plan), counted from the facts as the
 * map stands on the chosen day, so results recorded before the 2025 reorganisation count for today's units.
 */
@Service
public class UnitProgressService {

    private final ProgressViews views;
    private final PlanFiguresStore figures;
    private final Scopes scopes;
    private final EnrolmentLedger enrolments;
    private final Rollups rollups;
    private final ActivityFactStore activities;
    private final UnitStore units;

    UnitProgressService(ProgressViews views, PlanFiguresStore figures, Scopes scopes, EnrolmentLedger enrolments,
                        Rollups rollups, ActivityFactStore activities, UnitStore units) {
        this.rollups = rollups;
        this.views = views;
        this.figures = figures;
        this.scopes = scopes;
        this.enrolments = enrolments;
        this.activities = activities;
        this.units = units;
    }

    /**
     * @param planId        only this plan, or null for all plans the province reports
     * @param programmeCode only plans of this programme, or null
     * @param level         the level to show units at (results of units below it count for their parent)
     * @param on            the day whose map is used; null for today
     */
    public PageResponse<UnitBreakdown.UnitRow> units(String planId, String programmeCode, UnitLevel level,
                                                     LocalDate on, int page, int size) {
        // an analyst of one ministry: the units' results under its programmes only
        var audience = views.audience();
        List<PlanFigures> plans = planId != null ? List.of(views.planFigures(planId))
                : figures.ofTenants(scopes.currentTenants());
        List<String> keys = plans.stream()
                .filter(p -> audience.sees(p.plan().programmeCode()))
                .filter(p -> programmeCode == null || programmeCode.equals(p.plan().programmeCode()))
                .map(p -> new PlanKey(p.tenantId(), p.planId()).value()).toList();
        // a drill-down: read from the plans' roster pages, so results recorded under units merged since count for
        // the unit as the map stands on the chosen day, each person once
        List<UnitBreakdown.Completion> completions = enrolments.completions(rollups.pagesOf(keys));
        List<String> held = keys.isEmpty() ? List.of() : activities.heldUnits(keys);
        List<UnitBreakdown.UnitRow> rows = UnitBreakdown.of(units.directory(), level, on == null ? views.today() : on,
                completions, held);
        int from = (int) Math.min((long) page * size, rows.size());
        return new PageResponse<>(rows.subList(from, Math.min(from + size, rows.size())), page, size, rows.size());
    }
}
