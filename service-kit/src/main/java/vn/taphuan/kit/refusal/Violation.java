package vn.taphuan.kit.refusal;

/**
 * One field a refusal is about and why, e.g. {@code targetLines[0].plannedPersonTurns} and {@link Required}.
 *
 * @param field JSON path of the field, or a header or parameter name
 */
public record Violation(String field, Reason reason) {

    public static Violation of(String field, Reason reason) {
        return new Violation(field, reason);
    }

    /** The field is missing. */
    public static Violation required(String field) {
        return new Violation(field, new Required());
    }
}
