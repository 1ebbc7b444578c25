package vn.taphuan.budget.planbudget;

import vn.taphuan.budget.norms.ActivityKind;
import vn.taphuan.budget.norms.CostEstimate;
import vn.taphuan.budget.norms.CostLine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A training activity as the budget sees it: what enrolment-service told us about it that decides its money
 * (schedule, cancelled), and its commitment and settlement. Each fact is kept from the newest event (by the training
 * event's version) that states it, so the facts come out the same whatever order the events arrive in. Whether it
 * was held or closed is kept apart ({@link ActivityProgress}): it changes no money, and would rewrite the budget.
 */
public class Activity {

    private String trainingEventId;
    private String targetLineId;
    private ActivityKind kind;
    private String title;
    private String unitCode;
    private LocalDate startDate;
    private LocalDate endDate;
    private int capacity;
    private int sessionCount;
    private int fieldSessions;
    private Integer trainerCount;
    /** Version of the training event whose schedule is stored; 0 while no schedule is known. */
    private long scheduleVersion;
    // Held and closed facts as budgets stored them before they were kept apart: read from such documents only, never
    // set (a null field is not written, hence the boxed versions), and shown through earlierProgress() until newer
    // facts are heard.
    private LocalDate heldOn;
    private Integer participantCount;
    private Long heldVersion;
    private LocalDate closedOn;
    private Integer completedCount;
    private Integer enrolledCount;
    private Long closedVersion;
    private LocalDate cancelledOn;
    private String cancelReason;
    private long cancelledVersion;
    /** Source the commitment is made against; null until committed. */
    private FundingSource source;
    private long committedVnd;
    private long releasedVnd;
    private String normSetId;
    private List<CostLine> estimateLines = new ArrayList<>();
    private Settlement settlement;

    Activity() {
    }

    static Activity noted(String trainingEventId, String targetLineId, ActivityKind kind) {
        Activity activity = new Activity();
        activity.trainingEventId = trainingEventId;
        activity.targetLineId = targetLineId;
        activity.kind = kind;
        return activity;
    }

    /**
     * Takes the schedule if it is newer than the one stored; false when it changes nothing. Only the first schedule
     * names the title (a rescheduling does not repeat it), so an older schedule heard after a newer one still gives
     * the title it lacks.
     */
    boolean schedule(ScheduleFacts facts, long version) {
        if (version <= scheduleVersion) {
            if (title != null || facts.title() == null) {
                return false;
            }
            title = facts.title();
            return true;
        }
        targetLineId = facts.targetLineId();
        kind = facts.kind();
        if (facts.title() != null) {
            title = facts.title();
        }
        unitCode = facts.unitCode();
        startDate = facts.startDate();
        endDate = facts.endDate();
        capacity = facts.capacity();
        sessionCount = facts.sessionCount();
        fieldSessions = facts.fieldSessions();
        trainerCount = facts.trainerCount();
        scheduleVersion = version;
        return true;
    }

    ScheduleFacts facts() {
        return new ScheduleFacts(trainingEventId, targetLineId, kind, title, unitCode, startDate, endDate, capacity,
                sessionCount, fieldSessions, trainerCount);
    }

    /** Takes the cancellation if newer than the one stored; false when it is not. */
    boolean cancelled(LocalDate on, String reason, long version) {
        if (version <= cancelledVersion) {
            return false;
        }
        cancelledOn = on;
        cancelReason = reason;
        cancelledVersion = version;
        return true;
    }

    /**
     * Takes a (re-)estimate; false when it changes nothing. A new estimate replaces the earlier commitment together
     * with what was released from it, as {@code BudgetCommitted} does for its consumers (they count only the releases
     * recorded after the latest commitment): only a cancelled activity heard rescheduled late has any.
     */
    boolean commit(FundingSource against, CostEstimate estimate) {
        if (source != null && committedVnd == estimate.totalVnd() && estimateLines.equals(estimate.lines())
                && estimate.normSetId().equals(normSetId)) {
            return false;
        }
        if (source == null) {
            source = against;
        }
        committedVnd = estimate.totalVnd();
        releasedVnd = 0;
        estimateLines = new ArrayList<>(estimate.lines());
        normSetId = estimate.normSetId();
        return true;
    }

    void release(long amount) {
        releasedVnd = Math.addExact(releasedVnd, amount);
    }

    void settle(Settlement done) {
        settlement = done;
    }

    boolean scheduleKnown() {
        return scheduleVersion > 0;
    }

    boolean isCancelled() {
        return cancelledOn != null;
    }

    boolean isSettled() {
        return settlement != null;
    }

    boolean isCommitted() {
        return source != null;
    }

    /** Still expecting spending: neither cancelled nor settled. */
    boolean isOpen() {
        return !isCancelled() && !isSettled();
    }

    /** The held and closed facts this activity's document held before they were kept apart, if any. */
    ActivityProgress earlierProgress() {
        return ActivityProgress.of(heldOn, participantCount, heldVersion == null ? 0 : heldVersion, closedOn,
                completedCount, enrolledCount, closedVersion == null ? 0 : closedVersion);
    }

    public String trainingEventId() {
        return trainingEventId;
    }

    public String targetLineId() {
        return targetLineId;
    }

    public ActivityKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String unitCode() {
        return unitCode;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public int capacity() {
        return capacity;
    }

    public int sessionCount() {
        return sessionCount;
    }

    public int fieldSessions() {
        return fieldSessions;
    }

    public Integer trainerCount() {
        return trainerCount;
    }

    public LocalDate cancelledOn() {
        return cancelledOn;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public FundingSource source() {
        return source;
    }

    /** The latest estimate committed (what {@code BudgetCommitted} said last). */
    public long committedVnd() {
        return committedVnd;
    }

    /** Released on cancellation or settlement. */
    public long releasedVnd() {
        return releasedVnd;
    }

    public String normSetId() {
        return normSetId;
    }

    public List<CostLine> estimateLines() {
        return List.copyOf(estimateLines);
    }

    public Settlement settlement() {
        return settlement;
    }
}
