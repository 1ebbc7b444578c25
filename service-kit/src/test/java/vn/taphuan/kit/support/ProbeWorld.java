package vn.taphuan.kit.support;

import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.kit.testing.AccessIsolationSuite.Call;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bắc Giang's probe, attacked by Thanh Hóa, and how the suite calls each probe endpoint. */
public final class ProbeWorld {

    public static final String VICTIM = "bac-giang";
    public static final String OTHER = "thanh-hoa";
    public static final String SECRET = "probe-of-bac-giang-7f3a";
    public static final String LEARNER = "Nguyễn Thị Lan";
    public static final String ID_NUMBER = "024190012345";

    /** A valid body of the probe payment form. */
    public static final String PAYMENT = """
            {"amountVnd":5000000,"sessions":2,"paidOn":"2024-03-05","kind":"CENTRAL","documentNumber":"PC-1/2024",
             "lines":[{"learners":30,"note":"lớp 1"}]}""";

    public static void create(KnownTenants tenants, AggregateStore store) {
        tenants.onboard(VICTIM, "Bắc Giang", "24", List.of());
        tenants.onboard(OTHER, "Thanh Hóa", "38", List.of());
        try (TenantContext.Scope ignored = TenantContext.open(VICTIM)) {
            if (store.find(Probe.class, SECRET).isEmpty()) {
                store.insert(new Probe(SECRET, VICTIM, LEARNER).withSecret(ID_NUMBER), SECRET, List.of());
            }
        }
    }

    public static Map<String, Call> calls() {
        return Map.ofEntries(
                Map.entry("POST /api/v1/probes", Call.plain().json("{\"id\":\"x-" + System.nanoTime() + "\",\"title\":\"t\"}")),
                Map.entry("GET /api/v1/probes/{id}", Call.to(Map.of("id", SECRET))),
                Map.entry("POST /api/v1/probes/{id}/title", Call.to(Map.of("id", SECRET)).json("{\"title\":\"đã đổi\"}")),
                Map.entry("GET /api/v1/probe-counts", Call.plain()),
                Map.entry("GET /api/v1/national/probe-counts", Call.plain()),
                Map.entry("POST /api/v1/admin/probe-settings", Call.plain().json("{\"a\":\"b\"}")),
                Map.entry("GET /api/v1/audit", Call.plain()),
                Map.entry("GET /api/v1/probe-list", Call.plain()),
                Map.entry("POST /api/v1/probe-payments", Call.plain().json(PAYMENT)),
                Map.entry("POST /api/v1/probe-uploads", Call.plain().multipart("file", "diem-danh.csv",
                        "Họ và tên\nPhạm Văn Bình\n".getBytes(StandardCharsets.UTF_8), "text/csv")),
                Map.entry("GET /api/v1/probe-days", Call.plain().query("from=2024-01-01&to=2024-03-01")));
    }

    public static Set<String> victimMarkers() {
        return Set.of(SECRET);
    }

    public static Set<String> personalMarkers() {
        return Set.of(LEARNER);
    }

    public static Set<String> secretMarkers() {
        return Set.of(ID_NUMBER);
    }

    private ProbeWorld() {
    }
}
