package vn.taphuan.plan.importing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets stated as counts of things built, bought or supplied, not of training: "xây dựng 05 nhà văn hóa", "trang
 * bị 20 bộ máy tính cho …", "mua sắm trang thiết bị cho 15 trung tâm học tập cộng đồng", "hỗ trợ 3 điểm truy cập
 * internet". Each is kept with the plan as a target of another kind (its words, figure, what the figure counts and
 * its span), shown and never tracked; no training line is read from inside it. Read before the training lines.
 * <p>
 * A count of people ("hỗ trợ 30 học viên") or of classes with nothing supplied ("hỗ trợ 10 lớp tập huấn") stays
 * the training reader's. Where the statement could be either — things supplied to classes ("trang bị máy chiếu cho
 * 10 lớp học": classes or classrooms), or things counted in a statement that speaks of training — a finding says
 * what to check.
 */
final class OtherCountReader {

    /** Verbs of building, buying and supplying; "cấp" alone is too often a level ("cấp xã") to be one. */
    private static final Pattern PROVISION = Pattern.compile("(?<!\\p{L})(?:xây\\s+dựng(?:\\s+mới)?|xây\\s+mới|nâng\\s+cấp"
            + "|sửa\\s+chữa|cải\\s+tạo|trang\\s+bị|mua\\s+sắm|lắp\\s+đặt|cấp\\s+phát|cấp\\s+mới|cung\\s+cấp|hỗ\\s+trợ"
            + "|đầu\\s+tư)(?!\\p{L})", Lexicon.FLAGS);
    /** The count the verb gives, the first after it in its statement: "05 nhà văn hóa". */
    private static final Pattern COUNTED = Pattern.compile("(?<n>" + VietnameseNumbers.COUNT + ")\\s+(?<noun>\\p{L}[\\p{L}\\s-]*)",
            Lexicon.FLAGS);
    /** What ends the name of the things counted: whom or where they are for, a new clause. */
    private static final Pattern NOUN_END = Pattern.compile("\\s+(?:cho|tại|ở|trên|để|phục\\s+vụ|với|thuộc|của|và|nhằm"
            + "|đến|trong|từ|theo|gồm|tổ\\s+chức|tham\\s+gia|được)(?!\\p{L})", Lexicon.FLAGS);
    /** The statement ends where another begins: a clause of training or of another provision after a comma or "và". */
    private static final Pattern NEXT_STATEMENT = Pattern.compile("(?:,|\\s+và|\\s+đồng\\s+thời)\\s+(?=(?:tổ\\s+chức|mở|tập\\s+huấn"
            + "|bồi\\s+dưỡng|đào\\s+tạo|xây\\s+dựng|nâng\\s+cấp|sửa\\s+chữa|cải\\s+tạo|trang\\s+bị|mua\\s+sắm|lắp\\s+đặt|hỗ\\s+trợ"
            + "|đầu\\s+tư|cung\\s+cấp)(?!\\p{L}))", Lexicon.FLAGS);
    /** People counted: the training reader's ("hỗ trợ 30 học viên", "200 hộ"). */
    private static final Pattern PEOPLE = Pattern.compile("^(?:lượt|người|học\\s+viên|cán\\s+bộ|công\\s+chức|viên\\s+chức"
            + "|đại\\s+biểu|hộ|hội\\s+viên|nông\\s+dân|lao\\s+động|thành\\s+viên|giáo\\s+viên|báo\\s+cáo\\s+viên"
            + "|tuyên\\s+truyền\\s+viên|học\\s+sinh|em|phụ\\s+nữ|thanh\\s+niên|đồng\\s+bào|già\\s+làng|trưởng"
            + "|chủ\\s+hộ|xã\\s+viên|đối\\s+tượng)(?!\\p{L})", Lexicon.FLAGS);
    /** Classes and meetings counted: training, unless things are supplied to them. */
    private static final Pattern ACTIVITIES = Pattern.compile("^(?:lớp|khóa|khoá|đợt|hội\\s+thảo|hội\\s+nghị|buổi|cuộc"
            + "|tọa\\s+đàm|toạ\\s+đàm|chuyến|đoàn)(?!\\p{L})", Lexicon.FLAGS);
    /** Money, time and places counted are not things supplied: the budget's, the period's, the scope's. */
    private static final Pattern NOT_THINGS = Pattern.compile("^(?:đồng|triệu|tỷ|tỉ|nghìn|ngàn|năm|tháng|ngày|giờ|tiết"
            + "|xã|phường|thị\\s+trấn|huyện|tỉnh|thôn|bản|làng|ấp|tổ|khu|lần|%"
            + "|cho|tại|ở|trên|để|với|thuộc|của|và|theo|từ|đến|trong)(?!\\p{L})", Lexicon.FLAGS);
    private static final Pattern TRAINING = Pattern.compile("tập\\s+huấn|bồi\\s+dưỡng|đào\\s+tạo|học\\s+viên|lớp\\s+học",
            Lexicon.FLAGS);
    /**
     * Between the verb and its count: nothing but a qualifier ("xây dựng mới 05", "hỗ trợ ít nhất 3"), or the things
     * supplied and whom they are for ("trang thiết bị cho 15 trung tâm"). Anything else and the count is not its object.
     */
    private static final Pattern OBJECT_FIRST = Pattern.compile("\\s*(?:(?:thêm|mới|khoảng|ít\\s+nhất|tối\\s+thiểu|hơn|trên"
            + "|tối\\s+đa|không\\s+quá|từ|được)\\s+)*|\\s*[\\p{L}\\s,]{2,60}?\\s+cho\\s+(?:(?:các|mỗi)\\s+)?",
            Lexicon.FLAGS);
    /** What a number after it names: a year, a date, a document or a part of a programme, not a count. */
    private static final Pattern CITED = Pattern.compile("(?<!\\p{L})(?:năm|số|ngày|tháng|giai\\s+đoạn|quý|nghị\\s+định"
            + "|thông\\s+tư|quyết\\s+định|kế\\s+hoạch|công\\s+văn|chương\\s+trình|dự\\s+án|nội\\s+dung|mục|khoản|điểm"
            + "|điều|tiêu\\s+chí|phụ\\s+lục)\\s*$", Lexicon.FLAGS);
    private static final Pattern DONE = Pattern.compile("(?<!\\p{L})(?:đã|đến\\s+nay)(?!\\p{L})", Lexicon.FLAGS);
    /** The object between the verb and a count of classes: something supplied to them. */
    private static final Pattern SUPPLIED_TO = Pattern.compile("\\s*\\p{L}{2,}.*\\s+cho\\s+$", Lexicon.FLAGS | Pattern.DOTALL);

    static void read(Reading r) {
        String text = r.text();
        for (SourceText.Range sentence : r.source.sentences()) {
            String sentenceText = sentence.of(r.source);
            if (Lexicon.BASIS_STATEMENT.matcher(sentenceText).find()) {
                continue;
            }
            Matcher verb = PROVISION.matcher(text).region(sentence.start(), sentence.end());
            int searchFrom = sentence.start();
            while (verb.find(searchFrom)) {
                if (verb.start() >= sentence.end()) {
                    break;
                }
                int end = statementEnd(text, verb.end(), sentence.end());
                searchFrom = Math.max(verb.end(), end);
                statement(r, sentence, verb.start(), verb.end(), end);
            }
        }
    }

    private static int statementEnd(String text, int from, int sentenceEnd) {
        int semicolon = text.indexOf(';', from);
        int end = semicolon < 0 || semicolon > sentenceEnd ? sentenceEnd : semicolon;
        Matcher next = NEXT_STATEMENT.matcher(text).region(from, end);
        return next.find() ? next.start() : end;
    }

    private static void statement(Reading r, SourceText.Range sentence, int start, int verbEnd, int end) {
        String text = r.text();
        String before = text.substring(sentence.start(), start);
        if (DONE.matcher(before).find() && !Lexicon.FUTURE.matcher(before).find()) {
            return; // "đã xây dựng 05 nhà văn hóa": a result
        }
        Matcher counted = COUNTED.matcher(text).region(verbEnd, end);
        if (!counted.find() || counted.start() - verbEnd > 80) {
            return;
        }
        String between = text.substring(verbEnd, counted.start());
        if (!OBJECT_FIRST.matcher(between).matches() || CITED.matcher(between).find() || between.contains("%")) {
            // the count is not the verb's object ("xây dựng NTM với 6 chuyên đề", "giai đoạn 2021-2025"), or it is
            // a year, a date, a document or a part of one ("Dự án 5")
            return;
        }
        Matcher nounEnd = NOUN_END.matcher(text).region(counted.start("noun"), counted.end("noun"));
        int unitEnd = nounEnd.find() ? nounEnd.start() : counted.end("noun");
        String unit = text.substring(counted.start("noun"), unitEnd).strip().replaceAll("\\s+", " ");
        String[] words = unit.split(" ");
        if (words.length > 6) {
            unit = String.join(" ", java.util.Arrays.copyOf(words, 6));
        }
        if (unit.isEmpty() || PEOPLE.matcher(unit).find() || NOT_THINGS.matcher(unit).find()) {
            return;
        }
        int trimmed = trim(text, start, end);
        Span statement = r.span(start, trimmed);
        if (ACTIVITIES.matcher(unit).find()) {
            if (SUPPLIED_TO.matcher(between).matches()) {
                // "trang bị máy chiếu cho 10 lớp học": ten classes of training, or ten classrooms equipped
                r.notTraining(new SourceText.Range(start, trimmed));
                r.find(null, new ImportFinding.ThingsSuppliedToClasses(statement.quote(),
                        counted.group("n") + " " + unit.toLowerCase(Locale.ROOT)), statement);
            }
            return;
        }
        r.notTraining(new SourceText.Range(start, trimmed));
        r.otherTarget(new SourceText.Range(start, trimmed),
                java.math.BigDecimal.valueOf(VietnameseNumbers.count(counted.group("n"))), unit);
        if (TRAINING.matcher(statement.quote()).find()) {
            r.find(null, new ImportFinding.OtherTargetMayBeTraining(statement.quote()), statement);
        } else {
            r.find(null, new ImportFinding.NonTrainingTarget(statement.quote()), statement);
        }
    }

    private static int trim(String text, int start, int end) {
        String trimmed = text.substring(start, end).replaceFirst("[\\s,.;:]+$", "");
        return start + trimmed.length();
    }

    private OtherCountReader() {
    }
}
