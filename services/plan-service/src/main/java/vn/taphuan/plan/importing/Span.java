package vn.taphuan.plan.importing;

/**
 * Where a value came from in the text as it was sent: UTF-16 offsets (as JavaScript counts them) and the exact text
 * between them, so a web page can show the source next to the value.
 *
 * @param start offset of the first character
 * @param end   offset after the last character
 * @param quote the text between them, exactly as sent (NFD stays NFD)
 */
public record Span(int start, int end, String quote) {
}
