package vn.taphuan.bench.load;

import org.junit.jupiter.api.Test;
import vn.taphuan.bench.nation.ClassSpec;
import vn.taphuan.bench.nation.Learners;
import vn.taphuan.bench.nation.Nation;
import vn.taphuan.bench.nation.ProvinceLoad;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AttendanceSheetTest {

    @Test
    void theSheetHasTheTemplatesColumnsAndMarksTheSessionsAttended() {
        ProvinceLoad province = Nation.generate(5_000, 34, 0, 3).provinces().get(2);
        ClassSpec activity = province.classes().get(0);
        List<Learners.Row> rows = new Learners(province, List.of("P-12"), 3).sheet(activity);
        String[] lines = new String(AttendanceSheet.csv(activity, rows, 4), StandardCharsets.UTF_8).split("\n");

        assertThat(lines[0]).startsWith("STT,Họ và tên,Giới tính,Năm sinh,Dân tộc,Chức vụ,Cấp,Đơn vị,CCCD,Đối tượng,\"Buổi 1 (")
                .contains("\"Buổi 4 (" + activity.sessions().get(3).date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        + ", thực tế/thực hành)\"");
        assertThat(lines).hasSize(rows.size() + 1);
        for (int r = 0; r < rows.size(); r++) {
            String line = lines[r + 1];
            long marks = line.chars().filter(c -> c == 'x').count() - rows.get(r).learner().fullName().chars().filter(c -> c == 'x').count()
                    - rows.get(r).learner().jobTitle().chars().filter(c -> c == 'x').count();
            assertThat(marks).as(line).isEqualTo(rows.get(r).completes() ? 4 : 3);
            assertThat(line).startsWith((r + 1) + ",\"" + rows.get(r).learner().fullName() + "\",")
                    .contains("," + rows.get(r).learner().nationalId() + ",");
        }
    }
}
