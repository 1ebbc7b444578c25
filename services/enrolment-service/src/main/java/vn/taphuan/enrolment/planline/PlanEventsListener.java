package vn.taphuan.enrolment.planline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.taphuan.contracts.plan.v1.PlanAmended;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.PlanClosed;
import vn.taphuan.kit.events.EventConsumers;

import java.util.List;
import java.util.function.Consumer;

/** Keeps {@link PlanReplica} from {@code plan.events.v1} (binding {@code onPlanEvents-in-0}). */
@Configuration
class PlanEventsListener {

    @Bean
    Consumer<Message<List<byte[]>>> onPlanEvents(EventConsumers consumers, PlanReplica replica) {
        return consumers.handling()
                .on(PlanApproved.class, event -> {
                    PlanApproved p = event.payload();
                    replica.applyVersion(p.planId(), p.planVersion(), p.programmeCode(), p.programmeRules(), p.title(),
                            p.periodStart(), p.periodEnd(), p.targetLines(), event.aggregateVersion());
                })
                .on(PlanAmended.class, event -> {
                    PlanAmended p = event.payload();
                    replica.applyVersion(p.planId(), p.planVersion(), p.programmeCode(), p.programmeRules(), p.title(),
                            p.periodStart(), p.periodEnd(), p.targetLines(), event.aggregateVersion());
                })
                .on(PlanClosed.class, event -> replica.close(event.payload(), event.aggregateVersion()))
                .build();
    }
}
