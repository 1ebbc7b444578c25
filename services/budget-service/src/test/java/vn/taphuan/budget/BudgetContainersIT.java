package vn.taphuan.budget;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.testsupport.ContainersAvailable;
import vn.taphuan.testsupport.ContainersIntegrationTest;
import vn.taphuan.testsupport.TopicProbe;
import vn.taphuan.testsupport.identity.TestTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The plan-to-allocation path against real MongoDB and Kafka images; skipped (reported as such) where no Docker
 * engine runs.
 */
@ContainersIntegrationTest
class BudgetContainersIT {

    @LocalServerPort
    int port;
    @Autowired
    KnownTenants tenants;

    @Test
    void anApprovedPlansBudgetIsAllocatedAndTheAllocationReachesARealBroker() {
        tenants.onboard("bac-giang", "Bắc Giang", "24", List.of());
        String planId = "pl-bg-" + UUID.randomUUID().toString().substring(0, 8);
        RestClient http = ContainersAvailable.client(port, TestTokens.officer("bac-giang"));
        try (EventsToBroker broker = new EventsToBroker(ContainersAvailable.KAFKA.getBootstrapServers())) {
            broker.publish("bac-giang", planId, 1, BudgetEvents.bacGiang2023(planId));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try {
                return "OPEN".equals(http.get().uri("/api/v1/budgets/{id}", planId).retrieve().body(Map.class).get("status"));
            } catch (RuntimeException notYet) {
                return false;
            }
        });

        http.post().uri("/api/v1/budgets/{id}/allocations", planId).contentType(MediaType.APPLICATION_JSON)
                .body("{\"targetLineId\":\"community-classes\",\"fundingSource\":\"CENTRAL\",\"amountVnd\":4590000000,"
                        + "\"decisionNumber\":\"112/QĐ-STC\",\"decisionDate\":\"2023-04-03\"}")
                .retrieve().toBodilessEntity();

        try (TopicProbe topic = new TopicProbe(ContainersAvailable.KAFKA.getBootstrapServers(), "budget.events.v1")) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> topic.records().stream().anyMatch(r -> planId.equals(r.key())));
        }
        Map<?, ?> budget = http.get().uri("/api/v1/budgets/{id}", planId).retrieve().body(Map.class);
        assertThat(((Map<?, ?>) budget.get("totals")).get("allocatedVnd")).isEqualTo(4_590_000_000L);
    }
}
