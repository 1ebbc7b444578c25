package vn.taphuan.reporting.progress;

/** Where an enrolment stands; only a completed one is a person-turn. */
public enum EnrolmentStatus {
    ENROLLED, COMPLETED, WITHDRAWN
}
