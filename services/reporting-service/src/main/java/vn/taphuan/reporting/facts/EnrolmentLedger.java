package vn.taphuan.reporting.facts;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.enrolment.v1.EnrolmentsChanged;
import vn.taphuan.contracts.enrolment.v1.EnrolmentsChanged.EnrolmentState;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.kit.store.ProjectionStore;
import vn.taphuan.reporting.progress.ActivityKind;
import vn.taphuan.reporting.progress.EnrolmentStatus;
import vn.taphuan.reporting.progress.EnrolmentTotals;
import vn.taphuan.reporting.progress.Gender;
import vn.taphuan.reporting.progress.Level;
import vn.taphuan.reporting.ReportingProperties;
import vn.taphuan.reporting.progress.Ministries;
import vn.taphuan.reporting.progress.PersonScopes;
import vn.taphuan.reporting.progress.TargetGroup;
import vn.taphuan.reporting.scope.Scopes;
import vn.taphuan.reporting.scope.TenantLineage;
import vn.taphuan.reporting.units.UnitBreakdown;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Applies {@code EnrolmentsChanged} events, a batch at a time, to what reporting knows of enrolments:
 * <ul>
 *   <li>the facts of each roster page ({@value #PAGES}): every enrolment's latest state, kept only where the event's
 *       version is newer, so redelivered, replayed and reordered events change nothing;</li>
 *   <li>the facts of each person ({@value #PERSONS}, by keyed hash, never a name): their enrolments in every province,
 *       which is what counting a person once in a line, a plan, a province or the country takes;</li>
 *   <li>the counts derived from both ({@link Rollups}): each fact document's old and new state give the change to
 *       the plan's {@link EnrolmentTotals} and to the scopes' persons, added exactly once.</li>
 * </ul>
 * A batch of a thousand events costs one read and one bulk write of the pages, of the persons and of the counts,
 * however many learners the events carry.
 */
@Component
@NotTenantScoped("facts of every province's enrolments, keyed by province and roster page, and of every person by "
        + "keyed hash: written in the events' provinces, read one plan at a time by the refresher and the unit view")
public class EnrolmentLedger {

    static final String PAGES = "enrolment_pages";
    static final String PERSONS = "persons";
    private static final int PAGES_PER_READ = 50;

    private final ProjectionStore store;
    private final MongoTemplate mongo;
    private final Rollups rollups;
    private final Scopes scopes;
    private final DirtyPlans dirty;
    private final Ministries ministries;

    EnrolmentLedger(ProjectionStore store, Rollups rollups, Scopes scopes, DirtyPlans dirty,
                    ReportingProperties properties) {
        this.ministries = properties.owners();
        this.store = store;
        this.mongo = store.template();
        this.rollups = rollups;
        this.scopes = scopes;
        this.dirty = dirty;
    }

    /** Applies a batch of events, in the order they were consumed. */
    void changed(List<EventEnvelope<EnrolmentsChanged>> events) {
        String batchId = UUID.randomUUID().toString();
        Map<String, List<EventEnvelope<EnrolmentsChanged>>> byPage = new LinkedHashMap<>();
        Set<String> persons = new LinkedHashSet<>();
        for (EventEnvelope<EnrolmentsChanged> event : events) {
            byPage.computeIfAbsent(pageId(event), id -> new ArrayList<>()).add(event);
            event.payload().enrolments().forEach(e -> persons.add(e.personKey()));
        }
        // what an earlier try of these events (or others) left half-applied is counted before they are applied again
        Set<PlanKey> plans = new TreeSet<>(java.util.Comparator.comparing(PlanKey::value));
        rollups.finishAbandoned().forEach(key -> plans.add(PlanKey.parse(key)));
        try {
            apply(rollups.open(batchId, Map.of(PAGES, byPage.keySet(), PERSONS, persons)), byPage, plans);
        } catch (RuntimeException e) {
            rollups.abandon(batchId);
            throw e;
        }
        plans.forEach(dirty::mark);
    }

    private void apply(Rollups.Batch batch, Map<String, List<EventEnvelope<EnrolmentsChanged>>> byPage,
                       Set<PlanKey> plans) {
        String batchId = batch.id();

        // the pages this batch leaves as they were are kept too: an earlier try of the same events may have written
        // them and then lost the store before their persons were written — the persons follow the pages all the same
        Map<String, Document> unchanged = new HashMap<>();
        List<ProjectionStore.Written> pages = store.modifyAll(PAGES, byPage.keySet(), (id, current) -> {
            Document after = applyToPage(batch, byPage.get(id), current);
            if (after == null && current != null) {
                unchanged.put(id, current);
            } else {
                unchanged.remove(id);
            }
            return after;
        });
        Map<String, Map<String, Document>> personChanges = new LinkedHashMap<>();
        for (ProjectionStore.Written page : pages) {
            collectPersonChanges(page.after(), byPage.get(page.id()), personChanges);
        }
        unchanged.forEach((id, page) -> collectPersonChanges(page, byPage.get(id), personChanges));
        TenantLineage lineage = scopes.lineageNow();
        Map<String, Set<String>> heirs = new HashMap<>();
        List<ProjectionStore.Written> people = store.modifyAll(PERSONS, personChanges.keySet(),
                (key, current) -> applyToPerson(batch, personChanges.get(key), current,
                        tenant -> heirs.computeIfAbsent(tenant, lineage::heirsOf)));

        Rollups.Changes changes = new Rollups.Changes();
        pages.forEach(w -> changes.add(Rollups.pendingOf(w.after(), batchId)));
        people.forEach(w -> changes.add(Rollups.pendingOf(w.after(), batchId)));
        rollups.close(batchId, changes);
        pages.forEach(w -> plans.add(PlanKey.parse(w.after().getString("planKey"))));
        changes.planKeys().forEach(key -> plans.add(PlanKey.parse(key)));
    }

    private static String pageId(EventEnvelope<EnrolmentsChanged> event) {
        return event.tenantId() + "/" + event.payload().trainingEventId() + "." + event.payload().rosterPage();
    }

    // --- a roster page ---

    /** The page with the events' newer states; null when nothing in it changes. */
    private Document applyToPage(Rollups.Batch batch, List<EventEnvelope<EnrolmentsChanged>> events, Document current) {
        EventEnvelope<EnrolmentsChanged> first = events.get(0);
        EnrolmentsChanged p = first.payload();
        Document page = current != null ? current : new Document("tenantId", first.tenantId())
                .append("planKey", new PlanKey(first.tenantId(), p.planId()).value()).append("planId", p.planId())
                .append("lineId", p.targetLineId()).append("activityId", p.trainingEventId())
                .append("kind", p.activityKind()).append("programmeCode", p.programmeCode())
                .append("rosterPage", p.rosterPage()).append("entries", new Document());
        Document entries = page.get("entries", Document.class);
        Rollups.Changes changes = new Rollups.Changes();
        EnrolmentTotals totals = changes.plan(page.getString("planKey"));
        if (current == null) {
            changes.page(page.getString("planKey"), pageId(first));
        }
        boolean changed = false;
        for (EventEnvelope<EnrolmentsChanged> event : events) {
            for (EnrolmentState state : event.payload().enrolments()) {
                String key = TotalsDocuments.escape(state.enrolmentId());
                Document before = entries.get(key, Document.class);
                if (before != null && ((Number) before.get("v")).longValue() >= state.version()) {
                    continue;
                }
                Document after = entry(state);
                entries.put(key, after);
                totals.count(fact(page, before), -1).count(fact(page, after), 1);
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        page.put(Rollups.PENDING, rollups.pendingWith(current, batch, changes));
        page.remove("_id");
        page.remove(ProjectionStore.REVISION);
        return page;
    }

    private static Document entry(EnrolmentState s) {
        Document d = new Document("v", s.version()).append("s", s.status()).append("p", s.personKey())
                .append("g", s.gender()).append("m", s.ethnicMinority()).append("tg", s.targetGroup())
                .append("u", s.unitCode()).append("en", s.enrolledOn()).append("sa", s.sessionsAttended())
                .append("st", s.sessionsTotal());
        putIfPresent(d, "lv", s.level());
        putIfPresent(d, "c", s.completedOn());
        putIfPresent(d, "w", s.withdrawnOn());
        return d;
    }

    private static void putIfPresent(Document d, String field, Object value) {
        if (value != null) {
            d.put(field, value);
        }
    }

    private static EnrolmentTotals.EnrolmentFact fact(Document page, Document entry) {
        if (entry == null) {
            return null;
        }
        String level = entry.getString("lv");
        String completedOn = entry.getString("c");
        return new EnrolmentTotals.EnrolmentFact(page.getString("lineId"), page.getString("activityId"),
                ActivityKind.valueOf(page.getString("kind")), EnrolmentStatus.valueOf(entry.getString("s")),
                completedOn == null ? null : LocalDate.parse(completedOn), Gender.valueOf(entry.getString("g")),
                Boolean.TRUE.equals(entry.getBoolean("m")), TargetGroup.valueOf(entry.getString("tg")),
                level == null ? null : Level.valueOf(level));
    }

    // --- persons ---

    /**
     * What each enrolment the events name is now, by its page, for its person (null state: it no longer counts). Taken
     * from the page as stored rather than from what this batch changed in it: a person already up to date ignores it
     * (by version), and one an earlier, failed try of these events left behind its page catches up.
     */
    private static void collectPersonChanges(Document page, List<EventEnvelope<EnrolmentsChanged>> events,
                                             Map<String, Map<String, Document>> changes) {
        Document entries = page.get("entries", Document.class);
        for (EventEnvelope<EnrolmentsChanged> event : events) {
            for (EnrolmentState state : event.payload().enrolments()) {
                String key = TotalsDocuments.escape(state.enrolmentId());
                Document entry = entries.get(key, Document.class);
                if (entry == null) {
                    continue;
                }
                Document person = "WITHDRAWN".equals(entry.getString("s")) ? null
                        : new Document("t", page.getString("tenantId")).append("p", page.getString("planId"))
                        .append("l", page.getString("lineId")).append("a", page.getString("activityId"))
                        .append("g", page.getString("programmeCode")).append("c", "COMPLETED".equals(entry.getString("s")))
                        .append("d", entry.getString("c"));
                changes.computeIfAbsent(entry.getString("p"), k -> new LinkedHashMap<>())
                        .put(key, new Document("v", entry.get("v")).append("state", person));
            }
        }
    }

    /** The person with the changed enrolments, and what that changes to the counts; null when nothing changes. */
    private Document applyToPerson(Rollups.Batch batch, Map<String, Document> changed, Document current,
                                   java.util.function.Function<String, Set<String>> heirs) {
        Document person = current != null ? current : new Document("enrolments", new Document());
        Document enrolments = person.get("enrolments", Document.class);
        Document before = new Document(enrolments);
        boolean any = false;
        for (Map.Entry<String, Document> change : changed.entrySet()) {
            Document stored = enrolments.get(change.getKey(), Document.class);
            long version = ((Number) change.getValue().get("v")).longValue();
            if (stored != null && ((Number) stored.get("v")).longValue() >= version) {
                continue;
            }
            Document state = change.getValue().get("state", Document.class);
            enrolments.put(change.getKey(), state == null ? new Document("v", version)
                    : new Document(state).append("v", version));
            any = true;
        }
        if (!any) {
            return null;
        }
        Rollups.Changes changes = new Rollups.Changes();
        Set<String> plans = new TreeSet<>();
        plans.addAll(planKeys(before));
        plans.addAll(planKeys(enrolments));
        for (String plan : plans) {
            changes.plan(plan).countPerson(plan, personEnrolments(before), -1)
                    .countPerson(plan, personEnrolments(enrolments), 1);
        }
        changes.scopes().count(completions(before), heirs, ministries::ownerOf, -1)
                .count(completions(enrolments), heirs, ministries::ownerOf, 1);
        person.put(Rollups.PENDING, rollups.pendingWith(current, batch, changes));
        person.remove("_id");
        person.remove(ProjectionStore.REVISION);
        return person;
    }

    private static Set<String> planKeys(Document enrolments) {
        Set<String> keys = new TreeSet<>();
        enrolments.values().forEach(v -> {
            Document e = (Document) v;
            if (e.getString("p") != null) {
                keys.add(e.getString("t") + "/" + e.getString("p"));
            }
        });
        return keys;
    }

    private static List<EnrolmentTotals.PersonEnrolment> personEnrolments(Document enrolments) {
        List<EnrolmentTotals.PersonEnrolment> list = new ArrayList<>();
        enrolments.values().forEach(v -> {
            Document e = (Document) v;
            if (e.getString("p") != null) {
                String day = e.getString("d");
                list.add(new EnrolmentTotals.PersonEnrolment(e.getString("t") + "/" + e.getString("p"),
                        e.getString("l"), e.getString("a"), Boolean.TRUE.equals(e.getBoolean("c")),
                        day == null ? null : LocalDate.parse(day)));
            }
        });
        return list;
    }

    private static List<PersonScopes.Completion> completions(Document enrolments) {
        List<PersonScopes.Completion> list = new ArrayList<>();
        enrolments.values().forEach(v -> {
            Document e = (Document) v;
            if (Boolean.TRUE.equals(e.getBoolean("c"))) {
                list.add(new PersonScopes.Completion(e.getString("t"), e.getString("g"),
                        LocalDate.parse(e.getString("d"))));
            }
        });
        return list;
    }

    // --- reading ---

    /** Completed enrolments of these plans, for the unit view: read from the plans' roster pages. */
    public List<UnitBreakdown.Completion> completions(Collection<String> pageIds) {
        List<UnitBreakdown.Completion> completions = new ArrayList<>();
        List<String> ids = List.copyOf(pageIds);
        // a few pages per reply: a province's roster never has to fit one reply of the store
        for (int from = 0; from < ids.size(); from += PAGES_PER_READ) {
            Query query = Query.query(Criteria.where("_id").in(ids.subList(from, Math.min(ids.size(), from + PAGES_PER_READ))));
            for (Document page : mongo.find(query, Document.class, PAGES)) {
                page.get("entries", Document.class).values().forEach(v -> {
                    Document e = (Document) v;
                    if ("COMPLETED".equals(e.getString("s"))) {
                        completions.add(new UnitBreakdown.Completion(e.getString("p"), e.getString("u"),
                                "FEMALE".equals(e.getString("g")), Boolean.TRUE.equals(e.getBoolean("m"))));
                    }
                });
            }
        }
        return completions;
    }

    /** A completed enrolment with its day and the unit it was recorded under, for a commune's report of a period. */
    public record DatedCompletion(String unitCode, LocalDate completedOn, boolean female, boolean ethnicMinority) {
    }

    /** Completed enrolments of these roster pages with their days, read as {@link #completions} reads them. */
    public List<DatedCompletion> datedCompletions(Collection<String> pageIds) {
        List<DatedCompletion> completions = new ArrayList<>();
        List<String> ids = List.copyOf(pageIds);
        for (int from = 0; from < ids.size(); from += PAGES_PER_READ) {
            Query query = Query.query(Criteria.where("_id").in(ids.subList(from, Math.min(ids.size(), from + PAGES_PER_READ))));
            for (Document page : mongo.find(query, Document.class, PAGES)) {
                page.get("entries", Document.class).values().forEach(v -> {
                    Document e = (Document) v;
                    if ("COMPLETED".equals(e.getString("s")) && e.getString("c") != null) {
                        completions.add(new DatedCompletion(e.getString("u"), LocalDate.parse(e.getString("c")),
                                "FEMALE".equals(e.getString("g")), Boolean.TRUE.equals(e.getBoolean("m"))));
                    }
                });
            }
        }
        return completions;
    }
}
