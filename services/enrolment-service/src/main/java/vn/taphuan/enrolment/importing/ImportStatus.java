package vn.taphuan.enrolment.importing;

/** An import runs, then is done (with its report) or failed (the sheet can simply be uploaded again). */
public enum ImportStatus {
    RUNNING, DONE, FAILED
}
