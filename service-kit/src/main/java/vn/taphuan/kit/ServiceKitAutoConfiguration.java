package vn.taphuan.kit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import org.bson.Document;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.taphuan.kit.audit.AuditController;
import vn.taphuan.kit.audit.AuditRecorder;
import vn.taphuan.kit.audit.AuditedRequest;
import vn.taphuan.kit.events.BatchDeadLetters;
import vn.taphuan.kit.events.DeadLetterController;
import vn.taphuan.kit.events.DeadLetters;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.kit.events.EventEnvelopes;
import vn.taphuan.kit.events.EventJson;
import vn.taphuan.kit.events.EventTraces;
import vn.taphuan.kit.events.KafkaClients;
import vn.taphuan.kit.events.OutboxRelay;
import vn.taphuan.kit.events.ProcessedEvents;
import vn.taphuan.kit.problem.ProblemDetailsAdvice;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.store.ProjectionStore;
import vn.taphuan.kit.store.TenantProjections;
import vn.taphuan.kit.tenant.KnownTenants;
import vn.taphuan.kit.tenant.TenantEventsListener;
import vn.taphuan.kit.web.CorrelationFilter;
import org.springframework.messaging.Message;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Wires the shared plumbing into every service that has this library on its classpath. */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class)
@EnableConfigurationProperties(KitProperties.class)
@Import({ProblemDetailsAdvice.class, AuditController.class, DeadLetterController.class})
public class ServiceKitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The trace context across the outbox; without a tracer (tracing switched off) events carry none. */
    @Bean
    EventTraces eventTraces(ObjectProvider<Tracer> tracer) {
        return new EventTraces(tracer.getIfAvailable(() -> Tracer.NOOP));
    }

    @Bean
    EventEnvelopes eventEnvelopes(@Value("${spring.application.name}") String application, Clock clock,
                                  EventTraces traces) {
        return new EventEnvelopes(application, EventJson.mapper(), clock, traces);
    }

    @Bean
    KafkaClients kafkaClients(Environment environment) {
        return new KafkaClients(environment);
    }

    /** Dead letters record by record for the consumers, which all take batches. */
    @Bean
    BatchDeadLetters batchDeadLetters(KafkaClients kafka, MeterRegistry meters,
                                      @Value("${spring.application.name}") String application) {
        return new BatchDeadLetters(kafka, meters, metricPrefix(application));
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaClients kafka, MeterRegistry meters, KitProperties properties,
                            @Value("${spring.application.name}") String application, Clock clock) {
        return new OutboxRelay(mongo, kafka, meters, metricPrefix(application), properties.relayPollInterval(),
                properties.relayBatchSize(), properties.relayStaleAfter(), clock);
    }

    @Bean
    AuditRecorder auditRecorder(Clock clock, KitProperties properties) {
        return new AuditRecorder(clock, java.util.Set.copyOf(properties.auditRedactedFields()));
    }

    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, EventEnvelopes envelopes, OutboxRelay relay, AuditRecorder audit) {
        return new AggregateStore(mongo, envelopes, relay, audit);
    }

    @Bean
    FilterRegistrationBean<AuditedRequest.Filter> auditedRequestFilter() {
        FilterRegistrationBean<AuditedRequest.Filter> registration = new FilterRegistrationBean<>(new AuditedRequest.Filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    ProjectionStore projectionStore(MongoTemplate mongo) {
        return new ProjectionStore(mongo);
    }

    @Bean
    TenantProjections tenantProjections(ProjectionStore projections) {
        return new TenantProjections(projections);
    }

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo) {
        return new ProcessedEvents(mongo);
    }

    @Bean
    KnownTenants knownTenants(MongoTemplate mongo) {
        return new KnownTenants(mongo);
    }

    @Bean
    EventConsumers eventConsumers(ProcessedEvents processed, MeterRegistry meters, KnownTenants tenants,
                                  KitProperties properties, @Value("${spring.application.name}") String application,
                                  EventTraces traces) {
        return new EventConsumers(EventJson.mapper(), processed, meters, metricPrefix(application), tenants,
                properties.unknownTenantGrace(), traces);
    }

    /** Every service keeps its list of known tenants; the binding is added to each service's functions. */
    @Bean(TenantEventsListener.FUNCTION)
    Consumer<Message<List<byte[]>>> tenantEvents(EventConsumers consumers, KnownTenants tenants) {
        return TenantEventsListener.create(consumers, tenants);
    }

    /**
     * The dead-letter topics of this service's consumer bindings, as {@link KitDefaults} named them; a replay hands
     * their events to the binding's function (the consumer bean of the same name).
     */
    @Bean
    DeadLetters deadLetters(Environment environment, KafkaClients kafka, BeanFactory beans) {
        List<DeadLetters.Binding> bindings = new java.util.ArrayList<>();
        Map<String, String> functions = new HashMap<>();
        for (String function : environment.getProperty(KitDefaults.FUNCTIONS, "").split(";")) {
            String binding = function.trim() + "-in-0";
            String topic = environment.getProperty("spring.cloud.stream.bindings." + binding + ".destination");
            String dlq = environment.getProperty("spring.cloud.stream.kafka.bindings." + binding + ".consumer.dlq-name");
            if (topic != null && dlq != null) {
                bindings.add(new DeadLetters.Binding(topic,
                        environment.getProperty("spring.cloud.stream.bindings." + binding + ".group"), dlq));
                functions.put(dlq, function.trim());
            }
        }
        return new DeadLetters(kafka, bindings,
                binding -> beans.getBean(functions.get(binding.deadLetterTopic()), Consumer.class));
    }

    @Bean
    FilterRegistrationBean<CorrelationFilter> correlationFilter() {
        FilterRegistrationBean<CorrelationFilter> registration = new FilterRegistrationBean<>(new CorrelationFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        // also on the error page, so an error the server answers there carries the request's id
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
        return registration;
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(KitProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.corsAllowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("*"));
        cors.setExposedHeaders(List.of("ETag", "Location", CorrelationFilter.CORRELATION_HEADER));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
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
