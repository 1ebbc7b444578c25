package vn.taphuan.budget.planbudget;

import java.time.LocalDate;

/**
 * How far an activity got in enrolment-service: held (with how many took part) and closed (with how many completed
 * of how many enrolled). These facts do not change the money, so they are kept beside the plan's budget, one
 * document per activity ({@link ActivityProgressFacts}), and never rewrite the budget: the budget's document would
 * otherwise be rewritten whole for each of them, and it grows with the plan's activities. Each fact is kept from the
 * newest training-event version that states it, so they come out the same whatever order they arrive in.
 */
public final class ActivityProgress {

    private LocalDate heldOn;
    private Integer participantCount;
    /** Version of the training event that said it was held; 0 while not known. */
    private long heldVersion;
    private LocalDate closedOn;
    private Integer completedCount;
    private Integer enrolledCount;
    private long closedVersion;

    private ActivityProgress() {
    }

    public static ActivityProgress none() {
        return new ActivityProgress();
    }

    /** As stored. */
    static ActivityProgress of(LocalDate heldOn, Integer participantCount, long heldVersion, LocalDate closedOn,
                               Integer completedCount, Integer enrolledCount, long closedVersion) {
        ActivityProgress progress = new ActivityProgress();
        progress.heldOn = heldOn;
        progress.participantCount = participantCount;
        progress.heldVersion = heldVersion;
        progress.closedOn = closedOn;
        progress.completedCount = completedCount;
        progress.enrolledCount = enrolledCount;
        progress.closedVersion = closedVersion;
        return progress;
    }

    /** Takes the held fact if newer than the one stored; false when it is not. */
    public boolean held(LocalDate on, Integer participants, long version) {
        if (version <= heldVersion) {
            return false;
        }
        heldOn = on;
        participantCount = participants;
        heldVersion = version;
        return true;
    }

    /** Takes the closing fact if newer than the one stored; false when it is not. */
    public boolean closed(LocalDate on, int completed, int enrolled, long version) {
        if (version <= closedVersion) {
            return false;
        }
        closedOn = on;
        completedCount = completed;
        enrolledCount = enrolled;
        closedVersion = version;
        return true;
    }

    /**
     * These facts and those a budget stored inside its activity before they were kept apart: each fact from whichever
     * states it with the newer version (a fact stored before versions were, at version 0, only where none is known).
     */
    ActivityProgress orEarlier(ActivityProgress earlier) {
        ActivityProgress merged = of(heldOn, participantCount, heldVersion, closedOn, completedCount, enrolledCount,
                closedVersion);
        if (earlier.heldOn != null && (merged.heldOn == null || earlier.heldVersion > merged.heldVersion)) {
            merged.heldOn = earlier.heldOn;
            merged.participantCount = earlier.participantCount;
            merged.heldVersion = earlier.heldVersion;
        }
        if (earlier.closedOn != null && (merged.closedOn == null || earlier.closedVersion > merged.closedVersion)) {
            merged.closedOn = earlier.closedOn;
            merged.completedCount = earlier.completedCount;
            merged.enrolledCount = earlier.enrolledCount;
            merged.closedVersion = earlier.closedVersion;
        }
        return merged;
    }

    /** The activity's status: a cancellation (kept in the budget, as it releases money) outranks these facts. */
    public ActivityStatus statusOf(Activity activity) {
        if (activity.isCancelled()) {
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

    public LocalDate heldOn() {
        return heldOn;
    }

    public Integer participantCount() {
        return participantCount;
    }

    long heldVersion() {
        return heldVersion;
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

    long closedVersion() {
        return closedVersion;
    }
}
