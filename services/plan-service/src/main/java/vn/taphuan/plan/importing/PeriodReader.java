package vn.taphuan.plan.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan's period: the year or phase its title names ("… năm 2023", "… giai đoạn 2021-2025"); failing that, the
 * latest period the text plans for ("Trong giai đoạn 2021-2025, … dự kiến …"). Also tells other readers which
 * period a statement is about, so reported results and targets of other periods are not imported as targets.
 */
final class PeriodReader {

    /** A period named in the text, {@code [start, end)}, covering whole years. */
    record Mention(int start, int end, int fromYear, int toYear) {

        LocalDate from() {
            return LocalDate.of(fromYear, 1, 1);
        }

        LocalDate to() {
            return LocalDate.of(toYear, 12, 31);
        }

        int years() {
            return toYear - fromYear + 1;
        }
    }

    private static final Pattern PERIOD = Pattern.compile(
            "giai\\s+đoạn\\s+(?<a1>\\d{4})\\s*[-–—]\\s*(?<b1>\\d{4})"
                    + "|(?:từ\\s+)?năm\\s+(?<a2>\\d{4})\\s*(?:đến|[-–—])\\s*(?:năm\\s+)?(?<b2>\\d{4})"
                    + "|(?<!đến\\s)(?<!hết\\s)(?<!cuối\\s)năm\\s+(?<a3>(?:19|20)\\d{2})(?![\\d/])"
                    + "|(?<![\\d/.-])(?<a4>(?:19|20)\\d{2})\\s*[-–—]\\s*(?<b4>(?:19|20)\\d{2})(?![\\d/])",
            Lexicon.FLAGS);

    static List<Mention> mentions(String text, int from, int to) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = PERIOD.matcher(text).region(from, to);
        while (m.find()) {
            for (int g = 1; g <= 4; g++) {
                String a = m.group("a" + g);
                if (a != null) {
                    String b = g == 3 ? a : m.group("b" + g);
                    int fromYear = Integer.parseInt(a);
                    int toYear = Integer.parseInt(b);
                    if (toYear >= fromYear) {
                        mentions.add(new Mention(m.start(), m.end(), fromYear, toYear));
                    }
                    break;
                }
            }
        }
        return mentions;
    }

    static void read(Reading r) {
        if (r.titleRange != null) {
            Optional<Mention> inTitle = mentions(r.text(), r.titleRange.start(), r.titleRange.end()).stream()
                    .min(Comparator.comparingInt(Mention::years));
            if (inTitle.isPresent()) {
                set(r, inTitle.get(), Confidence.HIGH, null);
                return;
            }
        }
        Optional<Mention> planned = r.source.sentences().stream()
                .filter(s -> Lexicon.FUTURE.matcher(s.of(r.source)).find())
                .flatMap(s -> mentions(r.text(), s.start(), s.end()).stream())
                .max(Comparator.comparingInt(Mention::toYear).thenComparing(Comparator.comparingInt(Mention::years).reversed()));
        if (planned.isPresent()) {
            set(r, planned.get(), Confidence.MEDIUM, new ExtractionNote.PeriodFromTargets());
            return;
        }
        r.find("periodStart", new ImportFinding.PeriodNotFound(), null);
    }

    /** The period a statement at {@code position} is about: the last one named before it in its paragraph. */
    static Optional<Mention> contextOf(Reading r, int position) {
        SourceText.Range paragraph = r.source.paragraphOf(position);
        List<Mention> before = mentions(r.text(), paragraph.start(), position);
        return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
    }

    private static void set(Reading r, Mention mention, Confidence confidence, ExtractionNote note) {
        r.periodStart = mention.from();
        r.periodEnd = mention.to();
        Span span = r.span(mention.start(), mention.end());
        if (confidence == Confidence.HIGH) {
            r.extract(Extraction.certain("periodStart", r.periodStart, span));
            r.extract(Extraction.certain("periodEnd", r.periodEnd, span));
        } else {
            r.extract(Extraction.doubtful("periodStart", r.periodStart, confidence, span, note));
            r.extract(Extraction.doubtful("periodEnd", r.periodEnd, confidence, span, note));
        }
    }

    private PeriodReader() {
    }
}
