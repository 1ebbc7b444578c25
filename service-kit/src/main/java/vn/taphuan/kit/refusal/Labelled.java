package vn.taphuan.kit.refusal;

/**
 * An argument that has a name for people in each language (a funding source, an activity kind): messages show
 * {@link #labelVi()} in Vietnamese and {@link #labelEn()} in English. Other enums are shown by their code.
 */
public interface Labelled {

    String labelVi();

    String labelEn();
}
