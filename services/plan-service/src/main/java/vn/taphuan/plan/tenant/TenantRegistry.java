package vn.taphuan.plan.tenant;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.taphuan.kit.store.NotTenantScoped;

import java.util.List;

/**
 * The list of every tenant, for the platform administrator and the ministry ({@code @PlatformAdmin},
 * {@code @NationalRead} endpoints only). The one read across tenants in this service: each tenant document lives in
 * its own tenant's partition (so its events carry its id), and the registry of tenants is exactly the list of those
 * partitions. Everything else about a tenant goes through the tenant-scoped store.
 */
@Component
@NotTenantScoped("the registry of provinces is the list of every tenant's own document, read by the platform "
        + "administrator and the ministry only")
class TenantRegistry {

    private final MongoTemplate mongo;

    TenantRegistry(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Tenants onboarded so far, disabled ones included. */
    long count() {
        return mongo.count(new Query(), Tenant.class);
    }

    TenantService.Page list(TenantStatus status, int page, int size) {
        Criteria criteria = status == null ? new Criteria() : Criteria.where("status").is(status);
        Query query = Query.query(criteria);
        long total = mongo.count(query, Tenant.class);
        List<Tenant> items = mongo.find(query.with(Sort.by("_id")).skip((long) page * size).limit(size), Tenant.class);
        return new TenantService.Page(items, total);
    }
}
