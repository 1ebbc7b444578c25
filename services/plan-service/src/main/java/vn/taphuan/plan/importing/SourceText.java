package vn.taphuan.plan.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a plan as the parser reads it: Unicode NFC (a text typed or pasted in NFD reads the same), with
 * no-break spaces as spaces. Every offset of the working text maps back to the text as sent, so a span always quotes
 * the caller's own characters.
 */
final class SourceText {

    /** A stretch of the working text, {@code [start, end)}. */
    record Range(int start, int end) {
        String of(SourceText text) {
            return text.text.substring(start, end);
        }

        boolean contains(int position) {
            return position >= start && position < end;
        }
    }

    final String original;
    final String text;
    private final int[] toOriginal;
    private final List<Range> paragraphs;
    private final List<Range> sentences;

    SourceText(String original) {
        this.original = original;
        StringBuilder working = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int i = 0;
        while (i < original.length()) {
            int clusterEnd = clusterEnd(original, i);
            String composed = Normalizer.normalize(original.substring(i, clusterEnd), Normalizer.Form.NFC);
            for (int k = 0; k < composed.length(); k++) {
                map[working.length()] = i;
                working.append(readable(composed.charAt(k)));
            }
            i = clusterEnd;
        }
        map[working.length()] = original.length();
        this.text = working.toString();
        this.toOriginal = java.util.Arrays.copyOf(map, working.length() + 1);
        this.paragraphs = splitParagraphs(text);
        this.sentences = splitSentences(text, paragraphs);
    }

    /** True if the text as sent was not in NFC (typically NFD from some editors and operating systems). */
    boolean wasDecomposed() {
        return !Normalizer.isNormalized(original, Normalizer.Form.NFC);
    }

    /** The span of working-text offsets {@code [start, end)}, without surrounding spaces, in the text as sent. */
    Span span(int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int from = toOriginal[start];
        int to = toOriginal[end];
        return new Span(from, to, original.substring(from, to));
    }

    Span span(Range range) {
        return span(range.start(), range.end());
    }

    List<Range> paragraphs() {
        return paragraphs;
    }

    List<Range> sentences() {
        return sentences;
    }

    Range paragraphOf(int position) {
        return paragraphs.stream().filter(p -> p.contains(position)).findFirst().orElse(new Range(0, text.length()));
    }

    Range sentenceOf(int position) {
        return sentences.stream().filter(s -> s.contains(position)).findFirst().orElse(paragraphOf(position));
    }

    /** A base character and the combining marks after it: the unit NFC composes. */
    private static int clusterEnd(String s, int start) {
        int end = start + Character.charCount(s.codePointAt(start));
        while (end < s.length()) {
            int type = Character.getType(s.codePointAt(end));
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                break;
            }
            end += Character.charCount(s.codePointAt(end));
        }
        return end;
    }

    /** Look-alikes that change no offset: no-break spaces become spaces, the Icelandic eth (Ð, ð) becomes Đ, đ. */
    private static char readable(char c) {
        return switch (c) {
            case '\u00A0', '\u2007', '\u202F' -> ' ';
            case '\u00D0' -> 'Đ';
            case '\u00F0' -> 'đ';
            default -> c;
        };
    }

    private static List<Range> splitParagraphs(String text) {
        List<Range> paragraphs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (!text.substring(start, i).isBlank()) {
                    paragraphs.add(new Range(start, i));
                }
                start = i + 1;
            }
        }
        return List.copyOf(paragraphs);
    }

    /** Sentences end at . ! ? followed by a space or the paragraph's end (so 7.500 and 11/10/2022 stay whole). */
    private static List<Range> splitSentences(String text, List<Range> paragraphs) {
        List<Range> sentences = new ArrayList<>();
        for (Range paragraph : paragraphs) {
            int start = paragraph.start();
            for (int i = paragraph.start(); i < paragraph.end(); i++) {
                char c = text.charAt(i);
                boolean last = i + 1 == paragraph.end();
                if ((c == '.' || c == '!' || c == '?') && (last || Character.isWhitespace(text.charAt(i + 1)))) {
                    addIfNotBlank(text, sentences, start, i + 1);
                    start = i + 1;
                }
            }
            addIfNotBlank(text, sentences, start, paragraph.end());
        }
        return List.copyOf(sentences);
    }

    private static void addIfNotBlank(String text, List<Range> into, int start, int end) {
        if (!text.substring(start, end).isBlank()) {
            into.add(new Range(start, end));
        }
    }
}
