package vn.taphuan.reporting.facts;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.plan.v1.FundingAmount;
import vn.taphuan.contracts.plan.v1.PlanAmended;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.PlanClosed;
import vn.taphuan.contracts.plan.v1.TargetLine;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.kit.store.ProjectionStore;
import vn.taphuan.reporting.progress.ActivityKind;
import vn.taphuan.reporting.progress.FundingSource;
import vn.taphuan.reporting.progress.Level;
import vn.taphuan.reporting.progress.PlanFacts;
import vn.taphuan.reporting.progress.TargetGroup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.taphuan.reporting.facts.FactDocuments.date;
import static vn.taphuan.reporting.facts.FactDocuments.enumOf;
import static vn.taphuan.reporting.facts.FactDocuments.fields;
import static vn.taphuan.reporting.facts.FactDocuments.integer;
import static vn.taphuan.reporting.facts.FactDocuments.longOf;

/**
 * Plans as approved and amended: one document per plan holding every version (history is never lost) and the
 * closure. Writes are keyed by version, so a redelivered or late event changes nothing; a plan is read by id.
 */
@Component
@NotTenantScoped("facts of every province, keyed by province and plan (PlanKey): written in the event's province, "
        + "read one plan at a time by the refresher and across provinces by the national figures; province "
        + "views reach them only through the plans of Scopes.currentTenants()")
public class PlanFactStore {

    static final String VERSIONS = "plan_versions";
    private static final String CLOSURE = "closure";
    private static final String VERSION = "v";

    private final PlanDocuments documents;
    private final DirtyPlans dirty;

    PlanFactStore(ProjectionStore projections, FactWrites writes, DirtyPlans dirty) {
        this.documents = new PlanDocuments(projections, writes, VERSIONS);
        this.dirty = dirty;
    }

    void approved(EventEnvelope<PlanApproved> event) {
        PlanApproved p = event.payload();
        FactDocuments.Fields f = version(event, p.planId(), p.planVersion(), p.programmeCode(), p.programmeName(),
                p.title(), p.issuingBody(), p.documentNumber(), p.documentDate(), p.periodStart(), p.periodEnd(),
                p.deadline(), p.budgetTotalVnd(), p.budgetBySource(), p.targetLines())
                .put("effectiveOn", dayOf(event.occurredAt()));
        store(event, p.planId(), p.planVersion(), f);
    }

    void amended(EventEnvelope<PlanAmended> event) {
        PlanAmended p = event.payload();
        FactDocuments.Fields f = version(event, p.planId(), p.planVersion(), p.programmeCode(), p.programmeName(),
                p.title(), p.issuingBody(), p.documentNumber(), p.documentDate(), p.periodStart(), p.periodEnd(),
                p.deadline(), p.budgetTotalVnd(), p.budgetBySource(), p.targetLines())
                .put("effectiveOn", p.amendedOn())
                .put("amendmentReason", p.amendmentReason())
                .put("amendmentDocumentNumber", p.amendmentDocumentNumber());
        store(event, p.planId(), p.planVersion(), f);
    }

    void closed(EventEnvelope<PlanClosed> event) {
        PlanClosed p = event.payload();
        PlanKey key = new PlanKey(event.tenantId(), p.planId());
        documents.update(key, CLOSURE, CLOSURE, event.aggregateVersion(), fields()
                .put("closedOn", p.closedOn()).put("reason", p.reason()).put("planVersion", p.planVersion()).map());
        dirty.mark(key);
    }

    private void store(EventEnvelope<?> event, String planId, int version, FactDocuments.Fields fields) {
        PlanKey key = new PlanKey(event.tenantId(), planId);
        documents.update(key, VERSION + version, "event", event.aggregateVersion(), fields.map());
        dirty.mark(key);
    }

    private static FactDocuments.Fields version(EventEnvelope<?> event, String planId, int version, String programmeCode,
                                                String programmeName, String title, String issuingBody,
                                                String documentNumber, String documentDate, String periodStart,
                                                String periodEnd, String deadline, long budgetTotalVnd,
                                                List<FundingAmount> bySource, List<TargetLine> lines) {
        PlanKey key = new PlanKey(event.tenantId(), planId);
        return fields().put("tenantId", event.tenantId()).put("planKey", key.value()).put("planId", planId)
                .put("version", version).put("programmeCode", programmeCode).put("programmeName", programmeName)
                .put("title", title).put("issuingBody", issuingBody).put("documentNumber", documentNumber)
                .put("documentDate", documentDate).put("periodStart", periodStart).put("periodEnd", periodEnd)
                .put("deadline", deadline).put("budgetTotalVnd", budgetTotalVnd)
                .put("budgetBySource", bySource.stream()
                        .map(a -> new Document("source", a.source()).append("amountVnd", a.amountVnd())).toList())
                .put("lines", lines.stream().map(PlanFactStore::line).toList());
    }

    static Document line(TargetLine l) {
        Document d = new Document("lineId", l.lineId()).append("activityKind", l.activityKind())
                .append("targetGroup", l.targetGroup()).append("plannedActivities", l.plannedActivities())
                .append("plannedPersonTurns", l.plannedPersonTurns());
        putIfPresent(d, "cadreLevel", l.cadreLevel());
        putIfPresent(d, "jobTitle", l.jobTitle());
        putIfPresent(d, "description", l.description());
        putIfPresent(d, "minEthnicMinorityPercent", l.minEthnicMinorityPercent());
        putIfPresent(d, "minWomenPercent", l.minWomenPercent());
        putIfPresent(d, "unitCodes", l.unitCodes());
        // a share of households is shown by plan-service, never measured here as persons trained
        if (l.coverage() != null && (l.coverage().populationUnit() == null || "PERSON".equals(l.coverage().populationUnit()))) {
            Document c = new Document("rosterSize", l.coverage().rosterSize()).append("percent", l.coverage().percent());
            putIfPresent(c, "byDate", l.coverage().byDate());
            putIfPresent(c, "rosterDescription", l.coverage().rosterDescription());
            d.append("coverage", c);
        }
        return d;
    }

    private static void putIfPresent(Document d, String field, Object value) {
        if (value != null) {
            d.append(field, value);
        }
    }

    private static String dayOf(String occurredAt) {
        return LocalDate.ofInstant(Instant.parse(occurredAt), ZoneOffset.ofHours(7)).toString();
    }

    // --- reading ---

    /** The plan's approved versions and its closure, as stored. */
    record Stored(List<PlanFacts.PlanVersion> versions, PlanFacts.Closure closure) {
    }

    Stored find(PlanKey key) {
        return stored(documents.entries(key));
    }

    /** Each plan's versions and closure, a few plans per read. */
    Map<PlanKey, Stored> findAll(Collection<PlanKey> keys) {
        Map<PlanKey, Stored> found = new LinkedHashMap<>();
        documents.entries(keys).forEach((key, entries) -> found.put(key, stored(entries)));
        return found;
    }

    private static Stored stored(Map<String, Document> entries) {
        List<PlanFacts.PlanVersion> versions = entries.entrySet().stream()
                .filter(e -> e.getKey().startsWith(VERSION) && e.getValue().get("version") != null)
                .map(e -> toVersion(e.getValue())).toList();
        Document d = entries.get(CLOSURE);
        PlanFacts.Closure closure = d == null ? null : new PlanFacts.Closure(date(d, "closedOn"), d.getString("reason"),
                integer(d, "planVersion"));
        return new Stored(versions, closure);
    }

    private static PlanFacts.PlanVersion toVersion(Document d) {
        Map<FundingSource, Long> bySource = new EnumMap<>(FundingSource.class);
        for (Document a : d.getList("budgetBySource", Document.class, List.of())) {
            bySource.merge(FundingSource.valueOf(a.getString("source")), longOf(a, "amountVnd"), Math::addExact);
        }
        List<PlanFacts.TargetLine> lines = d.getList("lines", Document.class, List.of()).stream()
                .map(PlanFactStore::toLine).toList();
        return new PlanFacts.PlanVersion(integer(d, "version"), d.getString("programmeCode"),
                d.getString("programmeName"), d.getString("title"), d.getString("issuingBody"),
                d.getString("documentNumber"), date(d, "documentDate"), date(d, "periodStart"), date(d, "periodEnd"),
                date(d, "deadline"), longOf(d, "budgetTotalVnd"), bySource, lines, date(d, "effectiveOn"),
                d.getString("amendmentReason"), d.getString("amendmentDocumentNumber"));
    }

    private static PlanFacts.TargetLine toLine(Document l) {
        Document c = l.get("coverage", Document.class);
        PlanFacts.Coverage coverage = c == null ? null : new PlanFacts.Coverage(integer(c, "rosterSize"),
                integer(c, "percent"), date(c, "byDate"), c.getString("rosterDescription"));
        return new PlanFacts.TargetLine(l.getString("lineId"), enumOf(l, "activityKind", ActivityKind::valueOf),
                enumOf(l, "targetGroup", TargetGroup::valueOf), enumOf(l, "cadreLevel", Level::valueOf),
                l.getString("jobTitle"), l.getString("description"), integer(l, "plannedActivities"),
                integer(l, "plannedPersonTurns"), coverage, integer(l, "minEthnicMinorityPercent"),
                integer(l, "minWomenPercent"), l.getList("unitCodes", String.class));
    }
}
