package vn.taphuan.plan.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import vn.taphuan.kit.security.ProvinceRead;
import vn.taphuan.kit.security.ProvinceWrite;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Kế hoạch (plans)")
@Validated
class PlanController {

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    @ProvinceWrite
    @PostMapping
    @Operation(summary = "Tạo kế hoạch nháp (create a draft plan)")
    ResponseEntity<PlanResponse> draft(@Valid @RequestBody DraftPlanRequest request) {
        PlanService.Stored stored = plans.draft(request.toContent());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + stored.plan().id()))
                .header(HttpHeaders.ETAG, "\"" + stored.version() + "\"")
                .body(PlanResponse.of(stored));
    }

    @ProvinceRead
    @GetMapping("/{planId}")
    @Operation(summary = "Xem kế hoạch (read a plan)")
    ResponseEntity<PlanResponse> get(@PathVariable String planId) {
        PlanService.Stored stored = plans.get(planId);
        return ResponseEntity.ok().header(HttpHeaders.ETAG, "\"" + stored.version() + "\"").body(PlanResponse.of(stored));
    }

    @ProvinceRead
    @GetMapping
    @Operation(summary = "Danh sách kế hoạch của tỉnh (list the tenant's plans)")
    List<PlanResponse> list(@RequestParam(required = false) String programmeCode,
                            @RequestParam(required = false) PlanStatus status,
                            @RequestParam(required = false) String documentNumber,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return plans.list(programmeCode, status, documentNumber, page, size).stream()
                .map(plan -> PlanResponse.of(new PlanService.Stored(plan, plan.version()))).toList();
    }

    @ProvinceWrite
    @PostMapping("/{planId}/submission")
    @Operation(summary = "Trình kế hoạch (submit for approval)")
    PlanResponse submit(@PathVariable String planId, @Valid @RequestBody VersionRequest request) {
        return PlanResponse.of(plans.submit(planId, request.version()));
    }

    @ProvinceWrite
    @PostMapping("/{planId}/approval")
    @Operation(summary = "Phê duyệt kế hoạch (approve): its targets start to count")
    PlanResponse approve(@PathVariable String planId, @Valid @RequestBody ApprovalRequest request) {
        return PlanResponse.of(plans.approve(planId, request.version(),
                request.approvedOn() == null ? LocalDate.now() : request.approvedOn()));
    }

    record VersionRequest(@NotNull @Min(1) Long version) {
    }

    record ApprovalRequest(@NotNull @Min(1) Long version, LocalDate approvedOn) {
    }

    record TargetLineRequest(
            @NotBlank @Size(max = 60) @Pattern(regexp = "^[A-Za-z0-9._-]+$") String lineId,
            @NotNull ActivityKind activityKind,
            @NotNull TargetGroup targetGroup,
            CadreLevel cadreLevel,
            @Size(max = 500) String description,
            @NotNull @PositiveOrZero Integer plannedActivities,
            @NotNull @PositiveOrZero Integer plannedPersonTurns) {

        TargetLine toLine() {
            return new TargetLine(lineId, activityKind, targetGroup, cadreLevel, description, plannedActivities,
                    plannedPersonTurns);
        }
    }

    record FundingAmountRequest(@NotNull FundingSource source, @NotNull @PositiveOrZero Long amountVnd) {
    }

    record DraftPlanRequest(
            @NotBlank String programmeCode,
            @NotBlank @Size(max = 500) String title,
            @Size(max = 300) String issuingBody,
            @Size(max = 60) String documentNumber,
            LocalDate documentDate,
            @NotNull LocalDate periodStart,
            @NotNull LocalDate periodEnd,
            @NotNull @PositiveOrZero Long budgetTotalVnd,
            @NotNull List<@Valid @NotNull FundingAmountRequest> budgetBySource,
            @NotEmpty List<@Valid @NotNull TargetLineRequest> targetLines) {

        PlanContent toContent() {
            return new PlanContent(programmeCode, title, issuingBody, documentNumber, documentDate, periodStart,
                    periodEnd, budgetTotalVnd,
                    budgetBySource.stream().map(a -> new FundingAmount(a.source(), a.amountVnd())).toList(),
                    targetLines.stream().map(TargetLineRequest::toLine).toList());
        }
    }

    record PlanResponse(String id, long version, PlanStatus status, int approvedVersion, LocalDate approvedOn,
                        String programmeCode, String title, String issuingBody, String documentNumber,
                        LocalDate documentDate, LocalDate periodStart, LocalDate periodEnd, LocalDate deadline,
                        long budgetTotalVnd, List<FundingAmount> budgetBySource, List<TargetLine> targetLines) {

        static PlanResponse of(PlanService.Stored stored) {
            Plan plan = stored.plan();
            PlanContent c = plan.content();
            return new PlanResponse(plan.id(), stored.version(), plan.status(), plan.approvedVersion(),
                    plan.approvedOn(), c.programmeCode(), c.title(), c.issuingBody(), c.documentNumber(),
                    c.documentDate(), c.periodStart(), c.periodEnd(), plan.deadline(), c.budgetTotalVnd(),
                    c.budgetBySource(), c.targetLines());
        }
    }
}
