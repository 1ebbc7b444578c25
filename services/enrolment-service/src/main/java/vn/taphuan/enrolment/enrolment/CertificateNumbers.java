package vn.taphuan.enrolment.enrolment;

import org.springframework.stereotype.Component;
import vn.taphuan.kit.store.TenantProjections;
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

    private final TenantProjections counters;
    private final KnownTenants tenants;

    CertificateNumbers(TenantProjections counters, KnownTenants tenants) {
        this.counters = counters;
        this.tenants = tenants;
    }

    List<String> allocate(int year, int count) {
        if (count == 0) {
            return List.of();
        }
        String tenant = TenantContext.require();
        long last = counters.increment(COLLECTION, String.valueOf(year), "last", count);
        String prefix = tenants.find(tenant).map(KnownTenants.Tenant::provinceCode).orElse(tenant);
        List<String> numbers = new ArrayList<>(count);
        for (long n = last - count + 1; n <= last; n++) {
            numbers.add(String.format("%s-%d-%06d", prefix, year, n));
        }
        return numbers;
    }
}
