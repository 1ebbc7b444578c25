package vn.taphuan.bench.nation;

import java.time.LocalDate;
import java.util.List;

/**
 * One activity to load: when it runs, its sessions, how many learners are on its sheet and how many of them attend
 * enough to complete. Who they are is decided when it is loaded ({@link Learners}), so a nation never sits in memory.
 *
 * @param seed drives who is on the sheet and who misses sessions
 */
public record ClassSpec(Line line, int number, String title, LocalDate start, LocalDate end, List<Session> sessions,
                        int rows, int completers, long seed) {

    /** A session; {@code kind} is THEORY or FIELD as enrolment-service names them. */
    public record Session(LocalDate date, String kind, String topic) {
    }

    /** Sessions a learner must attend to complete under a rule of {@code minAttendancePercent}. */
    public int sessionsRequired(int minAttendancePercent) {
        return (sessions.size() * minAttendancePercent + 99) / 100;
    }

    /** What the budget pays for it: 95 % of its learners' cost, to the thousand đồng. */
    public long paymentVnd() {
        return rows * line.costPerLearnerVnd() * 95 / 100 / 1000 * 1000;
    }
}
