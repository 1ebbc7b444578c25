package vn.taphuan.budget.periodlock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.kit.periodlock.PeriodLocks;
import vn.taphuan.kit.store.TenantProjections;

import java.util.List;
import java.util.function.Consumer;

/**
 * The periods whose report the province approved, kept from {@code reporting.events.v1} (binding
 * {@code onReportingEvents-in-0}): budget owns allocations, payments and settlements, so it refuses those dated in a
 * locked period itself, whatever page sends them.
 */
@Configuration
class ReportingEventsListener {

    @Bean
    PeriodLocks periodLocks(TenantProjections projections) {
        return new PeriodLocks(projections);
    }

    @Bean
    Consumer<Message<List<byte[]>>> onReportingEvents(EventConsumers consumers, PeriodLocks locks) {
        return locks.handlers(consumers.handling()).build();
    }
}
