package vn.taphuan.enrolment;

/**
 * A count these refusals have always written as bare digits ({@code hoạt động đã đủ chỗ (1500 người)}), where the
 * catalogue would group it ({@code 1.500}): kept so that the answers do not change. Capacities and places reach
 * the thousands; other counts in messages stay small and are plain {@code int}s.
 */
public record Digits(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
