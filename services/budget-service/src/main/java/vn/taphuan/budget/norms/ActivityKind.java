package vn.taphuan.budget.norms;

/** Kinds of training activity; each is costed by the norms that apply to it (see {@link NormCode}). */
public enum ActivityKind {
    TRAINING_CLASS,
    WORKSHOP,
    STUDY_TOUR,
    E_LEARNING_COHORT
}
