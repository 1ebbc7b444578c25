package vn.taphuan.reporting.facts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.taphuan.contracts.Topics;
import vn.taphuan.contracts.plan.v1.PlanAmended;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.PlanClosed;
import vn.taphuan.contracts.plan.v1.PlanClosedOut;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.reporting.closeout.CloseOuts;

import java.util.List;
import java.util.function.Consumer;

/** {@code plan.events.v1} → plan versions, closures and close-outs. */
@Configuration
class PlanEventsListener {

    @Bean
    Consumer<Message<List<byte[]>>> onPlanEvents(EventConsumers consumers, PlanFactStore plans, CloseOuts closeOuts,
                                                 ProjectionFreshness freshness, DirtyPlans dirty,
                                                 FactWrites facts) {
        Topics.Topic topic = Topics.PLAN_EVENTS;
        return consumers.handling()
                // once per poll (scopes close last first): each fact document written, then each plan marked,
                // then the freshness stored
                .eachBatch(freshness::deferring).eachBatch(dirty::deferring).eachBatch(facts::deferring)
                .on(PlanApproved.class, freshness.tracking(topic, plans::approved))
                .on(PlanAmended.class, freshness.tracking(topic, plans::amended))
                .on(PlanClosed.class, freshness.tracking(topic, plans::closed))
                .on(PlanClosedOut.class, freshness.tracking(topic, closeOuts::closedOut))
                .build();
    }
}
