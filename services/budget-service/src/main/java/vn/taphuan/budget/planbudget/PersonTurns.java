package vn.taphuan.budget.planbudget;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import vn.taphuan.kit.store.TenantProjections;

import java.util.Map;

/**
 * Person-turns (lượt người) completed, per enrolment, from enrolment-service's facts: the denominator of the cost
 * per person-turn. One document per enrolment written with version-guarded upserts, so a completion heard twice
 * counts once, and a withdrawal that overtook its completion is not undone by it. Kept per province
 * ({@link TenantProjections}).
 */
@Component
public class PersonTurns {

    static final String COLLECTION = "person_turns";

    private final TenantProjections projections;

    PersonTurns(TenantProjections projections) {
        this.projections = projections;
    }

    /**
     * Records whether the enrolment counts as a completed person-turn, as of the enrolment's version
     * {@code enrolmentVersion}; an older fact than the one stored changes nothing.
     */
    public void record(String enrolmentId, long enrolmentVersion, String planId, String targetLineId,
                       String trainingEventId, boolean completed) {
        projections.upsertIfNewer(COLLECTION, enrolmentId, enrolmentVersion, Map.of(
                "planId", planId, "targetLineId", targetLineId, "trainingEventId", trainingEventId,
                "completed", completed));
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
        return projections.countBy(COLLECTION, Criteria.where("planId").is(planId).and("completed").is(true), key);
    }
}
