package vn.taphuan.plan.plan;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.kit.problem.FieldViolation;
import vn.taphuan.kit.problem.InvalidInput;
import vn.taphuan.kit.problem.NotFound;
import vn.taphuan.kit.problem.StaleVersion;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.plan.programme.Programme;
import vn.taphuan.plan.programme.ProgrammeCatalog;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Application service of plans: loads, runs the aggregate's command, stores state and events in one write. */
@Service
public class PlanService {

    private final AggregateStore store;
    private final ProgrammeCatalog programmes;

    PlanService(AggregateStore store, ProgrammeCatalog programmes) {
        this.store = store;
        this.programmes = programmes;
    }

    public Stored draft(PlanContent content) {
        Programme programme = programmes.find(content.programmeCode()).orElseThrow(() -> new InvalidInput(
                FieldViolation.of("programmeCode", "chương trình không có trong danh mục: " + content.programmeCode(),
                        "unknown programme: " + content.programmeCode())));
        Plan plan = Plan.draft(UUID.randomUUID().toString(), TenantContext.require(), content, programme);
        long version = store.insert(plan, plan.id(), List.of());
        return new Stored(plan, version);
    }

    public Stored submit(String planId, long expectedVersion) {
        Plan plan = load(planId, expectedVersion);
        return save(plan, expectedVersion, plan.submit());
    }

    public Stored approve(String planId, long expectedVersion, LocalDate approvedOn) {
        Plan plan = load(planId, expectedVersion);
        return save(plan, expectedVersion, plan.approve(approvedOn));
    }

    public Stored get(String planId) {
        Plan plan = store.find(Plan.class, planId).orElseThrow(() -> notFound(planId));
        return new Stored(plan, plan.version());
    }

    public List<Plan> list(String programmeCode, PlanStatus status, String documentNumber, int page, int size) {
        Criteria criteria = new Criteria();
        if (programmeCode != null) {
            criteria = criteria.and("content.programmeCode").is(programmeCode);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (documentNumber != null) {
            criteria = criteria.and("content.documentNumber").is(documentNumber);
        }
        return store.list(Plan.class, criteria, Sort.by(Sort.Direction.DESC, "content.periodStart").and(Sort.by("_id")),
                page * size, size);
    }

    private Plan load(String planId, long expectedVersion) {
        Plan plan = store.find(Plan.class, planId).orElseThrow(() -> notFound(planId));
        if (plan.version() != expectedVersion) {
            throw new StaleVersion(planId, expectedVersion);
        }
        return plan;
    }

    private Stored save(Plan plan, long expectedVersion, List<PlanEvent> events) {
        List<Record> integrationEvents = events.stream().map(PlanService::toContract)
                .filter(java.util.Objects::nonNull).toList();
        long version = store.update(plan, plan.id(), expectedVersion, integrationEvents);
        return new Stored(plan, version);
    }

    /** Only events other services need cross the boundary. */
    private static Record toContract(PlanEvent event) {
        if (event instanceof PlanEvent.Approved approved) {
            return approvedEvent(approved.plan());
        }
        return null;
    }

    private static PlanApproved approvedEvent(Plan plan) {
        PlanContent c = plan.content();
        return new PlanApproved(plan.id(), plan.approvedVersion(), c.programmeCode(), null,
                new vn.taphuan.contracts.plan.v1.ProgrammeRules(null, null, 100), c.title(), c.issuingBody(),
                c.documentNumber(), c.documentDate() == null ? null : c.documentDate().toString(), c.periodStart().toString(),
                c.periodEnd().toString(), plan.deadline().toString(), c.budgetTotalVnd(),
                c.budgetBySource().stream()
                        .map(a -> new vn.taphuan.contracts.plan.v1.FundingAmount(a.source().name(), a.amountVnd()))
                        .toList(),
                c.targetLines().stream()
                        .map(l -> new vn.taphuan.contracts.plan.v1.TargetLine(l.lineId(), l.activityKind().name(),
                                l.targetGroup().name(), l.cadreLevel() == null ? null : l.cadreLevel().name(), null,
                                l.description(), l.plannedActivities(), l.plannedPersonTurns(), null, null, null, null,
                                null))
                        .toList());
    }

    private static NotFound notFound(String planId) {
        return new NotFound("kế hoạch", "plan", planId);
    }

    /** A plan together with the version it was stored at. */
    public record Stored(Plan plan, long version) {
    }
}
