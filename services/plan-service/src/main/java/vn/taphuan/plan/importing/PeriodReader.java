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
    record Mention(int start, int end, int fromYear, int toYear, int fromMonth) {

        Mention(int start, int end, int fromYear, int toYear) {
            this(start, end, fromYear, toYear, 1);
        }

        LocalDate from() {
            return LocalDate.of(fromYear, fromMonth, 1);
        }

        LocalDate to() {
            return LocalDate.of(toYear, 12, 31);
        }

        int years() {
            return toYear - fromYear + 1;
        }
    }

    // a period that starts within a year comes first: "từ quý III/2023 đến hết năm 2025", "từ tháng 7/2023 đến năm 2025"
    private static final Pattern PERIOD = Pattern.compile(
            "từ\\s+quý\\s+(?<q5>IV|III|II|I|[1-4])\\s*(?:/|năm|,)?\\s*(?:năm\\s+)?(?<a5>(?:19|20)\\d{2})\\s*(?:đến|[-–—])\\s*"
                    + "(?:hết\\s+|cuối\\s+)?(?:năm\\s+)?(?<b5>(?:19|20)\\d{2})(?![\\d/])"
                    + "|từ\\s+tháng\\s+(?<m6>\\d{1,2})\\s*(?:/|năm)\\s*(?<a6>(?:19|20)\\d{2})\\s*(?:đến|[-–—])\\s*"
                    + "(?:hết\\s+|cuối\\s+)?(?:năm\\s+)?(?<b6>(?:19|20)\\d{2})(?![\\d/])"
                    + "|giai\\s+đoạn\\s+(?<a1>\\d{4})\\s*[-–—]\\s*(?<b1>\\d{4})"
                    + "|(?:từ\\s+)?năm\\s+(?<a2>\\d{4})\\s*(?:đến|[-–—])\\s*(?:năm\\s+)?(?<b2>\\d{4})"
                    + "|(?<!đến\\s)(?<!hết\\s)(?<!cuối\\s)năm\\s+(?<a3>(?:19|20)\\d{2})(?![\\d/])"
                    + "|(?<![\\d/.-])(?<a4>(?:19|20)\\d{2})\\s*[-–—]\\s*(?<b4>(?:19|20)\\d{2})(?![\\d/])",
            Lexicon.FLAGS);

    static List<Mention> mentions(String text, int from, int to) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = PERIOD.matcher(text).region(from, to);
        while (m.find()) {
            for (int g = 1; g <= 6; g++) {
                String a = m.group("a" + g);
                if (a != null) {
                    String b = g == 3 ? a : m.group("b" + g);
                    int fromYear = Integer.parseInt(a);
                    int toYear = Integer.parseInt(b);
                    int fromMonth = g == 5 ? 3 * quarter(m.group("q5")) - 2 : g == 6 ? Integer.parseInt(m.group("m6")) : 1;
                    if (toYear >= fromYear && fromMonth >= 1 && fromMonth <= 12) {
                        mentions.add(new Mention(m.start(), m.end(), fromYear, toYear, fromMonth));
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
            Matcher until = UNTIL.matcher(r.text()).region(r.titleRange.start(), r.titleRange.end());
            if (until.find()) {
                // "… đến năm 2020": the end is stated, the start is not, and the document's date is not the start
                r.periodEnd = LocalDate.of(Integer.parseInt(until.group("year")), 12, 31);
                Span span = r.span(until.start(), until.end());
                r.extract(Extraction.certain("periodEnd", r.periodEnd, span));
                r.find("periodStart", new ImportFinding.PeriodStartNotStated(until.group("year")), span);
                return;
            }
        }
        Optional<Mention> planned = r.source.sentences().stream()
                .filter(s -> !Lexicon.BASIS_STATEMENT.matcher(s.of(r.source)).lookingAt())
                .filter(s -> Lexicon.FUTURE.matcher(s.of(r.source)).find())
                .flatMap(s -> mentions(r.text(), s.start(), s.end()).stream())
                .max(Comparator.comparingInt(Mention::toYear).thenComparing(Comparator.comparingInt(Mention::years).reversed()));
        if (planned.isPresent()) {
            set(r, planned.get(), Confidence.MEDIUM, new ExtractionNote.PeriodFromTargets());
            return;
        }
        // a report of classes names no plan period, but the year its classes are held: "mở 4 lớp … năm 2020"
        Optional<Mention> ofActivities = r.source.sentences().stream()
                .filter(s -> !Lexicon.BASIS_STATEMENT.matcher(s.of(r.source)).lookingAt())
                .filter(s -> CLASSES.matcher(s.of(r.source)).find())
                // "Năm 2022 đã tổ chức 10 lớp": the year of a result is not the plan's
                .filter(s -> !Lexicon.PAST.matcher(s.of(r.source)).find())
                .flatMap(s -> mentions(r.text(), s.start(), s.end()).stream())
                .filter(m -> m.years() == 1)
                .findFirst();
        if (ofActivities.isPresent()) {
            set(r, ofActivities.get(), Confidence.MEDIUM, new ExtractionNote.PeriodFromActivities());
            return;
        }
        r.find("periodStart", new ImportFinding.PeriodNotFound(), null);
    }

    /** A count of classes or other activities. */
    private static final Pattern CLASSES = Pattern.compile("(?<![\\d.,])\\d{1,4}\\s+(?:lớp|khóa|khoá|hội\\s+thảo|hội\\s+nghị|đoàn)(?!\\p{L})",
            Lexicon.FLAGS);

    /** An end without a start: "đến năm 2020", "đến hết năm 2025". */
    private static final Pattern UNTIL = Pattern.compile("(?:đến|tới)\\s+(?:hết\\s+|cuối\\s+)?năm\\s+(?<year>(?:19|20)\\d{2})(?![\\d/])",
            Lexicon.FLAGS);

    private static int quarter(String written) {
        return switch (written.toUpperCase(java.util.Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
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
