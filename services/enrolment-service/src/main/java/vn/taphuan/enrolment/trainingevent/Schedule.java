package vn.taphuan.enrolment.trainingevent;

import java.time.LocalDate;
import java.util.List;

/**
 * Where, when and for how many an activity takes place; what an officer enters when scheduling or rescheduling.
 *
 * @param title     title of the activity (Vietnamese)
 * @param unitCode  administrative unit where it takes place
 * @param startDate first day
 * @param endDate   last day
 * @param capacity  maximum number of participants
 * @param sessions  its sessions, numbered from 1 in the order given
 * @param trainers  trainers (giảng viên, báo cáo viên) by name, possibly empty
 */
public record Schedule(String title, String unitCode, LocalDate startDate, LocalDate endDate, int capacity,
                       List<Session> sessions, List<String> trainers) {

    public long fieldSessions() {
        return sessions.stream().filter(s -> s.kind() == SessionKind.FIELD).count();
    }

    /** Length in days, first and last day included. */
    public long durationDays() {
        return java.time.temporal.ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }
}
