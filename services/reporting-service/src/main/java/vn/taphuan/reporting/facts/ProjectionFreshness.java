package vn.taphuan.reporting.facts;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.taphuan.contracts.Topics;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.reporting.admin.ProjectionRebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How current the projection is: per topic, the newest {@code occurredAt} among the events applied. Exposed as the
 * gauge {@code reporting.projection.lag} (seconds, tag {@code topic}): now minus that instant. Kept in the store
 * (only ever moved forward) so every replica and the views' {@code dataAsOf} see the same.
 * <p>
 * Per province too, {@code reporting.projection.province.lag} (tag {@code province}): now minus the newest event of
 * that province this replica applied, from any topic — a province whose sheets wait behind another's large one shows
 * here while the topic's lag looks fine. Replicas share the partitions, so an operator reads the least of theirs.
 */
@Component
@NotTenantScoped("how current the projection is, per topic: no province's data")
public class ProjectionFreshness {

    static final String COLLECTION = "projection_freshness";
    public static final List<Topics.Topic> TOPICS = List.of(Topics.PLAN_EVENTS, Topics.ENROLMENT_EVENTS,
            Topics.BUDGET_EVENTS, Topics.REFERENCE_EVENTS);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Map<String, Instant> newest = new ConcurrentHashMap<>();
    private final Map<String, Instant> newestOfProvince = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    /** What the consumer batch open on this thread moved forward, if one is: stored when it closes. */
    private final ThreadLocal<Moved> deferred = new ThreadLocal<>();

    ProjectionFreshness(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.clock = clock;
        this.meters = meters;
        for (Topics.Topic topic : TOPICS) {
            Gauge.builder("reporting.projection.lag", this, f -> f.lagSeconds(topic.name()))
                    .description("now minus the occurredAt of the newest event applied from the topic, in seconds")
                    .baseUnit("seconds").tag("topic", topic.name()).register(meters);
        }
    }

    /** Wraps a handler so that each event it applied moves its topic's freshness forward. */
    public <P extends Record> EventConsumers.Handler<P> tracking(Topics.Topic topic, EventConsumers.Handler<P> handler) {
        return event -> {
            handler.handle(event);
            applied(topic.name(), event.tenantId(), Instant.parse(event.occurredAt()));
        };
    }

    /** Wraps a batch handler: the newest event of each batch it applied moves its topic's freshness forward. */
    public <P extends Record> EventConsumers.BatchHandler<P> trackingAll(Topics.Topic topic,
                                                                         EventConsumers.BatchHandler<P> handler) {
        return events -> {
            handler.handle(events);
            Map<String, Instant> byProvince = new TreeMap<>();
            events.forEach(e -> byProvince.merge(e.tenantId(), Instant.parse(e.occurredAt()),
                    (a, b) -> a.isAfter(b) ? a : b));
            byProvince.forEach((tenant, at) -> applied(topic.name(), tenant, at));
        };
    }

    void applied(String topic, String tenant, Instant occurredAt) {
        boolean topicMoved = movedForward(newest, topic, occurredAt);
        if (tenant != null && !newestOfProvince.containsKey(tenant)) {
            Gauge.builder("reporting.projection.province.lag", this, f -> f.provinceLagSeconds(tenant))
                    .description("now minus the occurredAt of the newest event of the province applied here, in seconds")
                    .baseUnit("seconds").tag("province", tenant).register(meters);
        }
        boolean provinceMoved = tenant != null && movedForward(newestOfProvince, tenant, occurredAt);
        if (!topicMoved && !provinceMoved) {
            return;
        }
        Moved moved = deferred.get();
        if (moved == null) {
            moved = new Moved();
            moved.add(topic, tenant, occurredAt);
            store(moved);
        } else {
            moved.add(topic, tenant, occurredAt);
        }
    }

    /**
     * Opens a consumer batch on this thread: what its events move forward is stored when it closes, once per topic
     * (for {@link EventConsumers.Builder#eachBatch}). The gauges move at once.
     */
    public EventConsumers.BatchScope deferring() {
        if (deferred.get() != null) {
            return () -> { };
        }
        Moved moved = new Moved();
        deferred.set(moved);
        return () -> {
            deferred.remove();
            store(moved);
        };
    }

    private void store(Moved moved) {
        moved.newest.forEach((topic, at) -> {
            Update update = new Update().max("newest", Date.from(at));
            moved.provinces.getOrDefault(topic, Map.of())
                    .forEach((tenant, of) -> update.max("provinces." + tenant, Date.from(of)));
            mongo.upsert(Query.query(Criteria.where("_id").is(topic)), update, COLLECTION);
        });
    }

    /** The newest event time per topic, and per topic and province, among events applied. */
    private static final class Moved {
        private final Map<String, Instant> newest = new TreeMap<>();
        private final Map<String, Map<String, Instant>> provinces = new TreeMap<>();

        void add(String topic, String tenant, Instant occurredAt) {
            newest.merge(topic, occurredAt, (a, b) -> a.isAfter(b) ? a : b);
            if (tenant != null) {
                provinces.computeIfAbsent(topic, t -> new TreeMap<>())
                        .merge(tenant, occurredAt, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
    }

    private static boolean movedForward(Map<String, Instant> newest, String key, Instant occurredAt) {
        Instant before = newest.get(key);
        if (before != null && !occurredAt.isAfter(before)) {
            return false;
        }
        newest.merge(key, occurredAt, (a, b) -> a.isAfter(b) ? a : b);
        return true;
    }

    /** A rebuild dropped what was applied: the replay moves freshness forward again from nothing. */
    @EventListener
    void cleared(ProjectionRebuild.ProjectionsCleared cleared) {
        newest.clear();
        newestOfProvince.replaceAll((tenant, at) -> Instant.EPOCH);
    }

    /** The newest event time applied from {@code topic}, from this replica or the store. */
    public Optional<Instant> newest(String topic) {
        Instant local = newest.get(topic);
        Document stored = mongo.findById(topic, Document.class, COLLECTION);
        Instant fromStore = stored == null ? null : stored.getDate("newest").toInstant();
        if (local == null) {
            return Optional.ofNullable(fromStore);
        }
        return Optional.of(fromStore != null && fromStore.isAfter(local) ? fromStore : local);
    }

    /** The newest event time applied from any of the projected topics: the figures reflect everything up to it. */
    public Optional<Instant> dataAsOf() {
        return mongo.findAll(Document.class, COLLECTION).stream().map(d -> d.getDate("newest").toInstant())
                .max(Instant::compareTo);
    }

    private double provinceLagSeconds(String tenant) {
        Instant at = newestOfProvince.get(tenant);
        return at == null || at.equals(Instant.EPOCH) ? Double.NaN
                : Duration.between(at, clock.instant()).toMillis() / 1000.0;
    }

    private double lagSeconds(String topic) {
        Instant at = newest.computeIfAbsent(topic, t -> newest(t).orElse(null));
        return at == null ? Double.NaN : Duration.between(at, clock.instant()).toMillis() / 1000.0;
    }
}
