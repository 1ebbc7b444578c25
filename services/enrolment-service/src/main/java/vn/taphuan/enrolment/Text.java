package vn.taphuan.enrolment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as Vietnamese officers type it: sheets arrive in NFC or NFD (macOS), with or without diacritics, with stray
 * spaces. {@link #clean} keeps what a person wrote (for names); {@link #key} is only for matching headers and code
 * list values, where "Dân tộc", "DAN TOC" and "dan toc" must all be the same column.
 */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");

    /** NFC, trimmed, inner whitespace collapsed to one space; null for blank. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = SPACES.matcher(Normalizer.normalize(value, Normalizer.Form.NFC).replace('\u00a0', ' '))
                .replaceAll(" ").trim();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Lower case, no diacritics (đ → d), letters and digits only: "Buổi 1 (12/5)" → "buoi1125". */
    public static String key(String value) {
        return NOT_ALNUM.matcher(fold(value)).replaceAll("");
    }

    /** Lower case and no diacritics (đ → d), everything else kept: "Buổi 1 (12/5)" → "buoi 1 (12/5)". */
    public static String fold(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD).replace('đ', 'd').replace('Đ', 'D');
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).trim();
    }

    /** A person's name for comparison: NFC, collapsed spaces, lower case; diacritics kept (Hà and Hạ differ). */
    public static String nameKey(String name) {
        String cleaned = clean(name);
        return cleaned == null ? "" : cleaned.toLowerCase(Locale.ROOT);
    }

    private Text() {
    }
}
