package vn.taphuan.plan.plan;

import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;
import vn.taphuan.kit.problem.RuleViolation;
import vn.taphuan.plan.programme.Programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A province's training plan (Kế hoạch) under one programme: its target lines and budget envelope, and where it is
 * in its lifecycle. Checks its own rules; returns the events each command caused.
 */
public class Plan {

    private String id;
    private String tenantId;
    private long version;
    private PlanContent content;
    private LocalDate deadline;
    private PlanStatus status;
    /** 0 until first approved, then 1, +1 per amendment. */
    private int approvedVersion;
    private LocalDate approvedOn;

    Plan() {
    }

    private Plan(String id, String tenantId, PlanContent content, LocalDate deadline) {
        this.id = id;
        this.tenantId = tenantId;
        this.content = content;
        this.deadline = deadline;
        this.status = PlanStatus.DRAFT;
    }

    /** A new draft plan; refuses content that breaks the rules, naming every bad field at once. */
    public static Plan draft(String id, String tenantId, PlanContent content, Programme programme) {
        List<FieldViolation> violations = violationsOf(content, programme);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return new Plan(id, tenantId, content, programme.deadline());
    }

    public List<PlanEvent> submit() {
        requireStatus(PlanStatus.DRAFT, "nộp", "submit");
        status = PlanStatus.SUBMITTED;
        return List.of(new PlanEvent.Submitted(id));
    }

    /** Approval makes the targets count: downstream services start measuring against them. */
    public List<PlanEvent> approve(LocalDate on) {
        requireStatus(PlanStatus.SUBMITTED, "phê duyệt", "approve");
        if (on.isBefore(content.documentDate() == null ? LocalDate.MIN : content.documentDate())) {
            throw new InvalidInput(FieldViolation.of("approvedOn", "không được trước ngày ban hành văn bản",
                    "must not be before the document date"));
        }
        status = PlanStatus.APPROVED;
        approvedVersion = 1;
        approvedOn = on;
        return List.of(new PlanEvent.Approved(this));
    }

    static List<FieldViolation> violationsOf(PlanContent content, Programme programme) {
        List<FieldViolation> violations = new ArrayList<>();
        if (content.title() == null || content.title().isBlank()) {
            violations.add(FieldViolation.of("title", "là bắt buộc", "is required"));
        }
        if (content.periodStart() != null && content.periodEnd() != null) {
            if (content.periodEnd().isBefore(content.periodStart())) {
                violations.add(FieldViolation.of("periodEnd", "không được trước ngày bắt đầu",
                        "must not be before periodStart"));
            } else if (!programme.covers(content.periodStart(), content.periodEnd())) {
                violations.add(FieldViolation.of("periodStart",
                        "kỳ kế hoạch phải nằm trong giai đoạn của chương trình (" + programme.periodStart() + " – "
                                + programme.periodEnd() + ")",
                        "the plan period must lie within the programme period (" + programme.periodStart() + " – "
                                + programme.periodEnd() + ")"));
            }
        }
        lineViolations(content.targetLines(), violations);
        budgetViolations(content, violations);
        return violations;
    }

    private static void lineViolations(List<TargetLine> lines, List<FieldViolation> violations) {
        if (lines == null || lines.isEmpty()) {
            violations.add(FieldViolation.of("targetLines", "phải có ít nhất một chỉ tiêu", "must have at least one target line"));
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            TargetLine line = lines.get(i);
            String at = "targetLines[" + i + "].";
            if (!ids.add(line.lineId())) {
                violations.add(FieldViolation.of(at + "lineId", "bị trùng: " + line.lineId(), "is duplicated: " + line.lineId()));
            }
            if (line.plannedActivities() < 0) {
                violations.add(FieldViolation.of(at + "plannedActivities", "không được là số âm", "must not be negative"));
            }
            if (line.plannedPersonTurns() < 0) {
                violations.add(FieldViolation.of(at + "plannedPersonTurns", "không được là số âm", "must not be negative"));
            }
            if (line.plannedActivities() == 0 && line.plannedPersonTurns() == 0) {
                violations.add(FieldViolation.of(at + "plannedActivities", "chỉ tiêu phải có số hoạt động hoặc số lượt người",
                        "a target line needs a number of activities or of person-turns"));
            }
            if (line.targetGroup() == TargetGroup.COMMUNITY && line.cadreLevel() != null) {
                violations.add(FieldViolation.of(at + "cadreLevel", "chỉ dùng cho nhóm cán bộ", "applies to cadres only"));
            }
        }
    }

    private static void budgetViolations(PlanContent content, List<FieldViolation> violations) {
        if (content.budgetTotalVnd() < 0) {
            violations.add(FieldViolation.of("budgetTotalVnd", "không được là số âm", "must not be negative"));
        }
        List<FundingAmount> sources = content.budgetBySource() == null ? List.of() : content.budgetBySource();
        Set<FundingSource> seen = new HashSet<>();
        long sum = 0;
        for (int i = 0; i < sources.size(); i++) {
            FundingAmount amount = sources.get(i);
            if (!seen.add(amount.source())) {
                violations.add(FieldViolation.of("budgetBySource[" + i + "].source", "bị trùng nguồn " + amount.source(),
                        "source " + amount.source() + " appears twice"));
            }
            if (amount.amountVnd() < 0) {
                violations.add(FieldViolation.of("budgetBySource[" + i + "].amountVnd", "không được là số âm", "must not be negative"));
            }
            sum = Math.addExact(sum, amount.amountVnd());
        }
        if (sum != content.budgetTotalVnd()) {
            violations.add(FieldViolation.of("budgetBySource",
                    "tổng các nguồn (" + sum + " đồng) phải bằng tổng kinh phí (" + content.budgetTotalVnd() + " đồng)",
                    "the sources add up to " + sum + " VND, not the total of " + content.budgetTotalVnd() + " VND"));
        }
    }

    private void requireStatus(PlanStatus required, String actionVi, String actionEn) {
        if (status != required) {
            throw new RuleViolation("plan-status", "status",
                    "Không thể " + actionVi + " kế hoạch đang ở trạng thái " + status,
                    "Cannot " + actionEn + " a plan in status " + status);
        }
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

    public PlanContent content() {
        return content;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public PlanStatus status() {
        return status;
    }

    public int approvedVersion() {
        return approvedVersion;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }
}
