package vn.taphuan.plan.importing;

import vn.taphuan.contracts.Limits;
import vn.taphuan.plan.programme.ActivityKind;
import vn.taphuan.plan.plan.PopulationUnit;
import vn.taphuan.plan.plan.QuotaTarget;
import vn.taphuan.plan.programme.CadreLevel;
import vn.taphuan.plan.programme.TargetGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Target lines: "Nhóm cộng đồng: 102 lớp đào tạo, tập huấn cho hơn 7.500 lượt người", "08 hội thảo", "04 Đoàn cán bộ
 * đi học tập kinh nghiệm", "sẽ bồi dưỡng cho khoảng 400.000 lượt cán bộ, công chức xã"; coverage targets ("Phấn đấu
 * đến năm 2025, 100% cán bộ chuyên trách …, ít nhất 80% cán bộ …"); then the minimum shares of ethnic-minority
 * people and women ({@link ShareReader}) go on the lines they are about. A statement that reports a result ("đã tổ chức 49 lớp", "… lượt người, đạt 80,6%"), sets a target for
 * another period, or states a total is reported as a finding, never imported as a target.
 */
final class TargetReader {

    private static final String Q = "(?<q>" + Lexicon.QUALIFIER + "\\s+)?";
    private static final Pattern ACTIVITY = Pattern.compile(Q + "(?<n>" + VietnameseNumbers.COUNT + ")\\s+"
            + "(?<noun>lớp|khóa|khoá|đợt|hội\\s+thảo|hội\\s+nghị|tọa\\s+đàm|toạ\\s+đàm|đoàn|chuyến)(?!\\w)", Lexicon.FLAGS);
    private static final Pattern TURNS = Pattern.compile(Q + "(?<n>" + VietnameseNumbers.COUNT + ")\\s+lượt(?!\\w)"
            + "(?<who>\\s+(?:người|học\\s+viên|cán\\s+bộ|công\\s+chức|đại\\s+biểu)[^,;.()\\[\\]]{0,40})?", Lexicon.FLAGS);
    private static final Pattern PERSONS = Pattern.compile("(?<per>mỗi\\s+(?:lớp|khóa|khoá|đoàn|hội\\s+thảo|đợt)\\s+(?:(?:gồm|có|với)\\s+)?)?"
            + Q + "(?<n>" + VietnameseNumbers.COUNT + ")\\s+(?:học\\s+viên|người|cán\\s+bộ|công\\s+chức|đại\\s+biểu)(?!\\w)",
            Lexicon.FLAGS);
    private static final Pattern PER_UNIT = Pattern.compile("\\s*(?:mỗi|một|/)\\s*(?<unit>xã|thôn|bản|huyện|tỉnh|đơn\\s+vị)(?!\\w)",
            Lexicon.FLAGS);
    /** A count of units: "124 xã", "800 thôn, bản". */
    private static final Pattern UNIT_COUNT = Pattern.compile("(?<![\\d/.,])(?<n>\\d{1,5})\\s+(?<noun>xã|thôn|bản|huyện)(?!\\s+hội)(?!\\p{L})",
            Lexicon.FLAGS);
    private static final Pattern STUDY = Pattern.compile("học tập|tham quan|khảo sát|trao đổi kinh nghiệm", Lexicon.FLAGS);
    private static final Pattern TRAINING = Pattern.compile("bồi dưỡng|tập huấn|đào tạo", Lexicon.FLAGS);
    private static final Pattern COVERAGE = Pattern.compile("(?<q>ít\\s+nhất|tối\\s+thiểu|trên|không\\s+dưới)?\\s*"
            + "(?<p>\\d{1,3}(?:,\\d+)?)\\s*%", Lexicon.FLAGS);
    /**
     * Learners of the classes named before, in a statement of their own: "Tham gia các lớp tập huấn có 545 học viên".
     * The span starts at the number, so the count's qualifier and figure are what the review shows.
     */
    private static final Pattern LEARNERS_OF_CLASSES = Pattern.compile("(?:các|những)\\s+(?:lớp|khóa|khoá)[^.;\\d]{0,60}?"
            + "(?:có|gồm)\\s+(?=" + Lexicon.QUALIFIER + "?\\s*\\d)", Lexicon.FLAGS);
    private static final Pattern LEARNERS = Pattern.compile(Q + "(?<n>" + VietnameseNumbers.COUNT + ")\\s+"
            + "(?:học\\s+viên|người|đại\\s+biểu)(?!\\w)", Lexicon.FLAGS);
    private static final Pattern PER_YEAR = Pattern.compile("(?<!\\p{L})(?:mỗi|hằng|hàng|một)\\s+năm(?!\\p{L})|/\\s*năm(?!\\p{L})",
            Lexicon.FLAGS);
    /** A coverage target written roster first: "tỷ lệ cán bộ … được bồi dưỡng đạt ít nhất 80%". */
    private static final Pattern ROSTER_FIRST = Pattern.compile("(?:tỷ|tỉ)\\s+lệ\\s+(?<roster>[^;%\\d]{3,150}?)\\s+(?:đã\\s+)?được\\s+"
            + "(?:bồi\\s+dưỡng|tập\\s+huấn|đào\\s+tạo)[^;%\\d]{0,80}?\\s+(?:đạt|là|bằng)\\s+"
            + "(?<q>ít\\s+nhất|tối\\s+thiểu|trên|không\\s+dưới|từ)?\\s*(?<p>\\d{1,3}(?:,\\d+)?)\\s*%(?:\\s*trở\\s+lên)?", Lexicon.FLAGS);
    private static final Pattern TARGET_WORDS = Pattern.compile("phấn đấu|mục tiêu|đến\\s+(?:hết\\s+|cuối\\s+)?năm|bảo đảm|đảm bảo|ít nhất|tối thiểu",
            Lexicon.FLAGS);
    private static final Pattern DEADLINE = Pattern.compile("đến\\s+(?:hết\\s+|cuối\\s+)?năm\\s+(?<year>\\d{4})"
            + "|đến\\s+ngày\\s+(?<date>" + VietnameseNumbers.DATE + ")", Lexicon.FLAGS);
    /** "đạt 80,6%" as a result, within the clause of a count. */
    private static final Pattern ACHIEVED = Pattern.compile("\\bđạt\\s+(?=\\d)", Lexicon.FLAGS);
    private static final Pattern DESCRIPTION_END = Pattern.compile(
            ",\\s*(?=(?:ít\\s+nhất|tối\\s+thiểu|trên|không\\s+dưới)?\\s*\\d{1,3}(?:,\\d+)?\\s*%)|\\s+được\\s+(?:bồi dưỡng|tập huấn|đào tạo)|;",
            Lexicon.FLAGS);

    /** A population of households ("hộ nghèo", "hộ gia đình"), not of persons. */
    private static final Pattern HOUSEHOLDS = Pattern.compile("(?:số\\s+)?hộ(?!\\w)", Lexicon.FLAGS);

    static void read(Reading r) {
        r.shares = ShareReader.find(r.text());
        List<Quota> quotas = new ArrayList<>();
        for (SourceText.Range sentence : r.source.sentences()) {
            int start = sentence.start();
            for (int i = sentence.start(); i <= sentence.end(); i++) {
                if (i == sentence.end() || r.text().charAt(i) == ';') {
                    if (i > start) {
                        segment(r, sentence, new SourceText.Range(start, i), quotas);
                    }
                    start = i + 1;
                }
            }
            coverage(r, sentence);
        }
        // after every line is read: a quota whose product another line states is that line's target already
        quotas.forEach(quota -> quota(r, quota));
        ShareReader.read(r, r.shares);
    }

    /** "4 cán bộ mỗi xã": people per unit, read once the whole text is. */
    private record Quota(MatchResultAt people, String unit, SourceText.Range sentence, SourceText.Range segment) {
    }

    /**
     * A quota per unit times the units in scope is a count of persons ("4 cán bộ mỗi xã tại 124 xã" → 496), shown as
     * derived. The units are counted in the same sentence, else once in the whole text; without them, or when the
     * text counts them differently in places, the quota stays a finding.
     */
    private static void quota(Reading r, Quota quota) {
        String text = r.text();
        int perUnit = (int) VietnameseNumbers.count(quota.people().group("n"));
        Span quoted = r.span(quota.people().start(), quota.people().end());
        SourceText.Range statement = new SourceText.Range(quota.people().start(), quota.segment().end());
        String before = text.substring(quota.sentence().start(), quota.people().start());
        if (r.reported(quota.people().start())
                || !Lexicon.FUTURE.matcher(before).find() && Lexicon.PAST.matcher(before).find()) {
            // "đã bồi dưỡng 4 cán bộ mỗi xã": a result, never a target
            r.report(statement, new ImportFinding.PeoplePerUnit(quoted.quote()));
            return;
        }
        Optional<MatchResultAt> units = unitCount(text, quota.unit(), quota.people().end(), quota.sentence().end());
        if (units.isEmpty()) {
            List<MatchResultAt> everywhere = all(UNIT_COUNT, text, new SourceText.Range(0, text.length())).stream()
                    .filter(u -> sameUnit(u.group("noun"), quota.unit())).toList();
            if (everywhere.stream().map(u -> u.group("n")).distinct().count() == 1) {
                units = Optional.of(everywhere.get(0));
            }
        }
        if (units.isEmpty()) {
            r.report(statement, new ImportFinding.PeoplePerUnit(quoted.quote()));
            return;
        }
        int unitCount = (int) VietnameseNumbers.count(units.get().group("n"));
        long persons = (long) perUnit * unitCount;
        if (r.lines.stream().anyMatch(line -> line.plannedPersonTurns == persons)) {
            r.report(statement, new ImportFinding.QuotaAlreadyCounted(quoted.quote(), String.valueOf(persons)));
            return;
        }
        LineDraft line = new LineDraft(statement.start());
        int end = trimConnectors(text, statement.start(), statement.end());
        Span whole = r.span(statement.start(), end);
        line.description = whole.quote().strip();
        line.extract(Extraction.certain("", line.description, whole));
        if (persons > Limits.MAX_PERSON_TURNS_PER_LINE) {
            line.find("plannedPersonTurns", new ImportFinding.PersonTurnsBeyondLimit(quoted.quote(),
                    Limits.MAX_PERSON_TURNS_PER_LINE), quoted);
        } else {
            line.plannedPersonTurns = (int) persons;
            line.quota = new QuotaTarget(perUnit, quota.unit().toLowerCase(java.util.Locale.ROOT), unitCount);
            int unitAt = text.indexOf(quota.unit(), quota.people().end());
            Span perUnitSpan = unitAt < 0 ? quoted : r.span(quota.people().start(), unitAt + quota.unit().length());
            line.extract(Extraction.certain("quota.perUnit", perUnit, perUnitSpan));
            line.extract(Extraction.certain("quota.unitKind", line.quota.unitKind(), perUnitSpan));
            line.extract(Extraction.certain("quota.unitsInScope", unitCount, r.span(units.get().start(), units.get().end())));
            line.extract(Extraction.doubtful("plannedPersonTurns", line.plannedPersonTurns, Confidence.MEDIUM,
                    r.span(Math.min(quoted.start(), units.get().start()), Math.max(quoted.end(), units.get().end())),
                    new ExtractionNote.QuotaTimesUnits(quota.people().group("n"), units.get().group("n"))));
        }
        String sentenceText = quota.sentence().of(r.source);
        if (TRAINING.matcher(sentenceText).find()) {
            line.activityKind = ActivityKind.TRAINING_CLASS;
            line.extract(Extraction.doubtful("activityKind", line.activityKind, Confidence.MEDIUM, r.span(quota.sentence()),
                    new ExtractionNote.KindFromTrainingVerbs()));
        } else {
            line.find("activityKind", new ImportFinding.ActivityKindUnstated(), whole);
        }
        line.find("plannedActivities", new ImportFinding.NoClassCount(), whole);
        group(r, line, null, statement, new SourceText.Range(quota.sentence().start(), quota.people().start()), whole);
        r.lines.add(line);
    }

    private static Optional<MatchResultAt> unitCount(String text, String unit, int from, int to) {
        return all(UNIT_COUNT, text, new SourceText.Range(from, to)).stream()
                .filter(u -> sameUnit(u.group("noun"), unit)).findFirst();
    }

    /** Villages are "thôn" or "bản", written together as "thôn, bản". */
    private static boolean sameUnit(String counted, String quota) {
        String a = counted.toLowerCase(java.util.Locale.ROOT);
        String b = quota.toLowerCase(java.util.Locale.ROOT);
        boolean villageA = a.equals("thôn") || a.equals("bản");
        boolean villageB = b.equals("thôn") || b.equals("bản");
        return a.equals(b) || villageA && villageB;
    }

    /** One clause of a sentence (sentences split at ';'): its activities and person-turns. */
    private static void segment(Reading r, SourceText.Range sentence, SourceText.Range segment, List<Quota> quotas) {
        String text = r.text();
        // a count inside a statement of things built or supplied is never a training line
        List<MatchResultAt> activities = all(ACTIVITY, text, segment).stream()
                .filter(a -> Lexicon.activity(a.group("noun"), "").isPresent() && !r.notTraining(a.start())).toList();
        List<MatchResultAt> turns = all(TURNS, text, segment).stream().filter(t -> !r.notTraining(t.start())).toList();
        List<MatchResultAt> persons = all(PERSONS, text, segment).stream().filter(p -> !r.notTraining(p.start())).toList();
        List<MatchResultAt> perActivity = persons.stream().filter(p -> p.group("per") != null).toList();
        List<MatchResultAt> perUnit = persons.stream().filter(p -> PER_UNIT.matcher(text).region(p.end(), segment.end())
                .lookingAt()).toList();
        persons = persons.stream().filter(p -> !perUnit.contains(p)).toList();
        perUnit.forEach(p -> {
            Matcher unit = PER_UNIT.matcher(text).region(p.end(), segment.end());
            unit.lookingAt();
            quotas.add(new Quota(p, unit.group("unit"), sentence, segment));
        });
        List<MatchResultAt> headcounts = persons.stream().filter(p -> p.group("per") == null
                && text.substring(Math.max(segment.start(), p.start() - 6), p.start()).matches("(?s).*(?:\\b(?:cho|với|gồm)\\s+|\\p{L}\\s*/\\s*)$")
                && turns.stream().noneMatch(t -> t.start() == p.start())).toList();
        if (activities.isEmpty() && turns.isEmpty() && headcounts.isEmpty()) {
            learnersOfClassesNamedBefore(r, segment);
            return;
        }
        int first = firstStart(activities, turns, headcounts);
        if (Lexicon.TOTAL.matcher(text.substring(segment.start(), segment.end())).find()) {
            r.report(segment, new ImportFinding.TotalStated());
            return;
        }
        String before = text.substring(sentence.start(), first);
        boolean planned = Lexicon.FUTURE.matcher(before).find();
        if (!planned && (Lexicon.PAST.matcher(before).find() || achieved(r, first, segment.end()))) {
            r.report(segment, new ImportFinding.ResultAchieved());
            return;
        }
        Optional<PeriodReader.Mention> period = PeriodReader.contextOf(r, first);
        if (r.periodKnown() && period.isPresent()
                && (period.get().to().isBefore(r.periodStart) || period.get().from().isAfter(r.periodEnd))) {
            r.report(segment, new ImportFinding.TargetOfOtherPeriod(String.valueOf(period.get().fromYear()),
                    String.valueOf(period.get().toYear())));
            return;
        }
        int linesBefore = r.lines.size();
        List<MatchResultAt> people = new ArrayList<>(turns);
        people.addAll(headcounts);
        for (int i = 0; i < activities.size(); i++) {
            MatchResultAt activity = activities.get(i);
            int end = i + 1 < activities.size() ? activities.get(i + 1).start() : segment.end();
            SourceText.Range own = new SourceText.Range(activity.start(), trimConnectors(text, activity.start(), end));
            SourceText.Range clause = own;
            Optional<MatchResultAt> who = people.stream().filter(p -> own.contains(p.start())).findFirst();
            if (who.isEmpty() && activities.size() == 1 && people.size() == 1 && people.get(0).start() < activity.start()) {
                // "tập huấn cho 1.200 lượt người dân tại 24 lớp": the people come before their classes
                who = Optional.of(people.get(0));
                clause = new SourceText.Range(who.get().start(), clause.end());
            }
            who.ifPresent(people::remove);
            activityLine(r, sentence, segment, activity, clause, who, perActivity);
        }
        for (MatchResultAt standalone : people) {
            SourceText.Range clause = new SourceText.Range(standalone.start(),
                    trimConnectors(text, standalone.start(), segment.end()));
            turnsLine(r, sentence, clause, standalone);
        }
        Matcher yearly = PER_YEAR.matcher(text).region(segment.start(), segment.end());
        if (r.periodKnown() && r.periodEnd.getYear() > r.periodStart.getYear() && yearly.find()) {
            // "mỗi năm tổ chức 10 lớp" in a plan of several years: the period's total is not given
            r.lines.subList(linesBefore, r.lines.size()).forEach(line -> line.countsPerYear(r.periodStart.getYear(),
                    r.periodEnd.getYear()));
        } else if (r.periodKnown() && r.periodEnd.getYear() > r.periodStart.getYear()) {
            cumulative(r, sentence, first, r.lines.subList(linesBefore, r.lines.size()));
        }
    }

    /**
     * "Đến năm 2024, đào tạo 500 lượt người" in a plan of several years: the totals are to be reached by that year,
     * kept as the year on each line the clause gave. A year outside the plan's period is left to the officer.
     */
    private static void cumulative(Reading r, SourceText.Range sentence, int firstCount, List<LineDraft> lines) {
        Matcher by = DEADLINE.matcher(r.text()).region(sentence.start(), firstCount);
        if (lines.isEmpty() || !by.find() || by.group("year") == null) {
            return;
        }
        int year = Integer.parseInt(by.group("year"));
        if (year < r.periodStart.getYear() || year > r.periodEnd.getYear()) {
            return;
        }
        Span span = r.span(by.start(), by.end());
        for (LineDraft line : lines) {
            line.cumulativeByYear = year;
            line.extract(Extraction.certain("cumulativeByYear", year, span));
        }
    }

    private static void activityLine(Reading r, SourceText.Range sentence, SourceText.Range segment, MatchResultAt activity,
                                     SourceText.Range clause, Optional<MatchResultAt> who, List<MatchResultAt> perActivity) {
        String text = r.text();
        Optional<SourceText.Range> label = labelOf(r, segment, clause.start());
        int from = label.map(SourceText.Range::start).orElse(clause.start());
        LineDraft line = new LineDraft(from);
        int end = descriptionEnd(r, clause);
        Span whole = r.span(from, end);
        line.description = text.substring(from, end).strip();
        line.extract(Extraction.certain("", line.description, whole));

        String clauseText = clause.of(r.source);
        String context = clauseText + " " + text.substring(sentence.start(), activity.start());
        line.activityKind = Lexicon.activity(activity.group("noun"), context).orElseThrow();
        String following = text.substring(activity.end("noun"), Math.min(clause.end(), activity.end("noun") + 40));
        if (activity.group("noun").toLowerCase(java.util.Locale.ROOT).startsWith("đợt") && STUDY.matcher(following).find()) {
            line.activityKind = ActivityKind.STUDY_TOUR; // "03 đợt tham quan, học tập kinh nghiệm"
        }
        Span noun = r.span(activity.start("noun"), activity.end("noun"));
        if (line.activityKind == ActivityKind.STUDY_TOUR && !STUDY.matcher(clauseText).find()) {
            line.extract(Extraction.doubtful("activityKind", line.activityKind, Confidence.MEDIUM, noun,
                    new ExtractionNote.DelegationAsStudyTour()));
        } else {
            line.extract(Extraction.certain("activityKind", line.activityKind, noun));
        }
        if (withinBound(r, line, "plannedActivities", activity, Limits.MAX_ACTIVITIES_PER_LINE,
                ImportFinding.ActivitiesBeyondLimit::new)) {
            line.plannedActivities = (int) VietnameseNumbers.count(activity.group("n"));
            line.extract(number("plannedActivities", line.plannedActivities, activity, r));
        }

        if (who.isPresent()) {
            if (withinBound(r, line, "plannedPersonTurns", who.get(), Limits.MAX_PERSON_TURNS_PER_LINE,
                    ImportFinding.PersonTurnsBeyondLimit::new)) {
                line.plannedPersonTurns = (int) VietnameseNumbers.count(who.get().group("n"));
                line.extract(people(who.get(), line.plannedPersonTurns, r));
            }
        } else {
            perActivity.stream().filter(p -> clause.contains(p.start())).findFirst().ifPresent(per -> line.find(
                    "plannedPersonTurns", new ImportFinding.LearnersPerActivityOnly(per.group().strip()),
                    r.span(per.start(), per.end())));
            if (line.activityKind == ActivityKind.TRAINING_CLASS || line.activityKind == ActivityKind.E_LEARNING_COHORT) {
                line.find("plannedPersonTurns", new ImportFinding.NoPersonTurns(), whole);
            }
        }
        group(r, line, label.orElse(null), clause, new SourceText.Range(sentence.start(), activity.start()), whole);
        r.lines.add(line);
    }

    /**
     * "Tham gia các lớp tập huấn có 545 học viên": the learners of the classes the text has just counted go on that
     * line, if it has no people yet; learners counted per class are person-turns, which the review says.
     */
    private static void learnersOfClassesNamedBefore(Reading r, SourceText.Range segment) {
        Matcher of = LEARNERS_OF_CLASSES.matcher(r.text()).region(segment.start(), segment.end());
        if (!of.find() || r.lines.isEmpty()) {
            return;
        }
        Matcher count = LEARNERS.matcher(r.text()).region(of.end(), segment.end());
        LineDraft last = r.lines.get(r.lines.size() - 1);
        if (!count.lookingAt() || last.plannedActivities == 0 || last.plannedPersonTurns != 0
                || last.activityKind != ActivityKind.TRAINING_CLASS || last.position() > segment.start()) {
            return;
        }
        MatchResultAt learners = new MatchResultAt(count);
        if (withinBound(r, last, "plannedPersonTurns", learners, Limits.MAX_PERSON_TURNS_PER_LINE,
                ImportFinding.PersonTurnsBeyondLimit::new)) {
            last.plannedPersonTurns = (int) VietnameseNumbers.count(learners.group("n"));
            last.extract(Extraction.doubtful("plannedPersonTurns", last.plannedPersonTurns, Confidence.MEDIUM,
                    r.span(learners.start(), learners.end()), new ExtractionNote.LearnersOfClassesNamedBefore()));
            last.findings().removeIf(f -> "plannedPersonTurns".equals(f.field())
                    && f.reason() instanceof ImportFinding.NoPersonTurns);
        }
    }

    /** Person-turns with no count of activities: "sẽ bồi dưỡng cho khoảng 400.000 lượt cán bộ, công chức xã". */
    private static void turnsLine(Reading r, SourceText.Range sentence, SourceText.Range clause, MatchResultAt turns) {
        String text = r.text();
        LineDraft line = new LineDraft(clause.start());
        Span whole = r.span(clause);
        line.description = clause.of(r.source).strip();
        line.extract(Extraction.certain("", line.description, whole));
        if (withinBound(r, line, "plannedPersonTurns", turns, Limits.MAX_PERSON_TURNS_PER_LINE,
                ImportFinding.PersonTurnsBeyondLimit::new)) {
            line.plannedPersonTurns = (int) VietnameseNumbers.count(turns.group("n"));
            line.extract(people(turns, line.plannedPersonTurns, r));
        }
        String sentenceText = sentence.of(r.source);
        if (TRAINING.matcher(sentenceText).find()) {
            line.activityKind = sentenceText.toLowerCase(java.util.Locale.ROOT).contains("trực tuyến")
                    ? ActivityKind.E_LEARNING_COHORT : ActivityKind.TRAINING_CLASS;
            line.extract(Extraction.doubtful("activityKind", line.activityKind, Confidence.MEDIUM, r.span(sentence),
                    new ExtractionNote.KindFromTrainingVerbs()));
        } else {
            line.find("activityKind", new ImportFinding.ActivityKindUnstated(), whole);
        }
        line.find("plannedActivities", new ImportFinding.NoClassCount(), whole);
        group(r, line, null, clause, new SourceText.Range(sentence.start(), turns.start()), whole);
        r.lines.add(line);
    }

    /** The line's target group and cadre level: from its label, its own words, or (less surely) its sentence. */
    private static void group(Reading r, LineDraft line, SourceText.Range label, SourceText.Range clause,
                              SourceText.Range sentenceBefore, Span whole) {
        Optional<TargetGroup> group = label == null ? Optional.empty() : Lexicon.group(label.of(r.source));
        SourceText.Range from = label;
        Confidence confidence = Confidence.HIGH;
        if (group.isEmpty()) {
            group = Lexicon.group(clause.of(r.source));
            from = clause;
        }
        if (group.isEmpty()) {
            group = Lexicon.group(sentenceBefore.of(r.source));
            from = sentenceBefore;
            confidence = Confidence.MEDIUM;
        }
        if (group.isEmpty()) {
            line.find("targetGroup", new ImportFinding.TargetGroupUnstated(), whole);
            return;
        }
        line.targetGroup = group.get();
        Span span = from == label ? r.span(label) : whole;
        line.extract(confidence == Confidence.HIGH ? Extraction.certain("targetGroup", line.targetGroup, span)
                : Extraction.doubtful("targetGroup", line.targetGroup, confidence, span,
                new ExtractionNote.GroupFromSentence()));
        if (line.targetGroup == TargetGroup.CADRE) {
            cadreLevel(r, line, from == clause ? List.of(clause) : List.of(from, clause));
        }
    }

    /**
     * The one level of cadres the line's words name, read from the first phrase that names any. Cadres of several
     * levels ("cán bộ cấp xã, cấp huyện") get no level, reported; "ở các cấp" means every level, which is no one level.
     */
    private static void cadreLevel(Reading r, LineDraft line, List<SourceText.Range> phrases) {
        for (SourceText.Range phrase : phrases) {
            String words = phrase.of(r.source);
            List<Lexicon.LevelMention> named = Lexicon.levels(words);
            if (named.isEmpty()) {
                if (Lexicon.allLevels(words)) {
                    return;
                }
                continue;
            }
            Set<CadreLevel> levels = EnumSet.noneOf(CadreLevel.class);
            named.forEach(n -> levels.add(n.level()));
            Span span = r.span(phrase.start() + named.get(0).start(), phrase.start() + named.get(named.size() - 1).end());
            if (levels.size() == 1) {
                line.cadreLevel = levels.iterator().next();
                line.extract(Extraction.certain("cadreLevel", line.cadreLevel, span));
            } else {
                line.find("cadreLevel", new ImportFinding.SeveralCadreLevels(span.quote()), span);
            }
            return;
        }
    }

    /**
     * Coverage targets: a share of a roster trained by a date, written share first ("100% cán bộ chuyên trách …") or
     * roster first ("tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng đạt ít nhất 80%").
     */
    private static void coverage(Reading r, SourceText.Range sentence) {
        String text = r.text();
        String sentenceText = sentence.of(r.source);
        if (!TARGET_WORDS.matcher(sentenceText).find()) {
            return;
        }
        Matcher m = COVERAGE.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            String before = text.substring(Math.max(sentence.start(), m.start() - 15), m.start());
            int percentAt = m.start("p");
            if (before.matches("(?s).*\\bđạt\\s*$") || r.shares.stream().anyMatch(s -> s.contains(percentAt))
                    || r.notTraining(percentAt)) {
                continue;
            }
            if (Lexicon.PAST.matcher(text.substring(sentence.start(), m.start())).find()) {
                continue;
            }
            Matcher stop = DESCRIPTION_END.matcher(text).region(m.end(), sentence.end());
            int end = stop.find() ? stop.start() : sentence.end();
            while (end > m.end() && ".,".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (text.substring(m.end(), end).isBlank()) {
                continue;
            }
            int percentStart = m.start("q") >= 0 ? m.start("q") : m.start("p");
            // the verb may follow several shares ("100% cán bộ chuyên trách, ít nhất 80% cán bộ … được bồi dưỡng"):
            // a share is of people trained if its clause, up to the next ';', says so
            int clauseEnd = text.indexOf(';', m.end());
            clauseEnd = clauseEnd < 0 || clauseEnd > sentence.end() ? sentence.end() : clauseEnd;
            if (!TRAINING.matcher(text.substring(m.end(), clauseEnd)).find()) {
                Span statement = r.span(percentStart, end);
                r.find(null, new ImportFinding.NonTrainingTarget(statement.quote()), statement);
                r.otherTarget(new SourceText.Range(percentStart, end), VietnameseNumbers.decimal(m.group("p")), "%");
                continue;
            }
            coverageLine(r, sentence, new SourceText.Range(percentStart, end), new SourceText.Range(percentStart, m.end()),
                    m.group("p"), new SourceText.Range(m.end(), end));
        }
        Matcher rosterFirst = ROSTER_FIRST.matcher(text).region(sentence.start(), sentence.end());
        while (rosterFirst.find()) {
            int percentAt = rosterFirst.start("p");
            int clauseStart = Math.max(sentence.start(), text.lastIndexOf(';', rosterFirst.start()) + 1);
            String clauseBefore = text.substring(clauseStart, rosterFirst.end());
            if (r.shares.stream().anyMatch(s -> s.contains(percentAt)) || !TARGET_WORDS.matcher(clauseBefore).find()
                    || Lexicon.PAST.matcher(text.substring(clauseStart, rosterFirst.start())).find()) {
                continue;
            }
            int percentStart = rosterFirst.start("q") >= 0 ? rosterFirst.start("q") : rosterFirst.start("p");
            coverageLine(r, sentence, new SourceText.Range(rosterFirst.start(), rosterFirst.end()),
                    new SourceText.Range(percentStart, rosterFirst.end()), rosterFirst.group("p"),
                    new SourceText.Range(rosterFirst.start("roster"), rosterFirst.end("roster")));
        }
    }

    private static void coverageLine(Reading r, SourceText.Range sentence, SourceText.Range statement,
                                     SourceText.Range percentRange, String percentWritten, SourceText.Range rosterRange) {
        String sentenceText = sentence.of(r.source);
        String roster = rosterRange.of(r.source).strip();
        LineDraft line = new LineDraft(statement.start());
        Span whole = r.span(statement);
        line.description = statement.of(r.source).strip();
        line.extract(Extraction.certain("", line.description, whole));
        BigDecimal percent = VietnameseNumbers.decimal(percentWritten);
        Span percentSpan = r.span(percentRange);
        if (percent.compareTo(BigDecimal.ONE) < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            line.find("coverage.percent", new ImportFinding.ShareOutOfRange(percentSpan.quote()), percentSpan);
        } else {
            line.coveragePercent = percent.intValue();
            line.extract(percent.scale() > 0 && percent.stripTrailingZeros().scale() > 0
                    ? Extraction.doubtful("coverage.percent", line.coveragePercent, Confidence.LOW, percentSpan,
                    new ExtractionNote.ShareRoundedDown())
                    : Extraction.certain("coverage.percent", line.coveragePercent, percentSpan));
        }
        line.rosterDescription = roster;
        Span rosterSpan = r.span(rosterRange);
        line.extract(Extraction.certain("coverage.rosterDescription", roster, rosterSpan));
        line.populationUnit = HOUSEHOLDS.matcher(roster).lookingAt() ? PopulationUnit.HOUSEHOLD : PopulationUnit.PERSON;
        line.extract(Extraction.certain("coverage.populationUnit", line.populationUnit, rosterSpan));
        deadline(r, sentence, line);
        line.find("coverage.rosterSize", new ImportFinding.RosterSizeNeeded(), whole);
        if (TRAINING.matcher(sentenceText).find()) {
            line.activityKind = ActivityKind.TRAINING_CLASS;
            line.extract(Extraction.doubtful("activityKind", line.activityKind, Confidence.MEDIUM, whole,
                    new ExtractionNote.ShareOfPeopleTrained()));
        }
        Optional<TargetGroup> group = Lexicon.group(roster);
        if (group.isPresent()) {
            line.targetGroup = group.get();
            line.extract(Extraction.certain("targetGroup", line.targetGroup, rosterSpan));
            if (line.targetGroup == TargetGroup.CADRE) {
                cadreLevel(r, line, List.of(rosterRange));
            }
        } else {
            line.find("targetGroup", new ImportFinding.ShareGroupUnstated(), whole);
        }
        r.lines.add(line);
    }

    private static void deadline(Reading r, SourceText.Range sentence, LineDraft line) {
        Matcher m = DEADLINE.matcher(r.text()).region(sentence.start(), sentence.end());
        if (m.find()) {
            LocalDate by = m.group("year") != null ? LocalDate.of(Integer.parseInt(m.group("year")), 12, 31)
                    : VietnameseNumbers.date(m.group("date")).orElse(null);
            if (by != null) {
                line.coverageBy = by;
                line.extract(Extraction.certain("coverage.byDate", by, r.span(m.start(), m.end())));
                return;
            }
        }
        if (r.periodEnd != null) {
            line.coverageBy = r.periodEnd;
            line.extract(Extraction.doubtful("coverage.byDate", r.periodEnd, Confidence.MEDIUM, r.span(sentence),
                    new ExtractionNote.DeadlineFromPeriodEnd()));
        } else {
            line.find("coverage.byDate", new ImportFinding.NoShareDeadline(), r.span(sentence));
        }
    }

    /**
     * A result right after the count: "… lượt người, đạt 80,6% so với mục tiêu". An "đạt" inside a share of the people
     * to train ("trong đó tỷ lệ người DTTS đạt 70%") states a target, not a result.
     */
    private static boolean achieved(Reading r, int from, int end) {
        Matcher m = ACHIEVED.matcher(r.text()).region(from, end);
        while (m.find() && m.start() - from <= 80) {
            int at = m.start();
            if (r.shares.stream().noneMatch(s -> s.contains(at) || s.start() == m.end())) {
                return true;
            }
        }
        return false;
    }

    /** A label such as "Nhóm cộng đồng:" right before the count. */
    private static Optional<SourceText.Range> labelOf(Reading r, SourceText.Range segment, int countStart) {
        String before = r.text().substring(segment.start(), countStart);
        String trimmed = before.stripTrailing();
        if (!trimmed.endsWith(":")) {
            return Optional.empty();
        }
        int colon = segment.start() + trimmed.length() - 1;
        int previous = r.text().lastIndexOf(':', colon - 1);
        int start = Math.max(segment.start(), previous + 1);
        // a list item's label: "- Tập huấn cho cộng đồng:", "a) Nhóm cán bộ:"
        String label = r.text().substring(start, colon).strip().replaceFirst("^(?:[-+•*–]|\\d+(?:\\.\\d+)*[.)]|[a-zđ][.)])\\s*", "");
        if (label.isEmpty() || label.length() > 120) {
            return Optional.empty();
        }
        int labelStart = start + r.text().substring(start, colon).indexOf(label);
        return Optional.of(new SourceText.Range(labelStart, labelStart + label.length()));
    }

    /**
     * Whether the count of {@code m} is one a target line can hold; if not, the value is left for the officer and a
     * finding quotes it with the bound, so the draft never carries a number the plan would refuse.
     */
    private static boolean withinBound(Reading r, LineDraft line, String field, MatchResultAt m, int max,
                                       BiFunction<String, Integer, ImportFinding> beyond) {
        if (VietnameseNumbers.count(m.group("n")) <= max) {
            return true;
        }
        Span span = r.span(m.start("n"), m.end());
        line.find(field, beyond.apply(m.group("n"), max), span);
        return false;
    }

    private static Extraction number(String field, int value, MatchResultAt m, Reading r) {
        Span span = r.span(m.start(), m.end("n"));
        String qualifier = m.group("q");
        if (qualifier == null) {
            return Extraction.certain(field, value, span);
        }
        String q = qualifier.strip();
        return Extraction.doubtful(field, value, Confidence.MEDIUM, span, new ExtractionNote.CountQualified(q, m.group("n")));
    }

    private static Extraction people(MatchResultAt m, int value, Reading r) {
        Span span = r.span(m.start(), m.end());
        String qualifier = m.group("q");
        boolean turns = m.group().toLowerCase(java.util.Locale.ROOT).contains("lượt");
        if (qualifier == null && turns) {
            return Extraction.certain("plannedPersonTurns", value, span);
        }
        // here a count of turns always has its qualifier: without one it was certain
        return Extraction.doubtful("plannedPersonTurns", value, Confidence.MEDIUM, span, turns
                ? new ExtractionNote.TurnsQualified(qualifier.strip(), m.group("n")) : new ExtractionNote.PeopleAsTurns());
    }

    /** A line's description stops before the shares stated with it ("…, trong đó ít nhất 60% là người DTTS"). */
    private static int descriptionEnd(Reading r, SourceText.Range clause) {
        int end = r.shares.stream().mapToInt(ShareReader.Share::start).filter(at -> at > clause.start() && at < clause.end())
                .min().orElse(clause.end());
        if (end == clause.end()) {
            return end;
        }
        String kept = r.text().substring(clause.start(), end)
                .replaceFirst("(?:[\\s,;:(]+(?:trong\\s+đó|ưu\\s+tiên|bảo\\s+đảm|đảm\\s+bảo|với))?[\\s,;:(]*$", "");
        return clause.start() + kept.length();
    }

    private static int trimConnectors(String text, int start, int end) {
        String clause = text.substring(start, end);
        String trimmed = clause.replaceFirst("(?:[\\s,]+(?:và|với|cùng))?[\\s,.;:]*$", "");
        return start + trimmed.length();
    }

    private static int firstStart(List<MatchResultAt> a, List<MatchResultAt> b, List<MatchResultAt> c) {
        int first = Integer.MAX_VALUE;
        for (List<MatchResultAt> list : List.of(a, b, c)) {
            for (MatchResultAt m : list) {
                first = Math.min(first, m.start());
            }
        }
        return first;
    }

    private static List<MatchResultAt> all(Pattern pattern, String text, SourceText.Range range) {
        List<MatchResultAt> found = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(range.start(), range.end());
        while (m.find()) {
            found.add(new MatchResultAt(m));
        }
        return found;
    }

    /** A match kept after its matcher moved on, with the named groups it has. */
    static final class MatchResultAt {
        private static final String[] NAMES = {"q", "n", "noun", "who", "per", "p"};
        private final int start;
        private final int end;
        private final String text;
        private final java.util.Map<String, int[]> groups = new java.util.HashMap<>();

        MatchResultAt(Matcher m) {
            start = m.start();
            end = m.end();
            text = m.group();
            for (String name : NAMES) {
                try {
                    if (m.group(name) != null) {
                        groups.put(name, new int[]{m.start(name), m.end(name)});
                    }
                } catch (IllegalArgumentException notInThisPattern) {
                    // each pattern has only some of the names
                }
            }
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String group() {
            return text;
        }

        /** The named group's text, or null if it did not take part in the match. */
        String group(String name) {
            int[] at = groups.get(name);
            return at == null ? null : text.substring(at[0] - start, at[1] - start);
        }

        int start(String name) {
            int[] at = groups.get(name);
            return at == null ? -1 : at[0];
        }

        int end(String name) {
            int[] at = groups.get(name);
            return at == null ? -1 : at[1];
        }
    }

    private TargetReader() {
    }
}
