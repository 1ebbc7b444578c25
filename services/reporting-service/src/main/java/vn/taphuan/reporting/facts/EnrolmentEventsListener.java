package vn.taphuan.reporting.facts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.taphuan.contracts.Topics;
import vn.taphuan.contracts.enrolment.v1.EnrolmentsChanged;
import vn.taphuan.contracts.enrolment.v1.TrainingEventCancelled;
import vn.taphuan.contracts.enrolment.v1.TrainingEventClosed;
import vn.taphuan.contracts.enrolment.v1.TrainingEventHeld;
import vn.taphuan.contracts.enrolment.v1.TrainingEventRescheduled;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.kit.events.EventConsumers;
import vn.taphuan.reporting.closeout.CloseOuts;

import java.util.List;
import java.util.function.Consumer;

/**
 * {@code enrolment.events.v1} → activity facts, and enrolment facts a batch of events at a time; those of a plan's
 * after its close-out are kept aside ({@link CloseOuts}).
 */
@Configuration
class EnrolmentEventsListener {

    @Bean
    Consumer<Message<List<byte[]>>> onEnrolmentEvents(EventConsumers consumers, ActivityFactStore activities,
                                                      EnrolmentLedger enrolments, CloseOuts closeOuts,
                                                      ProjectionFreshness freshness, DirtyPlans dirty,
                                                      FactWrites facts) {
        Topics.Topic topic = Topics.ENROLMENT_EVENTS;
        return consumers.handling()
                // once per poll (scopes close last first): each fact document written, then each plan marked,
                // then the freshness stored
                .eachBatch(freshness::deferring).eachBatch(dirty::deferring).eachBatch(facts::deferring)
                // and each plan's close-out read once per poll
                .eachBatch(closeOuts::remembering)
                .on(TrainingEventScheduled.class, freshness.tracking(topic,
                        closeOuts.unlessLate(TrainingEventScheduled::planId, activities::scheduled)))
                .on(TrainingEventRescheduled.class, freshness.tracking(topic,
                        closeOuts.unlessLate(TrainingEventRescheduled::planId, activities::rescheduled)))
                .on(TrainingEventHeld.class, freshness.tracking(topic,
                        closeOuts.unlessLate(TrainingEventHeld::planId, activities::held)))
                .on(TrainingEventCancelled.class, freshness.tracking(topic,
                        closeOuts.unlessLate(TrainingEventCancelled::planId, activities::cancelled)))
                .on(TrainingEventClosed.class, freshness.tracking(topic,
                        closeOuts.unlessLate(TrainingEventClosed::planId, activities::closed)))
                .onBatch(EnrolmentsChanged.class, freshness.trackingAll(topic,
                        closeOuts.unlessLateAll(EnrolmentsChanged::planId, enrolments::changed)))
                .build();
    }
}
