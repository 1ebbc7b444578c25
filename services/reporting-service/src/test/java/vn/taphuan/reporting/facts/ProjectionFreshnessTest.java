package vn.taphuan.reporting.facts;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.Topics;
import vn.taphuan.contracts.tenant.v1.TenantOnboarded;
import vn.taphuan.reporting.support.Envelopes;
import vn.taphuan.testsupport.EmbeddedMongo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The projection's lag per topic and per province, as an operator's dashboard reads it. */
class ProjectionFreshnessTest {

    private final String database = "freshness-" + UUID.randomUUID();
    private final MongoClient client = MongoClients.create(EmbeddedMongo.uri(database));

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aProvinceWhoseEventsWaitBehindAnothersShowsItsOwnLag() {
        MongoTemplate mongo = new MongoTemplate(client, database);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Clock clock = Clock.fixed(Instant.parse("2025-09-15T10:00:00Z"), ZoneOffset.UTC);
        ProjectionFreshness freshness = new ProjectionFreshness(mongo, clock, meters);
        List<EventEnvelope<TenantOnboarded>> applied = new ArrayList<>();

        // a batch with Bắc Ninh's events of a moment ago and Lạng Sơn's of an hour ago, still waiting behind them
        freshness.<TenantOnboarded>trackingAll(Topics.ENROLMENT_EVENTS, applied::addAll).handle(List.of(
                event("bac-ninh", "2025-09-15T09:59:50Z"), event("lang-son", "2025-09-15T09:00:00Z"),
                event("bac-ninh", "2025-09-15T09:59:58Z")));

        assertThat(applied).hasSize(3);
        assertThat(lag(meters, "bac-ninh")).isEqualTo(2.0);
        assertThat(lag(meters, "lang-son")).isEqualTo(3600.0);
        assertThat(meters.get("reporting.projection.lag").tag("topic", Topics.ENROLMENT_EVENTS.name()).gauge().value())
                .as("the topic looks current").isEqualTo(2.0);

        // Lạng Sơn's later events arrive: its lag falls; an older one moves nothing back
        freshness.<TenantOnboarded>tracking(Topics.PLAN_EVENTS, e -> { }).handle(event("lang-son", "2025-09-15T09:59:00Z"));
        freshness.<TenantOnboarded>tracking(Topics.PLAN_EVENTS, e -> { }).handle(event("lang-son", "2025-09-15T08:00:00Z"));
        assertThat(lag(meters, "lang-son")).isEqualTo(60.0);
    }

    private static double lag(SimpleMeterRegistry meters, String province) {
        return meters.get("reporting.projection.province.lag").tag("province", province).gauge().value();
    }

    @SuppressWarnings("unchecked")
    private static EventEnvelope<TenantOnboarded> event(String tenant, String occurredAt) {
        return (EventEnvelope<TenantOnboarded>) (EventEnvelope<?>) Envelopes.envelope(tenant, tenant, 1, occurredAt,
                new TenantOnboarded(tenant, "00", tenant, "2020-01-01", null, null, null)).envelope();
    }
}
