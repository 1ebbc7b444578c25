package vn.taphuan.kit.sheet;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The sheet reader of a service that reads sheets (has POI): its limits and its bulkhead, named {@code sheets} in
 * the service's Resilience4j registry, so its metrics are published with the others.
 */
@AutoConfiguration(afterName = "io.github.resilience4j.springboot3.bulkhead.autoconfigure.BulkheadAutoConfiguration")
@ConditionalOnClass(name = "org.apache.poi.xssf.eventusermodel.XSSFReader")
@EnableConfigurationProperties(SheetProperties.class)
public class SheetAutoConfiguration {

    @Bean
    SheetReader sheetReader(SheetProperties properties, ObjectProvider<BulkheadRegistry> registries) {
        BulkheadConfig config = BulkheadConfig.custom()
                .maxConcurrentCalls(properties.maxConcurrent())
                .maxWaitDuration(properties.maxWait())
                .build();
        BulkheadRegistry registry = registries.getIfAvailable(BulkheadRegistry::ofDefaults);
        return new SheetReader(properties.limits(), registry.bulkhead("sheets", config), properties.retryAfter());
    }
}
