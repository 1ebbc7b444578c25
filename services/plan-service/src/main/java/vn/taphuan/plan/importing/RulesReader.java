package vn.taphuan.plan.importing;

import vn.taphuan.plan.programme.ActivityRules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules the plan sets for its courses: "mỗi khóa tập huấn không dưới 2 ngày, trong đó có ít nhất 1 buổi khảo sát
 * thực tế hoặc thực hành", "tham dự ít nhất 80% thời gian". Compared with the programme's rules: a plan may be
 * stricter, never looser.
 */
final class RulesReader {

    private static final String AT_LEAST = "(?:không\\s+dưới|ít\\s+nhất|tối\\s+thiểu|từ)\\s+";
    private static final Pattern DAYS = Pattern.compile(AT_LEAST + "(?<n>\\d{1,2})\\s+ngày", Lexicon.FLAGS);
    private static final Pattern COURSE = Pattern.compile("khóa|khoá|lớp", Lexicon.FLAGS);
    private static final Pattern FIELD = Pattern.compile(AT_LEAST + "(?<n>\\d{1,2})\\s+buổi\\s+(?:khảo\\s+sát|thực\\s+hành|thực\\s+tế|tham\\s+quan)",
            Lexicon.FLAGS);
    private static final Pattern ATTENDANCE = Pattern.compile("(?:tham\\s+dự|tham\\s+gia|học)\\s+" + AT_LEAST
            + "(?<n>\\d{1,3})\\s*%\\s*(?:thời\\s+gian|số\\s+buổi|thời\\s+lượng)", Lexicon.FLAGS);

    static void read(Reading r) {
        Integer days = null;
        Integer field = null;
        Integer attendance = null;
        Matcher d = DAYS.matcher(r.text());
        while (d.find()) {
            if (COURSE.matcher(r.source.sentenceOf(d.start()).of(r.source)).find()) {
                days = Integer.parseInt(d.group("n"));
                r.extract(Extraction.certain("rules.minDurationDays", days, r.span(d.start(), d.end())));
                break;
            }
        }
        Matcher f = FIELD.matcher(r.text());
        if (f.find()) {
            field = Integer.parseInt(f.group("n"));
            r.extract(Extraction.certain("rules.minFieldSessions", field, r.span(f.start(), f.end())));
        }
        Matcher a = ATTENDANCE.matcher(r.text());
        if (a.find()) {
            attendance = Integer.parseInt(a.group("n"));
            r.extract(Extraction.certain("rules.minAttendancePercent", attendance, r.span(a.start(), a.end())));
        }
        if (days == null && field == null && attendance == null) {
            return;
        }
        ActivityRules programme = r.programme == null ? null : r.programme.rules();
        int attendancePercent = attendance != null ? attendance : programme != null ? programme.minAttendancePercent() : 100;
        ActivityRules read = new ActivityRules(days, field, attendancePercent);
        if (programme != null && !programme.loosenedBy(read, "rules.").isEmpty()) {
            r.find("rules", new ImportFinding.RulesLooserThanProgramme(), null);
            read = programme.tightenedBy(read);
        }
        r.rules = read;
    }

    private RulesReader() {
    }
}
