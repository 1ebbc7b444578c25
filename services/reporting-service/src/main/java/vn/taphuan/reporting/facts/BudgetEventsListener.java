package vn.taphuan.reporting.facts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.taphuan.contracts.Topics;
import vn.taphuan.contracts.budget.v1.BudgetAllocated;
import vn.taphuan.contracts.budget.v1.BudgetCommitted;
import vn.taphuan.contracts.budget.v1.CommitmentReleased;
import vn.taphuan.contracts.budget.v1.ExpenditureRecorded;
import vn.taphuan.contracts.budget.v1.TrainingEventSettled;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.reporting.closeout.CloseOuts;

import java.util.List;
import java.util.function.Consumer;

/** {@code budget.events.v1} → money facts; those of a plan's after its close-out are kept aside ({@link CloseOuts}). */
@Configuration
class BudgetEventsListener {

    @Bean
    Consumer<Message<List<byte[]>>> onBudgetEvents(EventConsumers consumers, BudgetFactStore budget,
                                                   CloseOuts closeOuts, ProjectionFreshness freshness,
                                                   DirtyPlans dirty, FactWrites facts) {
        Topics.Topic topic = Topics.BUDGET_EVENTS;
        return consumers.handling()
                // once per poll (scopes close last first): each fact document written, then each plan marked,
                // then the freshness stored
                .eachBatch(freshness::deferring).eachBatch(dirty::deferring).eachBatch(facts::deferring)
                // and each plan's close-out read once per poll
                .eachBatch(closeOuts::remembering)
                .on(BudgetAllocated.class, freshness.tracking(topic,
                        closeOuts.unlessLate(BudgetAllocated::planId, budget::allocated)))
                .on(BudgetCommitted.class, freshness.tracking(topic,
                        closeOuts.unlessLate(BudgetCommitted::planId, budget::committed)))
                .on(CommitmentReleased.class, freshness.tracking(topic,
                        closeOuts.unlessLate(CommitmentReleased::planId, budget::released)))
                .on(ExpenditureRecorded.class, freshness.tracking(topic,
                        closeOuts.unlessLate(ExpenditureRecorded::planId, budget::spent)))
                .on(TrainingEventSettled.class, freshness.tracking(topic,
                        closeOuts.unlessLate(TrainingEventSettled::planId, budget::settled)))
                .build();
    }
}
