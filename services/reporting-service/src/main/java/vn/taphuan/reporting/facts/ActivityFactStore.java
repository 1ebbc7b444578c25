package vn.taphuan.reporting.facts;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

import java.util.Collection;
import java.util.List;

import static vn.taphuan.reporting.facts.FactDocuments.date;
import static vn.taphuan.reporting.facts.FactDocuments.enumOf;
import static vn.taphuan.reporting.facts.FactDocuments.fields;
import static vn.taphuan.reporting.facts.FactDocuments.integer;

/**
 * One document per activity, in sections each guarded by its own version: the schedule (scheduled, rescheduled),
 * the status (the latest of scheduled, held, closed, cancelled), and what the outcome events carry. Events arriving
 * late, twice or out of order leave the same document.
 */
@Component
@NotTenantScoped("facts of every province, keyed by province and plan (PlanKey): written in the event's province, "
        + "read one plan at a time by the refresher and across provinces by the national figures; province "
        + "views reach them only through the plans of Scopes.currentTenants()")
public class ActivityFactStore {

    public static final String COLLECTION = "activities";

    private final ProjectionStore projections;
    private final MongoTemplate mongo;
    private final DirtyPlans dirty;

    ActivityFactStore(ProjectionStore projections, DirtyPlans dirty) {
        this.projections = projections;
        this.mongo = projections.template();
        this.dirty = dirty;
        mongo.indexOps(COLLECTION).createIndex(new Index("planKey", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("tenantId", Sort.Direction.ASC));
    }

    void scheduled(EventEnvelope<TrainingEventScheduled> event) {
        TrainingEventScheduled p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        section(event, p.trainingEventId(), "schedule", base(plan, p.trainingEventId(), p.targetLineId(), p.activityKind())
                .put("title", p.title()).put("targetGroup", p.targetGroup()).put("unitCode", p.unitCode())
                .put("startDate", p.startDate()).put("endDate", p.endDate()).put("capacity", p.capacity())
                .put("sessionCount", p.sessionCount()).put("fieldSessions", p.fieldSessions())
                .put("trainerCount", p.trainerCount()));
        status(event, plan, p.trainingEventId(), p.targetLineId(), p.activityKind(), ActivityStatus.SCHEDULED);
        dirty.mark(plan);
    }

    void rescheduled(EventEnvelope<TrainingEventRescheduled> event) {
        TrainingEventRescheduled p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        section(event, p.trainingEventId(), "schedule", base(plan, p.trainingEventId(), p.targetLineId(), p.activityKind())
                .put("unitCode", p.unitCode()).put("startDate", p.startDate()).put("endDate", p.endDate())
                .put("capacity", p.capacity()).put("sessionCount", p.sessionCount())
                .put("fieldSessions", p.fieldSessions()).put("trainerCount", p.trainerCount()));
        dirty.mark(plan);
    }

    void held(EventEnvelope<TrainingEventHeld> event) {
        TrainingEventHeld p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        section(event, p.trainingEventId(), "held", base(plan, p.trainingEventId(), p.targetLineId(), p.activityKind())
                .put("heldOn", p.heldOn()).put("heldUnitCode", p.unitCode()).put("participantCount", p.participantCount()));
        status(event, plan, p.trainingEventId(), p.targetLineId(), p.activityKind(), ActivityStatus.HELD);
        dirty.mark(plan);
    }

    void closed(EventEnvelope<TrainingEventClosed> event) {
        TrainingEventClosed p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        section(event, p.trainingEventId(), "closed", base(plan, p.trainingEventId(), p.targetLineId(), p.activityKind())
                .put("closedOn", p.closedOn()).put("completedCount", p.completedCount())
                .put("enrolledCount", p.enrolledCount()));
        status(event, plan, p.trainingEventId(), p.targetLineId(), p.activityKind(), ActivityStatus.CLOSED);
        dirty.mark(plan);
    }

    void cancelled(EventEnvelope<TrainingEventCancelled> event) {
        TrainingEventCancelled p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        section(event, p.trainingEventId(), "cancelled", base(plan, p.trainingEventId(), p.targetLineId(), p.activityKind())
                .put("cancelledOn", p.cancelledOn()).put("cancelReason", p.reason()));
        status(event, plan, p.trainingEventId(), p.targetLineId(), p.activityKind(), ActivityStatus.CANCELLED);
        dirty.mark(plan);
    }

    private void status(EventEnvelope<?> event, PlanKey plan, String activityId, String lineId, String kind,
                        ActivityStatus status) {
        section(event, activityId, "status", base(plan, activityId, lineId, kind).put("status", status.name()));
    }

    private void section(EventEnvelope<?> event, String activityId, String section, FactDocuments.Fields fields) {
        projections.upsertIfNewer(COLLECTION, event.tenantId() + "/" + activityId, section + "Version",
                event.aggregateVersion(), fields.map());
    }

    private static FactDocuments.Fields base(PlanKey plan, String activityId, String lineId, String kind) {
        return fields().put("tenantId", plan.tenantId()).put("planKey", plan.value()).put("planId", plan.planId())
                .put("activityId", activityId).put("lineId", lineId).put("kind", kind);
    }

    // --- reading ---

    List<PlanFacts.Activity> ofPlan(PlanKey plan) {
        return find(Criteria.where("planKey").is(plan.value()));
    }

    /** Activities of these plans, for the unit view and the pipeline list. */
    public List<Document> documents(Collection<String> planKeys, Criteria more, Sort sort, long skip, int limit) {
        Query query = Query.query(new Criteria().andOperator(Criteria.where("planKey").in(planKeys), more));
        return mongo.find(query.with(sort).skip(skip).limit(limit), Document.class, COLLECTION);
    }

    /** The unit each held (or closed) activity of these plans took place in, one entry per activity. */
    public List<String> heldUnits(Collection<String> planKeys) {
        Query query = Query.query(Criteria.where("planKey").in(planKeys).and("status").in("HELD", "CLOSED"));
        query.fields().include("unitCode", "heldUnitCode");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(d -> d.getString("heldUnitCode") != null ? d.getString("heldUnitCode") : d.getString("unitCode"))
                .toList();
    }

    public long count(Collection<String> planKeys, Criteria more) {
        return mongo.count(Query.query(new Criteria().andOperator(Criteria.where("planKey").in(planKeys), more)),
                COLLECTION);
    }

    private List<PlanFacts.Activity> find(Criteria criteria) {
        return mongo.find(Query.query(criteria), Document.class, COLLECTION).stream()
                .filter(d -> d.getString("status") != null)
                .map(ActivityFactStore::toActivity).toList();
    }

    public static PlanFacts.Activity toActivity(Document d) {
        return new PlanFacts.Activity(d.getString("activityId"), d.getString("lineId"),
                enumOf(d, "kind", ActivityKind::valueOf), enumOf(d, "status", ActivityStatus::valueOf),
                d.getString("title"), d.getString("heldUnitCode") != null ? d.getString("heldUnitCode") : d.getString("unitCode"),
                date(d, "startDate"), date(d, "endDate"), integer(d, "capacity"), date(d, "heldOn"),
                date(d, "cancelledOn"), date(d, "closedOn"));
    }
}
