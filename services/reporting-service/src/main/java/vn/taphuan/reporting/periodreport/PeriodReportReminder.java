package vn.taphuan.reporting.periodreport;

import java.util.ArrayList;
import java.util.List;

/**
 * What has been announced of one report's deadline ({@code PeriodReportDue} per revision, {@code PeriodReportOverdue}
 * once): stored under the report's id, so the announcement and its claim are one version-guarded write — two replicas
 * or a restart announce each exactly once — and its events are keyed by the report like the chain's.
 */
public class PeriodReportReminder {

    private String id;
    private String tenantId;
    private long version;
    /** {@code DUE:<revision>}, {@code OVERDUE}. */
    private List<String> claims = new ArrayList<>();

    PeriodReportReminder() {
    }

    static PeriodReportReminder of(String tenantId, String reportId) {
        PeriodReportReminder reminder = new PeriodReportReminder();
        reminder.id = reportId;
        reminder.tenantId = tenantId;
        return reminder;
    }

    static String due(int revision) {
        return "DUE:" + revision;
    }

    static final String OVERDUE = "OVERDUE";

    /** Claims the announcement {@code key}; false if it was claimed before. */
    boolean claim(String key) {
        if (claims.contains(key)) {
            return false;
        }
        claims.add(key);
        return true;
    }

    public String id() {
        return id;
    }

    public List<String> claims() {
        return List.copyOf(claims);
    }
}
