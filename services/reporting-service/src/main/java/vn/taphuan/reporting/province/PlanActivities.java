package vn.taphuan.reporting.province;

import org.springframework.stereotype.Service;
import vn.taphuan.kit.web.PageResponse;
import vn.taphuan.reporting.facts.ActivityFactStore;
import vn.taphuan.reporting.facts.Rollups;
import vn.taphuan.reporting.facts.PlanKey;
import vn.taphuan.reporting.progress.ActivityKind;
import vn.taphuan.reporting.progress.ActivityStatus;
import vn.taphuan.reporting.progress.EnrolmentTotals;
import vn.taphuan.reporting.progress.PlanFacts;
import vn.taphuan.reporting.progress.PlanFigures;
import vn.taphuan.reporting.units.AdministrativeUnit;
import vn.taphuan.reporting.units.UnitDirectory;
import vn.taphuan.reporting.units.UnitStore;
import vn.taphuan.reporting.views.ProgressViews;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The activities of a plan with their participant counts: what is held, and what is still in the pipeline. */
@Service
class PlanActivities {

    private final ProgressViews views;
    private final ActivityFactStore activities;
    private final Rollups rollups;
    private final UnitStore units;

    PlanActivities(ProgressViews views, ActivityFactStore activities, Rollups rollups, UnitStore units) {
        this.views = views;
        this.activities = activities;
        this.rollups = rollups;
        this.units = units;
    }

    /**
     * One activity.
     *
     * @param enrolled  participants enrolled whose completion is not recorded (yet)
     * @param completed participants who completed: its person-turns
     */
    record ActivityRow(String activityId, String lineId, ActivityKind kind, String title, String unitCode,
                       String unitName, LocalDate startDate, LocalDate endDate, Integer capacity, ActivityStatus status,
                       LocalDate heldOn, LocalDate cancelledOn, LocalDate closedOn, long enrolled, long completed) {
    }

    /** The activities of a plan the current province reports that {@code query} keeps, one page of them. */
    PageResponse<ActivityRow> list(String planId, ActivityQuery query, int page, int size) {
        PlanFigures plan = views.planFigures(planId);
        PlanKey key = new PlanKey(plan.tenantId(), plan.planId());
        Map<String, EnrolmentTotals.ActivityCount> counts = rollups.planTotals(key).activities();
        UnitDirectory directory = units.directory();
        // a plan's activities are one document: every row is built, then filtered, sorted and paged here
        List<ActivityRow> rows = activities.documents(key).stream().map(d -> {
            PlanFacts.Activity a = ActivityFactStore.toActivity(d);
            EnrolmentTotals.ActivityCount c = counts.getOrDefault(a.id(), new EnrolmentTotals.ActivityCount(a.lineId(), 0, 0));
            String unitName = a.unitCode() == null ? null
                    : directory.find(a.unitCode()).map(AdministrativeUnit::name).orElse(null);
            return new ActivityRow(a.id(), a.lineId(), a.kind(), a.title(), a.unitCode(), unitName, a.startDate(),
                    a.endDate(), a.capacity(), a.status(), a.heldOn(), a.cancelledOn(), a.closedOn(), c.enrolled(),
                    c.completed());
        }).toList();
        Map<String, Set<String>> lineages = new HashMap<>();
        List<ActivityRow> matching = query.select(rows, code -> lineages.computeIfAbsent(code, directory::lineage));
        int from = (int) Math.min((long) page * size, matching.size());
        return new PageResponse<>(matching.subList(from, Math.min(from + size, matching.size())), page, size,
                matching.size());
    }
}
