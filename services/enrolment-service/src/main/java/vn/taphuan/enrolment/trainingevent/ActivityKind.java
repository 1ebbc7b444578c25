package vn.taphuan.enrolment.trainingevent;

/** Kinds of activity a target line counts. */
public enum ActivityKind {
    /** lớp đào tạo, tập huấn */
    TRAINING_CLASS,
    /** hội thảo */
    WORKSHOP,
    /** đoàn học tập kinh nghiệm */
    STUDY_TOUR,
    /** lớp trực tuyến (e-learning) */
    E_LEARNING_COHORT
}
