package vn.taphuan.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.plan.plan.PlanApiTestData;
import vn.taphuan.testsupport.ContainersAvailable;
import vn.taphuan.testsupport.ContainersIntegrationTest;
import vn.taphuan.testsupport.TopicProbe;
import vn.taphuan.testsupport.identity.TestTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same flows against real MongoDB and Kafka images: a plan approved through the API, and the seeded units, reach
 * a real broker. Skipped (reported as such) where no Docker engine runs.
 */
@ContainersIntegrationTest
class PlanContainersIT {

    @LocalServerPort
    int port;
    @Autowired
    KnownTenants tenants;

    @Test
    void anApprovedPlanAndTheSeededUnitsReachARealBroker() {
        tenants.onboard("bac-giang", "Bắc Giang", "24", List.of());
        RestClient http = ContainersAvailable.client(port, TestTokens.officer("bac-giang"));
        Map<?, ?> draft = http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON)
                .body(PlanApiTestData.BAC_GIANG_2023.formatted("45/KH-UBND")).retrieve().body(Map.class);
        String id = (String) draft.get("id");
        http.post().uri("/api/v1/plans/{id}/submission", id).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"1\"").retrieve().toBodilessEntity();
        Map<?, ?> approved = http.post().uri("/api/v1/plans/{id}/approval", id).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"2\"").body("{\"approvedOn\":\"2023-03-20\"}").retrieve().body(Map.class);
        assertThat(approved.get("status")).isEqualTo("APPROVED");

        try (TopicProbe plans = new TopicProbe(ContainersAvailable.KAFKA.getBootstrapServers(), "plan.events.v1");
             TopicProbe units = new TopicProbe(ContainersAvailable.KAFKA.getBootstrapServers(), "reference.events.v1")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> plans.records().stream().anyMatch(r -> id.equals(r.key())));
            await().atMost(Duration.ofSeconds(30)).until(() -> units.records().stream().anyMatch(r -> "H-SON-DONG".equals(r.key())));
        }
    }
}
