package vn.taphuan.enrolment.support;

import vn.taphuan.enrolment.participant.TargetGroup;
import vn.taphuan.enrolment.planline.PlanLine;
import vn.taphuan.enrolment.trainingevent.ActivityKind;
import vn.taphuan.enrolment.trainingevent.Schedule;
import vn.taphuan.enrolment.trainingevent.Session;
import vn.taphuan.enrolment.trainingevent.SessionKind;
import vn.taphuan.enrolment.trainingevent.TrainingEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Lines and activities as the real plans have them. */
public final class TrainingEventMother {

    public static final LocalDate MAY_10 = LocalDate.of(2023, 5, 10);

    /** The DTTS&MN community line of Bắc Giang 2023: 80 % attendance, at least 60 % minority and 40 % women. */
    public static PlanLine dttsCommunityLine() {
        return new PlanLine("plan-bg-2023", 1, true, "MTQG_DTTS_MN_2021_2025", new PlanLine.ProgrammeRules(null, null, 80),
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), "community-classes", ActivityKind.TRAINING_CLASS,
                TargetGroup.COMMUNITY, null, "Nhóm cộng đồng", 60, 40, List.of());
    }

    /** NTM: each course at least 2 days with at least 1 field or practice session; every session to complete. */
    public static PlanLine ntmLine(ActivityKind kind) {
        return new PlanLine("plan-ntm-2023", 1, true, "MTQG_NTM_2021_2025", new PlanLine.ProgrammeRules(2, 1, 100),
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), "ntm-cadres", kind, TargetGroup.CADRE, null,
                "Tập huấn cán bộ NTM", null, null, List.of());
    }

    /** {@code days} days from 10/5/2023, two sessions a day, the last one a field visit when {@code field}. */
    public static Schedule schedule(int days, boolean field, int capacity) {
        List<Session> sessions = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            for (int s = 0; s < 2; s++) {
                boolean last = d == days - 1 && s == 1;
                sessions.add(new Session(sessions.size() + 1, MAY_10.plusDays(d),
                        last && field ? SessionKind.FIELD : SessionKind.THEORY, null));
            }
        }
        return new Schedule("Lớp tập huấn", "07360", MAY_10, MAY_10.plusDays(days - 1), capacity, sessions,
                List.of("Nguyễn Văn Hùng"));
    }

    public static TrainingEvent scheduled(int capacity) {
        return TrainingEvent.schedule("te-1", "bac-giang", dttsCommunityLine(), schedule(2, true, capacity));
    }

    private TrainingEventMother() {
    }
}
