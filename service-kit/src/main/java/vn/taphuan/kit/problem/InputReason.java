package vn.taphuan.kit.problem;

import vn.taphuan.kit.refusal.Reason;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * Why the edge refuses a request's input before any service code sees it: bodies, parameters, headers and the
 * constraints on request records. Their words are in the kit's catalogues; limits that are identifiers or bounds
 * (a constraint's value, a year) travel as text or {@link Year} so that they read as written, not as grouped counts.
 */
public sealed interface InputReason extends Reason {

    record BodyMissingOrNotJson() implements InputReason {
    }

    record BodyNotJson() implements InputReason {
    }

    record GivenMoreThanOnce() implements InputReason {
    }

    record WrongTypeOrFormat() implements InputReason {
    }

    record NumberTooLarge() implements InputReason {
    }

    record WholeNumberExpected() implements InputReason {
    }

    record NumberExpected() implements InputReason {
    }

    record TrueOrFalseExpected() implements InputReason {
    }

    record OneOf(List<String> allowed) implements InputReason {
    }

    record TextExpected() implements InputReason {
    }

    record ListExpected() implements InputReason {
    }

    /** A parameter's value could not be read as {@code expected}; {@code got} is what was sent, cut short. */
    record ExpectedButGot(Reason expected, String got) implements InputReason {
    }

    record WholeNumberButGot(String got) implements InputReason {
    }

    record NumberButGot(String got) implements InputReason {
    }

    record TrueOrFalseButGot(String got) implements InputReason {
    }

    record WrongTypeGot(String got) implements InputReason {
    }

    record DateExpected(LocalDate earliest, LocalDate latest) implements InputReason {
    }

    record MomentExpected(Year earliest, Year latest) implements InputReason {
    }

    record MonthExpected(Year earliest, Year latest) implements InputReason {
    }

    record GreaterThanZero() implements InputReason {
    }

    record NotNegative() implements InputReason {
    }

    record AtLeast(String bound) implements InputReason {
    }

    record AtMost(String bound) implements InputReason {
    }

    record SizeBetween(String min, String max) implements InputReason {
    }

    record WrongFormat() implements InputReason {
    }

    record NotAnEmail() implements InputReason {
    }

    record PastDateExpected() implements InputReason {
    }

    record FutureDateExpected() implements InputReason {
    }

    /** A constraint the kit has no words for: in English, the constraint's own message. */
    record NotValid(String constraintMessage) implements InputReason {
    }

    record PartRequired(String part) implements InputReason {
    }

    record MultipartExpected() implements InputReason {
    }

    record NotAllowedChooseOneOf(String got, List<String> allowed) implements InputReason {
    }

    record MonthRequired() implements InputReason {
    }

    record MonthButGot(String got) implements InputReason {
    }

    record DateButGot(String got) implements InputReason {
    }

    record LastMonthBeforeFirst() implements InputReason {
    }

    record LastDayBeforeFirst() implements InputReason {
    }

    record AtMostCharacters(int max) implements InputReason {
    }

    record PageSizeBetweenOneAnd(int max) implements InputReason {
    }

    record IdempotencyKeyFormat() implements InputReason {
    }

    record ReadVersionExpected() implements InputReason {
    }

    record VersionInHeaderNotBody(String header) implements InputReason {
    }

    record TenantMissing() implements InputReason {
    }
}
