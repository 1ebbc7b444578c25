package vn.taphuan.reporting.facts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.taphuan.contracts.Topics;
import vn.taphuan.contracts.enrolment.v1.AttendanceRecorded;
import vn.taphuan.contracts.enrolment.v1.ParticipantCompleted;
import vn.taphuan.contracts.enrolment.v1.ParticipantEnrolled;
import vn.taphuan.contracts.enrolment.v1.ParticipantWithdrawn;
import vn.taphuan.contracts.enrolment.v1.TrainingEventCancelled;
import vn.taphuan.contracts.enrolment.v1.TrainingEventClosed;
import vn.taphuan.contracts.enrolment.v1.TrainingEventHeld;
import vn.taphuan.contracts.enrolment.v1.TrainingEventRescheduled;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.kit.events.EventConsumers;

import java.util.List;
import java.util.function.Consumer;

/** {@code enrolment.events.v1} → activity and enrolment facts. */
@Configuration
class EnrolmentEventsListener {

    @Bean
    Consumer<Message<List<byte[]>>> onEnrolmentEvents(EventConsumers consumers, ActivityFactStore activities,
                                                EnrolmentFactStore enrolments, ProjectionFreshness freshness) {
        Topics.Topic topic = Topics.ENROLMENT_EVENTS;
        return consumers.handling()
                .on(TrainingEventScheduled.class, freshness.tracking(topic, activities::scheduled))
                .on(TrainingEventRescheduled.class, freshness.tracking(topic, activities::rescheduled))
                .on(TrainingEventHeld.class, freshness.tracking(topic, activities::held))
                .on(TrainingEventCancelled.class, freshness.tracking(topic, activities::cancelled))
                .on(TrainingEventClosed.class, freshness.tracking(topic, activities::closed))
                .on(ParticipantEnrolled.class, freshness.tracking(topic, enrolments::enrolled))
                .on(AttendanceRecorded.class, freshness.tracking(topic, enrolments::attendance))
                .on(ParticipantCompleted.class, freshness.tracking(topic, enrolments::completed))
                .on(ParticipantWithdrawn.class, freshness.tracking(topic, enrolments::withdrawn))
                .build();
    }
}
