package vn.taphuan.kit.problem;

/**
 * One bad field of a request, told in Vietnamese (for the officer) and English (for the integrator).
 *
 * @param field     JSON path of the field, e.g. {@code targetLines[0].plannedPersonTurns}, or a header/parameter name
 * @param message   what is wrong, in Vietnamese
 * @param messageEn what is wrong, in English
 */
public record FieldViolation(String field, String message, String messageEn) {

    public static FieldViolation of(String field, String message, String messageEn) {
        return new FieldViolation(field, message, messageEn);
    }
}
