package vn.taphuan.reporting.periodreport;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.taphuan.kit.store.NotTenantScoped;

import java.util.Collection;
import java.util.List;

/**
 * The reports of many provinces by id, in one read answered from the id index: the ministry's view of a period names
 * each report it needs (province × programme, a few hundred at most), never a scan.
 */
@Component
@NotTenantScoped("the ministry's aggregates across provinces: the periodic reports of every province, read by id for "
        + "the @NationalRead view of a period")
class ReportsAcrossProvinces {

    private final MongoTemplate mongo;

    ReportsAcrossProvinces(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    List<PeriodicReport> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), PeriodicReport.class);
    }
}
