package vn.taphuan.reporting.figures;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.kit.events.EventJson;
import vn.taphuan.kit.store.BulkWrites;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.kit.store.RecentReads;
import vn.taphuan.reporting.ReportingProperties;
import vn.taphuan.reporting.admin.ProjectionRebuild;
import vn.taphuan.reporting.facts.PlanKey;
import vn.taphuan.reporting.progress.PlanFigures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The derived figures of every plan, one document each, written only when they changed. Every write takes the next
 * number of a store-wide revision counter and records it in one index document, so readers (the views and the live
 * streams of every replica) learn what changed since the revision they last saw by reading that one document, and
 * read only the plans that changed. Each replica keeps every plan's figures parsed in memory (a few hundred plans
 * nationwide), refreshed that way, so a nationwide view never reads or parses every plan's document again.
 */
@Component
@NotTenantScoped("the derived figures of every province's plans: the national views read all of them, province "
        + "views only those of Scopes.currentTenants(), the live streams the store-wide revision")
public class PlanFiguresStore {

    static final String COLLECTION = "plan_figures";
    static final String COUNTERS = "counters";
    private static final String INDEX = "index";
    private static final int PLANS_PER_READ = 50;
    /** The plan's mark the stored figures were derived under. */
    private static final String DERIVED_AT = "derivedAt";
    /** SHA-256 of the stored figures' JSON: whether new figures differ, told without reading the figures. */
    private static final String DIGEST = "digest";
    private static final int MAX_ATTEMPTS = 50;
    /**
     * The figures' JSON, deflated: a plan's figures are some 20 KB of JSON repeating the same names, and every write
     * and every replica's read of them passes through the store, whose cost follows the bytes it encodes and keeps
     * (a fifth of what it handled per person-turn went to these documents). Figures stored before were kept as text
     * in {@value #JSON}, read as they are until the plan's next write replaces them.
     */
    private static final String DEFLATED = "deflated";
    private static final String JSON = "json";

    private final MongoTemplate mongo;
    private final JsonMapper json = EventJson.mapper();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private volatile long cachedIndexRevision = -1;
    private volatile boolean writeIndexed;
    /** The index, read at most once per read window (on the monotonic clock) however many requests ask. */
    private final RecentReads<String, Document> indexReads;

    PlanFiguresStore(MongoTemplate mongo, ReportingProperties properties) {
        this.mongo = mongo;
        this.indexReads = new RecentReads<>(properties.refresh().readWindow());
    }

    /**
     * Stores the figures derived under the plan's mark {@code derivedAt} ({@code DirtyPlans}) if they differ from the
     * stored ones and no figures derived under a later mark are stored already (another replica, deriving the same
     * plan at the same moment from newer facts, may have stored them first); returns whether they were stored.
     */
    public boolean save(PlanFigures figures, long derivedAt) {
        return !saveAll(List.of(new Derivation(figures, derivedAt))).isEmpty();
    }

    /** A plan's figures and the mark they were derived under. */
    public record Derivation(PlanFigures figures, long derivedAt) {
        PlanKey key() {
            return new PlanKey(figures.tenantId(), figures.planId());
        }
    }

    /**
     * {@link #save} for many plans at once: one read of what is stored (without the figures themselves: their
     * digest tells whether they changed), one number taken from the revision counter for all, one bulk write and one
     * write of the index, however many plans. Returns the plans whose figures were stored.
     */
    public Set<PlanKey> saveAll(Collection<Derivation> derivations) {
        ensureWriteIndex();
        Map<String, Pending> todo = new LinkedHashMap<>();
        for (Derivation derivation : derivations) {
            String text = json.writeValueAsString(derivation.figures());
            todo.merge(derivation.key().value(), new Pending(derivation, text, digest(text)),
                    (a, b) -> b.derivation().derivedAt() >= a.derivation().derivedAt() ? b : a);
        }
        Set<PlanKey> stored = new HashSet<>();
        Map<String, Long> revisions = new HashMap<>();
        for (int attempt = 0; attempt < MAX_ATTEMPTS && !todo.isEmpty(); attempt++) {
            Map<String, Document> current = storedHeads(todo.keySet());
            List<Pending> writes = new ArrayList<>();
            todo.forEach((key, pending) -> {
                Document head = current.get(key);
                long storedAt = head == null ? -1 : ((Number) head.getOrDefault(DERIVED_AT, 0L)).longValue();
                if (head == null || (!pending.digest().equals(head.getString(DIGEST))
                        && storedAt <= pending.derivation().derivedAt())) {
                    writes.add(pending);
                }
            });
            todo.clear();
            if (writes.isEmpty()) {
                break;
            }
            // numbers taken after the stored figures were read: a write always carries a higher one than it replaces
            long first = nextRevisions(writes.size());
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
            Map<String, Long> attempted = new LinkedHashMap<>();
            for (int i = 0; i < writes.size(); i++) {
                Pending pending = writes.get(i);
                PlanKey key = pending.derivation().key();
                long revision = first + i;
                Document fields = fields(pending, revision);
                Document head = current.get(key.value());
                // written only over what was read: another replica storing this plan's figures meanwhile makes
                // this one read them again, and yield if they were derived under a later mark
                if (head == null) {
                    bulk.insert(new Document(fields).append("_id", key.value()));
                } else {
                    Update update = new Update();
                    fields.forEach(update::set);
                    update.unset(JSON);
                    bulk.updateOne(Query.query(Criteria.where("_id").is(key.value()).and("revision")
                            .is(head.get("revision"))), update);
                }
                attempted.put(key.value(), revision);
            }
            long done = BulkWrites.execute(bulk).written();
            Set<String> ours = done == attempted.size() ? attempted.keySet() : written(attempted);
            for (Pending pending : writes) {
                String key = pending.derivation().key().value();
                if (ours.contains(key)) {
                    stored.add(pending.derivation().key());
                    revisions.put(key, attempted.get(key));
                } else {
                    todo.put(key, pending);
                }
            }
        }
        if (!todo.isEmpty()) {
            throw new IllegalStateException(todo.size() + " plans' figures kept changing under " + MAX_ATTEMPTS
                    + " attempts to store them");
        }
        if (!revisions.isEmpty()) {
            // a revision only ever grows, so an index entry older than the figures it names is never left behind
            Update index = new Update();
            revisions.forEach((key, revision) -> index.max("plans." + escape(key), revision));
            index.max("revision", revisions.values().stream().mapToLong(Long::longValue).max().orElseThrow());
            mongo.upsert(Query.query(Criteria.where("_id").is(INDEX)), index, COUNTERS);
            // this process's views and live streams read what it just wrote, not the index of the read window
            indexReads.forgetAll();
        }
        return stored;
    }

    /** Figures serialised, with their digest, waiting to be stored. */
    private record Pending(Derivation derivation, String text, String digest) {
    }

    private static Document fields(Pending pending, long revision) {
        PlanFigures figures = pending.derivation().figures();
        return new Document("tenantId", figures.tenantId()).append("planId", figures.planId())
                .append("known", figures.known()).append("revision", revision).append(DEFLATED, deflate(pending.text()))
                .append(DIGEST, pending.digest()).append(DERIVED_AT, pending.derivation().derivedAt())
                .append("programmeCode", figures.known() ? figures.plan().programmeCode() : null);
    }

    /** What a compare-and-set needs of each plan's stored figures: their revision, mark and digest. */
    private Map<String, Document> storedHeads(Collection<String> keys) {
        Map<String, Document> heads = new HashMap<>();
        Query query = Query.query(Criteria.where("_id").in(keys));
        query.fields().include("revision").include(DERIVED_AT).include(DIGEST);
        mongo.find(query, Document.class, COLLECTION).forEach(d -> heads.put(d.getString("_id"), d));
        return heads;
    }

    /** Of the plans written in one bulk, those that carry the revision this writer gave them (numbers are unique). */
    private Set<String> written(Map<String, Long> attempted) {
        Query query = Query.query(Criteria.where("_id").in(attempted.keySet()));
        query.fields().include("revision");
        Set<String> ours = new HashSet<>();
        mongo.find(query, Document.class, COLLECTION).forEach(d -> {
            if (d.get("revision") instanceof Number revision
                    && revision.longValue() == attempted.get(d.getString("_id"))) {
                ours.add(d.getString("_id"));
            }
        });
        return ours;
    }

    /** The figures' JSON as a stored document holds it (deflated, or as text in a document written before). */
    public static String jsonOf(Document stored) {
        if (stored.get(DEFLATED) instanceof Binary deflated) {
            try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(deflated.getData()))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("plan figures " + stored.get("_id") + " cannot be inflated", e);
            }
        }
        return stored.getString(JSON);
    }

    /** What sets a stored document's figures to {@code json}, as {@link #saveAll} writes them. */
    public static Update settingJson(String json) {
        return new Update().set(DEFLATED, deflate(json)).unset(JSON);
    }

    private static Binary deflate(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() / 6);
        try (OutputStream out = new DeflaterOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Binary(bytes.toByteArray());
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A unique index on exactly the fields of the compare-and-set ({@code _id}, {@code revision}): the embedded store
     * answers such a write from it instead of reading every plan's figures (it uses an index only when it has exactly
     * the query's fields); a real MongoDB would use the id index anyway.
     */
    private void ensureWriteIndex() {
        if (!writeIndexed) {
            mongo.indexOps(COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC)
                    .on("revision", Sort.Direction.ASC).unique().named("figures_write"));
            writeIndexed = true;
        }
    }

    public Optional<PlanFigures> find(PlanKey key) {
        refresh();
        Cached cached = cache.get(key.value());
        return Optional.ofNullable(cached).map(Cached::figures);
    }

    /** Figures of every known plan (approval arrived) of these tenants, by plan key. */
    public List<PlanFigures> ofTenants(Collection<String> tenants) {
        refresh();
        return cache.values().stream().filter(c -> c.figures().known() && tenants.contains(c.figures().tenantId()))
                .sorted(Comparator.comparing(Cached::key)).map(Cached::figures).toList();
    }

    /** Figures of every known plan of the country, by plan key (a fixed order, so every view is reproducible). */
    public List<PlanFigures> all() {
        refresh();
        return cache.values().stream().filter(c -> c.figures().known())
                .sorted(Comparator.comparing(Cached::key)).map(Cached::figures).toList();
    }

    /**
     * Every plan's figures revision, read anew. The views asked next read the index anew too: figures announced as
     * changed must not be answered from the read window's older index (a live stream would push the old figures under
     * the new revision, and never push them again).
     */
    public Map<PlanKey, Long> revisions() {
        Map<PlanKey, Long> revisions = new HashMap<>();
        Map<String, Long> index = index();
        indexReads.forgetAll();
        index.forEach((key, at) -> revisions.put(PlanKey.parse(key), at));
        return revisions;
    }

    /**
     * The revision of the figures this replica reads now: what a view computed from {@link #all} is kept under. Not
     * {@link #latestRevision}, which may be ahead of the figures read (the counter moves before the index does, and
     * the index is read once per read window).
     */
    public long revision() {
        refresh();
        return cachedIndexRevision;
    }

    public long latestRevision() {
        Document counter = mongo.findById("figures", Document.class, COUNTERS);
        return counter == null ? 0 : ((Number) counter.get("revision")).longValue();
    }

    /** Takes {@code count} numbers of the revision counter at once; returns the first. */
    private long nextRevisions(int count) {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is("figures")),
                new Update().inc("revision", (long) count), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COUNTERS);
        return ((Number) counter.get("revision")).longValue() - count + 1;
    }

    /** Every plan's figures revision, from the index document. */
    private Map<String, Long> index() {
        return index(mongo.findById(INDEX, Document.class, COUNTERS));
    }

    private static Map<String, Long> index(Document index) {
        Map<String, Long> revisions = new HashMap<>();
        if (index != null && index.get("plans") instanceof Document plans) {
            plans.forEach((key, revision) -> revisions.put(unescape(key), ((Number) revision).longValue()));
        }
        return revisions;
    }

    /**
     * Brings the parsed figures up to the index: reads only the plans whose revision moved, and the index itself at
     * most once per read window however many requests ask.
     */
    private synchronized void refresh() {
        Document index = indexReads.get(INDEX, id ->
                Objects.requireNonNullElseGet(mongo.findById(id, Document.class, COUNTERS), Document::new));
        long revision = ((Number) index.getOrDefault("revision", 0L)).longValue();
        if (revision == cachedIndexRevision) {
            return;
        }
        List<String> stale = new ArrayList<>();
        index(index).forEach((key, at) -> {
            Cached cached = cache.get(key);
            if (cached == null || cached.revision() != at) {
                stale.add(key);
            }
        });
        // a few plans per reply: at start-up every plan is read
        for (int from = 0; from < stale.size(); from += PLANS_PER_READ) {
            Query query = Query.query(Criteria.where("_id").in(stale.subList(from, Math.min(stale.size(),
                    from + PLANS_PER_READ))));
            for (Document stored : mongo.find(query, Document.class, COLLECTION)) {
                String key = stored.getString("_id");
                cache.put(key, new Cached(key, ((Number) stored.get("revision")).longValue(),
                        json.readValue(jsonOf(stored), PlanFigures.class)));
            }
        }
        cachedIndexRevision = revision;
    }

    private static String escape(String key) {
        return key.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    private static String unescape(String key) {
        return key.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }

    /** A rebuild dropped every plan's figures: what is parsed here is gone too. */
    @EventListener
    synchronized void cleared(ProjectionRebuild.ProjectionsCleared cleared) {
        cache.clear();
        cachedIndexRevision = -1;
        indexReads.forgetAll();
    }

    private record Cached(String key, long revision, PlanFigures figures) {
    }
}
