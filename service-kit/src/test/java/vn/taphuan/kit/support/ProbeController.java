package vn.taphuan.kit.support;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.problem.NotFound;
import vn.taphuan.kit.security.NationalRead;
import vn.taphuan.kit.security.PlatformAdmin;
import vn.taphuan.kit.security.ProgressRead;
import vn.taphuan.kit.security.ProvinceRead;
import vn.taphuan.kit.security.ProvinceWrite;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.tenant.TenantContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One endpoint per access rule, over the stand-in aggregate, so the kit's isolation suite can be tested here; each
 * can be told to leak (see {@link Leaks}) to show that the suite notices.
 */
@RestController
class ProbeController {

    private final AggregateStore store;
    private final LeakyProbes leaky;

    ProbeController(AggregateStore store, LeakyProbes leaky) {
        this.store = store;
        this.leaky = leaky;
    }

    @PostMapping("/api/v1/probes")
    @ProvinceWrite
    Map<String, String> create(@RequestBody Map<String, String> body) {
        String id = body.get("id");
        store.insert(new Probe(id, TenantContext.require(), body.get("title")), id, List.of());
        return Map.of("id", id);
    }

    @GetMapping("/api/v1/probes/{id}")
    @ProvinceRead
    Map<String, String> read(@PathVariable String id) {
        Probe probe = (Leaks.on(Leaks.Leak.READ_ACROSS_PROVINCES) ? leaky.find(id) : store.find(Probe.class, id))
                .orElseThrow(() -> new NotFound("mẫu", "probe", id));
        return Leaks.on(Leaks.Leak.SECRET_SHOWN) && probe.secret() != null
                ? Map.of("id", probe.id(), "title", probe.title(), "secret", probe.secret())
                : Map.of("id", probe.id(), "title", probe.title());
    }

    @PostMapping("/api/v1/probes/{id}/title")
    @ProvinceWrite
    Map<String, String> retitle(@PathVariable String id, @RequestBody Map<String, String> body) {
        if (Leaks.on(Leaks.Leak.WRITE_ACROSS_PROVINCES)) {
            leaky.retitle(id, body.get("title"));
            return Map.of();
        }
        Probe probe = store.find(Probe.class, id).orElseThrow(() -> new NotFound("mẫu", "probe", id));
        probe.retitle(body.get("title"));
        store.update(probe, id, probe.version(), List.of());
        return Map.of("id", id);
    }

    @GetMapping("/api/v1/probe-counts")
    @ProgressRead
    Map<String, Object> counts() {
        Map<String, Object> counts = new HashMap<>();
        counts.put("probes", store.count(Probe.class, new Criteria()));
        if (Leaks.on(Leaks.Leak.PERSONAL_DATA_IN_PROGRESS)) {
            counts.put("titles", leaky.allTitles());
        }
        return counts;
    }

    @GetMapping("/api/v1/national/probe-counts")
    @NationalRead
    Map<String, String> national() {
        return Map.of("scope", "national");
    }

    @PostMapping("/api/v1/admin/probe-settings")
    @PlatformAdmin
    Map<String, String> settings(@RequestBody Map<String, String> body) {
        return body;
    }
}
