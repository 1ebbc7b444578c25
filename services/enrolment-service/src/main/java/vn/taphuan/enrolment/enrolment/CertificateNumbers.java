package vn.taphuan.enrolment.enrolment;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Certificate numbers (số giấy chứng nhận) per province and year: {@code <province code>-<year>-<sequence>}, e.g.
 * {@code 24-2023-000017}. A range is taken with one atomic increment, so two officers never get the same number; a
 * number taken by a command that then failed is simply never used (numbering may have gaps, never duplicates).
 */
@Component
class CertificateNumbers {

    static final String COLLECTION = "certificate_counters";

    private final MongoTemplate mongo;
    private final KnownTenants tenants;

    CertificateNumbers(MongoTemplate mongo, KnownTenants tenants) {
        this.mongo = mongo;
        this.tenants = tenants;
    }

    List<String> allocate(int year, int count) {
        if (count == 0) {
            return List.of();
        }
        String tenant = TenantContext.require();
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(tenant + ":" + year)),
                new Update().inc("last", count).set("tenantId", tenant),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        long last = counter.get("last", Number.class).longValue();
        String prefix = tenants.find(tenant).map(KnownTenants.Tenant::provinceCode).orElse(tenant);
        List<String> numbers = new ArrayList<>(count);
        for (long n = last - count + 1; n <= last; n++) {
            numbers.add(String.format("%s-%d-%06d", prefix, year, n));
        }
        return numbers;
    }
}
