package vn.taphuan.plan.importing;

/**
 * One value read from the text.
 *
 * @param field      where it went in the draft, as a JSON path, e.g. {@code targetLines[0].plannedPersonTurns}
 * @param value      the value as read
 * @param confidence how sure the reading is
 * @param span       the text it came from
 * @param note       why the confidence is not high, in Vietnamese; null when it is
 * @param noteEn     the same in English
 */
public record Extraction(String field, String value, Confidence confidence, Span span, String note, String noteEn) {

    static Extraction certain(String field, Object value, Span span) {
        return new Extraction(field, String.valueOf(value), Confidence.HIGH, span, null, null);
    }

    static Extraction doubtful(String field, Object value, Confidence confidence, Span span, String note, String noteEn) {
        return new Extraction(field, String.valueOf(value), confidence, span, note, noteEn);
    }
}
