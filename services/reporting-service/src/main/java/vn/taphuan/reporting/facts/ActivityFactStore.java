package vn.taphuan.reporting.facts;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.enrolment.v1.TrainingEventCancelled;
import vn.taphuan.contracts.enrolment.v1.TrainingEventClosed;
import vn.taphuan.contracts.enrolment.v1.TrainingEventHeld;
import vn.taphuan.contracts.enrolment.v1.TrainingEventRescheduled;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.kit.store.ProjectionStore;
import vn.taphuan.reporting.progress.ActivityKind;
import vn.taphuan.reporting.progress.ActivityStatus;
import vn.taphuan.reporting.progress.PlanFacts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.taphuan.reporting.facts.FactDocuments.date;
import static vn.taphuan.reporting.facts.FactDocuments.enumOf;
import static vn.taphuan.reporting.facts.FactDocuments.fields;
import static vn.taphuan.reporting.facts.FactDocuments.integer;

/**
 * The activities of every plan, one document per plan with an entry per activity, each in sections guarded by their
 * own version: the schedule (scheduled, rescheduled), the status (the latest of scheduled, held, closed, cancelled),
 * and what the outcome events carry. Events arriving late, twice or out of order leave the same entry; a plan's
 * activities are read by id in one go.
 */
@Component
@NotTenantScoped("facts of every province, keyed by province and plan (PlanKey): written in the event's province, "
        + "read one plan at a time by the refresher and across provinces by the national figures; province "
        + "views reach them only through the plans of Scopes.currentTenants()")
public class ActivityFactStore {

    public static final String COLLECTION = "plan_activities";

    private final PlanDocuments documents;
    private final ProjectionStore store;
    private final DirtyPlans dirty;

    ActivityFactStore(ProjectionStore projections, FactWrites writes, DirtyPlans dirty) {
        this.documents = new PlanDocuments(projections, writes, COLLECTION);
        this.store = projections;
        this.dirty = dirty;
    }

    void scheduled(EventEnvelope<TrainingEventScheduled> event) {
        TrainingEventScheduled p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        withStatus(event, plan, p.trainingEventId(), "schedule", base(p.trainingEventId(), p.targetLineId(), p.activityKind())
                .put("title", p.title()).put("targetGroup", p.targetGroup()).put("unitCode", p.unitCode())
                .put("startDate", p.startDate()).put("endDate", p.endDate()).put("capacity", p.capacity())
                .put("sessionCount", p.sessionCount()).put("fieldSessions", p.fieldSessions())
                .put("trainerCount", p.trainerCount()), p.targetLineId(), p.activityKind(), ActivityStatus.SCHEDULED);
        dirty.mark(plan);
    }

    void rescheduled(EventEnvelope<TrainingEventRescheduled> event) {
        TrainingEventRescheduled p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        section(event, plan, p.trainingEventId(), "schedule", base(p.trainingEventId(), p.targetLineId(), p.activityKind())
                .put("unitCode", p.unitCode()).put("startDate", p.startDate()).put("endDate", p.endDate())
                .put("capacity", p.capacity()).put("sessionCount", p.sessionCount())
                .put("fieldSessions", p.fieldSessions()).put("trainerCount", p.trainerCount()));
        dirty.mark(plan);
    }

    void held(EventEnvelope<TrainingEventHeld> event) {
        TrainingEventHeld p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        withStatus(event, plan, p.trainingEventId(), "held", base(p.trainingEventId(), p.targetLineId(), p.activityKind())
                .put("heldOn", p.heldOn()).put("heldUnitCode", p.unitCode()).put("participantCount", p.participantCount()),
                p.targetLineId(), p.activityKind(), ActivityStatus.HELD);
        dirty.mark(plan);
    }

    void closed(EventEnvelope<TrainingEventClosed> event) {
        TrainingEventClosed p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        withStatus(event, plan, p.trainingEventId(), "closed", base(p.trainingEventId(), p.targetLineId(), p.activityKind())
                .put("closedOn", p.closedOn()).put("completedCount", p.completedCount())
                .put("enrolledCount", p.enrolledCount()), p.targetLineId(), p.activityKind(), ActivityStatus.CLOSED);
        dirty.mark(plan);
    }

    void cancelled(EventEnvelope<TrainingEventCancelled> event) {
        TrainingEventCancelled p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        withStatus(event, plan, p.trainingEventId(), "cancelled", base(p.trainingEventId(), p.targetLineId(),
                p.activityKind()).put("cancelledOn", p.cancelledOn()).put("cancelReason", p.reason()),
                p.targetLineId(), p.activityKind(), ActivityStatus.CANCELLED);
        dirty.mark(plan);
    }

    /** Writes the section and the status the event leaves the activity in, in one write. */
    private void withStatus(EventEnvelope<?> event, PlanKey plan, String activityId, String section,
                            FactDocuments.Fields fields, String lineId, String kind, ActivityStatus status) {
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        sections.put(section, fields.map());
        sections.put("status", base(activityId, lineId, kind).put("status", status.name()).map());
        documents.update(plan, activityId, event.aggregateVersion(), sections);
    }

    private void section(EventEnvelope<?> event, PlanKey plan, String activityId, String section,
                         FactDocuments.Fields fields) {
        documents.update(plan, activityId, section, event.aggregateVersion(), fields.map());
    }

    private static FactDocuments.Fields base(String activityId, String lineId, String kind) {
        return fields().put("activityId", activityId).put("lineId", lineId).put("kind", kind);
    }

    // --- reading ---

    /** The plan's activities whose status is known (an entry may hold only outcome details that arrived first). */
    public List<PlanFacts.Activity> ofPlan(PlanKey plan) {
        return documents(plan).stream().map(ActivityFactStore::toActivity).toList();
    }

    /** Each plan's activities whose status is known, a few plans per read. */
    Map<PlanKey, List<PlanFacts.Activity>> ofPlans(Collection<PlanKey> plans) {
        Map<PlanKey, List<PlanFacts.Activity>> activities = new LinkedHashMap<>();
        documents.entries(plans).forEach((plan, entries) -> activities.put(plan, entries.values().stream()
                .filter(d -> d.getString("status") != null).map(ActivityFactStore::toActivity).toList()));
        return activities;
    }

    /** The plan's activities as stored, with a status. */
    public List<Document> documents(PlanKey plan) {
        return documents.entries(plan).values().stream().filter(d -> d.getString("status") != null).toList();
    }

    /** The unit each held (or closed) activity of these plans took place in, one entry per activity. */
    public List<String> heldUnits(Collection<String> planKeys) {
        List<String> units = new ArrayList<>();
        if (planKeys.isEmpty()) {
            return units;
        }
        for (Document plan : store.findAllById(COLLECTION, planKeys).values()) {
            PlanDocuments.entries(plan).values().stream()
                    .filter(d -> "HELD".equals(d.getString("status")) || "CLOSED".equals(d.getString("status")))
                    .map(d -> d.getString("heldUnitCode") != null ? d.getString("heldUnitCode") : d.getString("unitCode"))
                    .forEach(units::add);
        }
        return units;
    }

    public static PlanFacts.Activity toActivity(Document d) {
        return new PlanFacts.Activity(d.getString("activityId"), d.getString("lineId"),
                enumOf(d, "kind", ActivityKind::valueOf), enumOf(d, "status", ActivityStatus::valueOf),
                d.getString("title"), d.getString("heldUnitCode") != null ? d.getString("heldUnitCode") : d.getString("unitCode"),
                date(d, "startDate"), date(d, "endDate"), integer(d, "capacity"), date(d, "heldOn"),
                date(d, "cancelledOn"), date(d, "closedOn"));
    }
}
