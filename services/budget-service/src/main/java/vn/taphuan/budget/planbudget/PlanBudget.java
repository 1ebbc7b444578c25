package vn.taphuan.budget.planbudget;

import vn.taphuan.budget.norms.ActivityKind;
import vn.taphuan.budget.norms.CostEstimate;
import vn.taphuan.budget.norms.NormSchedule;
import vn.taphuan.budget.planbudget.BudgetEvent.ReleaseReason;
import vn.taphuan.contracts.Limits;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.ActivitySettled;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.AllocationExceedsEstimate;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.AllocationIdUsed;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.AllocationOutsidePlan;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.AlreadySettled;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.AlreadyUsed;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.BeforeActivityEnd;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.DecisionRecorded;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.DocumentRecorded;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.ExceedsAllocationLeft;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.ExceedsUnallocatedEstimate;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.ExpenditureIdUsed;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.FromSource;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.LineAllocatedAndSpent;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.LineNotInPlan;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.LineRequiredWithoutActivity;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.NoSuchActivity;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.NothingToSettle;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.OtherThanActivityLine;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.OutsidePlanPeriod;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.Overspending;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.PaymentOutsidePlan;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.PlanClosed;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.PlanCommitmentsBeyondBound;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.PlanNotApproved;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.PlanSpendingBeyondBound;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.RecordedAs;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.SettledBefore;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.SettlementDateNotAcceptable;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.SourceNotInPlan;
import vn.taphuan.budget.planbudget.PlanBudgetRefusal.UnknownActivity;
import vn.taphuan.kit.refusal.Money;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.refusal.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The budget of one plan (aggregate id = plan id): the estimate per funding source from the plan, the allocation
 * decisions per target line and source, the commitment of every scheduled activity (its cost by the unit-cost
 * norms), the payments, and the settlement of each activity. Checks the rules; returns the events each command
 * caused.
 * <p>
 * Facts from enrolment-service may arrive before the plan does (they travel on another topic), and an activity's
 * facts may arrive in any order among themselves (a batch, a redelivery, a replay from the dead letters): the budget
 * then exists without plan terms, keeps the activities, and commits them when the plan arrives. Every fact from an
 * event is applied so that hearing it again changes nothing, and so that the state comes out the same whatever
 * order the facts arrive in (see {@link #estimate}).
 */
public class PlanBudget {

    /** The problem an allocation or payment that does not fit the plan's lines, sources or period is answered with. */
    private static final String OUTSIDE_PLAN = "outside-plan";

    private String id;
    private String tenantId;
    private long version;
    /** Null while the plan has not reached this service yet. */
    private PlanTerms plan;
    private LocalDate closedOn;
    private List<Allocation> allocations = new ArrayList<>();
    private List<Activity> activities = new ArrayList<>();
    private List<Expenditure> expenditures = new ArrayList<>();

    PlanBudget() {
    }

    /** A budget for a plan this service has not heard of yet; it collects the plan's activities meanwhile. */
    public static PlanBudget awaitingPlan(String planId, String tenantId) {
        PlanBudget budget = new PlanBudget();
        budget.id = planId;
        budget.tenantId = tenantId;
        return budget;
    }

    // ---------------------------------------------------------------- facts from plan-service

    /**
     * Takes the terms of a plan version newer than the one known (approval or amendment), and commits every
     * activity that was waiting for the plan.
     */
    public List<BudgetEvent> recordPlan(PlanTerms terms, NormSchedule norms) {
        if (plan != null && terms.planVersion() <= plan.planVersion()) {
            return List.of();
        }
        plan = terms;
        List<BudgetEvent> events = new ArrayList<>();
        events.add(new BudgetEvent.PlanRecorded(terms.planVersion()));
        for (Activity activity : activities) {
            if (!activity.isCommitted()) {
                events.addAll(estimate(activity, norms));
            }
        }
        return events;
    }

    public List<BudgetEvent> closePlan(LocalDate on) {
        if (closedOn != null) {
            return List.of();
        }
        closedOn = on;
        return List.of(new BudgetEvent.PlanClosed(on));
    }

    // ---------------------------------------------------------------- facts from enrolment-service

    /**
     * An activity was scheduled or rescheduled ({@code eventVersion} = the training event's version): its schedule
     * is kept if newer than the one known, and its cost is (re-)estimated and committed once the plan is known.
     */
    public List<BudgetEvent> schedule(ScheduleFacts facts, long eventVersion, NormSchedule norms) {
        Activity activity = activityOrNoted(facts.trainingEventId(), facts.targetLineId(), facts.kind());
        if (!activity.schedule(facts, eventVersion)) {
            return List.of();
        }
        List<BudgetEvent> events = new ArrayList<>();
        events.add(new BudgetEvent.ActivityNoted(facts.trainingEventId()));
        events.addAll(estimate(activity, norms));
        return events;
    }

    /**
     * An activity was cancelled ({@code eventVersion} = the training event's version): what is left of its
     * commitment is released. Hearing the cancellation again changes nothing; heard before the schedule or the plan,
     * the release follows the commitment when they arrive.
     */
    public List<BudgetEvent> cancel(String trainingEventId, String targetLineId, ActivityKind kind, LocalDate on,
                                    String reason, long eventVersion) {
        Activity activity = activityOrNoted(trainingEventId, targetLineId, kind);
        boolean wasOpen = activity.isOpen();
        if (!activity.cancelled(on, reason, eventVersion)) {
            return List.of();
        }
        List<BudgetEvent> events = new ArrayList<>();
        events.add(new BudgetEvent.ActivityNoted(trainingEventId));
        if (wasOpen) {
            release(activity, ReleaseReason.CANCELLED).ifPresent(events::add);
        }
        return events;
    }

    // ---------------------------------------------------------------- the province's finance work

    /**
     * Records an allocation decision's amount for a line and source. Refuses a line or source the plan does not
     * have, a decision dated outside the plan period, and allocating more from a source than the plan's estimate
     * for it. The same allocation (same id and content) recorded again changes nothing; the same decision for the
     * same line and source under another id is refused.
     */
    public List<BudgetEvent> allocate(Allocation allocation) {
        PlanTerms terms = requireOpenPlan();
        Optional<Allocation> sameId = allocation(allocation.allocationId());
        if (sameId.isPresent()) {
            if (sameId.get().sameContentAs(allocation)) {
                return List.of();
            }
            throw alreadyRecorded(new AllocationIdUsed(allocation.allocationId()),
                    Violation.of("allocationId", new AlreadyUsed()));
        }
        for (Allocation earlier : allocations) {
            if (earlier.sameDecisionAs(allocation)) {
                throw alreadyRecorded(new DecisionRecorded(allocation.decisionNumber(), allocation.targetLineId(),
                                allocation.source().name(), earlier.allocationId()),
                        Violation.of("decisionNumber", new RecordedAs(earlier.allocationId())));
            }
        }
        List<Violation> violations = new ArrayList<>();
        requireLine(terms, allocation.targetLineId(), violations);
        requireSource(terms, allocation.source(), violations);
        requireWithin(allocation.decisionDate(), terms.periodStart(), terms.periodEnd(), "decisionDate", violations);
        if (!violations.isEmpty()) {
            throw new Refused(Refused.Kind.RULE, OUTSIDE_PLAN, new AllocationOutsidePlan(), violations);
        }
        long estimate = terms.estimate(allocation.source());
        long allocatedBefore = allocatedFrom(allocation.source());
        long allocatedAfter = Math.addExact(allocatedBefore, allocation.amountVnd());
        if (allocatedAfter > estimate) {
            throw Refused.rule(new AllocationExceedsEstimate(allocation.source(), Money.of(estimate),
                            Money.of(allocatedBefore), Money.of(allocation.amountVnd())),
                    List.of(Violation.of("amountVnd", new ExceedsUnallocatedEstimate(Money.of(estimate - allocatedBefore)))));
        }
        allocations.add(allocation);
        return List.of(new BudgetEvent.Allocated(allocation));
    }

    /**
     * Records a payment. Refuses an unknown line, source or activity, a date outside the plan period (plus the
     * {@code closingDays} in which the year's payments may still be made), spending on a settled activity, and —
     * unless a province administrator's {@code overrideReason} is given — spending beyond what is allocated on the
     * line and source. The same payment (same id and content) recorded again changes nothing; the same document
     * for the same line, activity and source under another id is refused.
     */
    public List<BudgetEvent> spend(SpendingOrder order, int closingDays) {
        PlanTerms terms = requireOpenPlan();
        String lineId = order.targetLineId();
        List<Violation> violations = new ArrayList<>();
        if (order.trainingEventId() != null) {
            Activity activity = activity(order.trainingEventId()).orElseThrow(() -> Refused.rule("trainingEventId",
                    new UnknownActivity(order.trainingEventId())));
            if (lineId == null) {
                lineId = activity.targetLineId();
            } else if (!lineId.equals(activity.targetLineId())) {
                throw Refused.invalid("targetLineId", new OtherThanActivityLine(activity.targetLineId()));
            }
            if (activity.isSettled()) {
                throw Refused.rule("trainingEventId",
                        new ActivitySettled(order.trainingEventId(), activity.settlement().settledOn()));
            }
        } else if (lineId == null) {
            throw Refused.invalid("targetLineId", new LineRequiredWithoutActivity());
        }
        Expenditure expenditure = new Expenditure(order.expenditureId(), lineId, order.trainingEventId(),
                order.source(), order.amountVnd(), order.documentNumber(), order.spentOn(), null);
        Optional<List<BudgetEvent>> replay = replayOrDuplicate(expenditure);
        if (replay.isPresent()) {
            return replay.get();
        }
        requireLine(terms, lineId, violations);
        requireSource(terms, order.source(), violations);
        requireWithin(order.spentOn(), terms.periodStart(), terms.periodEnd().plusDays(closingDays), "spentOn", violations);
        if (!violations.isEmpty()) {
            throw new Refused(Refused.Kind.RULE, OUTSIDE_PLAN, new PaymentOutsidePlan(), violations);
        }
        long spentInPlan = spentInPlan();
        if (Math.addExact(spentInPlan, order.amountVnd()) > Limits.MAX_VND) {
            throw Refused.rule("amountVnd", new PlanSpendingBeyondBound(Money.of(Limits.MAX_VND), Money.of(spentInPlan)));
        }
        long allocated = allocated(lineId, order.source());
        long spent = spent(lineId, order.source());
        String overrideReason = null;
        if (Math.addExact(spent, order.amountVnd()) > allocated) {
            if (order.overrideReason() == null || order.overrideReason().isBlank()) {
                throw overspending(lineId, order.source(), allocated, spent, order.amountVnd());
            }
            overrideReason = order.overrideReason().strip();
        }
        Expenditure recorded = new Expenditure(expenditure.expenditureId(), lineId, order.trainingEventId(),
                order.source(), order.amountVnd(), order.documentNumber(), order.spentOn(), overrideReason);
        expenditures.add(recorded);
        return List.of(new BudgetEvent.Spent(recorded));
    }

    /**
     * Settles an activity (thanh quyết toán): its recorded spending per source becomes final and what is left of its
     * commitment is released. The activity must have spending, must have ended by the settlement date (unless it
     * was cancelled), and is settled once; the same settlement document recorded again changes nothing.
     */
    public List<BudgetEvent> settle(String trainingEventId, String settlementId, String documentNumber,
                                    LocalDate settledOn, int closingDays) {
        PlanTerms terms = requirePlan();
        Activity activity = activity(trainingEventId)
                .orElseThrow(() -> Refused.notFound(new NoSuchActivity(trainingEventId)));
        if (activity.isSettled()) {
            Settlement done = activity.settlement();
            if (done.documentNumber().equalsIgnoreCase(documentNumber) && done.settledOn().equals(settledOn)) {
                return List.of();
            }
            throw alreadyRecorded(new SettledBefore(trainingEventId, done.documentNumber(), done.settledOn()),
                    Violation.of("trainingEventId", new AlreadySettled()));
        }
        List<Violation> violations = new ArrayList<>();
        requireWithin(settledOn, terms.periodStart(), terms.periodEnd().plusDays(closingDays), "settledOn", violations);
        if (!activity.isCancelled() && activity.endDate() != null && settledOn.isBefore(activity.endDate())) {
            violations.add(Violation.of("settledOn", new BeforeActivityEnd(activity.endDate())));
        }
        if (!violations.isEmpty()) {
            throw new Refused(Refused.Kind.RULE, "settlement-date", new SettlementDateNotAcceptable(), violations);
        }
        Map<FundingSource, Long> bySource = new LinkedHashMap<>();
        for (Expenditure e : expenditures) {
            if (trainingEventId.equals(e.trainingEventId())) {
                bySource.merge(e.source(), e.amountVnd(), Math::addExact);
            }
        }
        if (bySource.isEmpty()) {
            throw Refused.rule("trainingEventId", new NothingToSettle(trainingEventId));
        }
        List<SourceAmount> amounts = bySource.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new SourceAmount(e.getKey(), e.getValue())).toList();
        long total = amounts.stream().mapToLong(SourceAmount::amountVnd).reduce(0, Math::addExact);
        Settlement settlement = new Settlement(settlementId, documentNumber, settledOn, amounts, total);
        boolean wasOpen = activity.isOpen();
        activity.settle(settlement);
        List<BudgetEvent> events = new ArrayList<>();
        events.add(new BudgetEvent.Settled(trainingEventId, activity.targetLineId(), settlement));
        if (wasOpen) {
            release(activity, ReleaseReason.SETTLED).ifPresent(events::add);
        }
        return events;
    }

    // ---------------------------------------------------------------- sums

    /** Allocated on a line from a source. */
    public long allocated(String lineId, FundingSource source) {
        return allocations.stream().filter(a -> a.targetLineId().equals(lineId) && a.source() == source)
                .mapToLong(Allocation::amountVnd).reduce(0, Math::addExact);
    }

    public long allocatedFrom(FundingSource source) {
        return allocations.stream().filter(a -> a.source() == source)
                .mapToLong(Allocation::amountVnd).reduce(0, Math::addExact);
    }

    /** Spent on a line from a source. */
    public long spent(String lineId, FundingSource source) {
        return expenditures.stream().filter(e -> e.targetLineId().equals(lineId) && e.source() == source)
                .mapToLong(Expenditure::amountVnd).reduce(0, Math::addExact);
    }

    /** Spent under the whole plan. */
    public long spentInPlan() {
        return expenditures.stream().mapToLong(Expenditure::amountVnd).reduce(0, Math::addExact);
    }

    /** What the activities' latest estimates commit together, before releases: what bounds every commitment sum. */
    public long committedInPlan() {
        return activities.stream().mapToLong(Activity::committedVnd).reduce(0, Math::addExact);
    }

    /** Spent on one activity from one source. */
    public long spentOn(Activity activity, FundingSource source) {
        return expenditures.stream()
                .filter(e -> activity.trainingEventId().equals(e.trainingEventId()) && e.source() == source)
                .mapToLong(Expenditure::amountVnd).reduce(0, Math::addExact);
    }

    /** What the activity's commitment still reserves: committed, less what was already spent on it from its source. */
    public long openCommitment(Activity activity) {
        if (!activity.isCommitted() || !activity.isOpen()) {
            return 0;
        }
        return Math.max(0, activity.committedVnd() - activity.releasedVnd() - spentOn(activity, activity.source()));
    }

    // ---------------------------------------------------------------- internals

    /**
     * Commits the activity's cost by the norms once both the plan and its schedule are known, and again on each newer
     * schedule, until the activity is settled (a settlement is final). A cancelled activity is estimated too and
     * released at once, so that whichever of plan, schedule and cancellation is heard last, a cancelled activity ends
     * as when they come in the order they happened: the estimate of its newest schedule, all of it released (less
     * what was spent on it). Enrolment-service never reschedules a cancelled activity, so every schedule heard after
     * the cancellation is one that was made before it.
     */
    private List<BudgetEvent> estimate(Activity activity, NormSchedule norms) {
        Optional<BudgetEvent> committed = commit(activity, norms);
        if (committed.isEmpty()) {
            return List.of();
        }
        if (!activity.isCancelled()) {
            return List.of(committed.get());
        }
        List<BudgetEvent> events = new ArrayList<>();
        events.add(committed.get());
        release(activity, ReleaseReason.CANCELLED).ifPresent(events::add);
        return events;
    }

    private Optional<BudgetEvent> commit(Activity activity, NormSchedule norms) {
        if (plan == null || !activity.scheduleKnown() || activity.isSettled()) {
            return Optional.empty();
        }
        CostEstimate estimate = norms.estimate(activity.facts().spec());
        long othersCommitted = committedInPlan() - activity.committedVnd();
        if (Math.addExact(othersCommitted, estimate.totalVnd()) > Limits.MAX_VND) {
            // the event cannot be applied as it stands: it goes to the dead letters with this reason, and is
            // replayed once the norms (or the activity) are corrected
            throw Refused.rule("trainingEventId", new PlanCommitmentsBeyondBound(Money.of(estimate.totalVnd()),
                    activity.trainingEventId(), Money.of(Limits.MAX_VND)));
        }
        FundingSource against = activity.isCommitted() ? activity.source() : sourceFor(activity.targetLineId());
        if (!activity.commit(against, estimate)) {
            return Optional.empty();
        }
        return Optional.of(new BudgetEvent.Committed(activity.trainingEventId(), activity.targetLineId(),
                activity.source(), activity.committedVnd(), activity.estimateLines()));
    }

    private Optional<BudgetEvent> release(Activity activity, ReleaseReason reason) {
        if (!activity.isCommitted()) {
            return Optional.empty();
        }
        long rest = Math.max(0, activity.committedVnd() - activity.releasedVnd() - spentOn(activity, activity.source()));
        if (rest == 0) {
            return Optional.empty();
        }
        activity.release(rest);
        return Optional.of(new BudgetEvent.Released(activity.trainingEventId(), activity.targetLineId(),
                activity.source(), rest, reason));
    }

    /**
     * The source a new commitment on a line is made against: the one with the most allocated and not yet
     * committed on that line; before anything is allocated to the line, the plan's largest source.
     */
    private FundingSource sourceFor(String lineId) {
        List<FundingSource> funded = plan.estimates().stream().filter(e -> e.amountVnd() > 0)
                .map(SourceAmount::source).sorted().toList();
        if (funded.isEmpty()) {
            return plan.estimates().isEmpty() ? FundingSource.CENTRAL : plan.estimates().get(0).source();
        }
        boolean anyAllocated = allocations.stream().anyMatch(a -> a.targetLineId().equals(lineId));
        Comparator<FundingSource> best = anyAllocated
                ? Comparator.comparingLong(source -> allocated(lineId, source) - committedGross(lineId, source))
                : Comparator.comparingLong(plan::estimate);
        FundingSource chosen = funded.get(0);
        for (FundingSource source : funded) {
            if (best.compare(source, chosen) > 0) {
                chosen = source;
            }
        }
        return chosen;
    }

    private long committedGross(String lineId, FundingSource source) {
        return activities.stream().filter(a -> lineId.equals(a.targetLineId()) && a.source() == source)
                .mapToLong(a -> a.committedVnd() - a.releasedVnd()).reduce(0, Math::addExact);
    }

    private Optional<List<BudgetEvent>> replayOrDuplicate(Expenditure expenditure) {
        Optional<Expenditure> sameId = expenditure(expenditure.expenditureId());
        if (sameId.isPresent()) {
            if (sameId.get().sameContentAs(expenditure)) {
                return Optional.of(List.of());
            }
            throw alreadyRecorded(new ExpenditureIdUsed(expenditure.expenditureId()),
                    Violation.of("expenditureId", new AlreadyUsed()));
        }
        for (Expenditure earlier : expenditures) {
            if (earlier.sameDocumentAs(expenditure)) {
                throw alreadyRecorded(new DocumentRecorded(expenditure.documentNumber(), earlier.expenditureId(),
                                Money.of(earlier.amountVnd())),
                        Violation.of("documentNumber", new RecordedAs(earlier.expenditureId())));
            }
        }
        return Optional.empty();
    }

    private static Refused overspending(String lineId, FundingSource source, long allocated, long spent,
                                        long requested) {
        long left = allocated - spent;
        long over = spent + requested - allocated;
        return Refused.rule(new Overspending(lineId, source, Money.of(allocated), Money.of(spent), Money.of(requested),
                        Money.of(over)),
                List.of(Violation.of("amountVnd", new ExceedsAllocationLeft(Money.of(left))),
                        Violation.of("targetLineId", new LineAllocatedAndSpent(lineId, Money.of(allocated), Money.of(spent))),
                        Violation.of("fundingSource", new FromSource(source))));
    }

    /** The same allocation, payment or settlement was recorded before: recording it again would count it twice. */
    private static Refused alreadyRecorded(PlanBudgetRefusal reason, Violation violation) {
        return new Refused(Refused.Kind.CONFLICT, PlanBudgetRefusal.ALREADY_RECORDED, reason, List.of(violation));
    }

    private Activity activityOrNoted(String trainingEventId, String targetLineId, ActivityKind kind) {
        return activity(trainingEventId).orElseGet(() -> {
            Activity noted = Activity.noted(trainingEventId, targetLineId, kind);
            activities.add(noted);
            return noted;
        });
    }

    private PlanTerms requirePlan() {
        if (plan == null) {
            throw Refused.rule("planId", new PlanNotApproved(id));
        }
        return plan;
    }

    private PlanTerms requireOpenPlan() {
        PlanTerms terms = requirePlan();
        if (closedOn != null) {
            throw Refused.rule("planId", new PlanClosed(id, closedOn));
        }
        return terms;
    }

    private static void requireLine(PlanTerms terms, String lineId, List<Violation> violations) {
        if (terms.line(lineId).isEmpty()) {
            violations.add(Violation.of("targetLineId", new LineNotInPlan(lineId)));
        }
    }

    private static void requireSource(PlanTerms terms, FundingSource source, List<Violation> violations) {
        if (!terms.funds(source)) {
            violations.add(Violation.of("fundingSource", new SourceNotInPlan(source)));
        }
    }

    private static void requireWithin(LocalDate day, LocalDate from, LocalDate to, String field,
                                      List<Violation> violations) {
        if (day.isBefore(from) || day.isAfter(to)) {
            violations.add(Violation.of(field, new OutsidePlanPeriod(from, to)));
        }
    }

    public Optional<Activity> activity(String trainingEventId) {
        return activities.stream().filter(a -> a.trainingEventId().equals(trainingEventId)).findFirst();
    }

    public Optional<Allocation> allocation(String allocationId) {
        return allocations.stream().filter(a -> a.allocationId().equals(allocationId)).findFirst();
    }

    public Optional<Expenditure> expenditure(String expenditureId) {
        return expenditures.stream().filter(e -> e.expenditureId().equals(expenditureId)).findFirst();
    }

    public BudgetStatus status() {
        if (plan == null) {
            return BudgetStatus.AWAITING_PLAN;
        }
        return closedOn == null ? BudgetStatus.OPEN : BudgetStatus.CLOSED;
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public long version() {
        return version;
    }

    /** The plan's terms, empty while the plan has not reached this service. */
    public Optional<PlanTerms> plan() {
        return Optional.ofNullable(plan);
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public List<Allocation> allocations() {
        return List.copyOf(allocations);
    }

    public List<Activity> activities() {
        return List.copyOf(activities);
    }

    public List<Expenditure> expenditures() {
        return List.copyOf(expenditures);
    }
}
