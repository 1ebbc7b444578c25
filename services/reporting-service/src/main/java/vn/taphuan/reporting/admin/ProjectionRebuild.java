package vn.taphuan.reporting.admin;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.taphuan.kit.events.KafkaClients;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.store.NotTenantScoped;
import vn.taphuan.kit.store.ProjectionStore;
import vn.taphuan.reporting.facts.DirtyPlans;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Rebuilds reporting's projections from the event log: the consumers stop, everything derived from events is
 * dropped, the consumer group is moved back to the start of every topic it reads, and the consumers start again and
 * replay the whole history — through the same code as live events, so the rebuilt figures are those of a fresh
 * start. Done once the group has consumed every event that was on the topics when the rebuild began and every plan's
 * figures were derived again. The event log must be kept whole for this (the local broker keeps it forever).
 * <p>
 * Kept: the known provinces (the kit's, from their own topic), the audit trail and the relay's intents.
 */
@Service
@NotTenantScoped("drops and rebuilds the projections of every province")
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    /** The consumer bindings whose projections are rebuilt (the tenant binding keeps its own group and state). */
    static final List<String> FUNCTIONS = List.of("onPlanEvents", "onEnrolmentEvents", "onBudgetEvents",
            "onReferenceEvents");
    /** What is not a projection of the replayed topics. */
    /**
     * What is not a projection of the replayed topics; and the plans' marks, whose numbers must go on growing through a
     * rebuild: figures are stored only under a higher mark than the stored ones', and a refresher still deriving a plan
     * when the projections were emptied stores it under a number from before (were the numbers to start over, every
     * figure derived after it would be refused, and the plan left as that refresher saw it).
     */
    private static final Set<String> KEPT = Set.of("known_tenants", "audit_log", "outbox_intents", DirtyPlans.COLLECTION);

    private final BindingsLifecycleController bindings;
    private final KafkaClients kafka;
    private final MongoTemplate mongo;
    private final ProjectionStore projections;
    private final DirtyPlans dirty;
    private final ApplicationEventPublisher events;
    private final Environment environment;
    private final Clock clock;
    private volatile Status status = new Status(State.NONE, null, null, 0, null);

    ProjectionRebuild(BindingsLifecycleController bindings, KafkaClients kafka, ProjectionStore projections,
                      DirtyPlans dirty, ApplicationEventPublisher events, Environment environment, Clock clock) {
        this.bindings = bindings;
        this.kafka = kafka;
        this.mongo = projections.template();
        this.projections = projections;
        this.dirty = dirty;
        this.events = events;
        this.environment = environment;
        this.clock = clock;
    }

    public enum State {
        NONE, RUNNING, DONE, FAILED
    }

    /**
     * @param eventsApplied events consumed from the start of the topics so far
     * @param failure       why the rebuild failed, if it did
     */
    public record Status(State state, Instant startedAt, Instant finishedAt, long eventsApplied, String failure) {
    }

    /** Told to every cache of projected data: what it holds is gone. */
    public record ProjectionsCleared() {
    }

    public Status status() {
        return status;
    }

    /** Starts a rebuild in the background; refused while one runs. */
    public synchronized Status start() {
        if (status.state() == State.RUNNING) {
            throw Refused.rule(new RebuildRefusal.RebuildRunning(), List.of());
        }
        requireTheOnlyReplica();
        status = new Status(State.RUNNING, clock.instant(), null, 0, null);
        Thread worker = new Thread(this::run, "projection-rebuild");
        worker.setDaemon(true);
        worker.start();
        return status;
    }

    private void run() {
        Instant started = status.startedAt();
        try (Admin admin = Admin.create(kafka.common())) {
            Map<String, String> topics = new HashMap<>();
            FUNCTIONS.forEach(f -> topics.put(f, environment.getProperty("spring.cloud.stream.bindings." + f
                    + "-in-0.destination")));
            String group = environment.getProperty("spring.cloud.stream.bindings." + FUNCTIONS.get(0) + "-in-0.group");
            FUNCTIONS.forEach(f -> bindings.stop(f + "-in-0"));
            awaitEmpty(admin, group);

            List<TopicPartition> partitions = partitions(admin, topics.values());
            Map<TopicPartition, Long> ends = offsets(admin, partitions, OffsetSpec.latest());
            Map<TopicPartition, OffsetAndMetadata> beginnings = new HashMap<>();
            offsets(admin, partitions, OffsetSpec.earliest()).forEach((p, o) -> beginnings.put(p, new OffsetAndMetadata(o)));
            admin.alterConsumerGroupOffsets(group, beginnings).all().get(30, TimeUnit.SECONDS);

            for (String collection : mongo.getCollectionNames()) {
                if (!KEPT.contains(collection) && !collection.startsWith("system.")) {
                    projections.clear(collection);
                }
            }
            events.publishEvent(new ProjectionsCleared());
            FUNCTIONS.forEach(f -> bindings.start(f + "-in-0"));

            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                long applied = 0;
                boolean caughtUp = true;
                for (TopicPartition partition : partitions) {
                    OffsetAndMetadata at = committed.get(partition);
                    long position = at == null ? 0 : at.offset();
                    applied += Math.max(0, position - beginnings.get(partition).offset());
                    caughtUp &= position >= ends.get(partition);
                }
                status = new Status(State.RUNNING, started, null, applied, null);
                if (caughtUp && dirty.pending(1).isEmpty()) {
                    status = new Status(State.DONE, started, clock.instant(), applied, null);
                    log.info("projections rebuilt from {} events in {}", applied,
                            Duration.between(started, status.finishedAt()));
                    return;
                }
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        } catch (Exception e) {
            log.warn("rebuilding the projections failed", e);
            FUNCTIONS.forEach(f -> {
                try {
                    bindings.start(f + "-in-0");
                } catch (RuntimeException ignored) {
                    // already running
                }
            });
            status = new Status(State.FAILED, started, clock.instant(), status.eventsApplied(), e.toString());
        }
    }

    /** The group's offsets can only be moved once its members have left it. */
    /**
     * A rebuild replays the topics through this replica's consumers, which it stops while the projections are emptied:
     * another replica consuming meanwhile would apply events to what is being emptied. So it is refused at once while
     * the group has members beyond this replica's own consumers (scale reporting-service to one replica first).
     */
    private void requireTheOnlyReplica() {
        String group = environment.getProperty("spring.cloud.stream.bindings." + FUNCTIONS.get(0) + "-in-0.group");
        int mine = FUNCTIONS.stream().mapToInt(f -> environment.getProperty("spring.cloud.stream.bindings." + f
                + "-in-0.consumer.concurrency", Integer.class, 1)).sum();
        int members;
        try (Admin admin = Admin.create(kafka.common())) {
            members = admin.describeConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS).get(group)
                    .members().size();
        } catch (Exception e) {
            throw new IllegalStateException("could not read the consumer group " + group + ": " + e, e);
        }
        if (members > mine) {
            throw Refused.rule(new RebuildRefusal.OtherReplicasConsuming(members - mine), List.of());
        }
    }

    private static void awaitEmpty(Admin admin, String group) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(giveUp)) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                    .get(30, TimeUnit.SECONDS).get(group);
            if (description.members().isEmpty()) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        throw new TimeoutException("the consumers of group " + group + " did not stop within a minute");
    }

    private static List<TopicPartition> partitions(Admin admin, java.util.Collection<String> topics)
            throws ExecutionException, InterruptedException, TimeoutException {
        List<TopicPartition> partitions = new ArrayList<>();
        admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((topic, description) ->
                description.partitions().forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
        return partitions;
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(request).all().get(30, TimeUnit.SECONDS).forEach((p, info) -> offsets.put(p, info.offset()));
        return offsets;
    }
}
