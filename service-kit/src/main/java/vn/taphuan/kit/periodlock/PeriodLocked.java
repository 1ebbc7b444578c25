package vn.taphuan.kit.periodlock;

import vn.taphuan.kit.refusal.Reason;
import vn.taphuan.kit.refusal.WithProperties;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A write dated {@code date} falls in a period whose report the province approved: the owner of the data refuses it
 * until the approver reopens the report. The problem carries {@code period} {id, from, to} and {@code approvedBy}
 * {name, role, at} beside the words.
 *
 * @param from       the period's first day
 * @param to         the period's last day
 * @param approvedOn the day of the approval, in Vietnam
 * @param approvedAt the instant of the approval, ISO-8601
 */
public record PeriodLocked(PeriodName period, LocalDate from, LocalDate to, LocalDate date, String approverName, SignerRole approverRole,
                           LocalDate approvedOn, String approvedAt) implements Reason, WithProperties {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static PeriodLocked of(LockedPeriod lock, LocalDate date) {
        return new PeriodLocked(lock.period(), lock.period().firstDay(), lock.period().lastDay(), date, lock.approvedByName(), lock.approvedByRole(),
                lock.approvedAt() == null ? null : lock.approvedAt().atZone(VIETNAM).toLocalDate(),
                lock.approvedAt() == null ? null : lock.approvedAt().toString());
    }

    @Override
    public Map<String, Object> problemProperties() {
        Map<String, Object> periodMember = new LinkedHashMap<>();
        periodMember.put("id", period.key());
        periodMember.put("from", String.valueOf(period.firstDay()));
        periodMember.put("to", String.valueOf(period.lastDay()));
        periodMember.put("nameVi", period.labelVi());
        periodMember.put("nameEn", period.labelEn());
        Map<String, Object> approver = new LinkedHashMap<>();
        approver.put("name", approverName);
        approver.put("role", approverRole == null ? null : approverRole.name());
        approver.put("at", approvedAt);
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("period", periodMember);
        members.put("approvedBy", approver);
        members.put("date", String.valueOf(date));
        return members;
    }
}
