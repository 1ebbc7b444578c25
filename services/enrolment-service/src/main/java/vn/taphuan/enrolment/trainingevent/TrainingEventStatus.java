package vn.taphuan.enrolment.trainingevent;

/** scheduled → held → closed, or scheduled → cancelled. */
public enum TrainingEventStatus {
    SCHEDULED, HELD, CLOSED, CANCELLED
}
