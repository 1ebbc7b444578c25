package vn.taphuan.budget.planbudget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.budget.norms.ActivityKind;
import vn.taphuan.budget.norms.CostLine;
import vn.taphuan.contracts.Limits;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.security.ProgressRead;
import vn.taphuan.kit.security.ProvinceWrite;
import vn.taphuan.kit.web.PageResponse;
import vn.taphuan.kit.web.Params;
import vn.taphuan.kit.web.Versioned;
import vn.taphuan.kit.web.Versions;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/budgets")
@Tag(name = "Kinh phí kế hoạch (plan budgets)")
@Validated
class PlanBudgetController {

    static final String ID = "^[A-Za-z0-9._:-]+$";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final PlanBudgetService budgets;

    PlanBudgetController(PlanBudgetService budgets) {
        this.budgets = budgets;
    }

    @ProgressRead
    @GetMapping
    @Operation(summary = "Danh sách kinh phí các kế hoạch của tỉnh (list the province's plan budgets)")
    PageResponse<BudgetSummary> list(@RequestParam(required = false) BudgetStatus status,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        List<BudgetSummary> items = budgets.list(status, page, size).stream().map(BudgetSummary::of).toList();
        return new PageResponse<>(items, page, size, budgets.count(status));
    }

    @ProgressRead
    @GetMapping("/{planId}")
    @Operation(summary = "Tình hình kinh phí của kế hoạch: dự toán, phân bổ, cam kết, đã chi, quyết toán theo nguồn và "
            + "chỉ tiêu, chi phí mỗi lượt người (a plan's budget figures per source and line, cost per person-turn)")
    ResponseEntity<BudgetResponse> get(@PathVariable String planId) {
        PlanBudgetService.Figures figures = budgets.figures(planId);
        return ResponseEntity.ok(BudgetResponse.of(figures));
    }

    @ProgressRead
    @GetMapping("/{planId}/allocations")
    @Operation(summary = "Các quyết định phân bổ của kế hoạch (the plan's allocations)")
    List<AllocationResponse> allocations(@PathVariable String planId,
                                         @RequestParam(required = false) String targetLineId,
                                         @RequestParam(required = false) FundingSource fundingSource) {
        return budgets.get(planId).budget().allocations().stream()
                .filter(a -> targetLineId == null || a.targetLineId().equals(targetLineId))
                .filter(a -> fundingSource == null || a.source() == fundingSource)
                .map(AllocationResponse::of).toList();
    }

    @ProgressRead
    @GetMapping("/{planId}/allocations/{allocationId}")
    @Operation(summary = "Xem một phân bổ (read an allocation)")
    AllocationResponse allocation(@PathVariable String planId, @PathVariable String allocationId) {
        return budgets.get(planId).budget().allocation(allocationId).map(AllocationResponse::of)
                .orElseThrow(() -> Refused.notFound(new PlanBudgetRefusal.NoSuchAllocation(allocationId)));
    }

    @ProvinceWrite
    @PostMapping("/{planId}/allocations")
    @Operation(summary = "Ghi quyết định phân bổ (giao dự toán) cho một chỉ tiêu từ một nguồn (record an allocation "
            + "decision's amount for a target line and funding source); If-Match optional")
    ResponseEntity<AllocationResponse> allocate(@PathVariable String planId,
                                                @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                                @Valid @RequestBody AllocationRequest request) {
        PlanBudgetService.Stored stored = budgets.allocate(planId, Versions.expected(ifMatch), request.toAllocation());
        AllocationResponse body = AllocationResponse.of(stored.budget().allocation(stored.subject()).orElseThrow());
        return created(stored, "/api/v1/budgets/" + planId + "/allocations/" + stored.subject(), body);
    }

    @ProgressRead
    @GetMapping("/{planId}/expenditures")
    @Operation(summary = "Các khoản chi của kế hoạch, mới nhất trước (the plan's payments, newest first)")
    PageResponse<ExpenditureResponse> expenditures(@PathVariable String planId,
                                                   @RequestParam(required = false) String targetLineId,
                                                   @RequestParam(required = false) String trainingEventId,
                                                   @RequestParam(required = false) FundingSource fundingSource,
                                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                                   @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        List<Expenditure> matching = budgets.get(planId).budget().expenditures().stream()
                .filter(e -> targetLineId == null || e.targetLineId().equals(targetLineId))
                .filter(e -> trainingEventId == null || trainingEventId.equals(e.trainingEventId()))
                .filter(e -> fundingSource == null || e.source() == fundingSource)
                .sorted(Comparator.comparing(Expenditure::spentOn).reversed())
                .toList();
        List<ExpenditureResponse> items = matching.stream().skip((long) page * size).limit(size)
                .map(ExpenditureResponse::of).toList();
        return new PageResponse<>(items, page, size, matching.size());
    }

    @ProgressRead
    @GetMapping("/{planId}/expenditures/{expenditureId}")
    @Operation(summary = "Xem một khoản chi (read a payment)")
    ExpenditureResponse expenditure(@PathVariable String planId, @PathVariable String expenditureId) {
        return budgets.get(planId).budget().expenditure(expenditureId).map(ExpenditureResponse::of)
                .orElseThrow(() -> Refused.notFound(new PlanBudgetRefusal.NoSuchExpenditure(expenditureId)));
    }

    @ProvinceWrite
    @PostMapping("/{planId}/expenditures")
    @Operation(summary = "Ghi khoản chi theo chỉ tiêu và nguồn, có thể cho một hoạt động; chi vượt dự toán được giao bị "
            + "từ chối trừ khi quản trị viên tỉnh cho phép kèm lý do (record a payment; spending beyond the allocation "
            + "needs a province administrator's overrideReason); If-Match optional")
    ResponseEntity<ExpenditureResponse> spend(@PathVariable String planId,
                                              @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody ExpenditureRequest request) {
        PlanBudgetService.Stored stored = budgets.spend(planId, Versions.expected(ifMatch), request.toOrder());
        ExpenditureResponse body = ExpenditureResponse.of(stored.budget().expenditure(stored.subject()).orElseThrow());
        return created(stored, "/api/v1/budgets/" + planId + "/expenditures/" + stored.subject(), body);
    }

    @ProgressRead
    @GetMapping("/{planId}/activities")
    @Operation(summary = "Các hoạt động của kế hoạch với dự toán theo định mức, cam kết, đã chi, quyết toán (the plan's "
            + "activities with their norm-based estimate, commitment, spending and settlement). Without page, size, "
            + "sort or direction: every activity, as a list; with any of them: one page of them in that order")
    Object activities(@PathVariable String planId, @RequestParam(required = false) String targetLineId,
                      @Parameter(description = "ACTIVITY (the title) | ESTIMATE | COMMITTED | SPENT | REMAINING (the commitment not yet spent)") @RequestParam(required = false) String sort,
                      @Parameter(description = "ASC (default) | DESC") @RequestParam(required = false) String direction,
                      @RequestParam(required = false) String page,
                      @RequestParam(required = false) String size) {
        // read as text so that one answer names every bad parameter, as reporting-service's lists do
        Params params = new Params();
        ActivitySort order = params.enumOf("sort", sort, ActivitySort.class);
        SortDirection orderDirection = params.enumOf("direction", direction, SortDirection.class);
        int pageNumber = params.page(page);
        int pageSize = params.size(size, 20);
        params.check();
        PlanBudgetService.Figures figures = budgets.figures(planId);
        PlanBudget budget = figures.stored().budget();
        Map<String, ActivityProgress> progress = budgets.progress(budget);
        List<ActivityResponse> all = budget.activities().stream()
                .filter(a -> targetLineId == null || targetLineId.equals(a.targetLineId()))
                .map(a -> ActivityResponse.of(budget, a, progress.get(a.trainingEventId()),
                        figures.personTurnsByActivity())).toList();
        if (sort == null && direction == null && page == null && size == null) {
            return all; // as the list always was: the budget page's forms still choose from every activity
        }
        List<ActivityResponse> ordered = order == null ? all : all.stream().sorted(order.comparator(orderDirection)).toList();
        int from = (int) Math.min((long) pageNumber * pageSize, ordered.size());
        return new PageResponse<>(ordered.subList(from, Math.min(from + pageSize, ordered.size())), pageNumber, pageSize,
                ordered.size());
    }

    /** The orders of the activity table; ties by title, then id, so pages never overlap. */
    enum ActivitySort {
        ACTIVITY, ESTIMATE, COMMITTED, SPENT,
        /** What the activity's commitment still reserves: where money is tied up but not yet spent. */
        REMAINING;

        Comparator<ActivityResponse> comparator(SortDirection direction) {
            // titles in the order of the Vietnamese alphabet (đ after d), not of the code points
            Comparator<ActivityResponse> byTitle = Comparator.comparing(
                    (ActivityResponse a) -> a.title() == null ? "" : a.title(), Collator.getInstance(VIETNAMESE));
            Comparator<ActivityResponse> chosen = switch (this) {
                case ACTIVITY -> byTitle;
                case ESTIMATE -> Comparator.comparingLong(ActivityResponse::estimateVnd);
                case COMMITTED -> Comparator.comparingLong(ActivityResponse::committedVnd);
                case SPENT -> Comparator.comparingLong(ActivityResponse::spentVnd);
                case REMAINING -> Comparator.comparingLong(ActivityResponse::openCommitmentVnd);
            };
            return (direction == SortDirection.DESC ? chosen.reversed() : chosen).thenComparing(byTitle)
                    .thenComparing(ActivityResponse::trainingEventId);
        }
    }

    enum SortDirection {
        ASC, DESC
    }

    @ProgressRead
    @GetMapping("/{planId}/activities/{trainingEventId}")
    @Operation(summary = "Xem kinh phí của một hoạt động (an activity's budget)")
    ActivityResponse activity(@PathVariable String planId, @PathVariable String trainingEventId) {
        PlanBudgetService.Figures figures = budgets.figures(planId);
        PlanBudget budget = figures.stored().budget();
        return budget.activity(trainingEventId)
                .map(a -> ActivityResponse.of(budget, a, budgets.progress(budget, trainingEventId),
                        figures.personTurnsByActivity()))
                .orElseThrow(() -> Refused.notFound(new PlanBudgetRefusal.NoSuchActivity(trainingEventId)));
    }

    @ProvinceWrite
    @PostMapping("/{planId}/activities/{trainingEventId}/settlement")
    @Operation(summary = "Quyết toán hoạt động: số đã chi theo nguồn trở thành số quyết toán, phần cam kết còn lại được "
            + "giải phóng (settle an activity: its spending per source becomes final, the rest of its commitment is "
            + "released); If-Match optional")
    ResponseEntity<ActivityResponse> settle(@PathVariable String planId, @PathVariable String trainingEventId,
                                            @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody SettlementRequest request) {
        PlanBudgetService.Stored stored = budgets.settle(planId, trainingEventId, Versions.expected(ifMatch),
                request.documentNumber(), request.settledOn());
        PlanBudget budget = stored.budget();
        ActivityResponse body = ActivityResponse.of(budget, budget.activity(trainingEventId).orElseThrow(),
                budgets.progress(budget, trainingEventId), budgets.personTurnsByActivity(planId));
        return created(stored, "/api/v1/budgets/" + planId + "/activities/" + trainingEventId, body);
    }

    /** 201 for what was recorded now; 200 when the same command had been carried out before (a safe retry). */
    private static <T> ResponseEntity<T> created(PlanBudgetService.Stored stored, String location, T body) {
        return ResponseEntity.status(stored.changed() ? HttpStatus.CREATED : HttpStatus.OK)
                .header(HttpHeaders.LOCATION, location)
                .eTag(Versions.etag(stored.version()))
                .body(body);
    }

    // ---------------------------------------------------------------- requests

    record AllocationRequest(
            @Size(max = 80) @Pattern(regexp = ID) String allocationId,
            @NotBlank @Size(max = 60) String targetLineId,
            @NotNull FundingSource fundingSource,
            @NotNull @Positive @Max(Limits.MAX_VND) Long amountVnd,
            @NotBlank @Size(max = 80) String decisionNumber,
            @NotNull LocalDate decisionDate) {

        Allocation toAllocation() {
            return new Allocation(allocationId, targetLineId, fundingSource, amountVnd, decisionNumber.strip(),
                    decisionDate);
        }
    }

    record ExpenditureRequest(
            @Size(max = 80) @Pattern(regexp = ID) String expenditureId,
            @Size(min = 1, max = 60) String targetLineId,
            @Size(min = 1, max = 80) String trainingEventId,
            @NotNull FundingSource fundingSource,
            @NotNull @Positive @Max(Limits.MAX_VND) Long amountVnd,
            @NotBlank @Size(max = 80) String documentNumber,
            @NotNull LocalDate spentOn,
            @Size(max = 1000) String overrideReason) {

        SpendingOrder toOrder() {
            return new SpendingOrder(expenditureId, targetLineId, trainingEventId, fundingSource, amountVnd,
                    documentNumber.strip(), spentOn, overrideReason);
        }
    }

    record SettlementRequest(@NotBlank @Size(max = 80) String documentNumber, @NotNull LocalDate settledOn) {
    }

    // ---------------------------------------------------------------- responses

    record AmountsResponse(long allocatedVnd, long committedVnd, long openCommitmentVnd, long spentVnd,
                           long settledVnd, long availableVnd) {

        static AmountsResponse of(Amounts a) {
            return new AmountsResponse(a.allocatedVnd(), a.committedVnd(), a.openCommitmentVnd(), a.spentVnd(),
                    a.settledVnd(), a.availableVnd());
        }
    }

    record SourceResponse(FundingSource fundingSource, String fundingSourceName, long estimateVnd,
                          long unallocatedVnd, AmountsResponse amounts) {
    }

    record SourceCellResponse(FundingSource fundingSource, AmountsResponse amounts) {
    }

    record LineResponse(String targetLineId, String description, ActivityKind activityKind, int plannedActivities,
                        int plannedPersonTurns, int activities, int cancelledActivities, int settledActivities,
                        long estimatedVnd, AmountsResponse amounts, List<SourceCellResponse> bySource,
                        long personTurns, Long costPerPersonTurnVnd) {

        static LineResponse of(BudgetFigures.LineFigures l) {
            return new LineResponse(l.lineId(), l.description(), l.activityKind(), l.plannedActivities(),
                    l.plannedPersonTurns(), l.activities(), l.cancelledActivities(), l.settledActivities(),
                    l.estimatedVnd(), AmountsResponse.of(l.amounts()),
                    l.bySource().stream().map(c -> new SourceCellResponse(c.source(), AmountsResponse.of(c.amounts())))
                            .toList(), l.personTurns(), l.costPerPersonTurnVnd());
        }
    }

    record BudgetResponse(String planId, long version, BudgetStatus status, Integer planVersion, String title,
                          String programmeCode, String documentNumber, LocalDate periodStart, LocalDate periodEnd,
                          LocalDate closedOn, long estimateVnd, AmountsResponse totals, List<SourceResponse> sources,
                          List<LineResponse> lines, long personTurns, Long costPerPersonTurnVnd,
                          int activitiesAwaitingPlan) implements Versioned {

        static BudgetResponse of(PlanBudgetService.Figures f) {
            PlanBudget b = f.stored().budget();
            PlanTerms plan = b.plan().orElse(null);
            BudgetFigures figures = f.figures();
            return new BudgetResponse(b.id(), f.stored().version(), b.status(),
                    plan == null ? null : plan.planVersion(), plan == null ? null : plan.title(),
                    plan == null ? null : plan.programmeCode(), plan == null ? null : plan.documentNumber(),
                    plan == null ? null : plan.periodStart(), plan == null ? null : plan.periodEnd(), b.closedOn(),
                    figures.estimateVnd(), AmountsResponse.of(figures.totals()),
                    figures.sources().stream().map(s -> new SourceResponse(s.source(), s.source().nameVi(),
                            s.estimateVnd(), s.unallocatedVnd(), AmountsResponse.of(s.amounts()))).toList(),
                    figures.lines().stream().map(LineResponse::of).toList(), figures.personTurns(),
                    figures.costPerPersonTurnVnd(),
                    plan == null ? b.activities().size() : 0);
        }
    }

    record BudgetSummary(String planId, long version, BudgetStatus status, String title, LocalDate periodStart,
                         LocalDate periodEnd, long estimateVnd, long allocatedVnd, long spentVnd) {

        static BudgetSummary of(PlanBudget b) {
            PlanTerms plan = b.plan().orElse(null);
            return new BudgetSummary(b.id(), b.version(), b.status(), plan == null ? null : plan.title(),
                    plan == null ? null : plan.periodStart(), plan == null ? null : plan.periodEnd(),
                    plan == null ? 0 : plan.totalEstimate(),
                    b.allocations().stream().mapToLong(Allocation::amountVnd).reduce(0, Math::addExact),
                    b.expenditures().stream().mapToLong(Expenditure::amountVnd).reduce(0, Math::addExact));
        }
    }

    record AllocationResponse(String allocationId, String targetLineId, FundingSource fundingSource, long amountVnd,
                              String decisionNumber, LocalDate decisionDate) {

        static AllocationResponse of(Allocation a) {
            return new AllocationResponse(a.allocationId(), a.targetLineId(), a.source(), a.amountVnd(),
                    a.decisionNumber(), a.decisionDate());
        }
    }

    record ExpenditureResponse(String expenditureId, String targetLineId, String trainingEventId,
                               FundingSource fundingSource, long amountVnd, String documentNumber, LocalDate spentOn,
                               String overrideReason) {

        static ExpenditureResponse of(Expenditure e) {
            return new ExpenditureResponse(e.expenditureId(), e.targetLineId(), e.trainingEventId(), e.source(),
                    e.amountVnd(), e.documentNumber(), e.spentOn(), e.overrideReason());
        }
    }

    record SourceAmountResponse(FundingSource fundingSource, long amountVnd) {
    }

    record SettlementResponse(String settlementId, String documentNumber, LocalDate settledOn,
                              List<SourceAmountResponse> amounts, long totalVnd) {
    }

    record ActivityResponse(String trainingEventId, String targetLineId, ActivityKind activityKind, String title,
                            String unitCode, LocalDate startDate, LocalDate endDate, int capacity, int sessionCount,
                            int fieldSessions, Integer trainerCount, ActivityStatus status, LocalDate heldOn,
                            LocalDate closedOn, Integer completedCount, LocalDate cancelledOn,
                            FundingSource fundingSource, String commitmentId, String normSetId, long estimateVnd,
                            List<CostLine> estimateLines, long committedVnd, long releasedVnd, long openCommitmentVnd,
                            long spentVnd, SettlementResponse settlement, long personTurns,
                            Long costPerPersonTurnVnd) {

        static ActivityResponse of(PlanBudget budget, Activity a, ActivityProgress progress,
                                   Map<String, Long> personTurnsByActivity) {
            long spent = budget.expenditures().stream().filter(e -> a.trainingEventId().equals(e.trainingEventId()))
                    .mapToLong(Expenditure::amountVnd).reduce(0, Math::addExact);
            long turns = personTurnsByActivity.getOrDefault(a.trainingEventId(), 0L);
            Settlement s = a.settlement();
            return new ActivityResponse(a.trainingEventId(), a.targetLineId(), a.kind(), a.title(), a.unitCode(),
                    a.startDate(), a.endDate(), a.capacity(), a.sessionCount(), a.fieldSessions(), a.trainerCount(),
                    progress.statusOf(a), progress.heldOn(), progress.closedOn(), progress.completedCount(),
                    a.cancelledOn(), a.source(),
                    a.isCommitted() ? BudgetContracts.commitmentId(a.trainingEventId()) : null, a.normSetId(),
                    a.committedVnd(), a.estimateLines(), a.committedVnd() - a.releasedVnd(), a.releasedVnd(),
                    budget.openCommitment(a), spent,
                    s == null ? null : new SettlementResponse(s.settlementId(), s.documentNumber(), s.settledOn(),
                            s.amounts().stream().map(x -> new SourceAmountResponse(x.source(), x.amountVnd())).toList(),
                            s.totalVnd()),
                    turns, BudgetFigures.perPersonTurn(spent, turns));
        }
    }
}
