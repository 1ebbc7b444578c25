package vn.taphuan.reporting.facts;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.budget.v1.BudgetAllocated;
import vn.taphuan.contracts.budget.v1.BudgetCommitted;
import vn.taphuan.contracts.budget.v1.CommitmentReleased;
import vn.taphuan.contracts.budget.v1.ExpenditureRecorded;
import vn.taphuan.contracts.budget.v1.TrainingEventSettled;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.kit.store.ProjectionStore;
import vn.taphuan.reporting.progress.FundingSource;
import vn.taphuan.reporting.progress.PlanFacts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.taphuan.reporting.facts.FactDocuments.date;
import static vn.taphuan.reporting.facts.FactDocuments.fields;
import static vn.taphuan.reporting.facts.FactDocuments.longOf;

/**
 * Money facts of plans, one document per plan with an entry per allocation, commitment, expenditure and settlement,
 * keyed by their ids. Allocations, expenditures and settlements never change once recorded; a commitment keeps its
 * latest estimate (guarded by version) and every release under the budget version it was recorded at, so the
 * commitment in force is the same whatever order the events came in.
 */
@Component
@NotTenantScoped("facts of every province, keyed by province and plan (PlanKey): written in the event's province, "
        + "read one plan at a time by the refresher and across provinces by the national figures; province "
        + "views reach them only through the plans of Scopes.currentTenants()")
public class BudgetFactStore {

    static final String COLLECTION = "plan_money";
    private static final String RELEASE = "release_v";

    private final PlanDocuments documents;
    private final DirtyPlans dirty;

    BudgetFactStore(ProjectionStore projections, FactWrites writes, DirtyPlans dirty) {
        this.documents = new PlanDocuments(projections, writes, COLLECTION);
        this.dirty = dirty;
    }

    void allocated(EventEnvelope<BudgetAllocated> event) {
        BudgetAllocated p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        documents.update(plan, "allocation/" + p.allocationId(), "source", event.aggregateVersion(),
                base("ALLOCATION", p.targetLineId(), null, p.fundingSource()).put("itemId", p.allocationId())
                        .put("amountVnd", p.amountVnd()).put("decisionNumber", p.decisionNumber())
                        .put("on", p.decisionDate()).map());
        dirty.mark(plan);
    }

    void committed(EventEnvelope<BudgetCommitted> event) {
        BudgetCommitted p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        documents.update(plan, "commitment/" + p.commitmentId(), "commit", event.aggregateVersion(),
                base("COMMITMENT", p.targetLineId(), p.trainingEventId(), p.fundingSource())
                        .put("itemId", p.commitmentId()).put("amountVnd", p.amountVnd())
                        .put("commitMonth", monthOf(event.occurredAt())).map());
        dirty.mark(plan);
    }

    void released(EventEnvelope<CommitmentReleased> event) {
        CommitmentReleased p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        // each release is its own section, keyed by the budget version it was recorded at: applying it twice sets
        // the same entry
        long version = event.aggregateVersion();
        documents.update(plan, "commitment/" + p.commitmentId(), RELEASE + version, version,
                base("COMMITMENT", p.targetLineId(), p.trainingEventId(), p.fundingSource())
                        .put("itemId", p.commitmentId())
                        .put(RELEASE + version, new Document("version", version).append("amountVnd", p.amountVnd())
                                .append("month", monthOf(event.occurredAt())).append("reason", p.reason())).map());
        dirty.mark(plan);
    }

    void spent(EventEnvelope<ExpenditureRecorded> event) {
        ExpenditureRecorded p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        documents.update(plan, "expenditure/" + p.expenditureId(), "source", event.aggregateVersion(),
                base("EXPENDITURE", p.targetLineId(), p.trainingEventId(), p.fundingSource())
                        .put("itemId", p.expenditureId()).put("amountVnd", p.amountVnd())
                        .put("documentNumber", p.documentNumber()).put("on", p.spentOn()).map());
        dirty.mark(plan);
    }

    void settled(EventEnvelope<TrainingEventSettled> event) {
        TrainingEventSettled p = event.payload();
        PlanKey plan = new PlanKey(event.tenantId(), p.planId());
        documents.update(plan, "settlement/" + p.settlementId(), "source", event.aggregateVersion(),
                base("SETTLEMENT", p.targetLineId(), p.trainingEventId(), null).put("itemId", p.settlementId())
                        .put("documentNumber", p.documentNumber()).put("on", p.settledOn())
                        .put("amounts", p.amounts().stream().map(a -> new Document("source", a.fundingSource())
                                .append("amountVnd", a.amountVnd())).toList())
                        .put("totalVnd", p.totalVnd()).map());
        dirty.mark(plan);
    }

    private static FactDocuments.Fields base(String type, String lineId, String activityId, String source) {
        return fields().put("type", type).put("lineId", lineId).put("activityId", activityId).put("source", source);
    }

    /** Commitments carry no business date: they are placed in the month they were recorded (Vietnam time). */
    private static String monthOf(String occurredAt) {
        return LocalDate.ofInstant(Instant.parse(occurredAt), ZoneOffset.ofHours(7)).toString().substring(0, 7);
    }

    // --- reading ---

    /** The plan's money facts, sorted into their kinds. */
    record Items(List<PlanFacts.Allocation> allocations, List<PlanFacts.Commitment> commitments,
                 List<PlanFacts.Expenditure> expenditures, List<PlanFacts.Settlement> settlements) {
    }

    Items ofPlan(PlanKey plan) {
        return items(documents.entries(plan));
    }

    /** Each plan's money facts, a few plans per read. */
    Map<PlanKey, Items> ofPlans(Collection<PlanKey> plans) {
        Map<PlanKey, Items> items = new LinkedHashMap<>();
        documents.entries(plans).forEach((plan, entries) -> items.put(plan, items(entries)));
        return items;
    }

    private static Items items(Map<String, Document> entries) {
        List<PlanFacts.Allocation> allocations = new ArrayList<>();
        List<PlanFacts.Commitment> commitments = new ArrayList<>();
        List<PlanFacts.Expenditure> expenditures = new ArrayList<>();
        List<PlanFacts.Settlement> settlements = new ArrayList<>();
        for (Document d : entries.values()) {
            if (d.getString("type") == null) {
                continue; // a release that arrived before its commitment: it counts once the commitment is known
            }
            String id = d.getString("itemId");
            String line = d.getString("lineId");
            switch (d.getString("type")) {
                case "ALLOCATION" -> allocations.add(new PlanFacts.Allocation(id, line, source(d), longOf(d, "amountVnd"),
                        date(d, "on")));
                case "COMMITMENT" -> {
                    List<PlanFacts.Release> releases = new ArrayList<>();
                    d.forEach((field, value) -> {
                        if (field.startsWith(RELEASE) && value instanceof Document release) {
                            releases.add(new PlanFacts.Release(longOf(release, "version"), longOf(release, "amountVnd"),
                                    release.getString("month")));
                        }
                    });
                    commitments.add(new PlanFacts.Commitment(id, line, d.getString("activityId"), source(d),
                            longOf(d, "amountVnd"), longOf(d, "commitVersion"), d.getString("commitMonth"), releases));
                }
                case "EXPENDITURE" -> expenditures.add(new PlanFacts.Expenditure(id, line, d.getString("activityId"),
                        source(d), longOf(d, "amountVnd"), date(d, "on")));
                case "SETTLEMENT" -> {
                    Map<FundingSource, Long> amounts = new EnumMap<>(FundingSource.class);
                    for (Document a : d.getList("amounts", Document.class, List.of())) {
                        amounts.merge(FundingSource.valueOf(a.getString("source")), longOf(a, "amountVnd"), Math::addExact);
                    }
                    settlements.add(new PlanFacts.Settlement(id, line, d.getString("activityId"), date(d, "on"), amounts));
                }
                default -> throw new IllegalStateException("unknown budget item " + d.get("itemId"));
            }
        }
        return new Items(allocations, commitments, expenditures, settlements);
    }

    private static FundingSource source(Document d) {
        return FundingSource.valueOf(d.getString("source"));
    }
}
