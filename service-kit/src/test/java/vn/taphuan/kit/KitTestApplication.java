package vn.taphuan.kit;

import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.kit.store.AggregateStore;
import vn.taphuan.kit.support.Probe;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A minimal service using the kit, as the four real services do. */
@SpringBootApplication(scanBasePackages = "vn.taphuan.kit.support")
public class KitTestApplication {

    public static final List<EventEnvelope<PlanApproved>> HANDLED = new CopyOnWriteArrayList<>();
    /** The log MDC each plan's event was handled in (tenant, correlation, trace and span id), by plan id. */
    public static final Map<String, Map<String, String>> LOG_CONTEXT = new ConcurrentHashMap<>();

    /** Records each plan and keeps a stand-in aggregate per plan, as a real consumer keeps its own state. */
    @Bean
    Consumer<Message<List<byte[]>>> onPlanEvents(EventConsumers consumers, AggregateStore store) {
        return consumers.handling().on(PlanApproved.class, event -> {
            String planId = event.payload().planId();
            if (store.find(Probe.class, planId).isEmpty()) {
                store.insert(new Probe(planId, event.tenantId(), event.payload().title()), planId, List.of());
            }
            LOG_CONTEXT.put(planId, MDC.getCopyOfContextMap());
            HANDLED.add(event);
        }).build();
    }
}
