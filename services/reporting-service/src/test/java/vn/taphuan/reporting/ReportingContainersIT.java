package vn.taphuan.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.RestClient;
import vn.taphuan.contracts.plan.v1.FundingAmount;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.ProgrammeRules;
import vn.taphuan.contracts.plan.v1.TargetLine;
import vn.taphuan.contracts.tenant.v1.TenantOnboarded;
import vn.taphuan.reporting.support.Broker;
import vn.taphuan.reporting.support.Envelopes;
import vn.taphuan.reporting.support.TestClock;
import vn.taphuan.reporting.support.TrainingLoad;
import vn.taphuan.testsupport.ContainersAvailable;
import vn.taphuan.testsupport.ContainersIntegrationTest;
import vn.taphuan.testsupport.identity.TestTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A completion reaches a plan's progress through real Kafka and MongoDB images; skipped where no Docker engine runs. */
@ContainersIntegrationTest
@Import(TestClock.class)
class ReportingContainersIT {

    @LocalServerPort
    int port;

    @Test
    void aCompletionReachesThePlansProgressThroughRealServers() {
        try (Broker broker = new Broker(ContainersAvailable.KAFKA.getBootstrapServers())) {
            broker.publishAll(List.of(Envelopes.envelope("bac-giang", "bac-giang", 1, "2021-01-01T00:00:00Z",
                    new TenantOnboarded("bac-giang", "24", "Bắc Giang", "1997-01-01", null, null, null))));
            broker.publishAll(List.of(
                    Envelopes.envelope("bac-giang", "kh-1", 3, "2023-03-20T02:00:00Z", new PlanApproved("kh-1", 1,
                            TrainingLoad.DTTS, null, new ProgrammeRules(null, null, 80), "Kế hoạch 2023", null, null,
                            null, "2023-01-01", "2023-12-31", "2025-12-31", 6_889_000_000L,
                            List.of(new FundingAmount("CENTRAL", 6_889_000_000L)),
                            List.of(new TargetLine("cong-dong", "TRAINING_CLASS", "COMMUNITY", null, null, null, 102,
                                    7500, null, null, null, null, null)))),
                    Envelopes.enrolment("bac-giang", "te-1", "kh-1", "cong-dong", TrainingLoad.DTTS,
                            Envelopes.state("en-1", 3, "COMPLETED", TrainingLoad.personKey("a"), "FEMALE", true,
                                    "24-an-chau", "2023-05-08", "2023-05-11"), "2023-05-11T02:00:00Z")));
        }
        RestClient http = ContainersAvailable.client(port, TestTokens.officer("bac-giang"));
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            Map<?, ?> view = http.get().uri("/api/v1/progress/plans/kh-1").retrieve().body(Map.class);
            assertThat(((Map<?, ?>) ((Map<?, ?>) view.get("totals")).get("personTurns")).get("achieved")).isEqualTo(1);
        });
    }
}
