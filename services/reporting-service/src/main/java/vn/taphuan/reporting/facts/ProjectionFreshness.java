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
import java.util.concurrent.ConcurrentHashMap;

/**
 * How current the projection is: per topic, the newest {@code occurredAt} among the events applied. Exposed as the
 * gauge {@code reporting.projection.lag} (seconds, tag {@code topic}): now minus that instant. Kept in the store
 * (only ever moved forward) so every replica and the views' {@code dataAsOf} see the same.
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

    ProjectionFreshness(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.clock = clock;
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
            applied(topic.name(), Instant.parse(event.occurredAt()));
        };
    }

    /** Wraps a batch handler: the newest event of each batch it applied moves its topic's freshness forward. */
    public <P extends Record> EventConsumers.BatchHandler<P> trackingAll(Topics.Topic topic,
                                                                         EventConsumers.BatchHandler<P> handler) {
        return events -> {
            handler.handle(events);
            events.stream().map(e -> Instant.parse(e.occurredAt())).max(Instant::compareTo)
                    .ifPresent(newest -> applied(topic.name(), newest));
        };
    }

    void applied(String topic, Instant occurredAt) {
        Instant before = newest.get(topic);
        if (before != null && !occurredAt.isAfter(before)) {
            return;
        }
        newest.merge(topic, occurredAt, (a, b) -> a.isAfter(b) ? a : b);
        mongo.upsert(Query.query(Criteria.where("_id").is(topic)), new Update().max("newest", Date.from(occurredAt)),
                COLLECTION);
    }

    /** A rebuild dropped what was applied: the replay moves freshness forward again from nothing. */
    @EventListener
    void cleared(ProjectionRebuild.ProjectionsCleared cleared) {
        newest.clear();
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

    private double lagSeconds(String topic) {
        Instant at = newest.computeIfAbsent(topic, t -> newest(t).orElse(null));
        return at == null ? Double.NaN : Duration.between(at, clock.instant()).toMillis() / 1000.0;
    }
}
