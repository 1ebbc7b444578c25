package vn.taphuan.plan.programme;

import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.plan.ValueRefusal.Negative;
import vn.taphuan.plan.ValueRefusal.NotPositive;
import vn.taphuan.plan.ValueRefusal.OutOfRange;
import vn.taphuan.plan.programme.ProgrammeRefusal.FewerDaysThanProgramme;
import vn.taphuan.plan.programme.ProgrammeRefusal.FewerFieldSessionsThanProgramme;
import vn.taphuan.plan.programme.ProgrammeRefusal.LowerAttendanceThanProgramme;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules every activity counted under a programme (or a plan) must follow, e.g. NTM: each course at least 2 days with
 * at least 1 field-visit or practice session.
 *
 * @param minDurationDays      minimum length of a course in days, or null for none
 * @param minFieldSessions     minimum field-visit or practice sessions per course, or null for none
 * @param minAttendancePercent share of sessions a participant must attend to complete, whole percent; 100 = all
 */
public record ActivityRules(Integer minDurationDays, Integer minFieldSessions, int minAttendancePercent) {

    public List<Violation> violations(String at) {
        List<Violation> violations = new ArrayList<>();
        if (minDurationDays != null && minDurationDays < 1) {
            violations.add(Violation.of(at + "minDurationDays", new NotPositive()));
        }
        if (minFieldSessions != null && minFieldSessions < 0) {
            violations.add(Violation.of(at + "minFieldSessions", new Negative()));
        }
        if (minAttendancePercent < 1 || minAttendancePercent > 100) {
            violations.add(Violation.of(at + "minAttendancePercent", new OutOfRange(1, 100)));
        }
        return violations;
    }

    /**
     * The rules that apply when a plan sets its own on top of these: each rule at its stricter value, so a plan can
     * tighten its programme's rules but never loosen them.
     */
    public ActivityRules tightenedBy(ActivityRules plan) {
        if (plan == null) {
            return this;
        }
        return new ActivityRules(stricter(minDurationDays, plan.minDurationDays),
                stricter(minFieldSessions, plan.minFieldSessions),
                Math.max(minAttendancePercent, plan.minAttendancePercent));
    }

    /** The rules of {@code plan} that are looser than these, named as fields under {@code at}. */
    public List<Violation> loosenedBy(ActivityRules plan, String at) {
        List<Violation> violations = new ArrayList<>();
        if (plan == null) {
            return violations;
        }
        if (minDurationDays != null && (plan.minDurationDays == null || plan.minDurationDays < minDurationDays)) {
            violations.add(Violation.of(at + "minDurationDays", new FewerDaysThanProgramme(minDurationDays)));
        }
        if (minFieldSessions != null && (plan.minFieldSessions == null || plan.minFieldSessions < minFieldSessions)) {
            violations.add(Violation.of(at + "minFieldSessions",
                    new FewerFieldSessionsThanProgramme(minFieldSessions)));
        }
        if (plan.minAttendancePercent < minAttendancePercent) {
            violations.add(Violation.of(at + "minAttendancePercent",
                    new LowerAttendanceThanProgramme(minAttendancePercent)));
        }
        return violations;
    }

    private static Integer stricter(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }
}
