package vn.taphuan.plan.plan;

/**
 * Where in the plan's imported text a value was read: character offsets in the composed (NFC) text and the words.
 *
 * @param start offset of the first character
 * @param end   offset after the last character
 * @param quote the words, as the text has them
 */
public record SourceSpan(int start, int end, String quote) {
}
