package vn.taphuan.reporting.periodreport;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.NotTenantScoped;

/**
 * The indexes of the reports' collection, created at start-up (idempotent). Reports are read by id (tenant,
 * programme and period make it), which every store answers from the id index; the version-guarded write gets the
 * unique index on exactly its fields, which the embedded store needs to answer it without a scan; a real MongoDB
 * lists a province's reports of a programme from the secondary index (the embedded store ignores non-unique ones).
 */
@Component
@NotTenantScoped("store maintenance: creates the indexes of the reports' collection, reads and writes no document")
class PeriodReportIndexes {

    private final MongoTemplate mongo;

    PeriodReportIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationStartedEvent.class)
    void ensure() {
        mongo.indexOps(PeriodicReport.class).createIndex(new Index().on("_id", Sort.Direction.ASC)
                .on(AggregateStore.TENANT, Sort.Direction.ASC).on(AggregateStore.VERSION, Sort.Direction.ASC)
                .unique().named("versioned_write"));
        mongo.indexOps(PeriodicReport.class).createIndex(new Index().on(AggregateStore.TENANT, Sort.Direction.ASC)
                .on("programmeCode", Sort.Direction.ASC).on("period", Sort.Direction.ASC).named("province_programme_period"));
    }
}
