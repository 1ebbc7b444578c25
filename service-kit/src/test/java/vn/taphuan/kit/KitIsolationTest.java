package vn.taphuan.kit;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.taphuan.kit.support.Probe;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.kit.testing.AccessIsolationSuite;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The isolation suite itself, run over the kit's test endpoints (one per access rule) and the audit trail. */
@ServiceIntegrationTest
class KitIsolationTest extends AccessIsolationSuite {

    static final String SECRET = "probe-of-bac-giang-7f3a";

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    KnownTenants tenants;
    @Autowired
    AggregateStore store;

    @BeforeEach
    void victimData() {
        tenants.onboard("bac-giang", "Bắc Giang", "24", List.of());
        tenants.onboard("thanh-hoa", "Thanh Hóa", "38", List.of());
        try (TenantContext.Scope ignored = TenantContext.open("bac-giang")) {
            if (store.find(Probe.class, SECRET).isEmpty()) {
                store.insert(new Probe(SECRET, "bac-giang", "Nguyễn Thị Lan"), SECRET, List.of());
            }
        }
    }

    @Override
    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    @Override
    protected RequestMappingHandlerMapping handlers() {
        return mapping;
    }

    @Override
    protected Map<String, Call> calls() {
        return Map.of(
                "POST /api/v1/probes", Call.plain().json("{\"id\":\"x-" + System.nanoTime() + "\",\"title\":\"t\"}"),
                "GET /api/v1/probes/{id}", Call.to(Map.of("id", SECRET)),
                "GET /api/v1/probe-counts", Call.plain(),
                "GET /api/v1/national/probe-counts", Call.plain(),
                "POST /api/v1/admin/probe-settings", Call.plain().json("{\"a\":\"b\"}"),
                "GET /api/v1/audit", Call.plain());
    }

    @Override
    protected String victimTenant() {
        return "bac-giang";
    }

    @Override
    protected String otherTenant() {
        return "thanh-hoa";
    }

    @Override
    protected Set<String> victimMarkers() {
        return Set.of(SECRET);
    }

    @Override
    protected Set<String> personalMarkers() {
        return Set.of("Nguyễn Thị Lan");
    }
}
