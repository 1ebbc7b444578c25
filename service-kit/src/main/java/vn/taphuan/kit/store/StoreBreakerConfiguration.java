package vn.taphuan.kit.store;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.mongodb.core.MongoDatabaseFactorySupport;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How long a service waits on its store, and what it does when the store stops answering: the driver's timeouts
 * ({@code taphuan.kit.store-*}), the store's circuit breaker fed by the driver ({@link StoreBreaker}, configured under
 * {@code resilience4j.circuitbreaker.instances.store}, its metrics published by the Resilience4j registry as the sheet
 * bulkhead's are) and the gate that refuses API requests at once while it is open ({@link StoreGate}). The defaults
 * are in {@code taphuan-kit-defaults.yml}.
 */
@AutoConfiguration(afterName = "io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration")
public class StoreBreakerConfiguration {

    @Bean
    StoreBreaker storeBreaker(CircuitBreakerRegistry registry) {
        return new StoreBreaker(registry.circuitBreaker(StoreBreaker.NAME));
    }

    /**
     * A request finds out within seconds that the store does not answer, and is refused with a 503 and Retry-After
     * ({@code StoreUnavailable}), instead of waiting the driver's 30 s for a server, or forever for an answer.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer storeTimeoutsAndBreaker(
            StoreBreaker breaker,
            @Value("${taphuan.kit.store-server-selection-timeout}") Duration serverSelection,
            @Value("${taphuan.kit.store-connect-timeout}") Duration connect,
            @Value("${taphuan.kit.store-read-timeout}") Duration read) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(serverSelection.toMillis(),
                        TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS))
                .addCommandListener(breaker);
    }

    /** What the service sends its store and receives, per collection, when asked to measure it. */
    @Bean
    @ConditionalOnProperty(name = "taphuan.kit.store-traffic-meter", havingValue = "true")
    MongoClientSettingsBuilderCustomizer storeTrafficMeter(MeterRegistry meters) {
        StoreTrafficMeter meter = new StoreTrafficMeter(meters);
        return settings -> settings.addCommandListener(meter);
    }

    /**
     * Every exception of an operation through the store's template passes its translator, including those of
     * operations that never sent a command (no server within the selection timeout): the breaker sees those there.
     */
    @Bean
    static BeanPostProcessor storeBreakerSeesUnsentOperations(ObjectProvider<StoreBreaker> breaker) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof MongoDatabaseFactorySupport<?> factory) {
                    PersistenceExceptionTranslator translator = factory.getExceptionTranslator();
                    factory.setExceptionTranslator(e -> {
                        breaker.ifAvailable(store -> store.unsent(e));
                        return translator.translateExceptionIfPossible(e);
                    });
                }
                return bean;
            }
        };
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<StoreGate> storeGate(StoreBreaker breaker) {
        FilterRegistrationBean<StoreGate> registration = new FilterRegistrationBean<>(new StoreGate(breaker));
        // after the correlation id is set (the refusal carries it), before anything that may read the store
        // (authentication's tenant checks, the audit trail)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
