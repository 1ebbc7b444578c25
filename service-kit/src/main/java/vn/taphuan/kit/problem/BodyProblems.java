package vn.taphuan.kit.problem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What is wrong with a JSON body the mapper could not read, as a violation naming the field by its JSON path
 * ({@code lines[0].learners}) and saying in both languages what is expected there — never the mapper's own message,
 * which names Java classes.
 */
final class BodyProblems {

    private static final Set<Class<?>> WHOLE = Set.of(int.class, Integer.class, long.class, Long.class, short.class,
            Short.class, byte.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> DECIMAL = Set.of(double.class, Double.class, float.class, Float.class,
            BigDecimal.class);

    /** The violation for the first Jackson error in {@code failure}'s causes, or one about the whole body. */
    static FieldViolation of(Throwable failure) {
        JacksonException jackson = null;
        for (Throwable cause = failure; cause != null && jackson == null; cause = cause.getCause()) {
            if (cause instanceof JacksonException found) {
                jackson = found;
            }
        }
        if (jackson == null) {
            return FieldViolation.of("body", "thiếu nội dung hoặc nội dung không phải JSON hợp lệ",
                    "the request body is missing or not valid JSON");
        }
        if (jackson instanceof StreamReadException read && isDuplicate(read)) {
            String path = parserPath(read);
            return FieldViolation.of(path.isEmpty() ? "body" : path,
                    "được ghi nhiều hơn một lần; mỗi trường chỉ được ghi một lần",
                    "is given more than once; give each field once");
        }
        String path = path(jackson);
        Class<?> target = jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType()
                : jackson instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
        if (path.isEmpty()) {
            return FieldViolation.of("body", "nội dung không phải JSON hợp lệ", "the request body is not valid JSON");
        }
        return expected(path, target, jackson instanceof InputCoercionException);
    }

    /** What {@code field} must hold, given the type it is read into. */
    static FieldViolation expected(String field, Class<?> target, boolean tooLarge) {
        if (target == null) {
            return FieldViolation.of(field, "sai kiểu dữ liệu hoặc định dạng", "has the wrong type or format");
        }
        if (WHOLE.contains(target)) {
            return tooLarge
                    ? FieldViolation.of(field, "là số quá lớn", "is too large a number")
                    : FieldViolation.of(field, "phải là số nguyên, viết không có phần thập phân và không đặt trong dấu ngoặc kép",
                    "must be a whole number, written without decimals and without quotes");
        }
        if (DECIMAL.contains(target)) {
            return FieldViolation.of(field, "phải là số, không đặt trong dấu ngoặc kép",
                    "must be a number, written without quotes");
        }
        if (target == boolean.class || target == Boolean.class) {
            return FieldViolation.of(field, "phải là true hoặc false (không đặt trong dấu ngoặc kép)",
                    "must be true or false (without quotes)");
        }
        if (target.isEnum()) {
            String allowed = String.join(", ", Arrays.stream(target.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).toList());
            return FieldViolation.of(field, "phải là một trong: " + allowed, "must be one of: " + allowed);
        }
        if (target == LocalDate.class) {
            return Dates.expected(field);
        }
        if (target == Instant.class || target == OffsetDateTime.class) {
            return Dates.expectedMoment(field);
        }
        if (target == YearMonth.class) {
            return Dates.expectedMonth(field);
        }
        if (target == String.class) {
            return FieldViolation.of(field, "phải là chuỗi ký tự", "must be text");
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return FieldViolation.of(field, "phải là một danh sách [...]", "must be a list [...]");
        }
        return FieldViolation.of(field, "sai kiểu dữ liệu hoặc định dạng", "has the wrong type or format");
    }

    /** What a query parameter, path variable or header {@code name} must hold, given its type. */
    static FieldViolation parameter(String name, Class<?> target, Object value) {
        String got = shown(value);
        if (target != null && WHOLE.contains(target)) {
            return FieldViolation.of(name, "phải là số nguyên (nhận được: " + got + ")",
                    "must be a whole number (got: " + got + ")");
        }
        if (target != null && DECIMAL.contains(target)) {
            return FieldViolation.of(name, "phải là số (nhận được: " + got + ")", "must be a number (got: " + got + ")");
        }
        if (target == boolean.class || target == Boolean.class) {
            return FieldViolation.of(name, "phải là true hoặc false (nhận được: " + got + ")",
                    "must be true or false (got: " + got + ")");
        }
        if (target != null && (target.isEnum() || target == LocalDate.class || target == Instant.class
                || target == OffsetDateTime.class || target == YearMonth.class)) {
            FieldViolation expected = expected(name, target, false);
            return FieldViolation.of(name, expected.message() + " (nhận được: " + got + ")",
                    expected.messageEn() + " (got: " + got + ")");
        }
        return FieldViolation.of(name, "sai kiểu dữ liệu: " + got, "has the wrong type: " + got);
    }

    /** A value the caller sent, cut short: an answer repeats what was sent, never a page of it. */
    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static boolean isDuplicate(StreamReadException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Duplicate");
    }

    /** The JSON path of the failure, from the references the mapper collected on its way out. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            append(path, reference.getPropertyName(), reference.getIndex());
        }
        return path.toString();
    }

    /** Where the parser stood when it refused (a key seen twice is refused before the mapper knows the field). */
    private static String parserPath(StreamReadException e) {
        StringBuilder path = new StringBuilder();
        JsonParser parser = e.processor();
        if (parser != null) {
            List<TokenStreamContext> contexts = new ArrayList<>();
            for (TokenStreamContext context = parser.streamReadContext(); context != null; context = context.getParent()) {
                contexts.add(0, context);
            }
            for (TokenStreamContext context : contexts) {
                if (context.inObject()) {
                    append(path, context.currentName(), -1);
                } else if (context.inArray()) {
                    append(path, null, Math.max(context.getCurrentIndex(), 0));
                }
            }
        }
        return path.toString();
    }

    private static void append(StringBuilder path, String name, int index) {
        if (name != null) {
            path.append(path.isEmpty() ? "" : ".").append(name);
        } else if (index >= 0) {
            path.append('[').append(index).append(']');
        }
    }

    private BodyProblems() {
    }
}
