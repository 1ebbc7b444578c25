package vn.taphuan.kit.problem;

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
        return switch (code) {
            case "NotNull", "NotBlank", "NotEmpty" -> FieldViolation.of(field, "là bắt buộc", "is required");
            case "Positive" -> FieldViolation.of(field, "phải lớn hơn 0", "must be greater than 0");
            case "PositiveOrZero" -> FieldViolation.of(field, "không được là số âm", "must not be negative");
            case "Min" -> FieldViolation.of(field, "phải lớn hơn hoặc bằng " + value, "must be at least " + value);
            case "Max" -> FieldViolation.of(field, "phải nhỏ hơn hoặc bằng " + value, "must be at most " + value);
            case "Size" -> FieldViolation.of(field, "phải có từ " + min + " đến " + max + " phần tử/ký tự",
                    "must have between " + min + " and " + max + " elements/characters");
            case "Pattern" -> FieldViolation.of(field, "không đúng định dạng", "has the wrong format");
            case "Email" -> FieldViolation.of(field, "không phải địa chỉ email hợp lệ", "is not a valid e-mail address");
            case "Past", "PastOrPresent" -> FieldViolation.of(field, "phải là ngày trong quá khứ", "must be a past date");
            case "Future", "FutureOrPresent" -> FieldViolation.of(field, "phải là ngày trong tương lai", "must be a future date");
            default -> FieldViolation.of(field, "không hợp lệ", fallbackEn == null ? "is invalid" : fallbackEn);
        };
    }

    private ConstraintMessages() {
    }
}
