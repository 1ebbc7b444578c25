package vn.taphuan.plan.importing;

/**
 * One value read from the text.
 *
 * @param field      where it went in the draft, as a JSON path, e.g. {@code targetLines[0].plannedPersonTurns}
 * @param value      the value as read
 * @param confidence how sure the reading is
 * @param span       the text it came from
 * @param reason     why the confidence is not high, as data (its words are in the catalogues); null when it is
 */
public record Extraction(String field, String value, Confidence confidence, Span span, ExtractionNote reason) {

    static Extraction certain(String field, Object value, Span span) {
        return new Extraction(field, String.valueOf(value), Confidence.HIGH, span, null);
    }

    static Extraction doubtful(String field, Object value, Confidence confidence, Span span, ExtractionNote reason) {
        return new Extraction(field, String.valueOf(value), confidence, span, reason);
    }
}
