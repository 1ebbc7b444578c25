package vn.taphuan.plan.importing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The signature block at the end of an official document: the signer's title in capitals ("KT. CHỦ TỊCH" over
 * "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "GIÁM ĐỐC"), a stamp note ("(Đã ký)"), then the signer's name: the
 * plan's {@code signerTitle} and {@code signer}. A block without a readable name is a finding.
 */
final class SignatureReader {

    private static final Pattern TITLE_LINE = Pattern.compile("(?:(?:KT|TM|TL|TUQ|Q)\\.\\s*)?(?:PHÓ\\s+)?"
            + "(?:CHỦ\\s+TỊCH|GIÁM\\s+ĐỐC|TRƯỞNG\\s+BAN|BỘ\\s+TRƯỞNG|THỨ\\s+TRƯỞNG|CHÁNH\\s+VĂN\\s+PHÒNG|TRƯỞNG\\s+PHÒNG"
            + "|ỦY\\s+BAN\\s+NHÂN\\s+DÂN|UỶ\\s+BAN\\s+NHÂN\\s+DÂN|UBND|BAN\\s+[\\p{Lu} ]+|SỞ\\s+[\\p{Lu} ]+)"
            + "[\\p{Lu}\\s.,-]*", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern STAMP = Pattern.compile("\\(?\\s*(?:đã\\s+ký|ký,?\\s+(?:ghi\\s+rõ\\s+)?họ\\s+tên|ký\\s+tên"
            + "|ký\\s+và\\s+đóng\\s+dấu)[^)]*\\)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** The list of recipients, which a flattened page may set after the signer's title. */
    private static final Pattern RECIPIENTS = Pattern.compile("Nơi\\s+nhận", Lexicon.FLAGS);
    /** A person's name: two to five words, each capitalised (Vietnamese names have no lower-case particles). */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,4}", Pattern.UNICODE_CHARACTER_CLASS);

    static void read(Reading r) {
        List<SourceText.Range> paragraphs = r.source.paragraphs();
        // the block is near the end: search the last lines only, so a title in capitals at the top is not taken
        int from = Math.max(0, paragraphs.size() - 12);
        // the last block of title lines: in a short text the official header ("UBND TỈNH …") is among the last lines too
        int last = -1;
        for (int i = paragraphs.size() - 1; i >= from && last < 0; i--) {
            if (TITLE_LINE.matcher(paragraphs.get(i).of(r.source).strip()).matches()) {
                last = i;
            }
        }
        if (last >= 0) {
            int i = last;
            while (i - 1 >= from && TITLE_LINE.matcher(paragraphs.get(i - 1).of(r.source).strip()).matches()) {
                i--;
            }
            SourceText.Range titleRange = new SourceText.Range(paragraphs.get(i).start(), paragraphs.get(last).end());
            Span titleSpan = r.span(titleRange);
            String title = String.join(" – ", paragraphs.subList(i, last + 1).stream()
                    .map(p -> p.of(r.source).strip()).toList());
            for (int j = last + 1; j < paragraphs.size(); j++) {
                String line = paragraphs.get(j).of(r.source).strip();
                if (STAMP.matcher(line).matches()) {
                    continue;
                }
                if (NAME.matcher(line).matches()) {
                    r.signerTitle = title;
                    r.extract(Extraction.certain("signerTitle", title, titleSpan));
                    r.signer = line;
                    r.extract(Extraction.certain("signer", line, r.span(paragraphs.get(j))));
                    return;
                }
                if (!RECIPIENTS.matcher(line).lookingAt()) {
                    // followed by the text ("CHỦ TỊCH UBND TỈNH …" over "Căn cứ …"): the authority line of a
                    // decision's opening in an excerpt that stops before its signature, not a signature block
                    return;
                }
                break;
            }
            r.signerTitle = title;
            r.extract(Extraction.certain("signerTitle", title, titleSpan));
            r.find(null, new ImportFinding.SignerNotFound(), titleSpan);
            return;
        }
    }

    private SignatureReader() {
    }
}
