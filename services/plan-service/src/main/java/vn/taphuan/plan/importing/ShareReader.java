package vn.taphuan.plan.importing;

import vn.taphuan.plan.programme.ActivityKind;
import vn.taphuan.plan.programme.TargetGroup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Minimum shares of the priority groups among the people trained: ethnic-minority people and women. Plans write them
 * with the share first ("ít nhất 60% là người dân tộc thiểu số", "tối thiểu 30% học viên nữ") or the group first
 * ("tỷ lệ người dân tộc thiểu số đạt ít nhất 70%", "người DTTS chiếm tối thiểu 60%", "phụ nữ chiếm từ 35% trở lên").
 * <p>
 * A share goes to the target lines of its own clause, else of its sentence; a share stated on its own goes to the
 * lines of the group its sentence names, else to every training line, less surely. Shares of a population ("chiếm 65%
 * dân số"), reported results ("đã …", "… so với kế hoạch"), shares of another period and maximums are not minimums of
 * the plan: they are reported, never imported.
 */
final class ShareReader {

    enum Priority { ETHNIC_MINORITY, WOMEN }

    enum Bound { AT_LEAST, ABOUT, AT_MOST, STATED }

    /** A share as written: the whole statement, {@code [start, end)} of the working text. */
    record Share(Priority priority, BigDecimal percent, Bound bound, int start, int end) {

        boolean contains(int position) {
            return position >= start && position < end;
        }

        String field() {
            return priority == Priority.WOMEN ? "minWomenPercent" : "minEthnicMinorityPercent";
        }
    }

    private static final String QUALIFIER = "(?<q>ít\\s+nhất|tối\\s+thiểu|không\\s+dưới|không\\s+thấp\\s+hơn|trên|hơn|từ"
            + "|khoảng|gần|xấp\\s+xỉ|tối\\s+đa|không\\s+quá|không\\s+vượt\\s+quá|dưới)";
    private static final String PERCENT = "(?<p>(?<![\\d.,])\\d{1,3}(?:,\\d+)?)\\s*%(?<up>\\s*trở\\s+lên)?";
    /** Who the people are ("học viên là …"), then the group itself. */
    private static final String PEOPLE = "(?:(?:học\\s+viên|người\\s+học|người\\s+tham\\s+gia|người\\s+tham\\s+dự|đại\\s+biểu"
            + "|lao\\s+động|cán\\s+bộ|thành\\s+viên)\\s+(?:là\\s+)?)?";
    private static final String WHO = "(?<who>" + PEOPLE + "(?:(?:người|đồng\\s+bào)\\s+)?(?:DTTS|dân\\s+tộc\\s+thiểu\\s+số)"
            + "|" + PEOPLE + "(?:phụ\\s+nữ|nữ\\s+giới|nữ))(?!\\w)";
    /** "100% cán bộ nữ được tập huấn" is a coverage of a roster, not a share of the people trained. */
    private static final String NOT_A_ROSTER = "(?!\\s+(?:đã\\s+)?được\\s+(?:tập\\s+huấn|bồi\\s+dưỡng|đào\\s+tạo))";
    private static final Pattern SHARE_FIRST = Pattern.compile("(?<!\\w)(?:" + QUALIFIER + "\\s+)?" + PERCENT
            + "\\s+(?:(?:trong\\s+)?(?:tổng\\s+)?số\\s+)?(?:là\\s+)?" + WHO + NOT_A_ROSTER, Lexicon.FLAGS);
    private static final Pattern GROUP_FIRST = Pattern.compile("(?<!\\w)(?:(?:tỷ|tỉ)\\s+lệ\\s+(?:là\\s+)?|số\\s+)?" + WHO
            + "(?:\\s+(?:tham\\s+gia|tham\\s+dự)(?:\\s+(?:các\\s+)?lớp(?:\\s+học)?)?)?"
            + "\\s*:?\\s*(?:(?:phải\\s+)?(?:đạt|chiếm|là|bằng)\\s+)?(?:" + QUALIFIER + "\\s+)?" + PERCENT, Lexicon.FLAGS);
    /** A share of a population, not of the people trained. */
    private static final Pattern POPULATION_AFTER = Pattern.compile("^\\s*(?:/|mỗi\\s+năm|(?:của\\s+)?(?:tổng\\s+)?(?:dân\\s+số"
            + "|số\\s+dân|số\\s+hộ|hộ(?!\\w)|diện\\s+tích|lực\\s+lượng\\s+lao\\s+động))", Lexicon.FLAGS);
    private static final Pattern POPULATION_BEFORE = Pattern.compile("(?:dân\\s+số|số\\s+dân|số\\s+hộ|hộ\\s+nghèo|dân\\s+cư)[^,;.]{0,30}$",
            Lexicon.FLAGS);
    private static final Pattern COMPARED = Pattern.compile("\\s*(?:so\\s+với|kế\\s+hoạch\\s+năm)", Lexicon.FLAGS);
    private static final Pattern IN_WHICH = Pattern.compile("trong\\s+đó", Lexicon.FLAGS);
    private static final Pattern PRIORITY = Pattern.compile("ưu tiên\\s+(?:cho\\s+)?(?:người\\s+DTTS|người\\s+dân\\s+tộc\\s+thiểu\\s+số"
            + "|đồng\\s+bào\\s+(?:DTTS|dân\\s+tộc\\s+thiểu\\s+số))(?:\\s+và\\s+phụ\\s+nữ)?", Lexicon.FLAGS);

    /** Every share statement in the text, in text order; one per percent. */
    static List<Share> find(String text) {
        List<Share> found = new ArrayList<>();
        for (Pattern pattern : List.of(SHARE_FIRST, GROUP_FIRST)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int percentStart = m.start("q") >= 0 && m.start("q") < m.start("p") ? m.start("q") : m.start("p");
                if (found.stream().anyMatch(s -> s.contains(m.start("p")))) {
                    continue;
                }
                String before = text.substring(Math.max(0, m.start() - 40), m.start());
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
                if (POPULATION_AFTER.matcher(after).find() || POPULATION_BEFORE.matcher(before).find()) {
                    continue;
                }
                String who = m.group("who").toLowerCase(Locale.ROOT);
                Priority priority = who.endsWith("nữ") || who.endsWith("nữ giới") ? Priority.WOMEN : Priority.ETHNIC_MINORITY;
                found.add(new Share(priority, VietnameseNumbers.decimal(m.group("p")), bound(m.group("q"), m.group("up")),
                        Math.min(m.start(), percentStart), m.end()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Share::start));
        return found;
    }

    /** Puts the plan's shares on its lines; reports results, maximums and a priority stated without a share. */
    static void read(Reading r, List<Share> shares) {
        String text = r.text();
        boolean anyTarget = false;
        for (Share share : shares) {
            if (r.reported(share.start())) {
                continue; // inside a statement already reported as a result, a total or another period
            }
            Span span = r.span(share.start(), share.end());
            SourceText.Range sentence = r.source.sentenceOf(share.start());
            String before = text.substring(sentence.start(), share.start());
            boolean planned = Lexicon.FUTURE.matcher(before).find();
            if (COMPARED.matcher(text).region(share.end(), text.length()).lookingAt()
                    || !planned && Lexicon.PAST.matcher(before).find()) {
                r.find(null, new ImportFinding.ShareAchieved(), span);
                continue;
            }
            Optional<PeriodReader.Mention> period = PeriodReader.contextOf(r, share.start());
            if (r.periodKnown() && period.isPresent()
                    && (period.get().to().isBefore(r.periodStart) || period.get().from().isAfter(r.periodEnd))) {
                r.find(null, new ImportFinding.ShareOfOtherPeriod(String.valueOf(period.get().fromYear()),
                        String.valueOf(period.get().toYear())), span);
                continue;
            }
            if (share.bound() == Bound.AT_MOST) {
                r.find(null, new ImportFinding.MaximumShare(), span);
                continue;
            }
            anyTarget = true;
            apply(r, share, span, sentence);
        }
        Matcher priority = PRIORITY.matcher(text);
        if (!anyTarget && priority.find()) {
            r.find(null, new ImportFinding.PriorityWithoutShare(), r.span(priority.start(), priority.end()));
        }
    }

    private static void apply(Reading r, Share share, Span span, SourceText.Range sentence) {
        String text = r.text();
        int clauseStart = Math.max(sentence.start(), text.lastIndexOf(';', share.start()) + 1);
        int semicolon = text.indexOf(';', share.start());
        int clauseEnd = semicolon < 0 || semicolon > sentence.end() ? sentence.end() : semicolon;
        SourceText.Range clause = new SourceText.Range(clauseStart, clauseEnd);
        List<LineDraft> candidates = linesIn(r, clause);
        SourceText.Range range = clause;
        if (candidates.isEmpty()) {
            candidates = linesIn(r, sentence);
            range = sentence;
        }
        if (share.percent().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
            r.find(share.field(), new ImportFinding.ShareAboveHundred(span.quote()), span);
            return;
        }
        int percent = share.percent().setScale(0, RoundingMode.CEILING).intValueExact();
        Extraction sure = Extraction.certain(share.field(), percent, span);
        List<LineDraft> lines = followed(r, candidates, range, share);
        Extraction how = lines.size() < candidates.size()
                ? doubtful(share, percent, span, new ExtractionNote.ShareToLineBeforeInWhich())
                : lines.size() > 1 ? doubtful(share, percent, span, new ExtractionNote.ShareToEachLine()) : sure;
        if (lines.isEmpty()) {
            Optional<TargetGroup> group = Lexicon.group(text.substring(sentence.start(), share.start()));
            lines = r.lines.stream().filter(l -> group.isPresent() ? l.targetGroup == group.get() : trains(l)).toList();
            how = group.isPresent()
                    ? doubtful(share, percent, span, new ExtractionNote.ShareToGroupLines())
                    : doubtful(share, percent, span, new ExtractionNote.ShareToTrainingLines());
        }
        if (lines.isEmpty()) {
            r.find(share.field(), new ImportFinding.ShareWithoutLine(span.quote()), span);
            return;
        }
        if (share.bound() == Bound.ABOUT) {
            how = doubtful(share, percent, span, new ExtractionNote.ApproximateShare());
        }
        if (share.percent().stripTrailingZeros().scale() > 0) {
            how = Extraction.doubtful(share.field(), percent, Confidence.LOW, span, new ExtractionNote.ShareRoundedUp());
        }
        for (LineDraft line : lines) {
            if (share.priority() == Priority.WOMEN) {
                line.minWomenPercent = percent;
            } else {
                line.minEthnicMinorityPercent = percent;
            }
            line.extract(how);
        }
    }

    private static List<LineDraft> linesIn(Reading r, SourceText.Range range) {
        return r.lines.stream().filter(l -> range.contains(l.position())).toList();
    }

    /**
     * Of several lines in a statement, the one a share follows with "trong đó" ("… 200 lượt cán bộ, trong đó ít nhất
     * 50% là người DTTS" is about the 200); without "trong đó", all of them.
     */
    private static List<LineDraft> followed(Reading r, List<LineDraft> lines, SourceText.Range range, Share share) {
        if (lines.size() <= 1) {
            return lines;
        }
        Matcher inWhich = IN_WHICH.matcher(r.text()).region(range.start(), share.start());
        int last = -1;
        while (inWhich.find()) {
            last = inWhich.start();
        }
        int at = last;
        return at < 0 ? lines : lines.stream().filter(l -> l.position() < at).reduce((a, b) -> b).map(List::of).orElse(lines);
    }

    private static boolean trains(LineDraft line) {
        return line.activityKind == ActivityKind.TRAINING_CLASS || line.activityKind == ActivityKind.E_LEARNING_COHORT;
    }

    private static Extraction doubtful(Share share, int percent, Span span, ExtractionNote note) {
        return Extraction.doubtful(share.field(), percent, Confidence.MEDIUM, span, note);
    }

    private static Bound bound(String qualifier, String orMore) {
        if (orMore != null) {
            return Bound.AT_LEAST;
        }
        if (qualifier == null) {
            return Bound.STATED;
        }
        String q = qualifier.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (q) {
            case "khoảng", "gần", "xấp xỉ" -> Bound.ABOUT;
            case "tối đa", "không quá", "không vượt quá", "dưới" -> Bound.AT_MOST;
            default -> Bound.AT_LEAST;
        };
    }

    private ShareReader() {
    }
}
