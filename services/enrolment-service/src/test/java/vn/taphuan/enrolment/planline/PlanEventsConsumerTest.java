package vn.taphuan.enrolment.planline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import vn.taphuan.contracts.EventCatalog;
import vn.taphuan.contracts.EventDefinition;
import vn.taphuan.contracts.Topics;
import vn.taphuan.contracts.reference.v1.AdministrativeUnitDefined;
import vn.taphuan.enrolment.reference.AdministrativeUnit;
import vn.taphuan.enrolment.reference.AdministrativeUnits;
import vn.taphuan.enrolment.support.Plans;
import vn.taphuan.enrolment.support.Publisher;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantContext;
import vn.taphuan.testsupport.ServiceIntegrationTest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The plan and unit replicas from real envelopes on the real broker: the same event twice changes nothing, a late
 * PlanApproved never overwrites an amendment, a closed plan stays closed.
 */
@ServiceIntegrationTest
@AutoConfigureMockMvc
class PlanEventsConsumerTest {

    @Autowired
    PlanReplica plans;
    @Autowired
    AdministrativeUnits units;
    @Autowired
    KnownTenants tenants;
    @Autowired
    EventConsumers consumers;
    @Value(ServiceIntegrationTest.BROKERS)
    String brokers;

    @BeforeEach
    void provinces() {
        tenants.onboard("bac-giang", "Bắc Giang", "24", List.of());
    }

    @Test
    void anAmendmentDeliveredBeforeItsApprovalAndBothTwiceLeavesTheAmendedLines() {
        String planId = "plan-" + UUID.randomUUID();
        String marker = "plan-" + UUID.randomUUID();
        try (Publisher publisher = new Publisher(brokers)) {
            String amended = publisher.publish(Plans.bacGiang2023Amended(planId), "bac-giang", planId, 4);
            String approved = publisher.publish(Plans.bacGiang2023(planId), "bac-giang", planId, 3);
            publisher.send(Topics.PLAN_EVENTS.name(), planId, amended);
            publisher.send(Topics.PLAN_EVENTS.name(), planId, approved);
            // a marker on the same partition, after them all: once it is applied, so were they
            publisher.publish(Plans.bacGiang2023(marker), "bac-giang", planId, 1);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> line(marker, "community-classes").isPresent());

        PlanLine line = line(planId, "community-classes").orElseThrow();
        assertThat(line.planVersion()).isEqualTo(2);
        assertThat(line.minEthnicMinorityPercent()).isEqualTo(80);
        assertThat(line.open()).isTrue();
        assertThat(line.rules().minAttendancePercent()).isEqualTo(80);
    }

    @Test
    void aClosedPlanStaysClosedWhateverArrivesLate() {
        String planId = "plan-" + UUID.randomUUID();
        try (Publisher publisher = new Publisher(brokers)) {
            publisher.publish(Plans.bacGiang2023(planId), "bac-giang", planId, 3);
            publisher.publish(Plans.closed(planId, 1), "bac-giang", planId, 5);
            publisher.publish(Plans.bacGiang2023Amended(planId), "bac-giang", planId, 4);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> line(planId, "community-classes").map(l -> !l.open()).orElse(false));
        try (Publisher publisher = new Publisher(brokers)) {
            String marker = "plan-" + UUID.randomUUID();
            publisher.publish(Plans.bacGiang2023(marker), "bac-giang", planId, 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> line(marker, "community-classes").isPresent());
        }
        PlanLine line = line(planId, "community-classes").orElseThrow();
        assertThat(line.open()).isFalse();
        assertThat(line.planVersion()).isEqualTo(1);
    }

    @Test
    void aUnitRedefinedKeepsItsNewestDefinition() {
        String code = "9" + (System.nanoTime() % 100_000);
        try (Publisher publisher = new Publisher(brokers)) {
            publisher.publish(new AdministrativeUnitDefined(code, "xã Cũ", "COMMUNE", null, "bac-giang", "2000-01-01",
                    "2025-06-30", "99999", null), Topics.NATIONAL, code, 2);
            publisher.publish(new AdministrativeUnitDefined(code, "xã Mới", "COMMUNE", null, "bac-giang", "2000-01-01",
                    null, null, null), Topics.NATIONAL, code, 1);
            publisher.publish(new AdministrativeUnitDefined(code + "0", "xã Đánh Dấu", "COMMUNE", null, "bac-giang",
                    "2000-01-01", null, null, null), Topics.NATIONAL, code, 1);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> units.find(code + "0").isPresent());
        Optional<AdministrativeUnit> unit = units.find(code);
        assertThat(unit).isPresent();
        assertThat(unit.get().name()).isEqualTo("xã Cũ");
        assertThat(unit.get().successorCode()).isEqualTo("99999");
    }

    @Test
    void theServiceHandlesExactlyTheEventsTheCatalogueSaysItConsumes() {
        assertThat(consumers.registeredTypes()).containsExactlyInAnyOrderElementsOf(
                EventCatalog.consumedBy("enrolment-service").stream().map(EventDefinition::eventType).toList());
    }

    private Optional<PlanLine> line(String planId, String lineId) {
        try (TenantContext.Scope ignored = TenantContext.open("bac-giang")) {
            return plans.find(planId, lineId);
        }
    }
}
