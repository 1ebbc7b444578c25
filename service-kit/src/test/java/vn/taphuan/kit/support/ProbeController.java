package vn.taphuan.kit.support;

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

import java.util.List;
import java.util.Map;

/** One endpoint per access rule, over the stand-in aggregate, so the kit's isolation suite can be tested here. */
@RestController
class ProbeController {

    private final AggregateStore store;

    ProbeController(AggregateStore store) {
        this.store = store;
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
        Probe probe = store.find(Probe.class, id).orElseThrow(() -> new NotFound("mẫu", "probe", id));
        return Map.of("id", probe.id(), "title", probe.title());
    }

    @GetMapping("/api/v1/probe-counts")
    @ProgressRead
    Map<String, Long> counts() {
        return Map.of("probes", store.count(Probe.class, new org.springframework.data.mongodb.core.query.Criteria()));
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
