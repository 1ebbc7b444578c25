package vn.taphuan.enrolment.enrolment;

import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import vn.taphuan.enrolment.participant.Gender;
import vn.taphuan.kit.store.AggregateStore;

import java.util.List;

/**
 * Read-only counts over the current province's enrolments: participants of an activity, its live shares of women
 * and ethnic-minority people, and person-turns against unique persons. Person-turns count every completion; unique
 * persons count each person key once. Every count goes through the tenant-scoped store.
 */
@Component
public class EnrolmentCounts {

    private static final List<String> ACTIVE = List.of(EnrolmentStatus.ENROLLED.name(), EnrolmentStatus.COMPLETED.name());

    private final AggregateStore store;

    EnrolmentCounts(AggregateStore store) {
        this.store = store;
    }

    /**
     * Participants of an activity.
     *
     * @param enrolled       enrolled or completed (withdrawn ones not)
     * @param completed      completed
     * @param women          of the enrolled, women
     * @param ethnicMinority of the enrolled, ethnic-minority people
     */
    public record ActivityCounts(long enrolled, long completed, long women, long ethnicMinority) {
    }

    public ActivityCounts ofActivity(String trainingEventId) {
        Criteria active = Criteria.where("trainingEventId").is(trainingEventId).and("status").in(ACTIVE);
        return new ActivityCounts(count(active),
                count(Criteria.where("trainingEventId").is(trainingEventId).and("status").is(EnrolmentStatus.COMPLETED.name())),
                count(Criteria.where("trainingEventId").is(trainingEventId).and("status").in(ACTIVE)
                        .and("facts.gender").is(Gender.FEMALE.name())),
                count(Criteria.where("trainingEventId").is(trainingEventId).and("status").in(ACTIVE)
                        .and("facts.ethnicMinority").is(true)));
    }

    /**
     * What a target line (or the whole plan, when {@code targetLineId} is null) has achieved.
     *
     * @param personTurns              completions (lượt người): one person completing two classes counts twice
     * @param uniquePersons            distinct people among them (coverage against a roster counts each once)
     * @param womenPersonTurns         completions by women
     * @param ethnicMinorityPersonTurns completions by ethnic-minority people
     */
    public record Achieved(long personTurns, long uniquePersons, long womenPersonTurns, long ethnicMinorityPersonTurns) {
    }

    public Achieved achieved(String planId, String targetLineId) {
        long unique = store.distinct(Enrolment.class, "facts.personKey", completed(planId, targetLineId), String.class)
                .size();
        return new Achieved(count(completed(planId, targetLineId)), unique,
                count(completed(planId, targetLineId).and("facts.gender").is(Gender.FEMALE.name())),
                count(completed(planId, targetLineId).and("facts.ethnicMinority").is(true)));
    }

    private static Criteria completed(String planId, String targetLineId) {
        Criteria completed = Criteria.where("planId").is(planId).and("status").is(EnrolmentStatus.COMPLETED.name());
        return targetLineId == null ? completed : completed.and("targetLineId").is(targetLineId);
    }

    /** The highest session with attendance recorded in the activity, 0 if none. */
    public int highestSessionRecorded(String trainingEventId) {
        return store.fields(Enrolment.class, Criteria.where("trainingEventId").is(trainingEventId)
                        .and("attendance.0").exists(true), "attendance").stream()
                .flatMap(d -> d.getList("attendance", Document.class).stream())
                .mapToInt(mark -> mark.getInteger("session", 0))
                .max().orElse(0);
    }

    private long count(Criteria criteria) {
        return store.count(Enrolment.class, criteria);
    }
}
