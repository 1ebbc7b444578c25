package vn.taphuan.enrolment.enrolment;

/** enrolled → completed; enrolled or completed → withdrawn (a withdrawn person may be enrolled again). */
public enum EnrolmentStatus {
    ENROLLED, COMPLETED, WITHDRAWN;

    /** Counts towards the activity's participants and holds a seat. */
    public boolean active() {
        return this == ENROLLED || this == COMPLETED;
    }
}
