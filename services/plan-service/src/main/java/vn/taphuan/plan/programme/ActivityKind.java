package vn.taphuan.plan.programme;

/** What kind of activity a target line counts: the four kinds the programmes' plans name. */
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
