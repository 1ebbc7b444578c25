package vn.taphuan.enrolment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import vn.taphuan.contracts.Topics;
import vn.taphuan.enrolment.planline.PlanReplica;
import vn.taphuan.enrolment.reference.AdministrativeUnits;
import vn.taphuan.enrolment.support.Plans;
import vn.taphuan.enrolment.support.Publisher;
import vn.taphuan.enrolment.support.Units;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
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
 * The plan replica, scheduling and an enrolment against real MongoDB and Kafka images; skipped (reported as such)
 * where no Docker engine runs.
 */
@ContainersIntegrationTest
class EnrolmentContainersIT {

    @LocalServerPort
    int port;
    @Autowired
    KnownTenants tenants;
    @Autowired
    PlanReplica plans;
    @Autowired
    AdministrativeUnits units;

    @Test
    void anEnrolmentUnderAPlanLineFromTheRealBrokerReachesTheRealBroker() {
        tenants.onboard("bac-giang", "Bắc Giang", "24", List.of());
        String brokers = ContainersAvailable.KAFKA.getBootstrapServers();
        String planId = "plan-" + UUID.randomUUID();
        try (Publisher publisher = new Publisher(brokers)) {
            Units.all().forEach(unit -> publisher.publish(unit, Topics.NATIONAL, unit.unitCode(), 1));
            publisher.publish(Plans.bacGiang2023(planId), "bac-giang", planId, 3);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            try (TenantContext.Scope ignored = TenantContext.open("bac-giang")) {
                return units.find(Units.AN_LAC).isPresent() && plans.find(planId, "community-classes").isPresent();
            }
        });

        RestClient http = ContainersAvailable.client(port, TestTokens.officer("bac-giang"));
        Map<?, ?> event = http.post().uri("/api/v1/training-events").contentType(MediaType.APPLICATION_JSON).body("""
                {"planId":"%s","targetLineId":"community-classes","title":"Lớp tập huấn","unitCode":"%s",
                 "startDate":"2023-05-10","endDate":"2023-05-11","capacity":30,
                 "sessions":[{"date":"2023-05-10","kind":"THEORY"},{"date":"2023-05-11","kind":"FIELD"}]}"""
                .formatted(planId, Units.AN_LAC)).retrieve().body(Map.class);
        String eventId = (String) event.get("id");
        http.post().uri("/api/v1/training-events/{id}/enrolments", eventId).contentType(MediaType.APPLICATION_JSON)
                .body("{\"participant\":{\"fullName\":\"Lò Thị Ánh\",\"gender\":\"Nữ\",\"birthYear\":\"1985\",\"ethnicity\":\"Thái\"}}")
                .retrieve().toBodilessEntity();

        try (TopicProbe topic = new TopicProbe(brokers, Topics.ENROLMENT_EVENTS.name())) {
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.records().stream()
                    .filter(r -> r.value().contains(eventId)).count() == 2);
        }
        assertThat(eventId).isNotBlank();
    }
}
