package vn.taphuan.kit;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.support.ProbeWorld;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.testing.AccessIsolationSuite;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import java.util.Map;
import java.util.Set;

/** The isolation suite itself, run over the kit's test endpoints (one per access rule) and the audit trail. */
@ServiceIntegrationTest
class KitIsolationTest extends AccessIsolationSuite {

    @Autowired
    KnownTenants tenants;
    @Autowired
    AggregateStore store;

    @BeforeEach
    void victimData() {
        ProbeWorld.create(tenants, store);
    }



    @Override
    protected Map<String, Call> calls() {
        return ProbeWorld.calls();
    }

    @Override
    protected String victimTenant() {
        return ProbeWorld.VICTIM;
    }

    @Override
    protected String otherTenant() {
        return ProbeWorld.OTHER;
    }

    @Override
    protected Set<String> victimMarkers() {
        return ProbeWorld.victimMarkers();
    }

    @Override
    protected Set<String> personalMarkers() {
        return ProbeWorld.personalMarkers();
    }

    @Override
    protected Set<String> secretMarkers() {
        return ProbeWorld.secretMarkers();
    }
}
