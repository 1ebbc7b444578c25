package vn.taphuan.reporting.periodreport;

import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.kit.security.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A province's report of one period of one programme (báo cáo định kỳ) and its chain of sign-offs: the province's
 * officers draft it and comment on each target line, an officer submits it — its figures are frozen then — the
 * province administrator approves it for the province, and an analyst of the ministry owning the programme accepts it
 * or returns it for revision with a reason; a returned report is revised and submitted again. Every step is signed
 * (name, role, time) and kept.
 */
public class PeriodicReport {

    private String id;
    private String tenantId;
    private long version;
    private String programmeCode;
    private String period;
    private Cadence cadence;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private LocalDate deadline;
    private ReportState state;
    /** Submissions so far: 1 after the first, 2 after a re-submission. */
    private int revision;
    private List<LineComment> comments = new ArrayList<>();
    /** Frozen at submission; null while the report is a draft never submitted. */
    private ReportFigures figures;
    private List<SignOff> signOffs = new ArrayList<>();
    /** Each approved version reopened by the province administrator, as it stood, oldest first. */
    private List<EarlierVersion> earlierVersions = new ArrayList<>();

    PeriodicReport() {
    }

    /** A new draft of the period's report in the province {@code tenantId}. */
    public static PeriodicReport draft(String tenantId, String programmeCode, ReportingPeriod period,
                                       LocalDate deadline) {
        PeriodicReport report = new PeriodicReport();
        report.id = idOf(tenantId, programmeCode, period);
        report.tenantId = tenantId;
        report.programmeCode = programmeCode;
        report.period = period.key();
        report.cadence = period.cadence();
        report.firstDay = period.firstDay();
        report.lastDay = period.lastDay();
        report.deadline = deadline;
        report.state = ReportState.DRAFT;
        return report;
    }

    /**
     * The id of a province's report of a period: one report per province, programme and period, e.g.
     * {@code lai-chau.MTQG_DTTS_MN_2021_2025.2025-Q2} — the province in it, so another province naming it is told
     * there is no such report, as with a plan's id.
     */
    public static String idOf(String tenantId, String programmeCode, ReportingPeriod period) {
        return tenantId + "." + programmeCode + "." + period.key();
    }

    /** What a report id names, if it names a report of a period. */
    public static java.util.Optional<Named> parseId(String reportId) {
        String[] parts = reportId == null ? new String[0] : reportId.split("\\.", -1);
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank()) {
            return java.util.Optional.empty();
        }
        return ReportingPeriod.parse(parts[2]).map(period -> new Named(parts[0], parts[1], period));
    }

    /** The province, programme and period a report id names. */
    public record Named(String tenantId, String programmeCode, ReportingPeriod period) {
    }

    /**
     * Sets the officer's comments on target lines: each named line's comment is replaced, a blank one removes it.
     * Only while the report is being written (a draft, or returned for revision).
     *
     * @param lines the figures the report would have now, to check the lines named exist
     */
    public void comment(List<LineComment> changes, ReportFigures lines, Signer by) {
        requireState(Step.COMMENT, ReportState.DRAFT, ReportState.RETURNED);
        requireRole(Step.COMMENT, by, Role.PROVINCE_OFFICER, Role.PROVINCE_ADMIN);
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            LineComment change = changes.get(i);
            if (!lines.hasLine(change.planId(), change.lineId())) {
                unknown.add(Violation.of("comments[" + i + "].lineId",
                        new PeriodReportRefusal.UnknownTargetLine(change.planId(), change.lineId())));
            }
        }
        if (!unknown.isEmpty()) {
            throw Refused.invalid(unknown);
        }
        for (LineComment change : changes) {
            comments.removeIf(c -> c.planId().equals(change.planId()) && c.lineId().equals(change.lineId()));
            if (change.comment() != null && !change.comment().isBlank()) {
                comments.add(new LineComment(change.planId(), change.lineId(), change.comment().strip()));
            }
        }
    }

    /** An officer submits the report, freezing {@code current} as its figures; once the period is over. */
    public void submit(ReportFigures current, Signer by, Instant at, LocalDate today) {
        requireState(Step.SUBMIT, ReportState.DRAFT, ReportState.RETURNED);
        requireRole(Step.SUBMIT, by, Role.PROVINCE_OFFICER, Role.PROVINCE_ADMIN);
        if (!today.isAfter(lastDay)) {
            throw Refused.rule(new PeriodReportRefusal.PeriodNotOver(period, lastDay), List.of());
        }
        figures = current;
        // a reopened draft already carries its new revision; a first submission or a re-submission after a return
        // starts the next one
        if (revision == 0 || state == ReportState.RETURNED) {
            revision++;
        }
        state = ReportState.SUBMITTED;
        sign(Step.SUBMIT, by, by.has(Role.PROVINCE_OFFICER) ? Role.PROVINCE_OFFICER : Role.PROVINCE_ADMIN, at, null);
    }

    /** The province administrator approves the submitted report for the province. */
    public void approve(Signer by, Instant at) {
        requireState(Step.APPROVE, ReportState.SUBMITTED);
        requireRole(Step.APPROVE, by, Role.PROVINCE_ADMIN);
        state = ReportState.APPROVED;
        sign(Step.APPROVE, by, Role.PROVINCE_ADMIN, at, null);
    }

    /**
     * Returns the report for revision, saying why. The state decides who may: the province administrator returns a
     * submitted report to the officers before approving it; an analyst of the owning ministry returns the report the
     * province approved.
     *
     * @param owningMinistry the ministry owning the report's programme; null when none is configured
     */
    public void returnForRevision(String reason, Signer by, String owningMinistry, Instant at) {
        Role role;
        if (by.has(Role.MINISTRY_ANALYST)) {
            requireState(Step.RETURN, ReportState.APPROVED);
            requireOwningMinistry(Step.RETURN, by, owningMinistry);
            role = Role.MINISTRY_ANALYST;
        } else {
            requireRole(Step.RETURN, by, Role.PROVINCE_ADMIN);
            requireState(Step.RETURN, ReportState.SUBMITTED);
            role = Role.PROVINCE_ADMIN;
        }
        if (reason == null || reason.isBlank()) {
            throw Refused.invalid("reason", new PeriodReportRefusal.ReturnReasonRequired());
        }
        state = ReportState.RETURNED;
        sign(Step.RETURN, by, role, at, reason.strip());
    }

    /**
     * The province administrator reopens the report the province approved (or the ministry accepted), saying why:
     * the approved version is kept as it stood (its frozen figures and its sign-offs), and the report is a draft
     * again under the next revision, its figures live, what is dated in the period open to writes again.
     */
    public void reopen(String reason, Signer by, Instant at) {
        requireState(Step.REOPEN, ReportState.APPROVED, ReportState.ACCEPTED);
        requireRole(Step.REOPEN, by, Role.PROVINCE_ADMIN);
        if (reason == null || reason.isBlank()) {
            throw Refused.invalid("reason", new PeriodReportRefusal.ReopenReasonRequired());
        }
        int reopened = revision;
        List<SignOff> ofRevision = signOffs.stream().filter(s -> s.revision() == reopened).toList();
        sign(Step.REOPEN, by, Role.PROVINCE_ADMIN, at, reason.strip());
        SignOff step = lastSignOff();
        earlierVersions.add(new EarlierVersion(reopened, state, figures, ofRevision, step.name(), step.role(), at,
                step.reason()));
        figures = null;
        revision = reopened + 1;
        state = ReportState.DRAFT;
    }

    /** An analyst of the owning ministry accepts the province's approved report. */
    public void accept(Signer by, String owningMinistry, Instant at) {
        requireState(Step.ACCEPT, ReportState.APPROVED);
        requireOwningMinistry(Step.ACCEPT, by, owningMinistry);
        state = ReportState.ACCEPTED;
        sign(Step.ACCEPT, by, Role.MINISTRY_ANALYST, at, null);
    }

    private void requireState(Step step, ReportState... allowed) {
        for (ReportState s : allowed) {
            if (s == state) {
                return;
            }
        }
        throw Refused.conflict(new PeriodReportRefusal.ReportStepNotInState(step, period, state), List.of());
    }

    private static void requireRole(Step step, Signer by, Role... allowed) {
        for (Role role : allowed) {
            if (by.has(role)) {
                return;
            }
        }
        throw Refused.rule(new PeriodReportRefusal.ReportStepNotForRole(step), List.of());
    }

    private void requireOwningMinistry(Step step, Signer by, String owningMinistry) {
        requireRole(step, by, Role.MINISTRY_ANALYST);
        // an analyst of the whole platform reads every programme but speaks for no ministry: it cannot sign
        if (owningMinistry == null || !owningMinistry.equals(by.ministry())) {
            throw Refused.rule(new PeriodReportRefusal.NotOwningMinistry(programmeCode), List.of());
        }
    }

    private void sign(Step step, Signer by, Role role, Instant at, String reason) {
        signOffs.add(new SignOff(step, by.userId(), by.name() == null ? by.userId() : by.name(), role,
                role == Role.MINISTRY_ANALYST ? by.ministry() : null, at, revision, reason));
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public long version() {
        return version;
    }

    public String programmeCode() {
        return programmeCode;
    }

    public String period() {
        return period;
    }

    public Cadence cadence() {
        return cadence;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public ReportState state() {
        return state;
    }

    public int revision() {
        return revision;
    }

    public List<LineComment> comments() {
        return List.copyOf(comments);
    }

    /** The figures frozen at the last submission, or null for a draft never submitted. */
    public ReportFigures figures() {
        return figures;
    }

    public List<SignOff> signOffs() {
        return List.copyOf(signOffs);
    }

    /** The approved versions reopened since, oldest first. */
    public List<EarlierVersion> earlierVersions() {
        return earlierVersions == null ? List.of() : List.copyOf(earlierVersions);
    }

    /** The last sign-off, or null before any. */
    public SignOff lastSignOff() {
        return signOffs.isEmpty() ? null : signOffs.get(signOffs.size() - 1);
    }

    /** Late: the deadline has passed and the province has not approved the report for the ministry. */
    public boolean lateOn(LocalDate today) {
        return today.isAfter(deadline) && (state == ReportState.DRAFT || state == ReportState.SUBMITTED
                || state == ReportState.RETURNED);
    }
}
