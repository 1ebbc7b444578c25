package vn.taphuan.budget.planbudget;

import vn.taphuan.budget.norms.ActivityKind;
import vn.taphuan.budget.norms.ActivitySpec;

import java.time.LocalDate;

/**
 * An activity as scheduled (or rescheduled) in enrolment-service.
 *
 * @param trainingEventId id of the activity
 * @param targetLineId    target line it counts towards
 * @param kind            kind of activity
 * @param title           title, if known (a rescheduling does not repeat it)
 * @param unitCode        administrative unit where it takes place
 * @param startDate       first day
 * @param endDate         last day
 * @param capacity        maximum participants
 * @param sessionCount    sessions
 * @param fieldSessions   of which field or practice sessions
 * @param trainerCount    trainers engaged, or null
 */
public record ScheduleFacts(String trainingEventId, String targetLineId, ActivityKind kind, String title,
                            String unitCode, LocalDate startDate, LocalDate endDate, int capacity, int sessionCount,
                            int fieldSessions, Integer trainerCount) {

    ActivitySpec spec() {
        return new ActivitySpec(kind, startDate, endDate, capacity, sessionCount, fieldSessions);
    }
}
