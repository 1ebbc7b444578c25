package vn.taphuan.enrolment.trainingevent;

/** A session is theory (lý thuyết) or a field visit / practice (khảo sát thực tế, thực hành). */
public enum SessionKind {
    THEORY, FIELD
}
