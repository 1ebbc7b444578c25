package vn.taphuan.budget.enrolmentfeed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.taphuan.budget.norms.ActivityKind;
import vn.taphuan.budget.planbudget.ActivityProgressFacts;
import vn.taphuan.budget.planbudget.BudgetFacts;
import vn.taphuan.budget.planbudget.PersonTurns;
import vn.taphuan.budget.planbudget.ScheduleFacts;
import vn.taphuan.contracts.EventEnvelope;
import vn.taphuan.contracts.enrolment.v1.EnrolmentsChanged;
import vn.taphuan.contracts.enrolment.v1.TrainingEventCancelled;
import vn.taphuan.contracts.enrolment.v1.TrainingEventClosed;
import vn.taphuan.contracts.enrolment.v1.TrainingEventHeld;
import vn.taphuan.contracts.enrolment.v1.TrainingEventRescheduled;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.kit.events.EventConsumers;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code enrolment.events.v1} → commitments of scheduled activities and their held, closed and cancelled facts, each
 * by the training event's version (so a late or repeated fact never overrides a newer one, whatever the order heard),
 * and the person-turns completed (from each roster page's changes, by each enrolment's version).
 */
@Configuration
class EnrolmentEventsListener {

    @Bean
    Consumer<Message<List<byte[]>>> onEnrolmentEvents(EventConsumers consumers, BudgetFacts facts,
                                                ActivityProgressFacts progress, PersonTurns personTurns) {
        return consumers.handling()
                // the activity facts of a poll together: one read and one write per plan budget, not per event; held
                // and closed (no money) one read and one write of their activities, never of the budgets. Those go
                // first: they cannot be refused, and a refused budget fact leaves the events after it to be heard
                // again, so none of them may be left unwritten behind it
                .onTogether(events -> {
                    progress.record(events.stream().filter(EnrolmentEventsListener::isProgress)
                            .map(EnrolmentEventsListener::progressFact).toList());
                    facts.apply(events.stream().filter(event -> !isProgress(event))
                            .map(event -> fact(facts, event)).toList());
                }, TrainingEventScheduled.class, TrainingEventRescheduled.class, TrainingEventCancelled.class,
                        TrainingEventHeld.class, TrainingEventClosed.class)
                // a page of a roster at a time, every entry with its own version: idempotent without the inbox
                .onBatch(EnrolmentsChanged.class, personTurns::record)
                // budgets and person-turns are kept apart, so each handler takes all its events of a poll at once
                // rather than once per stretch of them between the other's (activity facts are few among the pages)
                .batchPerHandler()
                .build();
    }

    private static BudgetFacts.Heard fact(BudgetFacts facts, EventEnvelope<Record> event) {
        Record payload = event.payload();
        if (payload instanceof TrainingEventScheduled e) {
            return facts.activityScheduled(event, e.planId(), new ScheduleFacts(e.trainingEventId(), e.targetLineId(),
                    ActivityKind.valueOf(e.activityKind()), e.title(), e.unitCode(), LocalDate.parse(e.startDate()),
                    LocalDate.parse(e.endDate()), e.capacity(), e.sessionCount(), e.fieldSessions(),
                    e.trainerCount()));
        }
        if (payload instanceof TrainingEventRescheduled e) {
            return facts.activityScheduled(event, e.planId(), new ScheduleFacts(e.trainingEventId(), e.targetLineId(),
                    ActivityKind.valueOf(e.activityKind()), null, e.unitCode(), LocalDate.parse(e.startDate()),
                    LocalDate.parse(e.endDate()), e.capacity(), e.sessionCount(), e.fieldSessions(),
                    e.trainerCount()));
        }
        TrainingEventCancelled e = (TrainingEventCancelled) payload;
        return facts.activityCancelled(event, e.planId(), e.trainingEventId(), e.targetLineId(),
                ActivityKind.valueOf(e.activityKind()), LocalDate.parse(e.cancelledOn()), e.reason());
    }

    private static boolean isProgress(EventEnvelope<Record> event) {
        return event.payload() instanceof TrainingEventHeld || event.payload() instanceof TrainingEventClosed;
    }

    private static ActivityProgressFacts.Heard progressFact(EventEnvelope<Record> event) {
        if (event.payload() instanceof TrainingEventHeld e) {
            return ActivityProgressFacts.held(event, e.planId(), e.trainingEventId(), LocalDate.parse(e.heldOn()),
                    e.participantCount());
        }
        TrainingEventClosed e = (TrainingEventClosed) event.payload();
        return ActivityProgressFacts.closed(event, e.planId(), e.trainingEventId(), LocalDate.parse(e.closedOn()),
                e.completedCount(), e.enrolledCount());
    }
}
