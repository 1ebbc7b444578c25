package vn.taphuan.plan.importing;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan's own identity: its title, who issued it, and its number and date. Read from "… ban hành Kế hoạch …"
 * (who issued it comes just before), from an official header ("Số: 45/KH-UBND", "…, ngày 15 tháng 3 năm 2023",
 * "KẾ HOẠCH" over the title), or from a heading that starts with "Kế hoạch".
 */
final class DocumentReader {

    /** A document's number; a space after a hyphen of its suffix is a typing slip ("17/2022/TT- BLĐTBXH"). */
    static final String NUMBER = "\\d+[A-Za-z]?(?:-[\\p{L}\\d]+)*(?:/[\\p{L}\\d]+(?:-[ ]?[\\p{L}\\d]+)*)+";

    /**
     * "ban hành Kế hoạch số 45/KH-UBND", "ban hành Kế hoạch 49/KH-UBND" (a report of the plan drops the "số"), and
     * "ban hành Quyết định số 3388/QĐ-UBND về kế hoạch …", the decision that carries the plan.
     */
    private static final Pattern ISSUED = Pattern.compile(
            "(?:\\b(?:đã|vừa|mới)\\s+)?(?:[Bb]an\\s+hành|[Pp]hê\\s+duyệt|BAN\\s+HÀNH|PHÊ\\s+DUYỆT)\\s+"
                    + "(?<plan>Kế\\s+hoạch|kế\\s+hoạch|KẾ\\s+HOẠCH|Quyết\\s+định(?=\\s+số\\s*:?\\s*" + NUMBER
                    + "\\s+(?:về\\s+)?(?:việc\\s+)?(?:ban\\s+hành\\s+|phê\\s+duyệt\\s+)?[Kk]ế\\s+hoạch))"
                    + "(?:\\s+(?:số\\s*:?\\s*)?(?<number>" + NUMBER + "))?"
                    + "(?:\\s+ngày\\s+(?<date>" + VietnameseNumbers.DATE + "))?",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern HEADER_NUMBER = Pattern.compile("(?:^|(?<=\\t|\\s{2}))\\s*Số\\s*:\\s*(?<number>" + NUMBER + ")",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.MULTILINE);
    private static final Pattern HEADER_DATE = Pattern.compile(
            "^[^\\n]{0,80},\\s*ngày\\s+(?<date>" + VietnameseNumbers.DATE + ")", Pattern.UNICODE_CHARACTER_CLASS | Pattern.MULTILINE);
    /** A body named by its kind and level only: "UBND tỉnh", "Ủy ban nhân dân huyện". */
    private static final Pattern PLACE_UNSTATED = Pattern.compile("(?:UBND|HĐND|Ủy\\s+ban\\s+nhân\\s+dân|Uỷ\\s+ban\\s+nhân\\s+dân"
            + "|Hội\\s+đồng\\s+nhân\\s+dân|Chủ\\s+tịch\\s+(?:UBND|Ủy\\s+ban\\s+nhân\\s+dân))\\s+(?:tỉnh|huyện|xã|thành\\s+phố|thị\\s+xã)",
            Lexicon.FLAGS);
    private static final Pattern AS_FOLLOWS = Pattern.compile("\\s*,?\\s*(?:cụ\\s+thể\\s+)?như\\s+sau\\s*$", Lexicon.FLAGS);
    private static final Pattern QUOTE = Pattern.compile("^\\s*[“\"«]");
    /** How what follows a title begins: a basis, a numbered part, a list item, a note in brackets. */
    private static final Pattern NOT_TITLE = Pattern.compile("(?:Căn\\s+cứ|Thực\\s+hiện|Để|Nhằm|Theo|Trên\\s+cơ\\s+sở|Số\\s*:"
            + "|(?:Phần|Chương|Điều|Mục)\\s+(?:[IVXLC\\d]|thứ)|[IVXLC]+[.)]|\\d+[.)]|[a-zđ]\\)|[-+•*(\\[])",
            Pattern.UNICODE_CHARACTER_CLASS);

    static void read(Reading r) {
        // the plan itself is named with a capital ("ban hành Kế hoạch"); a lower-case "kế hoạch" is a mention in passing
        Matcher issued = ISSUED.matcher(r.text());
        Integer chosen = null;
        while (issued.find()) {
            if (Lexicon.BASIS_STATEMENT.matcher(r.source.sentenceOf(issued.start()).of(r.source)).lookingAt()
                    && !Lexicon.isOrganisation(issuerBefore(r, issued.start()))) {
                // "Căn cứ Quyết định … về việc phê duyệt Kế hoạch …": a plan this one is based on; but "Căn cứ …,
                // Chủ tịch UBND tỉnh đã ban hành Kế hoạch …" issues this one
                continue;
            }
            if (Character.isUpperCase(issued.group("plan").charAt(0))) {
                chosen = issued.start();
                break;
            }
            if (chosen == null) {
                chosen = issued.start();
            }
        }
        if (chosen != null) {
            issued.find(chosen);
            fromIssuing(r, issued);
        }
        header(r);
        if (r.issuingBody == null) {
            headerBody(r);
        }
        if (r.title == null) {
            heading(r);
        }
        if (r.title == null) {
            r.find("title", new ImportFinding.TitleNotFound(), null);
        }
        if (r.issuingBody == null && !r.found(ImportFinding.IssuerPlaceUnstated.class)) {
            r.find("issuingBody", new ImportFinding.IssuingBodyNotFound(), null);
        }
        if (r.documentNumber == null) {
            r.find("documentNumber", new ImportFinding.DocumentNumberMissing(), null);
        }
        if (r.documentDate == null) {
            r.find("documentDate", new ImportFinding.DocumentDateMissing(), null);
        }
    }

    /** The words just before "ban hành"/"phê duyệt", back to the last comma, semicolon or colon of the sentence. */
    private static String issuerBefore(Reading r, int at) {
        String text = r.text();
        SourceText.Range sentence = r.source.sentenceOf(at);
        int start = Math.max(sentence.start(), Math.max(text.lastIndexOf(',', at) + 1,
                Math.max(text.lastIndexOf(';', at) + 1, text.lastIndexOf(':', at) + 1)));
        return text.substring(start, at).replaceFirst("\\s*\\b(?:đã|vừa|mới)\\s*$", "").strip();
    }

    private static void fromIssuing(Reading r, Matcher issued) {
        String text = r.text();
        boolean named = Character.isUpperCase(issued.group("plan").charAt(0));
        SourceText.Range sentence = r.source.sentenceOf(issued.start());
        int bodyStart = Math.max(sentence.start(), Math.max(text.lastIndexOf(',', issued.start()) + 1,
                Math.max(text.lastIndexOf(';', issued.start()) + 1, text.lastIndexOf(':', issued.start()) + 1)));
        String body = text.substring(bodyStart, issued.start()).strip();
        if (Lexicon.isOrganisation(body) && PLACE_UNSTATED.matcher(body).matches()) {
            // "UBND tỉnh vừa ban hành …" in a report of the plan: which province is not written, so not guessed
            int start = bodyStart + text.substring(bodyStart, issued.start()).indexOf(body);
            Span span = r.span(start, start + body.length());
            r.find("issuingBody", new ImportFinding.IssuerPlaceUnstated(span.quote()), span);
        } else if (Lexicon.isOrganisation(body)) {
            int start = bodyStart + text.substring(bodyStart, issued.start()).indexOf(body);
            r.issuingBody = body;
            Span span = r.span(start, start + body.length());
            r.extract(named ? Extraction.certain("issuingBody", body, span)
                    : Extraction.doubtful("issuingBody", body, Confidence.MEDIUM, span,
                    new ExtractionNote.PlanMentionedInPassing()));
        }
        if (issued.group("number") != null) {
            r.documentNumber = issued.group("number").replace(" ", "");
            r.extract(Extraction.certain("documentNumber", r.documentNumber,
                    r.span(issued.start("number"), issued.end("number"))));
        }
        if (issued.group("date") != null) {
            VietnameseNumbers.date(issued.group("date")).ifPresent(date -> {
                r.documentDate = date;
                r.extract(Extraction.certain("documentDate", date, r.span(issued.start("date"), issued.end("date"))));
            });
        }
        int titleStart = issued.end();
        boolean numbered = issued.group("number") != null || issued.group("date") != null;
        Matcher quote = QUOTE.matcher(text.substring(titleStart, sentence.end()));
        int titleEnd;
        if (quote.find()) {
            titleStart += quote.end();
            titleEnd = firstOf(text, titleStart, sentence.end(), "”", "\"", "»");
        } else {
            // "ban hành Kế hoạch số 45/KH-UBND ngày 15/3/2023 về …": the title is what follows the number and date
            titleStart = numbered ? titleStart + leadingAbout(text.substring(titleStart, sentence.end())) : issued.start("plan");
            titleEnd = firstOf(text, titleStart, sentence.end(), ";");
        }
        while (titleEnd > titleStart && ".;:,".indexOf(text.charAt(titleEnd - 1)) >= 0) {
            titleEnd--;
        }
        // "ban hành Kế hoạch … giai đoạn 2022-2025, như sau:": the closing words lead into the plan, not its title
        Matcher asFollows = AS_FOLLOWS.matcher(text.substring(titleStart, titleEnd));
        if (asFollows.find()) {
            titleEnd = titleStart + asFollows.start();
        }
        String title = text.substring(titleStart, titleEnd).strip();
        if (title.length() < 10) {
            return;
        }
        r.title = title;
        r.titleRange = new SourceText.Range(titleStart, titleEnd);
        Span span = r.span(titleStart, titleEnd);
        r.extract(named ? Extraction.certain("title", title, span)
                : Extraction.doubtful("title", title, Confidence.MEDIUM, span, new ExtractionNote.TitleFromMention()));
    }

    /** An official header: "Số: 45/KH-UBND" and "Bắc Giang, ngày 15 tháng 3 năm 2023" near the top. */
    private static void header(Reading r) {
        String top = r.text().substring(0, Math.min(r.text().length(), 600));
        Matcher number = HEADER_NUMBER.matcher(top);
        if (r.documentNumber == null && number.find()) {
            r.documentNumber = number.group("number").replace(" ", "");
            r.extract(Extraction.certain("documentNumber", r.documentNumber, r.span(number.start("number"), number.end("number"))));
        }
        Matcher date = HEADER_DATE.matcher(top);
        if (r.documentDate == null && date.find()) {
            Optional<LocalDate> parsed = VietnameseNumbers.date(date.group("date"));
            parsed.ifPresent(d -> {
                r.documentDate = d;
                r.extract(Extraction.certain("documentDate", d, r.span(date.start("date"), date.end("date"))));
            });
        }
    }

    /** A heading: "KẾ HOẠCH" alone over the title, or a short line that starts with "Kế hoạch". */
    private static void heading(Reading r) {
        var paragraphs = r.source.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            String line = paragraphs.get(i).of(r.source).strip();
            if (line.equals("KẾ HOẠCH") && i + 1 < paragraphs.size()) {
                // a long title is broken over the lines right below "KẾ HOẠCH", up to a blank line or the first basis
                int last = i + 1;
                while (last + 1 < paragraphs.size() && continuesTitle(r, paragraphs.get(last), paragraphs.get(last + 1))) {
                    last++;
                }
                setTitle(r, new SourceText.Range(paragraphs.get(i + 1).start(), paragraphs.get(last).end()), Confidence.HIGH);
                return;
            }
            if (line.startsWith("Kế hoạch ") && line.length() <= 300) {
                setTitle(r, paragraphs.get(i), Confidence.MEDIUM);
                return;
            }
        }
    }

    private static boolean continuesTitle(Reading r, SourceText.Range line, SourceText.Range next) {
        String between = r.text().substring(line.end(), next.start());
        String written = line.of(r.source).strip();
        String following = next.of(r.source).strip();
        return between.chars().filter(c -> c == '\n').count() == 1 && ".:;".indexOf(written.charAt(written.length() - 1)) < 0
                && following.length() <= 200 && !NOT_TITLE.matcher(following).lookingAt();
    }

    private static void setTitle(Reading r, SourceText.Range range, Confidence confidence) {
        Span span = r.span(range);
        String title = range.of(r.source).strip().replaceAll("\\s*\\n\\s*", " ");
        r.title = title;
        r.titleRange = range;
        r.extract(confidence == Confidence.HIGH ? Extraction.certain("title", title, span)
                : Extraction.doubtful("title", title, confidence, span, new ExtractionNote.TitleFromHeading()));
    }

    private static int leadingAbout(String rest) {
        Matcher about = Pattern.compile("^[\\s,]*(?:về\\s+)?").matcher(rest);
        return about.find() ? about.end() : 0;
    }

    /** The issuer in an official header: "UBND TỈNH LÀO CAI", "ỦY BAN NHÂN DÂN" over "TỈNH THANH HÓA"… */
    private static void headerBody(Reading r) {
        OfficialHeader.read(r.source).ifPresent(issuer -> {
            r.issuingBody = issuer.name();
            Span span = r.span(issuer.start(), issuer.end());
            r.extract(issuer.composed()
                    ? Extraction.doubtful("issuingBody", issuer.name(), Confidence.MEDIUM, span,
                    new ExtractionNote.BodyWithParentPlace(issuer.parent()))
                    : Extraction.certain("issuingBody", issuer.name(), span));
        });
    }

    private static int firstOf(String text, int from, int limit, String... marks) {
        int end = limit;
        for (String mark : marks) {
            int at = text.indexOf(mark, from);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return end;
    }

    private DocumentReader() {
    }
}
