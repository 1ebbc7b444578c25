package vn.taphuan.plan.importing;

import vn.taphuan.kit.refusal.Money;
import vn.taphuan.contracts.Limits;
import vn.taphuan.plan.plan.FundingAmount;
import vn.taphuan.plan.plan.FundingSource;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The budget envelope: "Tổng vốn thực hiện là: 6.889.000.000 đồng (nguồn sự nghiệp giáo dục ngân sách trung ương)",
 * "Kinh phí: 1,5 tỷ đồng, trong đó: ngân sách trung ương 1 tỷ đồng; ngân sách tỉnh 500 triệu đồng", the sources listed
 * on the lines below "Trong đó:", in brackets after the total, or on a line "Nguồn kinh phí: …" near it. Amounts are whole VND; a rate ("150.000
 * đồng/người/ngày") is a norm, not the budget; the sources must add up to the total, or the difference is reported.
 */
final class BudgetReader {

    private static final String AMOUNT = "(?<n>" + VietnameseNumbers.DECIMAL + ")\\s*(?<unit>tỷ\\s+đồng|tỉ\\s+đồng|triệu\\s+đồng"
            + "|nghìn\\s+đồng|ngàn\\s+đồng|đồng|VNĐ|VND|đ(?!\\p{L}))";
    private static final String ABOUT = "(?<q>(?:khoảng|gần|trên|hơn|ước\\s+tính|ước|tối\\s+đa|không\\s+quá|dưới)\\s+)?";
    private static final Pattern TOTAL = Pattern.compile(
            "(?<total>tổng\\s+)?(?:vốn|kinh\\s+phí|nguồn\\s+vốn|dự\\s+toán|mức\\s+vốn)[^.:;\\d]{0,60}?(?:là)?\\s*:?\\s*" + ABOUT
                    + AMOUNT + "(?:\\s*\\((?<source>[^)]{3,300})\\))?", Lexicon.FLAGS);
    /** An amount per person, day or class is a norm of spending, not the plan's budget. */
    private static final Pattern RATE = Pattern.compile("\\s*(?:/|một\\s+(?:người|ngày|lớp|học\\s+viên)|mỗi\\s+|cho\\s+mỗi\\s+)",
            Lexicon.FLAGS);
    private static final String SOURCE_START = "(?:từ\\s+)?(?:nguồn|ngân\\s+sách|vốn|kinh\\s+phí|huy\\s+động|đóng\\s+góp"
            + "|xã\\s+hội\\s+hó?a|NSTW|NSĐP|NS(?!\\p{L})|Trung\\s+ương|địa\\s+phương)";
    private static final Pattern PART = Pattern.compile("(?<source>" + SOURCE_START + "[^:;,.\\d]{0,80}?)\\s*:?\\s*(?:là\\s+)?"
            + ABOUT + AMOUNT, Lexicon.FLAGS);
    private static final Pattern SENTENCE_SOURCE = Pattern.compile(
            "(?:nguồn|ngân\\s+sách|vốn|kinh\\s+phí\\s+xã\\s+hội\\s+hóa|NSTW|NSĐP)[^.;:,()]{0,80}", Lexicon.FLAGS);
    private static final Pattern SOURCE_LINE = Pattern.compile("\\s*(?:[-+•*–]\\s*|\\d+(?:\\.\\d+)*[.)]\\s*|[a-zđ]\\)\\s*)?"
            + "Nguồn\\s+(?:kinh\\s+phí|vốn)(?:\\s+thực\\s+hiện)?\\s*:\\s*(?<source>[^.;\\n]{2,150})", Lexicon.FLAGS);
    /** Where sources are listed: "Nguồn kinh phí: …", "Kinh phí thực hiện từ …", "kinh phí được bố trí từ …". */
    private static final Pattern SOURCES_NAMED = Pattern.compile("(?:nguồn\\s+(?:kinh\\s+phí|vốn)(?:\\s+thực\\s+hiện)?\\s*:"
            + "|kinh\\s+phí(?:\\s+thực\\s+hiện)?(?:\\s+(?:được\\s+)?(?:bố\\s+trí|bảo\\s+đảm|đảm\\s+bảo|huy\\s+động))?\\s+từ)"
            + "\\s*(?<list>[^.\\n]{3,300})", Lexicon.FLAGS);
    /** One source of a list: split at commas, semicolons and "và". */
    private static final Pattern LIST_PART = Pattern.compile("[^,;]+?(?=\\s*(?:,|;|\\bvà\\s|$))", Lexicon.FLAGS);
    private static final Pattern SPLIT = Pattern.compile("trong\\s+đó\\s*:?", Lexicon.FLAGS);
    private static final Pattern IN_WORDS = Pattern.compile("^\\s*bằng\\s+chữ", Lexicon.FLAGS);
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-+•*–]|[a-zđ]\\)|\\d+[.)])", Lexicon.FLAGS);

    static void read(Reading r) {
        Matcher total = total(r);
        if (total == null) {
            r.find("budgetTotalVnd", new ImportFinding.BudgetNotFound(), null);
            sourcesWithoutAmounts(r);
            return;
        }
        Optional<Long> amount = VietnameseNumbers.vnd(total.group("n"), total.group("unit"));
        Span amountSpan = r.span(total.start("n"), total.end("unit"));
        if (amount.isEmpty()) {
            r.find("budgetTotalVnd", new ImportFinding.AmountNotWholeDong(), amountSpan);
            return;
        }
        if (beyondBound(r, "budgetTotalVnd", amount.get(), amountSpan)) {
            return;
        }
        r.budgetTotalVnd = amount.get();
        r.extract(amountExtraction("budgetTotalVnd", r.budgetTotalVnd, total.group("q"), total.group("n"),
                total.group("q") == null ? amountSpan : r.span(total.start("q"), total.end("unit"))));
        String bracket = total.group("source");
        if (bracket != null && !IN_WORDS.matcher(bracket).find()) {
            Matcher parts = PART.matcher(r.text()).region(total.start("source"), total.end("source"));
            if (parts.find()) {
                // "(ngân sách trung ương 1.200 triệu đồng, ngân sách địa phương 300 triệu đồng)": the split in brackets
                parts(r, total.start("source"), total.end("source"));
                return;
            }
            Optional<FundingSource> source = Lexicon.source(bracket);
            if (source.isPresent() && !bracket.toLowerCase(Locale.ROOT).contains("trong đó")) {
                r.budgetBySource.add(new FundingAmount(source.get(), r.budgetTotalVnd));
                r.extract(sourceExtraction(0, source.get(), bracket, r.span(total.start("source"), total.end("source"))));
                r.extract(Extraction.certain("budgetBySource[0].amountVnd", r.budgetTotalVnd, amountSpan));
                return;
            }
        }
        split(r, total.end());
        if (r.budgetBySource.isEmpty()) {
            inSentence(r, total.end());
        }
        if (r.budgetBySource.isEmpty()) {
            sourceLine(r, total.end());
        }
        if (r.budgetBySource.isEmpty()) {
            r.find("budgetBySource", new ImportFinding.NoFundingSource(), amountSpan);
        }
    }

    /** The plan's budget: the first amount introduced as a total ("Tổng kinh phí"), else the first that is not a rate. */
    private static Matcher total(Reading r) {
        Matcher m = TOTAL.matcher(r.text());
        Integer first = null;
        while (m.find()) {
            if (RATE.matcher(r.text()).region(m.end("unit"), r.text().length()).lookingAt()) {
                continue;
            }
            if (m.group("total") != null) {
                return m;
            }
            if (first == null) {
                first = m.start();
            }
        }
        if (first == null) {
            return null;
        }
        m.find(first);
        return m;
    }

    /**
     * "trong đó: ngân sách trung ương X đồng; ngân sách tỉnh Y đồng" right after the total, in its paragraph or as the
     * list on the lines below ("Trong đó:" / "- Ngân sách trung ương: 2,5 tỷ đồng;" …).
     */
    private static void split(Reading r, int from) {
        SourceText.Range paragraph = r.source.paragraphOf(from);
        Matcher split = SPLIT.matcher(r.text()).region(from, paragraph.end());
        if (!split.find() || split.start() - from > 30) {
            return;
        }
        int end = paragraph.end();
        var paragraphs = r.source.paragraphs();
        for (int i = paragraphs.indexOf(paragraph) + 1; i < paragraphs.size(); i++) {
            SourceText.Range next = paragraphs.get(i);
            String line = next.of(r.source);
            if (!LIST_ITEM.matcher(line).find() || !PART.matcher(line).find()) {
                break;
            }
            end = next.end();
        }
        parts(r, split.end(), end);
    }

    /** The sources and amounts within {@code [from, to)}; reported if they do not add up to the total. */
    private static void parts(Reading r, int from, int to) {
        Matcher part = PART.matcher(r.text()).region(from, to);
        long sum = 0;
        while (part.find()) {
            Optional<FundingSource> source = Lexicon.source(part.group("source"));
            Optional<Long> amount = VietnameseNumbers.vnd(part.group("n"), part.group("unit"));
            Span span = r.span(part.start(), part.end());
            if (source.isEmpty() || amount.isEmpty()) {
                r.find("budgetBySource", new ImportFinding.UnreadableFundingSource(span.quote()), span);
                continue;
            }
            if (beyondBound(r, "budgetBySource", amount.get(), span)) {
                continue;
            }
            int index = r.budgetBySource.size();
            r.budgetBySource.add(new FundingAmount(source.get(), amount.get()));
            r.extract(sourceExtraction(index, source.get(), part.group("source"), r.span(part.start("source"), part.end("source"))));
            r.extract(amountExtraction("budgetBySource[" + index + "].amountVnd", amount.get(), part.group("q"), part.group("n"),
                    r.span(part.start("q") >= 0 ? part.start("q") : part.start("n"), part.end("unit"))));
            sum = Math.addExact(sum, amount.get()); // each within the bound, a handful of them
        }
        if (!r.budgetBySource.isEmpty() && sum != r.budgetTotalVnd) {
            r.find("budgetBySource", new ImportFinding.SourcesDifferFromTotal(String.valueOf(sum),
                    String.valueOf(r.budgetTotalVnd)), null);
        }
    }

    /** "… 1.250,5 triệu đồng từ ngân sách địa phương.": one source named in the rest of the sentence. */
    private static void inSentence(Reading r, int from) {
        SourceText.Range sentence = r.source.sentenceOf(from);
        Matcher source = SENTENCE_SOURCE.matcher(r.text()).region(from, sentence.end());
        if (!source.find()) {
            return;
        }
        Optional<FundingSource> read = Lexicon.source(source.group());
        if (read.isPresent()) {
            r.budgetBySource.add(new FundingAmount(read.get(), r.budgetTotalVnd));
            r.extract(sourceExtraction(0, read.get(), source.group(), r.span(source.start(), source.end())));
        }
    }

    /** "2. Nguồn kinh phí: Ngân sách trung ương …" on a line of its own near the total, before or after it. */
    private static void sourceLine(Reading r, int near) {
        var paragraphs = r.source.paragraphs();
        int at = paragraphs.indexOf(r.source.paragraphOf(near));
        for (int i = Math.max(0, at - 3); i < Math.min(paragraphs.size(), at + 4); i++) {
            SourceText.Range paragraph = paragraphs.get(i);
            Matcher line = SOURCE_LINE.matcher(r.text()).region(paragraph.start(), paragraph.end());
            if (!line.lookingAt()) {
                continue;
            }
            Optional<FundingSource> read = Lexicon.source(line.group("source"));
            if (read.isPresent()) {
                r.budgetBySource.add(new FundingAmount(read.get(), r.budgetTotalVnd));
                r.extract(sourceExtraction(0, read.get(), line.group("source"), r.span(line.start("source"), line.end("source"))));
                return;
            }
        }
    }

    /**
     * "Nguồn kinh phí: ngân sách xã, nguồn xã hội hóa và các nguồn hợp pháp khác": sources named with no amount. The
     * plan keeps each among its sources without an amount, and a finding with its span asks the officer for the amount.
     */
    private static void sourcesWithoutAmounts(Reading r) {
        Matcher named = SOURCES_NAMED.matcher(r.text());
        java.util.Set<FundingSource> seen = java.util.EnumSet.noneOf(FundingSource.class);
        while (named.find()) {
            Matcher part = LIST_PART.matcher(r.text()).region(named.start("list"), named.end("list"));
            while (part.find()) {
                String written = part.group().strip().replaceFirst("^(?:và|hoặc)\\s+", "");
                Optional<FundingSource> source = Lexicon.source(written);
                if (source.isPresent() && seen.add(source.get())) {
                    int start = part.start() + part.group().indexOf(written);
                    Span span = r.span(start, start + written.length());
                    r.find("budgetBySource", new ImportFinding.FundingSourceWithoutAmount(span.quote()), span);
                    r.sourceWithoutAmount(source.get(), span);
                }
            }
        }
    }

    /**
     * An amount beyond {@link Limits#MAX_VND} is not imported: a finding quotes it, so the draft never carries an
     * amount the plan would refuse.
     */
    private static boolean beyondBound(Reading r, String field, long amount, Span span) {
        if (amount <= Limits.MAX_VND) {
            return false;
        }
        r.find(field, new ImportFinding.AmountBeyondLimit(span.quote(), Money.of(Limits.MAX_VND)), span);
        return true;
    }

    private static Extraction amountExtraction(String field, long amount, String qualifier, String written, Span span) {
        if (qualifier == null) {
            return Extraction.certain(field, amount, span);
        }
        String q = qualifier.strip();
        return Extraction.doubtful(field, amount, Confidence.MEDIUM, span, new ExtractionNote.AmountQualified(q, written));
    }

    private static Extraction sourceExtraction(int index, FundingSource source, String written, Span span) {
        String field = "budgetBySource[" + index + "].source";
        if (Lexicon.isLocalBudget(written)) {
            return Extraction.doubtful(field, source, Confidence.MEDIUM, span, new ExtractionNote.LocalBudgetAsProvincial());
        }
        return Extraction.certain(field, source, span);
    }

    private BudgetReader() {
    }
}
