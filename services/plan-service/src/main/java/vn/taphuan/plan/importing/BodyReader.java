package vn.taphuan.plan.importing;

import vn.taphuan.plan.plan.BodyRole;
import vn.taphuan.plan.plan.ResponsibleBody;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who does what: the "tổ chức thực hiện" part of a plan, where each paragraph starts with a body and its duties
 * ("Sở Tài chính: thẩm định và giao dự toán kinh phí…"), plus "X là cơ quan chủ trì" and "giao X tổng hợp…".
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
        found.sort(java.util.Comparator.comparingInt(f -> f.span().start()));
        for (Found body : found) {
            int index = r.bodies.size();
            r.bodies.add(body.body());
            r.extract(Extraction.certain("responsibleBodies[" + index + "]",
                    body.body().name() + " (" + body.body().role() + ")", body.span()));
        }
    }

    private static void add(java.util.List<Found> found, String name, BodyRole role, String duties, Span span) {
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
