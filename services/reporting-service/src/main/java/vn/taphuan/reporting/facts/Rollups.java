package vn.taphuan.reporting.facts;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.kit.store.ProjectionStore;
import vn.taphuan.reporting.progress.EnrolmentTotals;
import vn.taphuan.reporting.progress.PersonScopes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The counts kept up to date by adding what changed — a plan's {@link EnrolmentTotals} and the persons of each wider
 * scope ({@link PersonScopes}) — applied exactly once even when the service stops half-way through a batch.
 * <p>
 * A batch's facts (roster pages, persons) and its counts are separate documents, and the store has no transaction
 * to write them together. So each fact document is written with the change it causes to the counts inside it
 * ({@value #PENDING}, tagged with the batch), the batch is recorded in a journal before any of its facts is written,
 * and a count document remembers the batches it has taken ({@value #APPLIED}). Adding a batch's changes to a count
 * document is then one compare-and-set that skips a batch already there. A batch left in the journal — the service
 * stopped, or another replica died — is finished from what its fact documents say they changed: those written carry
 * it, those not written carry nothing and are counted when their events come again.
 * <p>
 * What the documents remember is bounded by what is in flight, not by how many batches went by: a batch is added to a
 * count document only while it is still in the journal (so a recovery that comes after the batch was finished adds
 * nothing), and a count document keeps only the batches still in the journal; a fact document keeps only the changes
 * of batches still in the journal or opened since its writer's own batch began. So the nationwide count document
 * stays a few hundred bytes however many batches the country sends, and a person's document carries the changes
 * of its last write only.
 * <p>
 * A batch whose writer failed part-way (the store went away) is finished by this process as soon as the store answers
 * again — by the next batch, the events' retry, before it begins — so its counts are not missing for the half minute a
 * recovery waits on batches it cannot tell from those still being written; a batch this process is still writing is
 * never taken by its own recovery.
 */
@Component
@NotTenantScoped("the counts of every province's plans and of the wider scopes, and the journal of batches: written "
        + "by the consumers in the events' provinces, read by the refresher one plan at a time and by the views "
        + "through the plans and provinces of Scopes")
public class Rollups {

    private static final Logger log = LoggerFactory.getLogger(Rollups.class);

    static final String PLAN_TOTALS = "plan_enrolments";
    static final String SCOPE_PERSONS = "unique_persons";
    static final String JOURNAL = "rollup_journal";
    /** In a fact document: the changes to counts its last writes caused, each tagged with its batch. */
    static final String PENDING = "pending";
    /** In a count document: the batches already added, newest last. */
    static final String APPLIED = "applied";
    /**
     * How far replicas' clocks may differ (they are kept in step by NTP to milliseconds): a change written less than
     * this before a batch began may be of a batch opened after the journal was read, so it is kept.
     */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    private final ProjectionStore store;
    private final MongoTemplate mongo;
    private final Clock clock;
    /** Batches this process opened and is writing: its own recovery leaves them to their writer. */
    private final Set<String> writing = ConcurrentHashMap.newKeySet();
    /** Batches this process opened whose writer failed part-way: finished as soon as the store answers. */
    private final Set<String> abandoned = ConcurrentHashMap.newKeySet();

    Rollups(ProjectionStore store, Clock clock) {
        this.store = store;
        this.mongo = store.template();
        this.clock = clock;
        // every batch reads and writes its plans' and scopes' count documents (a plan's lists its roster pages):
        // this process's last write is taken from memory unless the store holds a newer one
        store.keepInMemory(PLAN_TOTALS);
        store.keepInMemory(SCOPE_PERSONS);
    }

    // --- the changes a batch causes ---

    /** Changes to counts, by count document: plans' totals and scopes' persons. */
    public static final class Changes {
        private final Map<String, EnrolmentTotals> plans = new LinkedHashMap<>();
        private final PersonScopes scopes = new PersonScopes();
        /** Roster pages seen under each plan: where the unit view finds a plan's enrolments. */
        private final Map<String, Set<String>> pages = new LinkedHashMap<>();

        void page(String planKey, String pageId) {
            pages.computeIfAbsent(planKey, k -> new TreeSet<>()).add(pageId);
        }

        EnrolmentTotals plan(String planKey) {
            return plans.computeIfAbsent(planKey, k -> new EnrolmentTotals());
        }

        PersonScopes scopes() {
            return scopes;
        }

        boolean isEmpty() {
            plans.values().removeIf(EnrolmentTotals::isEmpty);
            return plans.isEmpty() && scopes.isEmpty() && pages.isEmpty();
        }

        void add(Changes other) {
            other.plans.forEach((key, totals) -> plan(key).add(totals));
            scopes.add(other.scopes);
            other.pages.forEach((key, ids) -> ids.forEach(id -> page(key, id)));
        }

        Document toDocument() {
            Document plansDoc = new Document();
            plans.forEach((key, totals) -> {
                if (!totals.isEmpty()) {
                    plansDoc.put(TotalsDocuments.escape(key), TotalsDocuments.toDocument(totals));
                }
            });
            Document pagesDoc = new Document();
            pages.forEach((key, ids) -> pagesDoc.put(TotalsDocuments.escape(key), List.copyOf(ids)));
            Document document = new Document();
            // empty parts left out (fromDocument reads them as empty): a fact document carries its last changes
            if (!plansDoc.isEmpty()) {
                document.put("plans", plansDoc);
            }
            Document scopesDoc = scopesDocument(scopes);
            if (!scopesDoc.isEmpty()) {
                document.put("scopes", scopesDoc);
            }
            if (!pagesDoc.isEmpty()) {
                document.put("pages", pagesDoc);
            }
            return document;
        }

        static Changes fromDocument(Document document) {
            Changes changes = new Changes();
            Document plansDoc = document.get("plans", Document.class);
            if (plansDoc != null) {
                plansDoc.forEach((key, totals) -> changes.plan(TotalsDocuments.unescape(key))
                        .add(TotalsDocuments.fromDocument((Document) totals)));
            }
            Document scopesDoc = document.get("scopes", Document.class);
            if (scopesDoc != null) {
                scopesDoc.forEach((scope, programmes) -> ((Document) programmes).forEach((programme, months) ->
                        ((Document) months).forEach((month, n) -> changes.scopes.add(TotalsDocuments.unescape(scope),
                                TotalsDocuments.unescape(programme), month, ((Number) n).longValue()))));
            }
            Document pagesDoc = document.get("pages", Document.class);
            if (pagesDoc != null) {
                pagesDoc.forEach((key, ids) -> ((List<?>) ids).forEach(id ->
                        changes.page(TotalsDocuments.unescape(key), (String) id)));
            }
            return changes;
        }

        Set<String> planKeys() {
            Set<String> keys = new TreeSet<>(plans.keySet());
            keys.addAll(pages.keySet());
            return keys;
        }
    }

    private static Document scopesDocument(PersonScopes scopes) {
        Document doc = new Document();
        scopes.scopes().forEach((scope, programmes) -> {
            Document p = new Document();
            programmes.forEach((programme, months) -> p.put(TotalsDocuments.escape(programme), new Document(months)));
            doc.put(TotalsDocuments.escape(scope), p);
        });
        return doc;
    }

    /**
     * A batch being applied: its id, and the batches that were in the journal when it was opened (read just after
     * its own entry was written).
     */
    public record Batch(String id, Set<String> inFlight, Instant openedAt) {
    }

    /**
     * A fact document's pending changes with this batch's added, and those of batches already finished dropped: what
     * its {@value #PENDING} field is written as. A change is kept while its batch may still have to be recovered —
     * it was in the journal when this batch was opened, or it was written by a batch opened since (not in that
     * snapshot, perhaps still in flight).
     */
    List<Document> pendingWith(Document factDocument, Batch batch, Changes changes) {
        Instant since = batch.openedAt().minus(CLOCK_SKEW);
        List<Document> kept = new ArrayList<>();
        if (factDocument != null) {
            for (Document entry : factDocument.getList(PENDING, Document.class, List.of())) {
                String other = entry.getString("batch");
                if (!batch.id().equals(other)
                        && (batch.inFlight().contains(other) || !entry.getDate("at").toInstant().isBefore(since))) {
                    kept.add(entry);
                }
            }
        }
        if (!changes.isEmpty()) {
            kept.add(new Document("batch", batch.id()).append("at", Date.from(clock.instant()))
                    .append("changes", changes.toDocument()));
        }
        return kept;
    }

    /** The changes a written fact document carries for {@code batch}, if any. */
    static Changes pendingOf(Document factDocument, String batch) {
        Changes changes = new Changes();
        for (Document entry : factDocument.getList(PENDING, Document.class, List.of())) {
            if (batch.equals(entry.getString("batch"))) {
                changes.add(Changes.fromDocument(entry.get("changes", Document.class)));
            }
        }
        return changes;
    }

    // --- the journal ---

    /** Records a batch before any of its fact documents is written. */
    Batch open(String batch, Map<String, Collection<String>> factDocuments) {
        writing.add(batch);
        Instant now = clock.instant();
        Document sources = new Document();
        factDocuments.forEach((collection, ids) -> sources.put(collection, List.copyOf(ids)));
        mongo.insert(new Document("_id", batch).append("at", Date.from(now)).append("sources", sources), JOURNAL);
        // the journal holds only the batches in flight: a few documents, read whole
        Query all = new Query();
        all.fields().include("_id");
        Set<String> inFlight = new HashSet<>();
        mongo.find(all, Document.class, JOURNAL).forEach(d -> inFlight.add(d.getString("_id")));
        return new Batch(batch, inFlight, now);
    }

    /** Adds a batch's changes to the count documents (once), then takes the batch off the journal. */
    void close(String batch, Changes changes) {
        apply(batch, changes);
        mongo.remove(Query.query(Criteria.where("_id").is(batch)), JOURNAL);
        writing.remove(batch);
    }

    /**
     * Its writer gave a batch up part-way (the store failed under it): whatever of it was written — the outcome of the
     * last write unknown — is finished by {@link #finishAbandoned()}, and the events, tried again, are another batch.
     */
    void abandon(String batch) {
        abandoned.add(batch);
        writing.remove(batch);
    }

    /**
     * Finishes the batches this process gave up, from what their fact documents say they changed (nothing when the
     * journal never got them). Returns the plans whose counts changed; a batch stays to be finished while the store
     * fails.
     */
    Set<String> finishAbandoned() {
        Set<String> plans = new TreeSet<>();
        for (String batch : List.copyOf(abandoned)) {
            Document journal = mongo.findById(batch, Document.class, JOURNAL);
            if (journal != null) {
                plans.addAll(finish(journal));
            }
            abandoned.remove(batch);
        }
        return plans;
    }

    /**
     * Finishes the batches left in the journal that are older than {@code olderThan} — those of this service before it
     * was stopped, of a replica that died — except those this process is still writing. Returns the plans whose counts
     * changed.
     */
    public Set<String> recover(Duration olderThan) {
        Set<String> plans = new TreeSet<>();
        Query left = Query.query(Criteria.where("at").lte(Date.from(clock.instant().minus(olderThan))));
        for (Document journal : mongo.find(left, Document.class, JOURNAL)) {
            if (!writing.contains(journal.getString("_id"))) {
                plans.addAll(finish(journal));
            }
        }
        return plans;
    }

    /** Adds what a batch in the journal wrote to the counts and takes it off. Returns the plans whose counts changed. */
    private Set<String> finish(Document journal) {
        String batch = journal.getString("_id");
        Changes changes = new Changes();
        journal.get("sources", Document.class).forEach((collection, ids) -> {
            @SuppressWarnings("unchecked")
            List<String> list = (List<String>) ids;
            if (!list.isEmpty()) {
                mongo.find(Query.query(Criteria.where("_id").in(list)), Document.class, collection)
                        .forEach(fact -> changes.add(pendingOf(fact, batch)));
            }
        });
        log.info("finishing batch {} left in the journal: {} plans", batch, changes.planKeys().size());
        close(batch, changes);
        abandoned.remove(batch);
        return changes.planKeys();
    }

    // --- the count documents ---

    private void apply(String batch, Changes changes) {
        if (changes.isEmpty()) {
            return;
        }
        store.modifyAll(PLAN_TOTALS, changes.planKeys(), (key, current) -> {
            List<String> applied = appliedWith(current, batch);
            if (applied == null) {
                return null;
            }
            EnrolmentTotals totals = TotalsDocuments.fromDocument(current == null ? null
                    : current.get("totals", Document.class));
            EnrolmentTotals delta = changes.plans.get(key);
            if (delta != null) {
                totals.add(delta);
            }
            Set<String> pages = new TreeSet<>(current == null ? List.of() : current.getList("pages", String.class, List.of()));
            pages.addAll(changes.pages.getOrDefault(key, Set.of()));
            PlanKey plan = PlanKey.parse(key);
            return new Document("tenantId", plan.tenantId()).append("planKey", key)
                    .append("totals", TotalsDocuments.toDocument(totals)).append("pages", List.copyOf(pages))
                    .append(APPLIED, applied);
        });
        Map<String, Map<String, Map<String, Long>>> scopes = changes.scopes.scopes();
        store.modifyAll(SCOPE_PERSONS, scopes.keySet(), (scope, current) -> {
            List<String> applied = appliedWith(current, batch);
            if (applied == null) {
                return null;
            }
            PersonScopes counts = scopeCounts(scope, current);
            scopes.get(scope).forEach((programme, months) ->
                    months.forEach((month, n) -> counts.add(scope, programme, month, n)));
            Document programmes = scopesDocument(counts).get(TotalsDocuments.escape(scope), Document.class);
            return new Document("programmes", programmes == null ? new Document() : programmes)
                    .append(APPLIED, applied);
        });
    }

    /**
     * The batches a count document is to remember once {@code batch} is added to it — those of its own that are still
     * in the journal, and this one — or null when the batch is not to be added: it is there already, or it is no
     * longer in the journal (finished by its own writer while a recovery was about it). The journal is read after
     * the document, so a batch that document remembers and that is still in flight is found there; and since the
     * document is written only if nobody changed it since it was read, a batch it forgets is never added again.
     */
    private List<String> appliedWith(Document current, String batch) {
        List<String> remembered = current == null ? List.of() : current.getList(APPLIED, String.class, List.of());
        if (remembered.contains(batch)) {
            return null;
        }
        List<String> asked = new ArrayList<>(remembered);
        asked.add(batch);
        Query query = Query.query(Criteria.where("_id").in(asked));
        query.fields().include("_id");
        Set<String> inJournal = new HashSet<>();
        mongo.find(query, Document.class, JOURNAL).forEach(d -> inJournal.add(d.getString("_id")));
        if (!inJournal.contains(batch)) {
            return null;
        }
        List<String> applied = new ArrayList<>();
        remembered.stream().filter(inJournal::contains).forEach(applied::add);
        applied.add(batch);
        return applied;
    }

    private static PersonScopes scopeCounts(String scope, Document stored) {
        PersonScopes counts = new PersonScopes();
        if (stored != null && stored.get("programmes") instanceof Document programmes) {
            programmes.forEach((programme, months) -> ((Document) months).forEach((month, n) ->
                    counts.add(scope, TotalsDocuments.unescape(programme), month, ((Number) n).longValue())));
        }
        return counts;
    }

    // --- reading ---

    /** The roster pages of these plans (ids of {@link EnrolmentLedger}'s page documents). */
    public List<String> pagesOf(Collection<String> planKeys) {
        List<String> pages = new ArrayList<>();
        if (!planKeys.isEmpty()) {
            Query query = Query.query(Criteria.where("_id").in(planKeys));
            query.fields().include("pages");
            mongo.find(query, Document.class, PLAN_TOTALS)
                    .forEach(d -> pages.addAll(d.getList("pages", String.class, List.of())));
        }
        return pages;
    }

    /** The totals of a plan's enrolments (empty when none arrived yet). */
    public EnrolmentTotals planTotals(PlanKey plan) {
        Document stored = mongo.findById(plan.value(), Document.class, PLAN_TOTALS);
        return TotalsDocuments.fromDocument(stored == null ? null : stored.get("totals", Document.class));
    }

    /** The totals of each plan's enrolments (empty for those with none yet), a few plans per read. */
    public Map<PlanKey, EnrolmentTotals> planTotals(Collection<PlanKey> plans) {
        Map<String, Document> stored = new HashMap<>();
        List<String> ids = plans.stream().map(PlanKey::value).distinct().toList();
        for (int from = 0; from < ids.size(); from += PlanDocuments.PLANS_PER_READ) {
            // usually as this process's last batch wrote them, from memory
            stored.putAll(store.findAllById(PLAN_TOTALS, ids.subList(from, Math.min(ids.size(),
                    from + PlanDocuments.PLANS_PER_READ))));
        }
        Map<PlanKey, EnrolmentTotals> totals = new LinkedHashMap<>();
        plans.forEach(plan -> {
            Document d = stored.get(plan.value());
            totals.put(plan, TotalsDocuments.fromDocument(d == null ? null : d.get("totals", Document.class)));
        });
        return totals;
    }

    /**
     * Persons of every scope and programme by month ({@link #scopePersons} for all of them), in one read of a few
     * dozen small documents: what the views keep for a moment and share.
     */
    public Map<String, Map<String, Map<String, Long>>> everyScopePersons() {
        Query query = new Query();
        query.fields().include("programmes");
        Map<String, Map<String, Map<String, Long>>> all = new HashMap<>();
        for (Document stored : mongo.find(query, Document.class, SCOPE_PERSONS)) {
            if (stored.get("programmes") instanceof Document programmes) {
                Map<String, Map<String, Long>> ofScope = new HashMap<>();
                programmes.forEach((programme, months) -> {
                    Map<String, Long> byMonth = new TreeMap<>();
                    ((Document) months).forEach((month, n) -> byMonth.put(month, ((Number) n).longValue()));
                    ofScope.put(TotalsDocuments.unescape(programme), byMonth);
                });
                all.put(stored.getString("_id"), ofScope);
            }
        }
        return all;
    }

    /**
     * Persons of a scope (a province's tenant id, or {@link PersonScopes#NATIONAL}) and programme ({@link
     * PersonScopes#ALL} for all), by the month each was first trained in.
     */
    public Map<String, Long> scopePersons(String scope, String programme) {
        Document stored = mongo.findById(scope, Document.class, SCOPE_PERSONS);
        if (stored == null || !(stored.get("programmes") instanceof Document programmes)) {
            return Map.of();
        }
        Document months = programmes.get(TotalsDocuments.escape(programme), Document.class);
        Map<String, Long> result = new TreeMap<>();
        if (months != null) {
            months.forEach((month, n) -> result.put(month, ((Number) n).longValue()));
        }
        return result;
    }
}
