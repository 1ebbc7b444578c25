package vn.taphuan.kit.problem;

import vn.taphuan.kit.refusal.Catalogue;
import vn.taphuan.kit.refusal.Reason;

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

    /** The field and its reason, in the words of the catalogues. */
    public static FieldViolation of(String field, Reason reason) {
        Catalogue catalogue = Catalogue.shared();
        return new FieldViolation(field, catalogue.render(reason, Catalogue.Language.VI),
                catalogue.render(reason, Catalogue.Language.EN));
    }
}
