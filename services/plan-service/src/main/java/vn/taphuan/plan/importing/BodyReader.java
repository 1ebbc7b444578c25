package vn.taphuan.plan.importing;

import vn.taphuan.plan.plan.BodyRole;
import vn.taphuan.plan.plan.ResponsibleBody;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who does what: the "tổ chức thực hiện" part of a plan, where each paragraph starts with a body and its duties
 * ("Sở Tài chính: thẩm định và giao dự toán kinh phí…"), plus "X là cơ quan chủ trì", "giao X tổng hợp…" and clauses that
 * start with a body and what it does ("Ban Dân tộc tỉnh chủ trì; UBND các huyện … phối hợp tổ chức các lớp").
 */
final class BodyReader {

    private static final Pattern DUTIES = Pattern.compile("^(?<name>[^:\\n]{2,150}?)\\s*:\\s*(?<duties>\\S.*)$",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);
    private static final Pattern LEADS = Pattern.compile("\\s+là\\s+cơ\\s+quan\\s+(?:chủ\\s+trì|thường\\s+trực)",
            Lexicon.FLAGS);
    private static final Pattern ASSIGNED = Pattern.compile("\\bgiao\\s+(?<name>\\p{Lu}[^,;.:]{2,150}?)\\s+"
            + "(?:tổng\\s+hợp|chủ\\s+trì|thực\\s+hiện|tổ\\s+chức|phối\\s+hợp|hướng\\s+dẫn|xây\\s+dựng\\s+kế\\s+hoạch)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LEAD_WORDS = Pattern.compile("chủ\\s+trì", Lexicon.FLAGS);
    /** A clause that starts with a body and what it does: "Ban Dân tộc tỉnh chủ trì", "Sở Tài chính thẩm định …". */
    private static final Pattern DOES = Pattern.compile("^\\s*(?<name>\\p{Lu}(?:[^,;:.()]|,\\s*(?=\\p{Lu})){1,150}?)\\s+"
            + "(?:chủ\\s+động\\s+|khẩn\\s+trương\\s+|tích\\s+cực\\s+|có\\s+trách\\s+nhiệm\\s+|chịu\\s+trách\\s+nhiệm\\s+)?"
            + "(?<duties>(?:chủ\\s+trì|phối\\s+hợp|thẩm\\s+định|tham\\s+mưu|hướng\\s+dẫn|bố\\s+trí|cân\\s+đối|chỉ\\s+đạo"
            + "|theo\\s+dõi|tổng\\s+hợp|kiểm\\s+tra|giám\\s+sát|tổ\\s+chức|triển\\s+khai|mở|bảo\\s+đảm|đảm\\s+bảo"
            + "|phân\\s+bổ)(?!\\p{L}).*)$",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);
    /** The partner a body works with: "Ban Dân tộc tỉnh phối hợp với UBND huyện Bá Thước mở 4 lớp". */
    private static final Pattern PARTNER = Pattern.compile("^phối\\s+hợp\\s+với\\s+(?<name>\\p{Lu}[^;:.()]{1,150}?)\\s+"
            + "(?:tổ\\s+chức|mở|thực\\s+hiện|triển\\s+khai|hướng\\s+dẫn|xây\\s+dựng)(?!\\p{L})", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PARTNERSHIP = Pattern.compile("\\p{Lu}[^,;:.()]{1,150}?\\s+phối\\s+hợp\\s+với\\s+\\p{Lu}",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** The office that speaks for a body: the body is what is responsible ("Chủ tịch Hội Khuyến học tỉnh chủ trì"). */
    private static final Pattern OFFICE = Pattern.compile("^(?:Chủ\\s+tịch|Giám\\s+đốc|Trưởng\\s+ban|Thủ\\s+trưởng|Bộ\\s+trưởng)\\s+"
            + "(?=\\p{Lu})", Pattern.UNICODE_CHARACTER_CLASS);
    /** A body alone on its line, numbered or not: "1. Ban Dân tộc tỉnh", "c) UBND các huyện, thành phố". */
    private static final Pattern HEADING = Pattern.compile("\\s*(?:\\d+(?:\\.\\d+)*[.)]\\s*|[a-zđ][.)]\\s*|[-+•*–]\\s*)?"
            + "(?<name>\\p{Lu}[^.:;!?\\n]{1,118})", Pattern.UNICODE_CHARACTER_CLASS);
    /** What cannot be a body's duties: the number of a document, a numbered part of the plan. */
    private static final Pattern NOT_DUTIES = Pattern.compile("Số\\s*:|[IVXLC]+[.)]\\s", Pattern.UNICODE_CHARACTER_CLASS);

    private record Found(ResponsibleBody body, Span span) {
    }

    static void read(Reading r) {
        java.util.List<Found> found = new java.util.ArrayList<>();
        for (SourceText.Range paragraph : r.source.paragraphs()) {
            String text = paragraph.of(r.source);
            Matcher duties = DUTIES.matcher(text);
            if (duties.matches() && Lexicon.isOrganisation(duties.group("name"))) {
                String firstSentence = firstSentence(duties.group("duties"));
                add(found, duties.group("name").strip(), roleOf(firstSentence), firstSentence,
                        r.span(paragraph.start() + duties.start("name"), paragraph.start() + duties.end("name")));
            }
        }
        Matcher leads = LEADS.matcher(r.text());
        while (leads.find()) {
            SourceText.Range sentence = r.source.sentenceOf(leads.start());
            int from = Math.max(sentence.start(), Math.max(r.text().lastIndexOf(';', leads.start()) + 1,
                    r.text().lastIndexOf(',', leads.start()) + 1));
            String name = r.text().substring(from, leads.start()).strip();
            if (Lexicon.isOrganisation(name)) {
                int start = from + r.text().substring(from, leads.start()).indexOf(name);
                add(found, name, BodyRole.LEAD, null, r.span(start, start + name.length()));
            }
        }
        Matcher assigned = ASSIGNED.matcher(r.text());
        while (assigned.find()) {
            String name = assigned.group("name").strip();
            if (!Lexicon.isOrganisation(name)) {
                continue;
            }
            String rest = r.text().substring(assigned.end(), r.source.paragraphOf(assigned.start()).end());
            BodyRole role = LEAD_WORDS.matcher(rest).find() ? BodyRole.LEAD : BodyRole.IMPLEMENTING;
            add(found, name, role, null, r.span(assigned.start("name"), assigned.end("name")));
        }
        headings(r, found);
        // last, the weakest reading: a clause that starts with a body and what it does
        for (SourceText.Range sentence : r.source.sentences()) {
            int start = sentence.start();
            for (int i = sentence.start(); i <= sentence.end(); i++) {
                if (i == sentence.end() || r.text().charAt(i) == ';') {
                    clause(r, found, new SourceText.Range(start, i));
                    start = i + 1;
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(f -> f.span().start()));
        for (Found body : found) {
            int index = r.bodies.size();
            r.bodies.add(body.body());
            r.extract(Extraction.certain("responsibleBodies[" + index + "]",
                    body.body().name() + " (" + body.body().role() + ")", body.span()));
        }
    }

    /** "1. Ban Dân tộc tỉnh" as a heading of its own, its duties on the lines below. */
    private static void headings(Reading r, java.util.List<Found> found) {
        var paragraphs = r.source.paragraphs();
        for (int i = 0; i + 1 < paragraphs.size(); i++) {
            SourceText.Range paragraph = paragraphs.get(i);
            Matcher heading = HEADING.matcher(paragraph.of(r.source));
            if (!heading.matches() || !isBodyHeading(heading.group("name"))) {
                continue;
            }
            String next = paragraphs.get(i + 1).of(r.source).strip();
            Matcher nextHeading = HEADING.matcher(next);
            if (next.equals(next.toUpperCase(Locale.ROOT)) || nextHeading.matches() && isBodyHeading(nextHeading.group("name"))
                    || NOT_DUTIES.matcher(next).lookingAt()) {
                continue;
            }
            String duties = firstSentence(next.replaceFirst("^[-+•*–]\\s*", ""));
            int start = paragraph.start() + heading.start("name");
            add(found, heading.group("name").strip(), roleOf(duties), duties, r.span(start, start + heading.group("name").length()));
        }
    }

    private static boolean isBodyHeading(String name) {
        String written = name.strip();
        return Lexicon.isOrganisation(written) && !written.equals(written.toUpperCase(Locale.ROOT))
                && !Lexicon.readsAsStatement(written);
    }

    /** "Ban Dân tộc tỉnh chủ trì; UBND các huyện … phối hợp tổ chức các lớp": each clause names a body and its part. */
    private static void clause(Reading r, java.util.List<Found> found, SourceText.Range clause) {
        Matcher does = DOES.matcher(clause.of(r.source));
        if (!does.matches() || Lexicon.readsAsStatement(does.group("name")) || !Lexicon.isOrganisation(does.group("name"))) {
            // "Từ ngày 9 đến 21/10/2020, Ban Dân tộc tỉnh phối hợp với UBND huyện … mở 4 lớp": after a leading phrase
            // of time, only a partnership names who runs the classes ("Năm 2023, Ban Dân tộc tổ chức …" reports it)
            int comma = r.text().indexOf(", ", clause.start());
            if (comma >= 0 && comma < clause.end() && !Lexicon.isOrganisation(r.text().substring(clause.start(), comma).strip())
                    && PARTNERSHIP.matcher(r.text()).region(comma + 2, clause.end()).lookingAt()) {
                clause(r, found, new SourceText.Range(comma + 2, clause.end()));
            }
            return;
        }
        String duties = firstSentence(does.group("duties"));
        String name = does.group("name");
        int at = clause.start() + does.start("name");
        Matcher partner = PARTNER.matcher(does.group("duties"));
        if (partner.lookingAt() && Lexicon.isOrganisation(partner.group("name"))
                && !Lexicon.readsAsStatement(partner.group("name"))) {
            int partnerAt = clause.start() + does.start("duties") + partner.start("name");
            add(found, partner.group("name").strip(), BodyRole.COORDINATING, duties,
                    r.span(partnerAt, partnerAt + partner.group("name").length()));
        }
        // "Sở Tài chính, Sở Nội vụ phối hợp": several bodies; "UBND các huyện Bát Xát, Mường Khương": one
        String[] parts = name.split(",");
        boolean several = java.util.Arrays.stream(parts).allMatch(Lexicon::isOrganisation);
        if (!several) {
            add(found, name.strip(), roleOf(duties), duties, r.span(at, at + name.length()));
            return;
        }
        int start = at;
        for (String part : parts) {
            add(found, part.strip(), roleOf(duties), duties, r.span(start, start + part.length()));
            start += part.length() + 1;
        }
    }

    private static void add(java.util.List<Found> found, String written, BodyRole role, String duties, Span span) {
        String name = OFFICE.matcher(written).replaceFirst("");
        if (found.stream().noneMatch(f -> f.body().name().equalsIgnoreCase(name))) {
            found.add(new Found(new ResponsibleBody(name, role, duties), span)); // a body's first reading stands
        }
    }

    /** Who leads, funds, coordinates or implements, from the wording of the duties. */
    static BodyRole roleOf(String duties) {
        String d = duties.toLowerCase(Locale.ROOT);
        if (d.contains("chủ trì")) {
            return BodyRole.LEAD;
        }
        if (d.contains("dự toán") || d.contains("thẩm định") || d.contains("kinh phí")) {
            return BodyRole.FINANCE;
        }
        if (d.contains("phối hợp")) {
            return BodyRole.COORDINATING;
        }
        return BodyRole.IMPLEMENTING;
    }

    private static String firstSentence(String duties) {
        Matcher end = Pattern.compile("[.;](?:\\s|$)").matcher(duties);
        String sentence = end.find() ? duties.substring(0, end.start()) : duties;
        sentence = sentence.strip();
        return sentence.length() > 500 ? sentence.substring(0, 500) : sentence;
    }

    private BodyReader() {
    }
}
