package vn.taphuan.reporting.progress;

/** Kinds of training activity a target line plans and the reports count separately. */
public enum ActivityKind {
    TRAINING_CLASS, WORKSHOP, STUDY_TOUR, E_LEARNING_COHORT
}
