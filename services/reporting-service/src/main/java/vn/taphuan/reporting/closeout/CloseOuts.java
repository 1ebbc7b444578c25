package vn.taphuan.reporting.closeout;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.Topics;
import vn.taphuan.contracts.plan.v1.PlanClosedOut;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.kit.events.EventJson;
import vn.taphuan.kit.events.KafkaClients;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.kit.store.ProjectionStore;
import vn.taphuan.reporting.admin.ProjectionRebuild;
import vn.taphuan.reporting.facts.PlanKey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Plans closed out for their phase's final review (báo cáo tổng kết), and the gate that keeps their figures final.
 * <p>
 * A plan's figures are final as of its close-out's instant ({@code closedOutAt}): an enrolment or budget event of
 * that plan which occurred later is kept ({@code closeout_late_facts}, whole, by event id) and counted as a change
 * after the close-out, but never reaches the plan's facts — so the live figures of a closed-out plan are its frozen
 * close-out figures, and later sheets or settlements do not move the report that was signed.
 * <p>
 * Whether an event is late depends only on its own {@code occurredAt} and the close-out's instant, never on the
 * order the topics are read in: the close-outs are read from the plan topic itself before the first fact is applied
 * (after a start, and after a rebuild emptied the projections), so a replay into an empty store diverts exactly the
 * events live processing diverted. One case stays order-bound: an event occurring within the moment between the
 * close-out and reporting reading it, while this service runs, counts live (a rebuild then leaves it out).
 */
@Component
@NotTenantScoped("close-outs of every province, keyed by province and plan (PlanKey); read one plan at a time by the "
        + "gate and by the close-out reports through the plans of Scopes.currentTenants()")
public class CloseOuts {

    private static final Logger log = LoggerFactory.getLogger(CloseOuts.class);
    static final String COLLECTION = "plan_closeouts";
    static final String LATE = "closeout_late_facts";
    private static final Duration PRIMING_TIMEOUT = Duration.ofSeconds(30);

    private final ProjectionStore projections;
    private final KafkaClients kafka;
    /** Close-outs seen: they never change once recorded, so a plan found closed out stays so. */
    private final Map<String, CloseOut> known = new ConcurrentHashMap<>();
    private volatile boolean primed;
    /**
     * Plans found not closed out in the consumer batch open on this thread, if one is: every event of the batch
     * occurred before that read, so a close-out recorded after it would find them within the moment the class
     * comment leaves to live processing — read once per plan and batch, not once per event.
     */
    private final ThreadLocal<Set<String>> notClosedOut = new ThreadLocal<>();

    CloseOuts(ProjectionStore projections, KafkaClients kafka) {
        this.projections = projections;
        this.kafka = kafka;
    }

    /**
     * A plan's close-out.
     *
     * @param closedOutAt the instant its figures are final as of
     */
    public record CloseOut(String tenantId, String planId, int planVersion, String phase, LocalDate deadline,
                           LocalDate closedOutOn, Instant closedOutAt, String remarks) {
    }

    /** {@code PlanClosedOut}: recorded once; a redelivery or replay writes the same. */
    public void closedOut(EventEnvelope<PlanClosedOut> event) {
        PlanClosedOut p = event.payload();
        PlanKey key = new PlanKey(event.tenantId(), p.planId());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("tenantId", event.tenantId());
        fields.put("planId", p.planId());
        fields.put("planVersion", p.planVersion());
        fields.put("phase", p.phase());
        fields.put("deadline", p.deadline());
        fields.put("closedOutOn", p.closedOutOn());
        fields.put("closedOutAt", p.closedOutAt());
        fields.put("remarks", p.reason());
        projections.upsertIfNewer(COLLECTION, key.value(), event.aggregateVersion(), fields);
        Optional.ofNullable(projections.findById(COLLECTION, key.value())).map(CloseOuts::closeOut)
                .ifPresent(c -> known.put(key.value(), c));
    }

    public Optional<CloseOut> find(PlanKey key) {
        CloseOut seen = known.get(key.value());
        if (seen != null) {
            return Optional.of(seen);
        }
        Set<String> notYet = notClosedOut.get();
        if (notYet != null && notYet.contains(key.value())) {
            return Optional.empty();
        }
        Optional<CloseOut> stored = Optional.ofNullable(projections.findById(COLLECTION, key.value()))
                .map(CloseOuts::closeOut);
        stored.ifPresentOrElse(c -> known.put(key.value(), c), () -> {
            if (notYet != null) {
                notYet.add(key.value());
            }
        });
        return stored;
    }

    /**
     * Opens a consumer batch on this thread (for {@link EventConsumers.Builder#eachBatch}): a plan found not closed
     * out is not read again until it closes. A close-out this replica records meanwhile is seen at once.
     */
    public EventConsumers.BatchScope remembering() {
        if (notClosedOut.get() != null) {
            return () -> { };
        }
        notClosedOut.set(new HashSet<>());
        return notClosedOut::remove;
    }

    /** Every plan's close-out, keyed by {@link PlanKey#value()}. */
    public Map<String, CloseOut> all() {
        Map<String, CloseOut> all = new HashMap<>();
        projections.find(COLLECTION, new Criteria()).forEach(d -> all.put(d.getString("_id"), closeOut(d)));
        return all;
    }

    /** Events kept after each plan's close-out, keyed by {@link PlanKey#value()}: those of plans with none absent. */
    public Map<String, Long> changesAfter(Collection<String> planKeys) {
        Map<String, Long> counts = new HashMap<>();
        if (planKeys.isEmpty()) {
            return counts;
        }
        Query query = new Query(Criteria.where("planKey").in(planKeys));
        query.fields().include("planKey");
        projections.template().find(query, Document.class, LATE)
                .forEach(d -> counts.merge(d.getString("planKey"), 1L, Long::sum));
        return counts;
    }

    // --- the gate ---

    /** Wraps a fact handler: an event of a closed-out plan that occurred after the close-out is kept aside instead. */
    public <P extends Record> EventConsumers.Handler<P> unlessLate(Function<P, String> planOf,
                                                                  EventConsumers.Handler<P> handler) {
        return event -> {
            if (late(event, planOf.apply(event.payload()))) {
                keep(event, planOf.apply(event.payload()));
            } else {
                handler.handle(event);
            }
        };
    }

    /** The same for a batch handler: the batch goes on without the late events. */
    public <P extends Record> EventConsumers.BatchHandler<P> unlessLateAll(Function<P, String> planOf,
                                                                          EventConsumers.BatchHandler<P> handler) {
        return events -> {
            List<EventEnvelope<P>> onTime = new ArrayList<>(events.size());
            for (EventEnvelope<P> event : events) {
                if (late(event, planOf.apply(event.payload()))) {
                    keep(event, planOf.apply(event.payload()));
                } else {
                    onTime.add(event);
                }
            }
            if (!onTime.isEmpty()) {
                handler.handle(onTime);
            }
        };
    }

    private boolean late(EventEnvelope<?> event, String planId) {
        if (planId == null) {
            return false;
        }
        prime();
        return find(new PlanKey(event.tenantId(), planId))
                .map(c -> Instant.parse(event.occurredAt()).isAfter(c.closedOutAt())).orElse(false);
    }

    private void keep(EventEnvelope<?> event, String planId) {
        PlanKey key = new PlanKey(event.tenantId(), planId);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("planKey", key.value());
        fields.put("tenantId", event.tenantId());
        fields.put("planId", planId);
        fields.put("eventType", event.eventType());
        fields.put("schemaVersion", event.schemaVersion());
        fields.put("aggregateId", event.aggregateId());
        fields.put("occurredAt", event.occurredAt());
        fields.put("payload", Document.parse(EventJson.mapper().writeValueAsString(event.payload())));
        projections.upsertIfNewer(LATE, event.eventId(), event.aggregateVersion(), fields);
        log.info("{} of plan {} occurred {} after its close-out: kept, the close-out figures unchanged",
                event.eventType(), key, event.occurredAt());
    }

    // --- reading the close-outs from the log before the first fact ---

    /** A rebuild emptied the store (this collection too): read the close-outs again before the replay's first fact. */
    @EventListener
    void cleared(ProjectionRebuild.ProjectionsCleared cleared) {
        known.clear();
        primed = false;
    }

    private void prime() {
        if (!primed) {
            primeOnce();
        }
    }

    private synchronized void primeOnce() {
        if (primed) {
            return;
        }
        int found = 0;
        Map<String, Object> config = new HashMap<>(kafka.common());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            List<PartitionInfo> infos = consumer.partitionsFor(Topics.PLAN_EVENTS.name(), PRIMING_TIMEOUT);
            (infos == null ? List.<PartitionInfo>of() : infos)
                    .forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, PRIMING_TIMEOUT);
            long deadline = System.nanoTime() + PRIMING_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the plan topic was not read within " + PRIMING_TIMEOUT);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    found += closedOut(record.value()) ? 1 : 0;
                }
            }
            primed = true;
            log.info("{} close-out(s) read from {} before applying facts", found, Topics.PLAN_EVENTS.name());
        } catch (RuntimeException e) {
            // without the log the gate still holds for every close-out consumed live; say so, and go on
            primed = true;
            log.error("close-outs could not be read from {} ({}); late facts are diverted only for close-outs "
                    + "consumed before them", Topics.PLAN_EVENTS.name(), e.toString());
        }
    }

    private boolean closedOut(byte[] value) {
        if (value == null) {
            return false;
        }
        try {
            JsonNode node = EventJson.mapper().readTree(value);
            if (!"PlanClosedOut".equals(node.path("eventType").asString(null)) || node.path("schemaVersion").asInt() != 1) {
                return false;
            }
            PlanClosedOut payload = EventJson.mapper().treeToValue(node.get("payload"), PlanClosedOut.class);
            closedOut(new EventEnvelope<>(node.path("eventId").asString(null), "PlanClosedOut", 1,
                    node.path("tenantId").asString(null), node.path("aggregateType").asString(null),
                    node.path("aggregateId").asString(null), node.path("aggregateVersion").asLong(),
                    node.path("occurredAt").asString(null), node.path("producer").asString(null), null, null, payload));
            return true;
        } catch (RuntimeException e) {
            log.warn("an unreadable record on {} skipped while reading close-outs: {}", Topics.PLAN_EVENTS.name(),
                    e.toString());
            return false;
        }
    }

    private static CloseOut closeOut(Document d) {
        String deadline = d.getString("deadline");
        String on = d.getString("closedOutOn");
        Object version = d.get("planVersion");
        return new CloseOut(d.getString("tenantId"), d.getString("planId"),
                version instanceof Number n ? n.intValue() : 0, d.getString("phase"),
                deadline == null ? null : LocalDate.parse(deadline), on == null ? null : LocalDate.parse(on),
                Instant.parse(d.getString("closedOutAt")), d.getString("remarks"));
    }
}
