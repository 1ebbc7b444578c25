package vn.taphuan.reporting.units;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.taphuan.contracts.Topics;
import vn.taphuan.contracts.reference.v1.AdministrativeUnitDefined;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.reporting.facts.ProjectionFreshness;

import java.util.List;
import java.util.function.Consumer;

/** {@code reference.events.v1} → administrative units. */
@Configuration
class ReferenceEventsListener {

    @Bean
    Consumer<Message<List<byte[]>>> onReferenceEvents(EventConsumers consumers, UnitStore units,
                                                ProjectionFreshness freshness) {
        return consumers.handling()
                .on(AdministrativeUnitDefined.class, freshness.tracking(Topics.REFERENCE_EVENTS, units::defined))
                .build();
    }
}
