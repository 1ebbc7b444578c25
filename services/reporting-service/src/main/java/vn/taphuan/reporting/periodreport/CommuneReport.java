package vn.taphuan.reporting.periodreport;

import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.security.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A commune's report of a period to its province (the first level of the chain commune → province → ministry): the
 * figures of the province's activities in the commune within the period, frozen when it is submitted, with the
 * commune's words, signed by name, role and time. Id: the province's report id and the commune's code.
 */
public class CommuneReport {

    private String id;
    private String tenantId;
    private long version;
    private String provinceReportId;
    private String communeCode;
    private String period;
    private LocalDate lastDay;
    private ReportState state;
    private String comment;
    private CommuneFigures figures;
    private SignOff submitted;

    CommuneReport() {
    }

    static String idOf(String provinceReportId, String communeCode) {
        return provinceReportId + "." + communeCode;
    }

    static CommuneReport draft(String tenantId, String provinceReportId, String communeCode, String period,
                               LocalDate lastDay) {
        CommuneReport report = new CommuneReport();
        report.id = idOf(provinceReportId, communeCode);
        report.tenantId = tenantId;
        report.provinceReportId = provinceReportId;
        report.communeCode = communeCode;
        report.period = period;
        report.lastDay = lastDay;
        report.state = ReportState.DRAFT;
        return report;
    }

    /** The commune's report is submitted for it (by an officer or the administrator of the province), once the period is over. */
    void submit(CommuneFigures current, String words, Signer by, Instant at, LocalDate today) {
        if (state != ReportState.DRAFT) {
            throw Refused.conflict(new PeriodReportRefusal.ReportStepNotInState(Step.SUBMIT, period, state), List.of());
        }
        if (!by.has(Role.PROVINCE_OFFICER) && !by.has(Role.PROVINCE_ADMIN)) {
            throw Refused.rule(new PeriodReportRefusal.ReportStepNotForRole(Step.SUBMIT), List.of());
        }
        if (!today.isAfter(lastDay)) {
            throw Refused.rule(new PeriodReportRefusal.PeriodNotOver(period, lastDay), List.of());
        }
        figures = current;
        comment = words == null || words.isBlank() ? null : words.strip();
        state = ReportState.SUBMITTED;
        Role role = by.has(Role.PROVINCE_OFFICER) ? Role.PROVINCE_OFFICER : Role.PROVINCE_ADMIN;
        submitted = new SignOff(Step.SUBMIT, by.userId(), by.name() == null ? by.userId() : by.name(), role, null, at,
                1, null);
    }

    public String id() {
        return id;
    }

    public String communeCode() {
        return communeCode;
    }

    public ReportState state() {
        return state;
    }

    public String comment() {
        return comment;
    }

    /** Frozen at submission; null before. */
    public CommuneFigures figures() {
        return figures;
    }

    public SignOff submitted() {
        return submitted;
    }

    public long version() {
        return version;
    }
}
