package vn.taphuan.budget.planbudget;

/** Where an activity is, as told by enrolment-service. */
public enum ActivityStatus {
    SCHEDULED,
    HELD,
    CLOSED,
    CANCELLED
}
