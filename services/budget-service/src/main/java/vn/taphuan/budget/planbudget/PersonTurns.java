package vn.taphuan.budget.planbudget;

import org.bson.Document;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import vn.taphuan.kit.store.ProjectionStore;
import vn.taphuan.kit.tenant.TenantContext;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Person-turns (lượt người) completed, per enrolment, from enrolment-service's facts: the denominator of the cost
 * per person-turn. One document per enrolment written with version-guarded upserts, so a completion heard twice
 * counts once, and a withdrawal that overtook its completion is not undone by it.
 */
@Component
public class PersonTurns {

    static final String COLLECTION = "person_turns";

    private final ProjectionStore projections;

    PersonTurns(ProjectionStore projections) {
        this.projections = projections;
    }

    /**
     * Records whether the enrolment counts as a completed person-turn, as of the enrolment's version
     * {@code enrolmentVersion}; an older fact than the one stored changes nothing.
     */
    public void record(String enrolmentId, long enrolmentVersion, String planId, String targetLineId,
                       String trainingEventId, boolean completed) {
        String tenant = TenantContext.require();
        projections.upsertIfNewer(COLLECTION, tenant + ":" + enrolmentId, enrolmentVersion, Map.of(
                "tenantId", tenant, "planId", planId, "targetLineId", targetLineId,
                "trainingEventId", trainingEventId, "completed", completed));
    }

    /** Completed person-turns of a plan per target line. */
    public Map<String, Long> byLine(String planId) {
        return count(planId, "targetLineId");
    }

    /** Completed person-turns of a plan per activity. */
    public Map<String, Long> byActivity(String planId) {
        return count(planId, "trainingEventId");
    }

    private Map<String, Long> count(String planId, String key) {
        Aggregation counting = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("tenantId").is(TenantContext.require()).and("planId").is(planId)
                        .and("completed").is(true)),
                Aggregation.group(key).count().as("n"));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Document row : projections.template().aggregate(counting, COLLECTION, Document.class)) {
            counts.put(row.getString("_id"), ((Number) row.get("n")).longValue());
        }
        return counts;
    }
}
