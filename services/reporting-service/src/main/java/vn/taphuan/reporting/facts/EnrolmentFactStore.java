package vn.taphuan.reporting.facts;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.enrolment.v1.AttendanceRecorded;
import vn.taphuan.contracts.enrolment.v1.ParticipantCompleted;
import vn.taphuan.contracts.enrolment.v1.ParticipantEnrolled;
import vn.taphuan.contracts.enrolment.v1.ParticipantWithdrawn;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.kit.store.ProjectionStore;
import vn.taphuan.reporting.progress.ActivityKind;
import vn.taphuan.reporting.progress.EnrolmentStatus;
import vn.taphuan.reporting.progress.Figures.UniquePersons;
import vn.taphuan.reporting.progress.Gender;
import vn.taphuan.reporting.progress.Level;
import vn.taphuan.reporting.progress.PlanFacts;
import vn.taphuan.reporting.progress.TargetGroup;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static vn.taphuan.reporting.facts.FactDocuments.date;
import static vn.taphuan.reporting.facts.FactDocuments.enumOf;
import static vn.taphuan.reporting.facts.FactDocuments.fields;

/**
 * One document per enrolment, in sections each guarded by its own version: the person's counting facts (a keyed
 * hash, gender, ethnic-minority flag, group, level, unit — never a name), the status (the latest of enrolled,
 * completed, withdrawn) and the attendance. A completion revoked by a later withdrawal stops counting; redelivered
 * or reordered events leave the same document.
 */
@Component
@NotTenantScoped("facts of every province, keyed by province and plan (PlanKey): written in the event's province, "
        + "read one plan at a time by the refresher and across provinces by the national figures; province "
        + "views reach them only through the plans of Scopes.currentTenants()")
public class EnrolmentFactStore {

    public static final String COLLECTION = "enrolments";

    private final ProjectionStore projections;
    private final MongoTemplate mongo;
    private final DirtyPlans dirty;

    EnrolmentFactStore(ProjectionStore projections, DirtyPlans dirty) {
        this.projections = projections;
        this.mongo = projections.template();
        this.dirty = dirty;
        mongo.indexOps(COLLECTION).createIndex(new Index("planKey", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("activityId", Sort.Direction.ASC));
    }

    void enrolled(EventEnvelope<ParticipantEnrolled> event) {
        ParticipantEnrolled p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        section(event, p.enrolmentId(), "person", base(plan, p.enrolmentId(), p.trainingEventId(), p.targetLineId())
                .put("kind", p.activityKind()).put("personKey", p.personKey()).put("gender", p.gender())
                .put("ethnicMinority", p.ethnicMinority()).put("targetGroup", p.targetGroup()).put("level", p.level())
                .put("unitCode", p.unitCode()).put("enrolledOn", p.enrolledOn()));
        status(event, plan, p.enrolmentId(), p.trainingEventId(), p.targetLineId(), EnrolmentStatus.ENROLLED, null, null);
        dirty.mark(plan);
    }

    void completed(EventEnvelope<ParticipantCompleted> event) {
        ParticipantCompleted p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        section(event, p.enrolmentId(), "person", base(plan, p.enrolmentId(), p.trainingEventId(), p.targetLineId())
                .put("kind", p.activityKind()).put("personKey", p.personKey()).put("gender", p.gender())
                .put("ethnicMinority", p.ethnicMinority()).put("targetGroup", p.targetGroup()).put("level", p.level())
                .put("unitCode", p.unitCode()));
        status(event, plan, p.enrolmentId(), p.trainingEventId(), p.targetLineId(), EnrolmentStatus.COMPLETED,
                p.completedOn(), null);
        attendance(event, plan, p.enrolmentId(), p.trainingEventId(), p.targetLineId(), p.sessionsAttended(),
                p.sessionsTotal());
        dirty.mark(plan);
    }

    void withdrawn(EventEnvelope<ParticipantWithdrawn> event) {
        ParticipantWithdrawn p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        status(event, plan, p.enrolmentId(), p.trainingEventId(), p.targetLineId(), EnrolmentStatus.WITHDRAWN, null,
                p.withdrawnOn());
        dirty.mark(plan);
    }

    void attendance(EventEnvelope<AttendanceRecorded> event) {
        AttendanceRecorded p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        attendance(event, plan, p.enrolmentId(), p.trainingEventId(), p.targetLineId(), p.sessionsAttended(),
                p.sessionsTotal());
        // attendance changes no figure, so the plan is not refreshed for it
    }

    private void status(EventEnvelope<?> event, PlanKey plan, String enrolmentId, String activityId, String lineId,
                        EnrolmentStatus status, String completedOn, String withdrawnOn) {
        section(event, enrolmentId, "status", base(plan, enrolmentId, activityId, lineId)
                .put("status", status.name())
                .putNullable("completedOn", completedOn)
                .putNullable("completedMonth", completedOn == null ? null : completedOn.substring(0, 7))
                .putNullable("withdrawnOn", withdrawnOn));
    }

    private void attendance(EventEnvelope<?> event, PlanKey plan, String enrolmentId, String activityId, String lineId,
                            int attended, int total) {
        section(event, enrolmentId, "attendance", base(plan, enrolmentId, activityId, lineId)
                .put("sessionsAttended", attended).put("sessionsTotal", total));
    }

    private void section(EventEnvelope<?> event, String enrolmentId, String section, FactDocuments.Fields fields) {
        projections.upsertIfNewer(COLLECTION, event.tenantId() + "/" + enrolmentId, section + "Version",
                event.aggregateVersion(), fields.map());
    }

    private static FactDocuments.Fields base(PlanKey plan, String enrolmentId, String activityId, String lineId) {
        return fields().put("tenantId", plan.tenantId()).put("planKey", plan.value()).put("planId", plan.planId())
                .put("enrolmentId", enrolmentId).put("activityId", activityId).put("lineId", lineId);
    }

    // --- reading ---

    /** The plan's enrolments whose person and status are both known (a lone attendance record counts nothing). */
    List<PlanFacts.Enrolment> ofPlan(PlanKey plan) {
        return mongo.find(Query.query(Criteria.where("planKey").is(plan.value())
                                .and("status").exists(true).and("personKey").exists(true)), Document.class, COLLECTION)
                .stream().map(EnrolmentFactStore::toEnrolment).toList();
    }

    /** Completed enrolments of these plans, only the fields the unit view needs. */
    public List<Document> completions(Collection<String> planKeys) {
        Query query = Query.query(Criteria.where("planKey").in(planKeys).and("status").is("COMPLETED")
                .and("personKey").exists(true));
        query.fields().include("personKey", "unitCode", "gender", "ethnicMinority");
        return mongo.find(query, Document.class, COLLECTION);
    }

    /** Participants per activity of a plan: {enrolled and not yet completed, completed}. */
    public Map<String, long[]> countsByActivity(PlanKey plan, Collection<String> activityIds) {
        Map<String, long[]> counts = new HashMap<>();
        activityIds.forEach(id -> counts.put(id, new long[2]));
        Aggregation aggregation = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("planKey").is(plan.value()).and("activityId").in(activityIds)
                        .and("personKey").exists(true)),
                Aggregation.group("activityId", "status").count().as("n"));
        for (Document row : mongo.aggregate(aggregation, COLLECTION, Document.class)) {
            Document key = row.get("_id", Document.class);
            long[] c = counts.computeIfAbsent(key.getString("activityId"), k -> new long[2]);
            long n = ((Number) row.get("n")).longValue();
            if ("ENROLLED".equals(key.getString("status"))) {
                c[0] = Math.addExact(c[0], n);
            } else if ("COMPLETED".equals(key.getString("status"))) {
                c[1] = Math.addExact(c[1], n);
            }
        }
        return counts;
    }

    /**
     * Persons trained under these plans, each counted once, with the month each was first trained in: counted in
     * the store, so a province's or the country's total is exact without loading every enrolment.
     */
    public UniquePersons uniquePersons(Collection<String> planKeys) {
        Aggregation aggregation = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("planKey").in(planKeys).and("status").is("COMPLETED")
                        .and("personKey").exists(true)),
                Aggregation.group("personKey").min("completedMonth").as("first"),
                Aggregation.group("first").count().as("n"));
        Map<String, Long> byMonth = new HashMap<>();
        long total = 0;
        for (Document row : mongo.aggregate(aggregation, COLLECTION, Document.class)) {
            long n = ((Number) row.get("n")).longValue();
            byMonth.put(row.getString("_id"), n);
            total = Math.addExact(total, n);
        }
        return new UniquePersons(total, byMonth);
    }

    private static PlanFacts.Enrolment toEnrolment(Document d) {
        return new PlanFacts.Enrolment(d.getString("enrolmentId"), d.getString("lineId"), d.getString("activityId"),
                enumOf(d, "kind", ActivityKind::valueOf), d.getString("personKey"),
                enumOf(d, "gender", Gender::valueOf), Boolean.TRUE.equals(d.getBoolean("ethnicMinority")),
                enumOf(d, "targetGroup", TargetGroup::valueOf), enumOf(d, "level", Level::valueOf),
                d.getString("unitCode"), enumOf(d, "status", EnrolmentStatus::valueOf), date(d, "enrolledOn"),
                date(d, "completedOn"));
    }
}
