package vn.taphuan.plan;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.testcontainers.junit.jupiter.Testcontainers;
import vn.taphuan.testsupport.ContainersAvailable;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.testsupport.TopicProbe;
import vn.taphuan.testsupport.identity.TestTokens;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The same flow against real MongoDB and Kafka images; skipped (reported as such) where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.test.context.ContextConfiguration(initializers = vn.taphuan.testsupport.DevIdentityInitializer.class)
@ActiveProfiles("test")
class PlanContainersIT {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    KnownTenants tenants;

    @DynamicPropertySource
    static void containers(DynamicPropertyRegistry registry) {
        ContainersAvailable.register(registry, "plan");
    }

    @Test
    void anApprovedPlanReachesARealBroker() {
        RestClient http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", TestTokens.bearer(TestTokens.officer("bac-giang"))).build();
        tenants.onboard("bac-giang", "Bắc Giang", "24", java.util.List.of());
        Map<?, ?> draft = http.post().uri("/api/v1/plans").contentType(MediaType.APPLICATION_JSON)
                .body(vn.taphuan.plan.plan.PlanApiTestData.BAC_GIANG_2023.formatted("45/KH-UBND")).retrieve().body(Map.class);
        String id = (String) draft.get("id");
        http.post().uri("/api/v1/plans/{id}/submission", id).contentType(MediaType.APPLICATION_JSON)
                .body("{\"version\":1}").retrieve().toBodilessEntity();
        http.post().uri("/api/v1/plans/{id}/approval", id).contentType(MediaType.APPLICATION_JSON)
                .body("{\"version\":1}").retrieve().toBodilessEntity();

        try (TopicProbe topic = new TopicProbe(ContainersAvailable.KAFKA.getBootstrapServers(), "plan.events.v1")) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> topic.records().stream().anyMatch(r -> id.equals(r.key())));
        }
        assertThat(id).isNotBlank();
    }
}
