package vn.taphuan.plan.enrolmentfeed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.plan.VietnamTime;
import vn.taphuan.plan.plan.PlanService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * How a plan becomes "in progress": when the first activity under it is scheduled in enrolment-service. Consumes
 * {@code TrainingEventScheduled} from {@code enrolment.events.v1} (idempotent: a redelivered or later event finds the
 * plan already in progress and changes nothing).
 */
@Configuration
class EnrolmentEventsListener {

    static final String FUNCTION = "onEnrolmentEvents";

    @Bean(FUNCTION)
    Consumer<Message<List<byte[]>>> onEnrolmentEvents(EventConsumers consumers, PlanService plans) {
        return consumers.handling()
                .on(TrainingEventScheduled.class, event -> plans.startOnActivityScheduled(event.payload().planId(),
                        LocalDate.ofInstant(Instant.parse(event.occurredAt()), VietnamTime.ZONE)))
                .build();
    }
}
