package vn.taphuan.enrolment.reference;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.taphuan.contracts.reference.v1.AdministrativeUnitDefined;
import vn.taphuan.kit.events.EventConsumers;

import java.util.List;
import java.util.function.Consumer;

/** Keeps the administrative units from {@code reference.events.v1} (binding {@code onReferenceEvents-in-0}). */
@Configuration
class ReferenceEventsListener {

    @Bean
    Consumer<Message<List<byte[]>>> onReferenceEvents(EventConsumers consumers, AdministrativeUnits units) {
        return consumers.handling()
                .on(AdministrativeUnitDefined.class, event -> units.define(event.payload(), event.aggregateVersion()))
                .build();
    }

    @Bean
    EthnicGroups ethnicGroups() {
        return EthnicGroups.load();
    }
}
