package vn.taphuan.plan;

import vn.taphuan.kit.refusal.Reason;

/**
 * Why a single value is refused, said the same way by every feature of the service (a count below zero, a
 * duplicate, a percentage out of range); the words are in {@code messages_vi/en.properties}.
 */
public sealed interface ValueRefusal extends Reason {

    /** Named twice where it must be named once. */
    record Duplicated() implements ValueRefusal {
    }

    record Negative() implements ValueRefusal {
    }

    /** Zero or less where at least one is needed (a roster, a course's days, a group's topics). */
    record NotPositive() implements ValueRefusal {
    }

    /** A percentage (or other bounded number) outside its range, both ends included. */
    record OutOfRange(int lowest, int highest) implements ValueRefusal {
    }

    /** A period's end before its start ({@code periodEnd} before {@code periodStart}). */
    record EndsBeforePeriodStart() implements ValueRefusal {
    }

    /** A validity's end before its start ({@code validTo} before {@code validFrom}). */
    record EndsBeforeValidFrom() implements ValueRefusal {
    }
}
