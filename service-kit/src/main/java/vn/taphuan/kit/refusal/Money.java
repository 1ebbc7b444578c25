package vn.taphuan.kit.refusal;

/**
 * An amount of whole đồng as an argument of a {@link Reason}: written {@code 6.889.000.000 đồng} in Vietnamese and
 * {@code 6,889,000,000 VND} in English — a plain {@code long} argument is a count and is written without the unit.
 */
public record Money(long vnd) {

    public static Money of(long vnd) {
        return new Money(vnd);
    }
}
