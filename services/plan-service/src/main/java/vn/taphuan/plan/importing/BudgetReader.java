package vn.taphuan.plan.importing;

import vn.taphuan.plan.plan.FundingAmount;
import vn.taphuan.plan.plan.FundingSource;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The budget envelope: "Tổng vốn thực hiện là: 6.889.000.000 đồng (nguồn sự nghiệp giáo dục ngân sách trung ương)",
 * "Kinh phí: 1,5 tỷ đồng, trong đó: ngân sách trung ương 1 tỷ đồng; ngân sách tỉnh 500 triệu đồng". Amounts are
 * whole VND; the sources must add up to the total, or the difference is reported.
 */
final class BudgetReader {

    private static final String AMOUNT = "(?<n>" + VietnameseNumbers.DECIMAL + ")\\s*(?<unit>tỷ\\s+đồng|tỉ\\s+đồng|triệu\\s+đồng|nghìn\\s+đồng|ngàn\\s+đồng|đồng|VNĐ|VND)";
    private static final Pattern TOTAL = Pattern.compile(
            "(?:tổng\\s+)?(?:vốn|kinh\\s+phí|nguồn\\s+vốn|dự\\s+toán|mức\\s+vốn)[^.:;\\d]{0,60}?(?:là)?\\s*:?\\s*" + AMOUNT
                    + "(?:\\s*\\((?<source>[^)]{3,200})\\))?", Lexicon.FLAGS);
    private static final Pattern PART = Pattern.compile(
            "(?<source>(?:từ\\s+)?(?:nguồn\\s+|ngân\\s+sách\\s+|vốn\\s+)[^:;,.\\d]{2,80}?)\\s*:?\\s*" + AMOUNT, Lexicon.FLAGS);
    private static final Pattern SENTENCE_SOURCE = Pattern.compile(
            "(?:nguồn|ngân\\s+sách|vốn|kinh\\s+phí\\s+xã\\s+hội\\s+hóa)[^.;:,()]{2,80}", Lexicon.FLAGS);
    private static final Pattern SPLIT = Pattern.compile("trong\\s+đó\\s*:?", Lexicon.FLAGS);

    static void read(Reading r) {
        Matcher total = TOTAL.matcher(r.text());
        if (!total.find()) {
            r.find("budgetTotalVnd", "Không tìm thấy tổng kinh phí của kế hoạch", "The plan's budget was not found", null);
            return;
        }
        Optional<Long> amount = VietnameseNumbers.vnd(total.group("n"), total.group("unit"));
        Span amountSpan = r.span(total.start("n"), total.end("unit"));
        if (amount.isEmpty()) {
            r.find("budgetTotalVnd", "Số tiền không phải số đồng nguyên", "The amount is not a whole number of đồng", amountSpan);
            return;
        }
        r.budgetTotalVnd = amount.get();
        r.extract(Extraction.certain("budgetTotalVnd", r.budgetTotalVnd, amountSpan));
        if (total.group("source") != null) {
            Optional<FundingSource> source = Lexicon.source(total.group("source"));
            Span sourceSpan = r.span(total.start("source"), total.end("source"));
            if (source.isPresent() && !total.group("source").toLowerCase(java.util.Locale.ROOT).contains("trong đó")) {
                r.budgetBySource.add(new FundingAmount(source.get(), r.budgetTotalVnd));
                r.extract(sourceExtraction(0, source.get(), total.group("source"), sourceSpan));
                r.extract(Extraction.certain("budgetBySource[0].amountVnd", r.budgetTotalVnd, amountSpan));
                return;
            }
        }
        split(r, total.end());
        if (r.budgetBySource.isEmpty()) {
            inSentence(r, total.end());
        }
        if (r.budgetBySource.isEmpty()) {
            r.find("budgetBySource", "Văn bản không ghi nguồn kinh phí; hãy chọn nguồn",
                    "The text gives no funding source; choose it", amountSpan);
        }
    }

    /** "trong đó: ngân sách trung ương X đồng; ngân sách tỉnh Y đồng" right after the total. */
    private static void split(Reading r, int from) {
        SourceText.Range paragraph = r.source.paragraphOf(from);
        Matcher split = SPLIT.matcher(r.text()).region(from, paragraph.end());
        if (!split.find() || split.start() - from > 30) {
            return;
        }
        Matcher part = PART.matcher(r.text()).region(split.end(), paragraph.end());
        long sum = 0;
        while (part.find()) {
            Optional<FundingSource> source = Lexicon.source(part.group("source"));
            Optional<Long> amount = VietnameseNumbers.vnd(part.group("n"), part.group("unit"));
            Span span = r.span(part.start(), part.end());
            if (source.isEmpty() || amount.isEmpty()) {
                r.find("budgetBySource", "Không đọc được nguồn kinh phí \"" + span.quote() + "\"",
                        "Could not read the funding source \"" + span.quote() + "\"", span);
                continue;
            }
            int index = r.budgetBySource.size();
            r.budgetBySource.add(new FundingAmount(source.get(), amount.get()));
            r.extract(sourceExtraction(index, source.get(), part.group("source"), r.span(part.start("source"), part.end("source"))));
            r.extract(Extraction.certain("budgetBySource[" + index + "].amountVnd", amount.get(),
                    r.span(part.start("n"), part.end("unit"))));
            sum += amount.get();
        }
        if (!r.budgetBySource.isEmpty() && sum != r.budgetTotalVnd) {
            r.find("budgetBySource", "Các nguồn cộng lại " + sum + " đồng, khác tổng kinh phí " + r.budgetTotalVnd + " đồng",
                    "The sources add up to " + sum + " VND, not the total of " + r.budgetTotalVnd + " VND", null);
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

    private static Extraction sourceExtraction(int index, FundingSource source, String written, Span span) {
        String field = "budgetBySource[" + index + "].source";
        if (written.toLowerCase(java.util.Locale.ROOT).contains("địa phương")) {
            return Extraction.doubtful(field, source, Confidence.MEDIUM, span,
                    "\"Ngân sách địa phương\" được hiểu là ngân sách tỉnh", "\"Local budget\" was read as the provincial budget");
        }
        return Extraction.certain(field, source, span);
    }

    private BudgetReader() {
    }
}
