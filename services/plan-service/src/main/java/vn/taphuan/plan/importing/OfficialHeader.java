package vn.taphuan.plan.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuing body in the upper-case header of an official document, written back the way Vietnamese names agencies:
 * "UBND TỈNH LÀO CAI" → "UBND tỉnh Lào Cai", "ỦY BAN NHÂN DÂN" over "TỈNH THANH HÓA" → "Ủy ban nhân dân tỉnh Thanh
 * Hóa", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HÀ GIANG" → "Sở Lao động - Thương binh và Xã hội tỉnh Hà Giang", and
 * a body under its parent ("UBND TỈNH LÀO CAI" over "BAN DÂN TỘC") → "Ban Dân tộc tỉnh Lào Cai". The national motto
 * printed beside it on the same lines is set aside.
 */
final class OfficialHeader {

    /** The issuer read, and where it was written: {@code [start, end)} of the working text. */
    record Issuer(String name, int start, int end, String parent) {

        /** True if the place came from the parent body above it. */
        boolean composed() {
            return parent != null;
        }
    }

    /** A kind of body as a header writes it, and as a name begins with it. */
    private record Kind(String upper, String written) {
    }

    /** Kinds of bodies that issue plans, longest first. */
    private static final List<Kind> KINDS = List.of(new Kind("ỦY BAN NHÂN DÂN", "Ủy ban nhân dân"),
            new Kind("UỶ BAN NHÂN DÂN", "Uỷ ban nhân dân"), new Kind("HỘI ĐỒNG NHÂN DÂN", "Hội đồng nhân dân"),
            new Kind("UBND", "UBND"), new Kind("HĐND", "HĐND"), new Kind("ỦY BAN", "Ủy ban"), new Kind("UỶ BAN", "Uỷ ban"),
            new Kind("BAN", "Ban"), new Kind("SỞ", "Sở"), new Kind("BỘ", "Bộ"), new Kind("VĂN PHÒNG", "Văn phòng"),
            new Kind("PHÒNG", "Phòng"), new Kind("TRUNG TÂM", "Trung tâm"), new Kind("CHI CỤC", "Chi cục"),
            new Kind("CỤC", "Cục"), new Kind("HỘI", "Hội"), new Kind("TRƯỜNG", "Trường"));
    /** The place that ends a header line: a kind of unit and its name ("TỈNH LÀO CAI"), or the kind alone ("… TỈNH"). */
    private static final String KINDS_OF_PLACE = "TỈNH|THÀNH PHỐ|TP\\.?|HUYỆN|THỊ XÃ|QUẬN|XÃ(?!\\s+HỘI)|PHƯỜNG|THỊ TRẤN";
    private static final Pattern PLACE = Pattern.compile("(?<![\\p{L}])(?<kind>" + KINDS_OF_PLACE + ")(?![\\p{L}])"
            + "(?:\\s+(?<name>\\p{Lu}[\\p{Lu}\\s-]*))?$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern KIND_WORD = Pattern.compile("(?<![\\p{L}])(?:" + KINDS_OF_PLACE + ")(?![\\p{L}])",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Abbreviations kept as written. */
    private static final List<String> ABBREVIATIONS = List.of("UBND", "HĐND", "MTQG", "NTM", "DTTS", "DTTS&MN", "BCĐ", "KT-XH");
    /**
     * What else the header holds: the motto, the number and date, lines drawn under them, and the document's kind and
     * title when the header runs into them ("QUYẾT ĐỊNH" over "BAN HÀNH KẾ HOẠCH …", which is no "Ban").
     */
    private static final Pattern NOT_ISSUER = Pattern.compile(
            "^\\s*(?:BAN\\s+HÀNH|PHÊ\\s+DUYỆT|QUYẾT\\s+ĐỊNH|KẾ\\s+HOẠCH|BÁO\\s+CÁO)(?![\\p{L}]).*|CỘNG\\s+HÒA\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM|CỘNG\\s+HOÀ\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM"
                    + "|Độc\\s+lập\\s*-\\s*Tự\\s+do\\s*-\\s*Hạnh\\s+phúc|^\\s*Số\\s*:.*|[^\\n]{0,80},\\s*ngày\\s+.*|[-_=*]{3,}",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COLUMNS = Pattern.compile("\\t+|\\s{3,}|\\s{2,}(?=[\\p{Lu}])", Pattern.UNICODE_CHARACTER_CLASS);

    private record Piece(String upper, int start, int end) {
    }

    /**
     * The issuer named in the header at the top of the text, if it has one: the last body the header names (a parent
     * body comes first), with its place, or its parent's place when it names none.
     */
    static Optional<Issuer> read(SourceText source) {
        List<Piece> pieces = headerPieces(source);
        Piece issuer = null;
        Piece placed = null;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (kind(piece.upper()) == null) {
                continue;
            }
            // a body on one line and its place on the next: "ỦY BAN NHÂN DÂN" over "TỈNH THANH HÓA"
            if (place(piece.upper()) == null && i + 1 < pieces.size() && isPlace(pieces.get(i + 1).upper())) {
                Piece next = pieces.get(++i);
                piece = new Piece(piece.upper() + " " + next.upper(), piece.start(), next.end());
            }
            issuer = piece;
            if (place(piece.upper()) != null) {
                placed = piece;
            }
        }
        if (issuer == null) {
            return Optional.empty();
        }
        Matcher place = place(issuer.upper());
        if (place != null) {
            return Optional.of(new Issuer(agency(issuer.upper().substring(0, place.start()).strip()) + " " + placeName(place),
                    issuer.start(), issuer.end(), null));
        }
        if (placed != null) {
            // a body under its parent: "UBND TỈNH LÀO CAI" over "BAN DÂN TỘC" is Lào Cai's Ban Dân tộc
            return Optional.of(new Issuer(agency(issuer.upper()) + " " + placeName(place(placed.upper())), issuer.start(),
                    issuer.end(), placed.upper()));
        }
        return Optional.of(new Issuer(agency(issuer.upper()), issuer.start(), issuer.end(), null));
    }

    /**
     * The upper-case pieces of the header lines before the title; the motto, number and date beside them are set aside.
     * The header ends at "KẾ HOẠCH" or at the first line that is none of these.
     */
    private static List<Piece> headerPieces(SourceText source) {
        List<Piece> pieces = new ArrayList<>();
        for (SourceText.Range paragraph : source.paragraphs()) {
            String line = paragraph.of(source);
            if (line.strip().equals("KẾ HOẠCH") || pieces.size() > 6) {
                break;
            }
            Matcher column = COLUMNS.matcher(line);
            int from = 0;
            List<int[]> cells = new ArrayList<>();
            while (column.find()) {
                cells.add(new int[]{from, column.start()});
                from = column.end();
            }
            cells.add(new int[]{from, line.length()});
            for (int[] cell : cells) {
                String kept = NOT_ISSUER.matcher(line.substring(cell[0], cell[1])).replaceAll(m -> " ".repeat(m.group().length()));
                String stripped = kept.strip();
                if (stripped.isEmpty()) {
                    continue;
                }
                if (!stripped.equals(stripped.toUpperCase(Locale.ROOT)) || stripped.chars().noneMatch(Character::isLetter)) {
                    return pieces;
                }
                int start = paragraph.start() + cell[0] + kept.indexOf(stripped);
                pieces.add(new Piece(stripped.replaceAll("\\s+", " "), start, start + stripped.length()));
            }
        }
        return pieces;
    }

    private static Kind kind(String upper) {
        for (Kind kind : KINDS) {
            if (upper.equals(kind.upper()) || upper.startsWith(kind.upper() + " ")) {
                return kind;
            }
        }
        return null;
    }

    /**
     * The place that ends a header line: the first kind of unit whose name holds no other ("THỊ XÃ SA PA", not "XÃ SA
     * PA"; "… VÀ XÃ HỘI TỈNH HÀ GIANG" is in the province); none if the line is the place alone or names none.
     */
    private static Matcher place(String upper) {
        Matcher m = PLACE.matcher(upper);
        int from = 1;
        while (from < upper.length() && m.find(from)) {
            if (m.group("name") == null || !KIND_WORD.matcher(m.group("name")).find()) {
                return m;
            }
            from = m.start() + 1;
        }
        return null;
    }

    private static boolean isPlace(String upper) {
        Matcher m = PLACE.matcher(upper);
        return m.lookingAt() && m.group("name") != null;
    }

    /** "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → "Sở Lao động - Thương binh và Xã hội": each field named begins upper-case. */
    private static String agency(String upper) {
        Kind kind = kind(upper);
        String rest = upper.substring(kind.upper().length()).strip();
        if (rest.isEmpty() || kind.written().endsWith("nhân dân")) {
            return (kind.written() + " " + lower(rest)).strip();
        }
        StringBuilder name = new StringBuilder(kind.written());
        boolean startsField = true;
        for (String word : rest.split(" ")) {
            name.append(' ');
            if (word.equals("-") || word.equals(",")) {
                name.append(word);
                startsField = true;
                continue;
            }
            if (word.equals("VÀ")) {
                name.append("và");
                startsField = true;
                continue;
            }
            String written = ABBREVIATIONS.contains(word) ? word : lower(word);
            name.append(startsField ? capitalise(written) : written);
            startsField = word.endsWith(",");
        }
        return name.toString();
    }

    /** "TỈNH LÀO CAI" → "tỉnh Lào Cai"; a kind without a name ("… MTQG TỈNH") stays a lower-case word. */
    private static String placeName(Matcher place) {
        String kind = place.group("kind").startsWith("TP") ? "thành phố" : lower(place.group("kind"));
        String name = place.group("name");
        if (name == null || name.isBlank()) {
            return kind;
        }
        StringBuilder out = new StringBuilder(kind);
        for (String word : name.strip().split("\\s+")) {
            out.append(' ').append(capitalise(lower(word)));
        }
        return out.toString();
    }

    private static String lower(String upper) {
        StringBuilder out = new StringBuilder();
        for (String word : upper.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(ABBREVIATIONS.contains(word) ? word : word.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static String capitalise(String word) {
        if (word.isEmpty()) {
            return word;
        }
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first)).append(word.substring(Character.charCount(first)))
                .toString();
    }

    private OfficialHeader() {
    }
}
