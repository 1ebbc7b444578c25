package vn.taphuan.reporting.province;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.taphuan.kit.web.PageResponse;
import vn.taphuan.reporting.facts.ActivityFactStore;
import vn.taphuan.reporting.facts.EnrolmentFactStore;
import vn.taphuan.reporting.facts.PlanKey;
import vn.taphuan.reporting.progress.ActivityKind;
import vn.taphuan.reporting.progress.ActivityStatus;
import vn.taphuan.reporting.progress.PlanFacts;
import vn.taphuan.reporting.progress.PlanFigures;
import vn.taphuan.reporting.units.AdministrativeUnit;
import vn.taphuan.reporting.units.UnitDirectory;
import vn.taphuan.reporting.units.UnitStore;
import vn.taphuan.reporting.views.ProgressViews;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The activities of a plan with their participant counts: what is held, and what is still in the pipeline. */
@Service
class PlanActivities {

    private final ProgressViews views;
    private final ActivityFactStore activities;
    private final EnrolmentFactStore enrolments;
    private final UnitStore units;

    PlanActivities(ProgressViews views, ActivityFactStore activities, EnrolmentFactStore enrolments, UnitStore units) {
        this.views = views;
        this.activities = activities;
        this.enrolments = enrolments;
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

    /** The activities of a plan the current province reports. */
    PageResponse<ActivityRow> list(String planId, ActivityStatus status, String lineId, int page, int size) {
        PlanFigures plan = views.planFigures(planId);
        PlanKey key = new PlanKey(plan.tenantId(), plan.planId());
        // a document with no status holds only money or outcome details that arrived before the activity itself
        Criteria criteria = status != null ? Criteria.where("status").is(status.name())
                : Criteria.where("status").exists(true);
        if (lineId != null) {
            criteria = criteria.and("lineId").is(lineId);
        }
        long total = activities.count(List.of(key.value()), criteria);
        List<Document> docs = activities.documents(List.of(key.value()), criteria,
                Sort.by("startDate", "activityId"), (long) page * size, size);
        Map<String, long[]> counts = enrolments.countsByActivity(key,
                docs.stream().map(d -> d.getString("activityId")).toList());
        UnitDirectory directory = units.directory();
        List<ActivityRow> rows = docs.stream().map(d -> {
            PlanFacts.Activity a = ActivityFactStore.toActivity(d);
            long[] c = counts.getOrDefault(a.id(), new long[2]);
            String unitName = a.unitCode() == null ? null
                    : directory.find(a.unitCode()).map(AdministrativeUnit::name).orElse(null);
            return new ActivityRow(a.id(), a.lineId(), a.kind(), a.title(), a.unitCode(), unitName, a.startDate(),
                    a.endDate(), a.capacity(), a.status(), a.heldOn(), a.cancelledOn(), a.closedOn(), c[0], c[1]);
        }).toList();
        return new PageResponse<>(rows, page, size, total);
    }
}
