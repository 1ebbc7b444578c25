package vn.taphuan.enrolment.planline;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.taphuan.contracts.plan.v1.PlanClosed;
import vn.taphuan.contracts.plan.v1.ProgrammeRules;
import vn.taphuan.contracts.plan.v1.TargetLine;
import vn.taphuan.enrolment.participant.Level;
import vn.taphuan.enrolment.participant.TargetGroup;
import vn.taphuan.enrolment.trainingevent.ActivityKind;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;
import vn.taphuan.kit.store.RecentReads;
import vn.taphuan.kit.store.TenantProjections;
import vn.taphuan.kit.tenant.TenantContext;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local replica of approved plans and their target lines, kept from {@code plan.events.v1} so that no request
 * ever calls plan-service. One document per plan, written only if the event is newer than what is stored (the plan
 * aggregate's version): a late PlanApproved never overwrites an amendment, a redelivered event changes nothing.
 * Kept per province ({@link TenantProjections}): a plan id of one province never reaches another's activities.
 */
@Component
public class PlanReplica {

    static final String COLLECTION = "plan_replica";

    /**
     * Every command on an activity checks its plan line here: the plan read once per window serves the commands of
     * that moment (the replica follows plan-service by the event pipeline anyway, so a plan changed elsewhere is seen
     * a few moments later either way; a version applied by this process is seen at once).
     */
    private static final Duration READ_WINDOW = Duration.ofSeconds(1);

    private final TenantProjections projections;
    private final RecentReads<String, Optional<Document>> plans = new RecentReads<>(READ_WINDOW);

    PlanReplica(TenantProjections projections) {
        this.projections = projections;
    }

    private Document plan(String planId) {
        return plans.get(TenantContext.require() + "/" + planId, key -> projections.findById(COLLECTION, planId))
                .orElse(null);
    }

    private boolean applied(String planId, boolean written) {
        plans.forget(TenantContext.require() + "/" + planId);
        return written;
    }

    /** Applies an approved or amended version of a plan: its complete target lines replace the stored ones. */
    public boolean applyVersion(String planId, int planVersion, String programmeCode, ProgrammeRules rules,
                                String title, String periodStart, String periodEnd, List<TargetLine> lines,
                                long sourceVersion) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("planId", planId);
        fields.put("planVersion", planVersion);
        fields.put("programmeCode", programmeCode);
        fields.put("title", title);
        fields.put("periodStart", periodStart);
        fields.put("periodEnd", periodEnd);
        fields.put("rules", rules == null ? null : new Document("minDurationDays", rules.minDurationDays())
                .append("minFieldSessions", rules.minFieldSessions())
                .append("minAttendancePercent", rules.minAttendancePercent()));
        fields.put("lines", lines.stream().map(PlanReplica::lineDocument).toList());
        fields.put("open", true);
        return applied(planId, projections.upsertIfNewer(COLLECTION, planId, sourceVersion, fields));
    }

    /** A closed plan takes no new activities; what was counted under it stays. */
    public boolean close(PlanClosed closed, long sourceVersion) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("planId", closed.planId());
        fields.put("open", false);
        fields.put("closedOn", closed.closedOn());
        return applied(closed.planId(), projections.upsertIfNewer(COLLECTION, closed.planId(), sourceVersion, fields));
    }

    /** The line as the latest known plan version has it, if the plan and the line are known to this province. */
    public Optional<PlanLine> find(String planId, String lineId) {
        Document plan = plan(planId);
        if (plan == null || plan.get("lines") == null) {
            return Optional.empty();
        }
        return plan.getList("lines", Document.class).stream()
                .filter(line -> lineId.equals(line.getString("lineId")))
                .findFirst()
                .map(line -> toLine(plan, line));
    }

    /** Every line of the plan's latest known version. */
    public List<PlanLine> lines(String planId) {
        Document plan = plan(planId);
        if (plan == null || plan.get("lines") == null) {
            return List.of();
        }
        return plan.getList("lines", Document.class).stream().map(line -> toLine(plan, line)).toList();
    }

    /** The line, or a refusal naming the field that points at an unknown or closed plan or line. */
    public PlanLine requireOpen(String planId, String lineId) {
        Document plan = plan(planId);
        if (plan == null) {
            throw Refused.rule("planId", new PlanLineRefusal.UnknownPlan(planId));
        }
        if (!plan.getBoolean("open", false)) {
            String closedOn = plan.getString("closedOn");
            PlanLineRefusal reason = closedOn == null ? new PlanLineRefusal.PlanClosed(planId)
                    : new PlanLineRefusal.PlanClosedOn(planId, closedOn);
            throw new Refused(Refused.Kind.RULE, "plan-closed", reason, List.of(Violation.of("planId", reason)));
        }
        return find(planId, lineId).orElseThrow(() -> {
            PlanLineRefusal reason = new PlanLineRefusal.NoSuchLine(planId, lineId);
            return new Refused(Refused.Kind.RULE, "unknown-target-line", reason,
                    List.of(Violation.of("targetLineId", reason)));
        });
    }

    private static Document lineDocument(TargetLine line) {
        return new Document("lineId", line.lineId())
                .append("activityKind", line.activityKind())
                .append("targetGroup", line.targetGroup())
                .append("cadreLevel", line.cadreLevel())
                .append("description", line.description())
                .append("plannedActivities", line.plannedActivities())
                .append("plannedPersonTurns", line.plannedPersonTurns())
                .append("minEthnicMinorityPercent", line.minEthnicMinorityPercent())
                .append("minWomenPercent", line.minWomenPercent())
                .append("unitCodes", line.unitCodes() == null ? List.of() : line.unitCodes());
    }

    private static PlanLine toLine(Document plan, Document line) {
        Document rules = plan.get("rules", Document.class);
        PlanLine.ProgrammeRules programmeRules = rules == null ? PlanLine.ProgrammeRules.NONE
                : new PlanLine.ProgrammeRules(rules.getInteger("minDurationDays"), rules.getInteger("minFieldSessions"),
                rules.getInteger("minAttendancePercent", 100));
        return new PlanLine(plan.getString("planId"), plan.getInteger("planVersion", 0), plan.getBoolean("open", false),
                plan.getString("programmeCode"), programmeRules,
                plan.getString("periodStart") == null ? null : LocalDate.parse(plan.getString("periodStart")),
                plan.getString("periodEnd") == null ? null : LocalDate.parse(plan.getString("periodEnd")),
                line.getString("lineId"), ActivityKind.valueOf(line.getString("activityKind")),
                TargetGroup.valueOf(line.getString("targetGroup")),
                line.getString("cadreLevel") == null ? null : Level.valueOf(line.getString("cadreLevel")),
                line.getString("description"), line.getInteger("minEthnicMinorityPercent"),
                line.getInteger("minWomenPercent"), line.getList("unitCodes", String.class, List.of()));
    }
}
