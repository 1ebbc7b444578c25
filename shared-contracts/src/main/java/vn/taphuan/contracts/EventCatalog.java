package vn.taphuan.contracts;

import vn.taphuan.contracts.budget.v1.BudgetAllocated;
import vn.taphuan.contracts.budget.v1.BudgetCommitted;
import vn.taphuan.contracts.budget.v1.CommitmentReleased;
import vn.taphuan.contracts.budget.v1.ExpenditureRecorded;
import vn.taphuan.contracts.budget.v1.TrainingEventSettled;
import vn.taphuan.contracts.enrolment.v1.AttendanceRecorded;
import vn.taphuan.contracts.enrolment.v1.ParticipantCompleted;
import vn.taphuan.contracts.enrolment.v1.ParticipantEnrolled;
import vn.taphuan.contracts.enrolment.v1.ParticipantWithdrawn;
import vn.taphuan.contracts.enrolment.v1.EnrolmentsChanged;
import vn.taphuan.contracts.enrolment.v1.TrainingEventCancelled;
import vn.taphuan.contracts.enrolment.v1.TrainingEventClosed;
import vn.taphuan.contracts.enrolment.v1.TrainingEventHeld;
import vn.taphuan.contracts.enrolment.v1.TrainingEventRescheduled;
import vn.taphuan.contracts.enrolment.v1.TrainingEventScheduled;
import vn.taphuan.contracts.plan.v1.PlanAmended;
import vn.taphuan.contracts.plan.v1.PlanApproved;
import vn.taphuan.contracts.plan.v1.PlanClosed;
import vn.taphuan.contracts.plan.v1.PlanClosedOut;
import vn.taphuan.contracts.reference.v1.AdministrativeUnitDefined;
import vn.taphuan.contracts.reporting.v1.PeriodReportAccepted;
import vn.taphuan.contracts.reporting.v1.PeriodReportApproved;
import vn.taphuan.contracts.reporting.v1.PeriodReportDue;
import vn.taphuan.contracts.reporting.v1.PeriodReportOverdue;
import vn.taphuan.contracts.reporting.v1.PeriodReportReopened;
import vn.taphuan.contracts.reporting.v1.PeriodReportReturned;
import vn.taphuan.contracts.reporting.v1.PeriodReportSubmitted;
import vn.taphuan.contracts.tenant.v1.TenantDisabled;
import vn.taphuan.contracts.tenant.v1.TenantOnboarded;

import java.util.List;
import java.util.Optional;

/**
 * Every integration event of the platform. {@code docs/events.md} is generated from this list and a test keeps
 * the two equal, so the catalogue a reader sees is the one the code runs.
 */
public final class EventCatalog {

    public static final List<EventDefinition> ALL = List.of(
            new EventDefinition("PlanApproved", 1, PlanApproved.class, Topics.PLAN_EVENTS, "Plan",
                    List.of("enrolment-service", "budget-service", "reporting-service"),
                    "A plan was approved (version 1) and its targets now count; carries all its target lines, its budget envelope and the programme's rules."),
            new EventDefinition("PlanAmended", 1, PlanAmended.class, Topics.PLAN_EVENTS, "Plan",
                    List.of("enrolment-service", "budget-service", "reporting-service"),
                    "An approved plan was amended (điều chỉnh, bổ sung): a new version with its full target lines and budget; lines keep their ids, counts achieved are kept."),
            new EventDefinition("PlanClosed", 1, PlanClosed.class, Topics.PLAN_EVENTS, "Plan",
                    List.of("enrolment-service", "budget-service", "reporting-service"),
                    "A plan was closed: no new activities may be scheduled under it; its results stay counted."),
            new EventDefinition("PlanClosedOut", 1, PlanClosedOut.class, Topics.PLAN_EVENTS, "Plan",
                    List.of("reporting-service"),
                    "A plan of a phase whose deadline has come was closed out for the phase's final review (báo cáo tổng kết): its figures are final; what is recorded for it afterwards is kept but does not change them."),
            new EventDefinition("TenantOnboarded", 1, TenantOnboarded.class, Topics.TENANT_EVENTS, "Tenant",
                    List.of("enrolment-service", "budget-service", "reporting-service"),
                    "A province was onboarded as a tenant (or re-enabled); from now on its events are accepted everywhere."),
            new EventDefinition("TenantDisabled", 1, TenantDisabled.class, Topics.TENANT_EVENTS, "Tenant",
                    List.of("enrolment-service", "budget-service", "reporting-service"),
                    "A tenant was disabled (soft offboarding): its new events are refused; its history stays readable to the ministry."),
            new EventDefinition("AdministrativeUnitDefined", 1, AdministrativeUnitDefined.class, Topics.REFERENCE_EVENTS, "AdministrativeUnit",
                    List.of("enrolment-service", "reporting-service"),
                    "An administrative unit (province, district, commune, village) was defined or changed, with its validity dates, its successor after a reorganisation and its commune classification."),
            new EventDefinition("TrainingEventScheduled", 1, TrainingEventScheduled.class, Topics.ENROLMENT_EVENTS, "TrainingEvent",
                    List.of("plan-service", "budget-service", "reporting-service"),
                    "A class, workshop, study tour or e-learning cohort was scheduled under a target line."),
            new EventDefinition("TrainingEventRescheduled", 1, TrainingEventRescheduled.class, Topics.ENROLMENT_EVENTS, "TrainingEvent",
                    List.of("budget-service", "reporting-service"),
                    "A scheduled activity's dates, place, capacity or sessions changed."),
            new EventDefinition("TrainingEventHeld", 1, TrainingEventHeld.class, Topics.ENROLMENT_EVENTS, "TrainingEvent",
                    List.of("budget-service", "reporting-service"),
                    "A scheduled activity took place and counts as held."),
            new EventDefinition("TrainingEventCancelled", 1, TrainingEventCancelled.class, Topics.ENROLMENT_EVENTS, "TrainingEvent",
                    List.of("budget-service", "reporting-service"),
                    "A scheduled activity was cancelled; it will not count and its budget commitment is released."),
            new EventDefinition("TrainingEventClosed", 1, TrainingEventClosed.class, Topics.ENROLMENT_EVENTS, "TrainingEvent",
                    List.of("budget-service", "reporting-service"),
                    "A held activity was closed: attendance and completions are final."),
            new EventDefinition("EnrolmentsChanged", 1, EnrolmentsChanged.class, Topics.ENROLMENT_EVENTS, "RosterPage",
                    List.of("budget-service", "reporting-service"),
                    "Enrolments of one activity changed in one write of one page of its roster (people enrolled from a sheet with their attendance, completions, withdrawals): each enrolment's whole state after the write with its own version. A completed enrolment is one person-turn."),
            new EventDefinition("ParticipantEnrolled", 1, ParticipantEnrolled.class, Topics.ENROLMENT_EVENTS, "Enrolment",
                    List.of(),
                    "Retired: replaced by EnrolmentsChanged, no longer published. A person was enrolled in an activity."),
            new EventDefinition("AttendanceRecorded", 1, AttendanceRecorded.class, Topics.ENROLMENT_EVENTS, "Enrolment",
                    List.of(),
                    "Retired: replaced by EnrolmentsChanged, no longer published. A participant's presence or absence at one session was recorded."),
            new EventDefinition("ParticipantCompleted", 1, ParticipantCompleted.class, Topics.ENROLMENT_EVENTS, "Enrolment",
                    List.of(),
                    "Retired: replaced by EnrolmentsChanged, no longer published. A participant completed an activity."),
            new EventDefinition("ParticipantWithdrawn", 1, ParticipantWithdrawn.class, Topics.ENROLMENT_EVENTS, "Enrolment",
                    List.of(),
                    "Retired: replaced by EnrolmentsChanged, no longer published. An enrolment was cancelled or a completion revoked."),
            new EventDefinition("BudgetAllocated", 1, BudgetAllocated.class, Topics.BUDGET_EVENTS, "PlanBudget",
                    List.of("reporting-service"),
                    "Finance allocated part of a plan's budget to a target line from one funding source."),
            new EventDefinition("BudgetCommitted", 1, BudgetCommitted.class, Topics.BUDGET_EVENTS, "PlanBudget",
                    List.of("reporting-service"),
                    "A scheduled activity's cost estimate (from the unit-cost norms) was committed against its line and source."),
            new EventDefinition("CommitmentReleased", 1, CommitmentReleased.class, Topics.BUDGET_EVENTS, "PlanBudget",
                    List.of("reporting-service"),
                    "A commitment was released (activity cancelled, or the rest after settlement)."),
            new EventDefinition("ExpenditureRecorded", 1, ExpenditureRecorded.class, Topics.BUDGET_EVENTS, "PlanBudget",
                    List.of("reporting-service"),
                    "Money was spent on a target line (optionally for one activity) from one funding source."),
            new EventDefinition("TrainingEventSettled", 1, TrainingEventSettled.class, Topics.BUDGET_EVENTS, "PlanBudget",
                    List.of("reporting-service"),
                    "An activity's spending was settled (thanh quyết toán); its commitment is closed."),
            new EventDefinition("PeriodReportSubmitted", 1, PeriodReportSubmitted.class, Topics.REPORTING_EVENTS, "PeriodReport",
                    List.of(),
                    "A province submitted its report of a period (báo cáo định kỳ) of a programme; its figures are frozen as of the submission. A re-submission after a return is a new revision."),
            new EventDefinition("PeriodReportApproved", 1, PeriodReportApproved.class, Topics.REPORTING_EVENTS, "PeriodReport",
                    List.of("enrolment-service", "budget-service"),
                    "The province administrator approved the province's submitted report of a period for the ministry."),
            new EventDefinition("PeriodReportReturned", 1, PeriodReportReturned.class, Topics.REPORTING_EVENTS, "PeriodReport",
                    List.of("enrolment-service", "budget-service"),
                    "The province's report of a period was returned for revision, saying why: by an analyst of the ministry owning the programme (an approved report), or by the province administrator to the officers before approving (a submitted report); the province revises and submits it again."),
            new EventDefinition("PeriodReportAccepted", 1, PeriodReportAccepted.class, Topics.REPORTING_EVENTS, "PeriodReport",
                    List.of("enrolment-service", "budget-service"),
                    "An analyst of the ministry owning the programme accepted the province's approved report of a period: the chain is done."),
            new EventDefinition("PeriodReportReopened", 1, PeriodReportReopened.class, Topics.REPORTING_EVENTS, "PeriodReport",
                    List.of("enrolment-service", "budget-service"),
                    "The province administrator reopened the province's approved (or accepted) report of a period, saying why: the report is a draft again under a new revision, the earlier version is kept, and writes dated in the period are no longer locked."),
            new EventDefinition("PeriodReportDue", 1, PeriodReportDue.class, Topics.REPORTING_EVENTS, "PeriodReportReminder",
                    List.of(),
                    "A province's report of a period is due within the configured number of days (reporting.reminders.days-before) and has not been submitted: the reminder before the deadline, once per report and revision. Keyed by the report id, as the chain's events."),
            new EventDefinition("PeriodReportOverdue", 1, PeriodReportOverdue.class, Topics.REPORTING_EVENTS, "PeriodReportReminder",
                    List.of(),
                    "A province's report of a period was not submitted by its deadline: announced once per report. Keyed by the report id, as the chain's events."));

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
