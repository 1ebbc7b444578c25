package vn.taphuan.kit.problem;

import vn.taphuan.kit.refusal.Required;

import java.util.Map;

/**
 * Vietnamese and English wording for the Bean Validation constraints used on request bodies, so that a violated
 * annotation reads like a sentence to an officer and to an integrator alike.
 */
public final class ConstraintMessages {

    /** Builds the violation for a failed constraint {@code code} (e.g. {@code NotBlank}) with its attributes. */
    public static FieldViolation violation(String field, String code, Map<String, Object> attributes, String fallbackEn) {
        Object value = attributes.get("value");
        Object min = attributes.get("min");
        Object max = attributes.get("max");
        return FieldViolation.of(field, switch (code) {
            case "NotNull", "NotBlank", "NotEmpty" -> new Required();
            case "Positive" -> new InputReason.GreaterThanZero();
            case "PositiveOrZero" -> new InputReason.NotNegative();
            case "Min" -> new InputReason.AtLeast(String.valueOf(value));
            case "Max" -> new InputReason.AtMost(String.valueOf(value));
            case "Size" -> new InputReason.SizeBetween(String.valueOf(min), String.valueOf(max));
            case "Pattern" -> new InputReason.WrongFormat();
            case "Email" -> new InputReason.NotAnEmail();
            case "Past", "PastOrPresent" -> new InputReason.PastDateExpected();
            case "Future", "FutureOrPresent" -> new InputReason.FutureDateExpected();
            default -> new InputReason.NotValid(fallbackEn == null ? "is invalid" : fallbackEn);
        });
    }

    private ConstraintMessages() {
    }
}
