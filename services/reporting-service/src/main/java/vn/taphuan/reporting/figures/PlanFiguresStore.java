package vn.taphuan.reporting.figures;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.taphuan.kit.events.EventJson;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.reporting.facts.PlanKey;
import vn.taphuan.reporting.progress.PlanFigures;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The derived figures of every plan, one document each, written only when they changed. Every write takes the next
 * number of a store-wide revision counter, so readers (the live streams of every replica) can ask what changed
 * since the revision they last saw.
 */
@Component
@NotTenantScoped("the derived figures of every province's plans: the national views read all of them, province "
        + "views only those of Scopes.currentTenants(), the live streams the store-wide revision")
public class PlanFiguresStore {

    static final String COLLECTION = "plan_figures";
    static final String COUNTERS = "counters";

    private final MongoTemplate mongo;
    private final JsonMapper json = EventJson.mapper();
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    PlanFiguresStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("tenantId", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("revision", Sort.Direction.ASC));
    }

    /** Stores the figures if they differ from the stored ones; returns whether they did. */
    public boolean save(PlanFigures figures) {
        PlanKey key = new PlanKey(figures.tenantId(), figures.planId());
        String text = json.writeValueAsString(figures);
        Document stored = mongo.findById(key.value(), Document.class, COLLECTION);
        if (stored != null && text.equals(stored.getString("json"))) {
            return false;
        }
        long revision = nextRevision();
        Update update = new Update().set("tenantId", key.tenantId()).set("planId", key.planId())
                .set("known", figures.known()).set("revision", revision).set("json", text)
                .set("programmeCode", figures.known() ? figures.plan().programmeCode() : null);
        mongo.upsert(Query.query(Criteria.where("_id").is(key.value())), update, COLLECTION);
        return true;
    }

    public Optional<PlanFigures> find(PlanKey key) {
        Document stored = mongo.findById(key.value(), Document.class, COLLECTION);
        return Optional.ofNullable(stored).map(this::parse);
    }

    /** Figures of every known plan (approval arrived) of these tenants, by plan key. */
    public List<PlanFigures> ofTenants(Collection<String> tenants) {
        return mongo.find(Query.query(Criteria.where("tenantId").in(tenants).and("known").is(true))
                .with(Sort.by("_id")), Document.class, COLLECTION).stream().map(this::parse).toList();
    }

    /** Figures of every known plan of the country, by plan key (a fixed order, so every view is reproducible). */
    public List<PlanFigures> all() {
        return mongo.find(Query.query(Criteria.where("known").is(true)).with(Sort.by("_id")), Document.class,
                COLLECTION).stream().map(this::parse).toList();
    }

    /** Plans whose figures changed after {@code revision}, with the revision they are at now. */
    public Map<PlanKey, Long> changedSince(long revision) {
        Query query = Query.query(Criteria.where("revision").gt(revision));
        query.fields().include("revision");
        Map<PlanKey, Long> changed = new java.util.HashMap<>();
        mongo.find(query, Document.class, COLLECTION).forEach(d -> changed.put(PlanKey.parse(d.getString("_id")),
                ((Number) d.get("revision")).longValue()));
        return changed;
    }

    public long latestRevision() {
        Document counter = mongo.findById("figures", Document.class, COUNTERS);
        return counter == null ? 0 : ((Number) counter.get("revision")).longValue();
    }

    private long nextRevision() {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is("figures")),
                new Update().inc("revision", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COUNTERS);
        return ((Number) counter.get("revision")).longValue();
    }

    /** Parsing is kept per revision: the same figures are read by many views. */
    private PlanFigures parse(Document stored) {
        String id = stored.getString("_id");
        long revision = ((Number) stored.get("revision")).longValue();
        Parsed cached = parsed.get(id);
        if (cached != null && cached.revision() == revision) {
            return cached.figures();
        }
        PlanFigures figures = json.readValue(stored.getString("json"), PlanFigures.class);
        parsed.put(id, new Parsed(revision, figures));
        return figures;
    }

    private record Parsed(long revision, PlanFigures figures) {
    }
}
