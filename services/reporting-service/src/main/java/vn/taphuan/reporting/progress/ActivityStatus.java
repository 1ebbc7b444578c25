package vn.taphuan.reporting.progress;

/** Where an activity stands; held and closed activities count as held. */
public enum ActivityStatus {
    SCHEDULED, HELD, CLOSED, CANCELLED;

    public boolean held() {
        return this == HELD || this == CLOSED;
    }
}
