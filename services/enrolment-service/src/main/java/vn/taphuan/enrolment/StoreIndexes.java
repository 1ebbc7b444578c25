package vn.taphuan.enrolment;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import vn.taphuan.enrolment.enrolment.RosterPage;
import vn.taphuan.enrolment.importing.ImportJob;
import vn.taphuan.enrolment.participant.Participant;
import vn.taphuan.enrolment.trainingevent.TrainingEvent;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.NotTenantScoped;

import java.util.List;

/**
 * The indexes this service's queries need, created at start-up (idempotent).
 * <ul>
 *   <li>On every aggregate collection, a unique index on the exact fields of the store's version-guarded update
 *       ({@code _id, tenantId, version}): MongoDB would use the id index anyway, but the embedded wire server of the
 *       local stack answers a query from an index only when the index has exactly the query's fields; without it,
 *       completing a 10,000-learner cohort scanned the whole collection 10,000 times.</li>
 *   <li>People by their keys: a unique index on each of {@code idSlot} and {@code fallbackSlot} alone (each embeds the
 *       province), which the embedded server too answers equality and {@code $in} lookups from; sparse, as a person
 *       without an ID number has no {@code idSlot}.</li>
 *   <li>The lookups of a real deployment: activities by line.</li>
 * </ul>
 * Roster pages need no index of their own: they are always read by id.
 */
@Component
@NotTenantScoped("store maintenance: creates the indexes of every collection, reads and writes no document")
class StoreIndexes {

    private final MongoTemplate mongo;

    StoreIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationStartedEvent.class)
    void ensure() {
        for (Class<?> aggregate : List.of(TrainingEvent.class, RosterPage.class, Participant.class, ImportJob.class)) {
            mongo.indexOps(aggregate).createIndex(new Index().on("_id", Sort.Direction.ASC)
                    .on(AggregateStore.TENANT, Sort.Direction.ASC).on(AggregateStore.VERSION, Sort.Direction.ASC)
                    .unique().named("versioned_write"));
        }
        mongo.indexOps(Participant.class).createIndex(new Index().on("idSlot", Sort.Direction.ASC).unique().sparse()
                .named("id_slot"));
        mongo.indexOps(Participant.class).createIndex(new Index().on("fallbackSlot", Sort.Direction.ASC).unique()
                .sparse().named("fallback_slot"));
        secondary(TrainingEvent.class, "planId", "targetLineId");
    }

    private void secondary(Class<?> aggregate, String... fields) {
        Index index = new Index().on(AggregateStore.TENANT, Sort.Direction.ASC);
        for (String field : fields) {
            index.on(field, Sort.Direction.ASC);
        }
        mongo.indexOps(aggregate).createIndex(index);
    }
}
