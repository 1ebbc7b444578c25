package vn.taphuan.plan.plan;

import vn.taphuan.contracts.Limits;
import vn.taphuan.kit.refusal.Reason;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.plan.plan.PlanRefusal.Action;
import vn.taphuan.plan.plan.PlanRefusal.AmendedBeforeVersion;
import vn.taphuan.plan.plan.PlanRefusal.AmendmentReasonRequired;
import vn.taphuan.plan.plan.PlanRefusal.AmendmentRefused;
import vn.taphuan.plan.plan.PlanRefusal.AmendmentUnchanged;
import vn.taphuan.plan.plan.PlanRefusal.CloseOutAfterToday;
import vn.taphuan.plan.plan.PlanRefusal.CloseOutBeforeDeadline;
import vn.taphuan.plan.plan.PlanRefusal.ClosedBeforeApproval;
import vn.taphuan.plan.plan.PlanRefusal.ClosedOutBefore;
import vn.taphuan.plan.plan.PlanRefusal.NotClosableOutYet;
import vn.taphuan.plan.plan.PlanRefusal.NotApprovableYet;
import vn.taphuan.plan.plan.PlanRefusal.PlanIncomplete;
import vn.taphuan.plan.plan.PlanRefusal.StatusForbids;
import vn.taphuan.plan.plan.PlanRefusal.TooManyPlans;
import vn.taphuan.plan.programme.Programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A province's training plan (Kế hoạch) under one programme: its target lines and budget envelope, where it is in
 * its lifecycle (draft → submitted → approved → in progress → closed), and every approved version. Checks its own
 * rules; returns the events each command caused.
 */
public class Plan {

    private String id;
    private String tenantId;
    private long version;
    private PlanStatus status;
    private PlanContent content;
    /** The programme's name and deadline as last seen: shown with drafts, fixed in each version once approved. */
    private String programmeName;
    private LocalDate deadline;
    private List<PlanVersion> versions = new ArrayList<>();
    private LocalDate approvedOn;
    private LocalDate startedOn;
    private LocalDate closedOn;
    private String closingReason;
    /** Set once the plan was closed out for its phase's final review: its figures are final from then on. */
    private LocalDate closedOutOn;
    private String closeOutRemarks;
    private String lastRejection;
    private String importId;

    Plan() {
    }

    private Plan(String id, String tenantId, PlanContent content, String importId) {
        this.id = id;
        this.tenantId = tenantId;
        this.content = content;
        this.status = PlanStatus.DRAFT;
        this.importId = importId;
    }

    /**
     * A new draft. Lines without an id get one ({@code L1}, {@code L2}…); content that breaks a rule is refused,
     * naming every bad field at once.
     *
     * @param importId the import the draft was confirmed from, or null
     */
    public static Plan draft(String id, String tenantId, PlanContent content, PlanReferences refs, String importId) {
        PlanContent numbered = numbered(content, Set.of());
        requireValid(PlanChecks.draft(numbered, refs));
        Plan plan = new Plan(id, tenantId, numbered, importId);
        plan.seeProgramme(refs.programme(numbered.programmeCode()).orElseThrow());
        return plan;
    }

    /** Replaces a draft's content; only drafts are edited this way (an approved plan is amended). */
    public void revise(PlanContent revised, PlanReferences refs) {
        requireStatus(Action.EDIT, PlanStatus.DRAFT);
        PlanContent numbered = numbered(revised, Set.of());
        requireValid(PlanChecks.draft(numbered, refs));
        content = numbered;
        seeProgramme(refs.programme(numbered.programmeCode()).orElseThrow());
    }

    /** Sends the draft for approval; it must be complete by now. */
    public List<PlanEvent> submit(PlanReferences refs) {
        requireStatus(Action.SUBMIT, PlanStatus.DRAFT);
        requireValid(PlanChecks.draft(content, refs));
        requireRules("plan-incomplete", new PlanIncomplete(), PlanChecks.complete(content));
        status = PlanStatus.SUBMITTED;
        lastRejection = null;
        return List.of();
    }

    /** Sends a submitted plan back to its drafters, with the reason. */
    public List<PlanEvent> reject(String reason) {
        requireStatus(Action.RETURN, PlanStatus.SUBMITTED);
        status = PlanStatus.DRAFT;
        lastRejection = reason;
        return List.of();
    }

    /**
     * Approval makes the targets count: version 1, announced with everything downstream services need. A province
     * holding {@link Limits#MAX_APPROVED_PLANS_PER_PROVINCE} approved plans already cannot approve another: that
     * bound keeps every nationwide sum within range.
     *
     * @param approvedInProvince plans of the province approved so far (in force or closed)
     */
    public List<PlanEvent> approve(LocalDate on, Programme programme, long approvedInProvince, String recordedBy) {
        requireStatus(Action.APPROVE, PlanStatus.SUBMITTED);
        if (approvedInProvince >= Limits.MAX_APPROVED_PLANS_PER_PROVINCE) {
            throw Refused.rule(new TooManyPlans(approvedInProvince, Limits.MAX_APPROVED_PLANS_PER_PROVINCE), List.of());
        }
        requireRules("approval", new NotApprovableYet(), PlanChecks.approval(content, on));
        PlanVersion first = new PlanVersion(1, content, on, null, null, programme.name(),
                programme.deadlineFor(content.periodStart(), content.periodEnd()),
                programme.rules().tightenedBy(content.rules()), recordedBy);
        versions.add(first);
        seeProgramme(programme);
        status = PlanStatus.APPROVED;
        approvedOn = on;
        return List.of(new PlanEvent.Approved(id, first));
    }

    /**
     * Marks the plan as being carried out (its first activity was scheduled, or the officer says so). Returns no
     * integration event: downstream services learn about activities from the enrolment events themselves.
     */
    public void start(LocalDate on) {
        requireStatus(Action.START, PlanStatus.APPROVED);
        status = PlanStatus.IN_PROGRESS;
        startedOn = on.isBefore(approvedOn) ? approvedOn : on;
    }

    /**
     * Records an amendment (điều chỉnh, bổ sung) as a new version. Lines keep their ids; none that existed may be
     * removed or change what it counts, so counts achieved under it are never lost; new lines get new ids.
     */
    public List<PlanEvent> amend(PlanContent amended, String reason, LocalDate on, String amendmentDocumentNumber,
                                 PlanReferences refs, Programme programme, String recordedBy) {
        requireStatus(Action.AMEND, PlanStatus.APPROVED, PlanStatus.IN_PROGRESS);
        PlanVersion current = currentVersion().orElseThrow();
        Set<String> used = new HashSet<>();
        versions.forEach(v -> v.content().targetLines().forEach(line -> used.add(line.lineId())));
        PlanContent numbered = numbered(amended, used);
        requireValid(PlanChecks.draft(numbered, refs));
        List<Violation> broken = new ArrayList<>(PlanChecks.complete(numbered));
        broken.addAll(PlanChecks.amendment(current.content(), numbered));
        if (reason == null || reason.isBlank()) {
            broken.add(Violation.of("reason", new AmendmentReasonRequired()));
        }
        if (on.isBefore(current.effectiveOn())) {
            broken.add(Violation.of("amendedOn", new AmendedBeforeVersion(current.number(), current.effectiveOn())));
        }
        if (numbered.equals(current.content())) {
            broken.add(Violation.of("content", new AmendmentUnchanged()));
        }
        requireRules("amendment", new AmendmentRefused(), broken);
        PlanVersion next = new PlanVersion(current.number() + 1, numbered, on, reason, amendmentDocumentNumber,
                programme.name(), programme.deadlineFor(numbered.periodStart(), numbered.periodEnd()),
                programme.rules().tightenedBy(numbered.rules()), recordedBy);
        versions.add(next);
        content = numbered;
        seeProgramme(programme);
        return List.of(new PlanEvent.Amended(id, next));
    }

    /** Closes the plan: no new activities count under it; what was achieved stays counted. */
    public List<PlanEvent> close(LocalDate on, String reason) {
        requireStatus(Action.CLOSE, PlanStatus.APPROVED, PlanStatus.IN_PROGRESS);
        if (on.isBefore(approvedOn)) {
            Reason early = new ClosedBeforeApproval(approvedOn);
            throw new Refused(Refused.Kind.RULE, "closing-date", early, List.of(Violation.of("closedOn", early)));
        }
        status = PlanStatus.CLOSED;
        closedOn = on;
        closingReason = reason;
        return List.of(new PlanEvent.Closed(id, currentVersion().orElseThrow().number(), on, reason));
    }

    /**
     * Closes the plan out for its phase's final review (báo cáo tổng kết): allowed once the deadline it is measured
     * against has come, never on a day still to come, and once; a plan not yet closed is closed on the same day.
     * Reporting keeps its figures as they stand at this moment (the event's instant); what is recorded later is kept
     * but does not change them.
     *
     * @param today       today in Vietnam: a close-out cannot be dated ahead of it
     * @param recordedAt  the instant the close-out is recorded
     */
    public List<PlanEvent> closeOut(LocalDate on, LocalDate today, java.time.Instant recordedAt, String remarks,
                                    Programme programme) {
        requireStatus(Action.CLOSE_OUT, PlanStatus.APPROVED, PlanStatus.IN_PROGRESS, PlanStatus.CLOSED);
        if (closedOutOn != null) {
            Reason done = new ClosedOutBefore(closedOutOn);
            throw new Refused(Refused.Kind.CONFLICT, "plan-closed-out", done, List.of(Violation.of("status", done)));
        }
        PlanVersion current = currentVersion().orElseThrow();
        List<Violation> broken = new ArrayList<>();
        if (on.isBefore(current.deadline())) {
            broken.add(Violation.of("closedOutOn", new CloseOutBeforeDeadline(current.deadline())));
        }
        if (on.isAfter(today)) {
            broken.add(Violation.of("closedOutOn", new CloseOutAfterToday(today)));
        }
        requireRules("close-out", new NotClosableOutYet(), broken);
        List<PlanEvent> events = new ArrayList<>();
        if (status != PlanStatus.CLOSED) {
            events.addAll(close(on, remarks == null || remarks.isBlank() ? "Khép lại khi tổng kết giai đoạn" : remarks));
        }
        closedOutOn = on;
        closeOutRemarks = remarks;
        events.add(new PlanEvent.ClosedOut(id, current.number(), phaseOf(programme), current.deadline(), on,
                recordedAt, remarks));
        return events;
    }

    /** The phase's code as the catalogue names it (2026-2030), else the years of the programme's period (2021-2025). */
    private String phaseOf(Programme programme) {
        return programme.phaseOf(content.periodStart(), content.periodEnd()).map(p -> p.code())
                .orElseGet(() -> programme.periodStart() == null || programme.periodEnd() == null
                        ? content.periodStart().getYear() + "-" + deadline.getYear()
                        : programme.periodStart().getYear() + "-" + programme.periodEnd().getYear());
    }

    /** The deadline is its phase's when the programme has phases (2026–2030: 31/12/2030), else the programme's. */
    private void seeProgramme(Programme programme) {
        programmeName = programme.name();
        deadline = programme.deadlineFor(content.periodStart(), content.periodEnd());
    }

    /** Assigns ids to lines that have none, never reusing one in {@code used} or already in the content. */
    private static PlanContent numbered(PlanContent content, Set<String> used) {
        Set<String> taken = new HashSet<>(used);
        content.targetLines().stream().map(TargetLine::lineId).filter(id -> id != null && !id.isBlank()).forEach(taken::add);
        int next = 1;
        List<TargetLine> lines = new ArrayList<>();
        for (TargetLine line : content.targetLines()) {
            if (line.lineId() != null && !line.lineId().isBlank()) {
                lines.add(line);
                continue;
            }
            while (taken.contains("L" + next)) {
                next++;
            }
            taken.add("L" + next);
            lines.add(line.withLineId("L" + next));
        }
        return content.withTargetLines(lines);
    }

    private static void requireValid(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw Refused.invalid(violations);
        }
    }

    /** {@code problem} names the refusal (its type URI), {@code reason} its detail, the violations each field. */
    private static void requireRules(String problem, Reason reason, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new Refused(Refused.Kind.RULE, problem, reason, violations);
        }
    }

    private void requireStatus(Action action, PlanStatus... allowed) {
        for (PlanStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        Reason forbidden = new StatusForbids(action, status);
        throw new Refused(Refused.Kind.CONFLICT, "plan-status", forbidden, List.of(Violation.of("status", forbidden)));
    }

    public Optional<PlanVersion> currentVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<PlanVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    /** The stored version (optimistic concurrency, the ETag); not the plan's approved version number. */
    public long storedVersion() {
        return version;
    }

    public PlanStatus status() {
        return status;
    }

    public PlanContent content() {
        return content;
    }

    public String programmeName() {
        return programmeName;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public List<PlanVersion> versions() {
        return List.copyOf(versions);
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String closingReason() {
        return closingReason;
    }

    public LocalDate closedOutOn() {
        return closedOutOn;
    }

    public String closeOutRemarks() {
        return closeOutRemarks;
    }

    public String lastRejection() {
        return lastRejection;
    }

    public String importId() {
        return importId;
    }
}
