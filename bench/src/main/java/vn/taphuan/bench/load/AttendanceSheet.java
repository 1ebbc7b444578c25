package vn.taphuan.bench.load;

import vn.taphuan.bench.nation.ClassSpec;
import vn.taphuan.bench.nation.Learner;
import vn.taphuan.bench.nation.Learners;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The attendance sheet of an activity as a commune officer fills in enrolment-service's template and saves it as
 * "CSV UTF-8": the template's columns in its order (STT, Họ và tên … Đối tượng, one "Buổi n (date, kind)" per
 * session), "x" where present. Level and target group are left blank, as the template allows (the line decides).
 * A learner who completes attended every session; one who does not attended one session fewer than the rule asks.
 */
final class AttendanceSheet {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AttendanceSheet() {
    }

    static byte[] csv(ClassSpec activity, List<Learners.Row> rows, int sessionsRequired) {
        StringBuilder csv = new StringBuilder(rows.size() * 140 + 400);
        csv.append("STT,Họ và tên,Giới tính,Năm sinh,Dân tộc,Chức vụ,Cấp,Đơn vị,CCCD,Đối tượng");
        for (int s = 0; s < activity.sessions().size(); s++) {
            ClassSpec.Session session = activity.sessions().get(s);
            csv.append(",\"Buổi ").append(s + 1).append(" (").append(DAY.format(session.date())).append(", ")
                    .append(session.kind().equals("FIELD") ? "thực tế/thực hành" : "lý thuyết").append(")\"");
        }
        csv.append('\n');
        int present = Math.max(0, sessionsRequired - 1);
        for (int r = 0; r < rows.size(); r++) {
            Learner learner = rows.get(r).learner();
            csv.append(r + 1).append(',').append(quoted(learner.fullName())).append(',')
                    .append(learner.woman() ? "Nữ" : "Nam").append(',').append(learner.birthYear()).append(',')
                    .append(quoted(learner.ethnicity())).append(',').append(quoted(learner.jobTitle())).append(",,")
                    .append(learner.unitCode()).append(',').append(learner.nationalId()).append(',');
            boolean completes = rows.get(r).completes();
            for (int s = 0; s < activity.sessions().size(); s++) {
                csv.append(',').append(completes || s < present ? "x" : "");
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Job titles have commas ("Tổ duy tu, bảo dưỡng công trình"). */
    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
