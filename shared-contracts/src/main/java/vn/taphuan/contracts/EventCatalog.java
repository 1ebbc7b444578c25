package vn.taphuan.contracts;

import vn.taphuan.contracts.budget.v1.BudgetAllocated;
import vn.taphuan.contracts.budget.v1.ExpenditureRecorded;
import vn.taphuan.contracts.enrolment.v1.ParticipantCompleted;
import vn.taphuan.contracts.enrolment.v1.ParticipantEnrolled;
import vn.taphuan.contracts.enrolment.v1.TrainingEventHeld;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.contracts.plan.v1.PlanApproved;

import java.util.List;
import java.util.Optional;

/**
 * Every integration event of the platform. {@code docs/events.md} is generated from this list and a test keeps
 * the two equal, so the catalogue a reader sees is the one the code runs.
 */
public final class EventCatalog {

    private static final String PLAN = "Plan";
    private static final String TRAINING_EVENT = "TrainingEvent";
    private static final String PLAN_BUDGET = "PlanBudget";

    public static final List<EventDefinition> ALL = List.of(
            new EventDefinition("PlanApproved", 1, PlanApproved.class, Topics.PLAN_EVENTS, PLAN,
                    List.of("enrolment-service", "budget-service", "reporting-service"),
                    "A plan version was approved; carries all its target lines and its budget envelope."),
            new EventDefinition("TrainingEventScheduled", 1, TrainingEventScheduled.class, Topics.ENROLMENT_EVENTS,
                    TRAINING_EVENT, List.of("budget-service", "reporting-service"),
                    "A class, workshop, study tour or e-learning cohort was scheduled under a target line."),
            new EventDefinition("TrainingEventHeld", 1, TrainingEventHeld.class, Topics.ENROLMENT_EVENTS,
                    TRAINING_EVENT, List.of("reporting-service"),
                    "A scheduled activity took place and counts as held."),
            new EventDefinition("ParticipantEnrolled", 1, ParticipantEnrolled.class, Topics.ENROLMENT_EVENTS,
                    TRAINING_EVENT, List.of("reporting-service"),
                    "A person was enrolled in an activity (counting facts only, no personal data)."),
            new EventDefinition("ParticipantCompleted", 1, ParticipantCompleted.class, Topics.ENROLMENT_EVENTS,
                    TRAINING_EVENT, List.of("reporting-service"),
                    "A participant completed an activity: one person-turn achieved."),
            new EventDefinition("BudgetAllocated", 1, BudgetAllocated.class, Topics.BUDGET_EVENTS, PLAN_BUDGET,
                    List.of("reporting-service"),
                    "Finance allocated part of a plan's budget to a target line from one funding source."),
            new EventDefinition("ExpenditureRecorded", 1, ExpenditureRecorded.class, Topics.BUDGET_EVENTS,
                    PLAN_BUDGET, List.of("reporting-service"),
                    "Money was spent on a target line from one funding source."));

    public static Optional<EventDefinition> find(String eventType, int schemaVersion) {
        return ALL.stream()
                .filter(d -> d.eventType().equals(eventType) && d.schemaVersion() == schemaVersion)
                .findFirst();
    }

    public static EventDefinition of(Class<? extends Record> payloadType) {
        return ALL.stream().filter(d -> d.payloadType().equals(payloadType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(payloadType.getName() + " is not in the event catalogue"));
    }

    public static List<EventDefinition> consumedBy(String service) {
        return ALL.stream().filter(d -> d.consumers().contains(service)).toList();
    }

    private EventCatalog() {
    }
}
