package vn.taphuan.budget.planbudget;

import vn.taphuan.budget.norms.ActivityKind;
import vn.taphuan.budget.norms.CostEstimate;
import vn.taphuan.budget.norms.CostLine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A training activity as the budget sees it: what enrolment-service told us about it (schedule, held, closed,
 * cancelled — each fact kept even when the events arrive out of order), and its commitment and settlement.
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
    private LocalDate heldOn;
    private Integer participantCount;
    private LocalDate closedOn;
    private Integer completedCount;
    private Integer enrolledCount;
    private LocalDate cancelledOn;
    private String cancelReason;
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

    /** Takes the schedule if it is newer than the one stored; false when it is not. */
    boolean schedule(ScheduleFacts facts, long version) {
        if (version <= scheduleVersion) {
            return false;
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

    boolean held(LocalDate on, Integer participants) {
        if (on.equals(heldOn) && Objects.equals(participants, participantCount)) {
            return false;
        }
        heldOn = on;
        participantCount = participants;
        return true;
    }

    boolean closed(LocalDate on, int completed, int enrolled) {
        if (on.equals(closedOn) && completedCount != null && completedCount == completed && enrolledCount == enrolled) {
            return false;
        }
        closedOn = on;
        completedCount = completed;
        enrolledCount = enrolled;
        return true;
    }

    void cancel(LocalDate on, String reason) {
        cancelledOn = on;
        cancelReason = reason;
    }

    /** Takes a (re-)estimate; false when it changes nothing. */
    boolean commit(FundingSource against, CostEstimate estimate) {
        if (source != null && committedVnd == estimate.totalVnd() && estimateLines.equals(estimate.lines())
                && estimate.normSetId().equals(normSetId)) {
            return false;
        }
        if (source == null) {
            source = against;
        }
        committedVnd = estimate.totalVnd();
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

    public ActivityStatus status() {
        if (isCancelled()) {
            return ActivityStatus.CANCELLED;
        }
        if (closedOn != null) {
            return ActivityStatus.CLOSED;
        }
        if (heldOn != null) {
            return ActivityStatus.HELD;
        }
        return ActivityStatus.SCHEDULED;
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

    public LocalDate heldOn() {
        return heldOn;
    }

    public Integer participantCount() {
        return participantCount;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public Integer completedCount() {
        return completedCount;
    }

    public Integer enrolledCount() {
        return enrolledCount;
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
