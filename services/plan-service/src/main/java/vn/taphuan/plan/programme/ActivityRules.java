package vn.taphuan.plan.programme;

import vn.taphuan.kit.problem.FieldViolation;

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

    public List<FieldViolation> violations(String at) {
        List<FieldViolation> violations = new ArrayList<>();
        if (minDurationDays != null && minDurationDays < 1) {
            violations.add(FieldViolation.of(at + "minDurationDays", "phải lớn hơn 0", "must be greater than 0"));
        }
        if (minFieldSessions != null && minFieldSessions < 0) {
            violations.add(FieldViolation.of(at + "minFieldSessions", "không được là số âm", "must not be negative"));
        }
        if (minAttendancePercent < 1 || minAttendancePercent > 100) {
            violations.add(FieldViolation.of(at + "minAttendancePercent", "phải từ 1 đến 100",
                    "must be between 1 and 100"));
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
    public List<FieldViolation> loosenedBy(ActivityRules plan, String at) {
        List<FieldViolation> violations = new ArrayList<>();
        if (plan == null) {
            return violations;
        }
        if (minDurationDays != null && (plan.minDurationDays == null || plan.minDurationDays < minDurationDays)) {
            violations.add(FieldViolation.of(at + "minDurationDays",
                    "chương trình quy định mỗi khóa ít nhất " + minDurationDays + " ngày",
                    "the programme requires at least " + minDurationDays + " days per course"));
        }
        if (minFieldSessions != null && (plan.minFieldSessions == null || plan.minFieldSessions < minFieldSessions)) {
            violations.add(FieldViolation.of(at + "minFieldSessions",
                    "chương trình quy định ít nhất " + minFieldSessions + " buổi khảo sát thực tế hoặc thực hành",
                    "the programme requires at least " + minFieldSessions + " field or practice sessions"));
        }
        if (plan.minAttendancePercent < minAttendancePercent) {
            violations.add(FieldViolation.of(at + "minAttendancePercent",
                    "chương trình quy định tham dự ít nhất " + minAttendancePercent + "% số buổi",
                    "the programme requires attending at least " + minAttendancePercent + "% of the sessions"));
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
