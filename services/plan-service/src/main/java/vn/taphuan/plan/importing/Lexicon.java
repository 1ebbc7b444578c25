package vn.taphuan.plan.importing;

import vn.taphuan.plan.plan.FundingSource;
import vn.taphuan.plan.programme.ActivityKind;
import vn.taphuan.plan.programme.CadreLevel;
import vn.taphuan.plan.programme.TargetGroup;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words Vietnamese training plans use for what the parser looks for: activities, target groups, levels,
 * funding sources, organisations, and whether a statement is a target or a reported result. General vocabulary of
 * the domain, not phrases of particular documents.
 */
final class Lexicon {

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** Qualifiers before a number: more than, at least, about, at most. */
    static final String QUALIFIER = "(?:hơn|trên|khoảng|gần|ít nhất|tối thiểu|không dưới|tối đa|không quá|dưới)";

    /** Words that make a statement a plan (target) rather than a report, when they come before its number. */
    static final Pattern FUTURE = Pattern.compile(
            "dự kiến|\\bsẽ\\b|phấn đấu|cần phải|mục tiêu(?!\\s+quốc\\s+gia)|chỉ tiêu|đề ra|kế hoạch", FLAGS);
    /** Words that make a statement a reported result. */
    static final Pattern PAST = Pattern.compile(
            "\\bđã\\s+(?:tổ chức|mở|bồi dưỡng|tập huấn|đào tạo|thực hiện|triển khai|hoàn thành)|\\bđến nay\\b"
                    + "|được\\s+(?:bồi dưỡng|đào tạo|tập huấn)(?:\\s+\\S+){0,8}?\\s+là\\b|\\bkết quả\\b", FLAGS);
    /**
     * A statement of what the plan rests on ("Căn cứ …", "Thực hiện Quyết định …", "Xét đề nghị …"): plans, periods
     * and targets named there belong to the documents cited, not to this plan.
     */
    static final Pattern BASIS_STATEMENT = Pattern.compile("^\\s*(?:[-+•*]\\s*)?(?:căn\\s+cứ|thực\\s+hiện\\s+(?:quyết\\s+định|"
            + "nghị\\s+quyết|nghị\\s+định|thông\\s+tư|chỉ\\s+thị|kế\\s+hoạch|công\\s+văn|văn\\s+bản)|xét\\s+(?:đề\\s+nghị|tờ\\s+trình))",
            FLAGS);
    /** A total stated on its own ("Tổng số lượt … là …"): checked against the lines, never a line itself. */
    static final Pattern TOTAL = Pattern.compile("^\\s*(?:tổng số|tổng cộng|tổng\\s+lượt)", FLAGS);

    private static final Pattern COMMUNITY = Pattern.compile(
            "cộng đồng|người dân(?!\\s+tộc)|nông dân|người có uy tín|cộng tác viên|lao động nông thôn|hộ gia đình|hộ nghèo", FLAGS);
    private static final Pattern CADRE = Pattern.compile(
            "cán bộ|công chức|viên chức|Ban Chỉ đạo|Ban quản lý|trưởng thôn|bí thư|báo cáo viên|giảng viên", FLAGS);
    private static final Pattern ALL_LEVELS = Pattern.compile("(?:ở\\s+)?các cấp(?!\\s+(?:tỉnh|huyện|xã|thôn))", FLAGS);
    private static final String LEVEL_WORD = "(?:tỉnh|huyện|xã|thôn|bản)(?!\\w)(?!\\s+hội)";
    /** "cấp xã", "cán bộ, công chức xã", and the levels listed after one: "cấp xã, cấp huyện", "cán bộ tỉnh, huyện, xã". */
    private static final Pattern LEVELS = Pattern.compile("(?:(?<!\\w)cấp|(?:cán bộ|công chức)(?:,\\s*(?:cán bộ|công chức))?)\\s+"
            + "(?<first>" + LEVEL_WORD + ")(?<more>(?:\\s*(?:,|và|-|/)\\s*(?:cấp\\s+)?" + LEVEL_WORD + ")*)", FLAGS);
    private static final Pattern LEVEL_IN_LIST = Pattern.compile("tỉnh|huyện|xã|thôn|bản", FLAGS);
    private static final Pattern GRASSROOTS = Pattern.compile("(?<!\\w)(?:ở|cấp)\\s+cơ\\s+sở(?!\\w)", FLAGS);
    private static final Pattern VILLAGE_HEADS = Pattern.compile("(?<!\\w)(?:trưởng\\s+(?:thôn|bản)|bí\\s+thư\\s+chi\\s+bộ)(?!\\w)", FLAGS);

    private static final Pattern ORGANISATION = Pattern.compile(
            "^(?:Chủ tịch|UBND|Ủy ban|Uỷ ban|Ban|Bộ|Sở|Văn phòng|HĐND|Hội đồng|Thủ tướng|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|"
                    + "Huyện uỷ|Phòng|Trung tâm|Các sở|Công an|Bộ Chỉ huy|Hội|Đoàn|Liên minh|Mặt trận)\\b.*",
            Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

    /** Words that make a phrase a statement (what someone did or does), so it cannot be the name of a body. */
    private static final Pattern STATEMENT = Pattern.compile("(?<!\\p{L})(?:đã|sẽ|đang|vừa|được|là|có|cần|phải|không|cũng|đều"
            + "|giao|yêu\\s+cầu|đề\\s+nghị|ban\\s+hành|chỉ\\s+đạo|xây\\s+dựng(?!\\s+(?:nông\\s+thôn|NTM))|như\\s+sau"
            + "|với|cho|theo)(?!\\p{L})", Pattern.UNICODE_CHARACTER_CLASS);

    /** True if the phrase says what someone does ("Ban Dân tộc tỉnh xây dựng Kế hoạch"), not only who they are. */
    static boolean readsAsStatement(String phrase) {
        return STATEMENT.matcher(phrase).find();
    }

    static boolean isOrganisation(String phrase) {
        return phrase != null && ORGANISATION.matcher(phrase.strip()).matches();
    }

    /** The kind of activity a noun after a count names; {@code within} is the rest of its clause. */
    static Optional<ActivityKind> activity(String noun, String within) {
        String n = noun.toLowerCase(Locale.ROOT);
        String w = within.toLowerCase(Locale.ROOT);
        if (n.startsWith("lớp") || n.startsWith("khóa") || n.startsWith("khoá") || n.startsWith("đợt")) {
            return Optional.of(w.contains("trực tuyến") || w.contains("e-learning") || w.contains("elearning")
                    ? ActivityKind.E_LEARNING_COHORT : ActivityKind.TRAINING_CLASS);
        }
        if (n.startsWith("hội thảo") || n.startsWith("hội nghị") || n.startsWith("tọa đàm") || n.startsWith("toạ đàm")) {
            return Optional.of(ActivityKind.WORKSHOP);
        }
        if (n.startsWith("đoàn") || n.startsWith("chuyến")) {
            return Optional.of(ActivityKind.STUDY_TOUR);
        }
        return Optional.empty();
    }

    /** Community or cadres, if the phrase says which (and not both). */
    static Optional<TargetGroup> group(String phrase) {
        boolean community = COMMUNITY.matcher(phrase).find();
        boolean cadre = CADRE.matcher(phrase).find();
        if (community == cadre) {
            return Optional.empty();
        }
        return Optional.of(community ? TargetGroup.COMMUNITY : TargetGroup.CADRE);
    }

    /** A level of cadres named in a phrase, {@code [start, end)} within it. */
    record LevelMention(CadreLevel level, int start, int end) {
    }

    /**
     * Every level of cadres the phrase names, in order: "cán bộ cấp xã, cấp huyện" names two, "cán bộ, công chức xã"
     * one; "các cấp" (all levels) names none.
     */
    static java.util.List<LevelMention> levels(String phrase) {
        java.util.List<LevelMention> found = new java.util.ArrayList<>();
        java.util.regex.Matcher m = LEVELS.matcher(phrase);
        while (m.find()) {
            found.add(new LevelMention(levelOf(m.group("first")), m.start(), m.end("first")));
            java.util.regex.Matcher more = LEVEL_IN_LIST.matcher(phrase).region(m.start("more"), m.end("more"));
            while (more.find()) {
                found.add(new LevelMention(levelOf(more.group()), more.start(), more.end()));
            }
        }
        for (Pattern words : java.util.List.of(GRASSROOTS, VILLAGE_HEADS)) {
            java.util.regex.Matcher w = words.matcher(phrase);
            while (w.find()) {
                found.add(new LevelMention(words == GRASSROOTS ? CadreLevel.COMMUNE : CadreLevel.VILLAGE, w.start(), w.end()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(LevelMention::start));
        return found;
    }

    /** True if the phrase speaks of cadres at all levels ("ở các cấp"), which is no one level. */
    static boolean allLevels(String phrase) {
        return ALL_LEVELS.matcher(phrase).find();
    }

    private static CadreLevel levelOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "tỉnh" -> CadreLevel.PROVINCE;
            case "huyện" -> CadreLevel.DISTRICT;
            case "xã" -> CadreLevel.COMMUNE;
            default -> CadreLevel.VILLAGE;
        };
    }

    /**
     * The funding source a phrase names, e.g. "nguồn sự nghiệp giáo dục ngân sách trung ương" → CENTRAL, "NSĐP" (the
     * local budget) → PROVINCE. Empty for a source it cannot place ("vốn lồng ghép"): the officer chooses.
     */
    static Optional<FundingSource> source(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (p.contains("trung ương") || p.matches("(?s).*(?<!\\p{L})nstw(?!\\p{L}).*")) {
            return Optional.of(p.contains("đầu tư") ? FundingSource.CENTRAL_INVESTMENT : FundingSource.CENTRAL);
        }
        if (p.contains("xã hội hóa") || p.contains("xã hội hoá") || p.contains("xhh") || p.contains("đóng góp")) {
            return Optional.of(FundingSource.SOCIAL);
        }
        if (p.contains("ngân sách tỉnh") || p.contains("ns tỉnh") || p.contains("cấp tỉnh") || isLocalBudget(p)) {
            return Optional.of(FundingSource.PROVINCE);
        }
        if (p.contains("ngân sách huyện") || p.contains("ns huyện") || p.contains("cấp huyện")) {
            return Optional.of(FundingSource.DISTRICT);
        }
        if (p.contains("ngân sách xã") || p.contains("ns xã") || p.contains("cấp xã")) {
            return Optional.of(FundingSource.COMMUNE);
        }
        if (p.contains("hợp pháp khác") || p.contains("nguồn khác") || p.contains("tài trợ")) {
            return Optional.of(FundingSource.OTHER);
        }
        return Optional.empty();
    }

    /** "Ngân sách địa phương" (NSĐP): the province's budget unless the text says which level. */
    static boolean isLocalBudget(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        return p.contains("địa phương") || p.matches("(?s).*(?<!\\p{L})nsđp(?!\\p{L}).*");
    }

    /** Issuers implied by the suffix of a document number, e.g. QĐ-TTg → Thủ tướng Chính phủ. */
    static Optional<String> issuerOf(String number) {
        String suffix = number.substring(number.lastIndexOf('-') + 1);
        String last = number.substring(number.lastIndexOf('/') + 1);
        if (suffix.equals("TTg")) {
            return Optional.of("Thủ tướng Chính phủ");
        }
        if (suffix.equals("UBDT")) {
            return Optional.of("Ủy ban Dân tộc");
        }
        if (suffix.equals("CP") || last.equals("NĐ-CP")) {
            return Optional.of("Chính phủ");
        }
        if (suffix.startsWith("UBTVQH")) {
            return Optional.of("Ủy ban Thường vụ Quốc hội");
        }
        if (last.matches("QH\\d+")) {
            return Optional.of("Quốc hội");
        }
        if (suffix.equals("BNV")) {
            return Optional.of("Bộ Nội vụ");
        }
        if (suffix.equals("BNNPTNT")) {
            return Optional.of("Bộ Nông nghiệp và Phát triển nông thôn");
        }
        if (suffix.equals("BTC")) {
            return Optional.of("Bộ Tài chính");
        }
        if (suffix.equals("BLĐTBXH")) {
            return Optional.of("Bộ Lao động - Thương binh và Xã hội");
        }
        return Optional.empty();
    }

    private Lexicon() {
    }
}
