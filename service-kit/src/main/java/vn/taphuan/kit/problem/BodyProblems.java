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
            return FieldViolation.of("body", new InputReason.BodyMissingOrNotJson());
        }
        if (jackson instanceof StreamReadException read && isDuplicate(read)) {
            String path = parserPath(read);
            return FieldViolation.of(path.isEmpty() ? "body" : path, new InputReason.GivenMoreThanOnce());
        }
        String path = path(jackson);
        Class<?> target = jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType()
                : jackson instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
        if (path.isEmpty()) {
            return FieldViolation.of("body", new InputReason.BodyNotJson());
        }
        return expected(path, target, jackson instanceof InputCoercionException);
    }

    /** What {@code field} must hold, given the type it is read into. */
    static FieldViolation expected(String field, Class<?> target, boolean tooLarge) {
        return FieldViolation.of(field, tooLarge && WHOLE.contains(target) ? new InputReason.NumberTooLarge()
                : expectedReason(target));
    }

    private static InputReason expectedReason(Class<?> target) {
        if (target == null) {
            return new InputReason.WrongTypeOrFormat();
        }
        if (WHOLE.contains(target)) {
            return new InputReason.WholeNumberExpected();
        }
        if (DECIMAL.contains(target)) {
            return new InputReason.NumberExpected();
        }
        if (target == boolean.class || target == Boolean.class) {
            return new InputReason.TrueOrFalseExpected();
        }
        if (target.isEnum()) {
            return new InputReason.OneOf(Arrays.stream(target.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).toList());
        }
        if (target == LocalDate.class) {
            return Dates.dateExpected();
        }
        if (target == Instant.class || target == OffsetDateTime.class) {
            return Dates.momentExpected();
        }
        if (target == YearMonth.class) {
            return Dates.monthExpected();
        }
        if (target == String.class) {
            return new InputReason.TextExpected();
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return new InputReason.ListExpected();
        }
        return new InputReason.WrongTypeOrFormat();
    }

    /** What a query parameter, path variable or header {@code name} must hold, given its type. */
    static FieldViolation parameter(String name, Class<?> target, Object value) {
        String got = shown(value);
        if (target != null && WHOLE.contains(target)) {
            return FieldViolation.of(name, new InputReason.WholeNumberButGot(got));
        }
        if (target != null && DECIMAL.contains(target)) {
            return FieldViolation.of(name, new InputReason.NumberButGot(got));
        }
        if (target == boolean.class || target == Boolean.class) {
            return FieldViolation.of(name, new InputReason.TrueOrFalseButGot(got));
        }
        if (target != null && (target.isEnum() || target == LocalDate.class || target == Instant.class
                || target == OffsetDateTime.class || target == YearMonth.class)) {
            return FieldViolation.of(name, new InputReason.ExpectedButGot(expectedReason(target), got));
        }
        return FieldViolation.of(name, new InputReason.WrongTypeGot(got));
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
