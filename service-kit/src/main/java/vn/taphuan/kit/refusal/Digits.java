package vn.taphuan.kit.refusal;

/**
 * A number a message writes as bare digits ({@code hoạt động đã đủ chỗ (1500 người)}, {@code 100000000000000 đồng}),
 * where the catalogue would group a plain {@code long} ({@code 1.500}): for the messages that have always been
 * written so, whose answers must not change.
 */
public record Digits(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
