package vn.taphuan.plan;

import vn.taphuan.contracts.Topics;
import vn.taphuan.kit.tenant.TenantContext;

import java.util.function.Supplier;

/**
 * Runs work as the {@code national} tenant: reference data (programmes, administrative units) belongs to no
 * province, so it is stored, audited and published under that tenant whoever reads or edits it.
 */
public final class NationalScope {

    public static <T> T call(Supplier<T> work) {
        try (TenantContext.Scope ignored = TenantContext.open(Topics.NATIONAL)) {
            return work.get();
        }
    }

    private NationalScope() {
    }
}
