package vn.taphuan.kit;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.kit.events.EventEnvelopes;
import vn.taphuan.kit.events.EventJson;
import vn.taphuan.kit.events.OutboxRelay;
import vn.taphuan.kit.events.ProcessedEvents;
import vn.taphuan.kit.problem.ProblemDetailsAdvice;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.ProjectionStore;
import vn.taphuan.kit.web.RequestContextFilter;

import java.time.Clock;

/** Wires the shared plumbing into every service that has this library on its classpath. */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class)
@EnableConfigurationProperties(KitProperties.class)
@Import(ProblemDetailsAdvice.class)
public class ServiceKitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventEnvelopes eventEnvelopes(@Value("${spring.application.name}") String application, Clock clock) {
        return new EventEnvelopes(application, EventJson.mapper(), clock);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, StreamBridge bridge, MeterRegistry meters, KitProperties properties,
                            @Value("${spring.application.name}") String application) {
        return new OutboxRelay(mongo, bridge, meters, metricPrefix(application), properties.relayPollInterval(),
                properties.relayBatchSize());
    }

    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, EventEnvelopes envelopes, OutboxRelay relay) {
        return new AggregateStore(mongo, envelopes, relay);
    }

    @Bean
    ProjectionStore projectionStore(MongoTemplate mongo) {
        return new ProjectionStore(mongo);
    }

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo) {
        return new ProcessedEvents(mongo);
    }

    @Bean
    EventConsumers eventConsumers(ProcessedEvents processed, MeterRegistry meters,
                                  @Value("${spring.application.name}") String application) {
        return new EventConsumers(EventJson.mapper(), processed, meters, metricPrefix(application));
    }

    @Bean
    FilterRegistrationBean<RequestContextFilter> tenantAndCorrelationFilter(KitProperties properties) {
        FilterRegistrationBean<RequestContextFilter> registration = new FilterRegistrationBean<>(
                new RequestContextFilter(properties.tenantFreePaths(), EventJson.mapper()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Replaces Boot's MongoDB health check, which sends {@code hello}: the embedded wire-protocol server does not
     * know that command, while {@code ping} works on both it and a real MongoDB.
     */
    @Bean(name = "mongoHealthContributor")
    HealthIndicator mongoHealthContributor(MongoTemplate mongo) {
        return () -> {
            try {
                Document answer = mongo.executeCommand(new Document("ping", 1));
                return Health.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", answer.get("ok")).build();
            } catch (RuntimeException e) {
                return Health.down(e).build();
            }
        };
    }

    /** {@code plan-service} → {@code plan}: metric names read {@code plan.outbox.published}. */
    static String metricPrefix(String application) {
        return application.endsWith("-service") ? application.substring(0, application.length() - "-service".length()) : application;
    }
}
