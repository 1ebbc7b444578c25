package vn.taphuan.kit;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.kit.events.EventConsumers;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A minimal service using the kit, as the four real services do. */
@SpringBootApplication(scanBasePackages = "vn.taphuan.kit.support")
public class KitTestApplication {

    public static final List<EventEnvelope<PlanApproved>> HANDLED = new CopyOnWriteArrayList<>();

    @Bean
    Consumer<Message<byte[]>> onPlanEvents(EventConsumers consumers) {
        return consumers.handling().on(PlanApproved.class, HANDLED::add).build();
    }
}
