package vn.taphuan.plan.importing;

/**
 * Something the officer must confirm: text that could not be read, a value the text does not give, or a statement
 * deliberately not imported (a reported result, a target of another period).
 *
 * @param field  the draft field concerned, or null for the text as a whole
 * @param reason what to confirm, as data; its words are in the message catalogues
 * @param span   the text concerned, or null when the text says nothing
 */
public record Finding(String field, ImportFinding reason, Span span) {
}
