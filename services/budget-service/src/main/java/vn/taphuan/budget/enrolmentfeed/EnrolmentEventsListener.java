package vn.taphuan.budget.enrolmentfeed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.taphuan.budget.norms.ActivityKind;
import vn.taphuan.budget.planbudget.PersonTurns;
import vn.taphuan.budget.planbudget.PlanBudgetService;
import vn.taphuan.budget.planbudget.ScheduleFacts;
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
    Consumer<Message<List<byte[]>>> onEnrolmentEvents(EventConsumers consumers, PlanBudgetService budgets,
                                                PersonTurns personTurns) {
        return consumers.handling()
                .on(TrainingEventScheduled.class, event -> {
                    TrainingEventScheduled e = event.payload();
                    budgets.activityScheduled(e.planId(), new ScheduleFacts(e.trainingEventId(), e.targetLineId(),
                            ActivityKind.valueOf(e.activityKind()), e.title(), e.unitCode(),
                            LocalDate.parse(e.startDate()), LocalDate.parse(e.endDate()), e.capacity(),
                            e.sessionCount(), e.fieldSessions(), e.trainerCount()), event.aggregateVersion());
                })
                .on(TrainingEventRescheduled.class, event -> {
                    TrainingEventRescheduled e = event.payload();
                    budgets.activityScheduled(e.planId(), new ScheduleFacts(e.trainingEventId(), e.targetLineId(),
                            ActivityKind.valueOf(e.activityKind()), null, e.unitCode(),
                            LocalDate.parse(e.startDate()), LocalDate.parse(e.endDate()), e.capacity(),
                            e.sessionCount(), e.fieldSessions(), e.trainerCount()), event.aggregateVersion());
                })
                .on(TrainingEventCancelled.class, event -> {
                    TrainingEventCancelled e = event.payload();
                    budgets.activityCancelled(e.planId(), e.trainingEventId(), e.targetLineId(),
                            ActivityKind.valueOf(e.activityKind()), LocalDate.parse(e.cancelledOn()), e.reason(),
                            event.aggregateVersion());
                })
                .on(TrainingEventHeld.class, event -> {
                    TrainingEventHeld e = event.payload();
                    budgets.activityHeld(e.planId(), e.trainingEventId(), e.targetLineId(),
                            ActivityKind.valueOf(e.activityKind()), LocalDate.parse(e.heldOn()), e.participantCount(),
                            event.aggregateVersion());
                })
                .on(TrainingEventClosed.class, event -> {
                    TrainingEventClosed e = event.payload();
                    budgets.activityClosed(e.planId(), e.trainingEventId(), e.targetLineId(),
                            ActivityKind.valueOf(e.activityKind()), LocalDate.parse(e.closedOn()), e.completedCount(),
                            e.enrolledCount(), event.aggregateVersion());
                })
                // a page of a roster at a time, every entry with its own version: idempotent without the inbox
                .onBatch(EnrolmentsChanged.class, personTurns::record)
                .build();
    }
}
