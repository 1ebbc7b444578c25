package vn.taphuan.plan.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.security.ProgressRead;
import vn.taphuan.kit.security.ProvinceWrite;
import vn.taphuan.kit.web.PageResponse;
import vn.taphuan.kit.web.Versions;
import vn.taphuan.plan.VietnamTime;
import vn.taphuan.plan.plan.PlanRequests.AmendmentRequest;
import vn.taphuan.plan.plan.PlanRequests.ApprovalRequest;
import vn.taphuan.plan.plan.PlanRequests.CloseOutRequest;
import vn.taphuan.plan.plan.PlanRequests.ClosureRequest;
import vn.taphuan.plan.plan.PlanRequests.ContentRequest;
import vn.taphuan.plan.plan.PlanRequests.RejectionRequest;
import vn.taphuan.plan.plan.PlanRequests.RevisionRequest;
import vn.taphuan.plan.plan.PlanRequests.StartRequest;
import vn.taphuan.plan.plan.PlanResponses.PlanResponse;
import vn.taphuan.plan.plan.PlanResponses.PlanSummary;
import vn.taphuan.plan.plan.PlanResponses.VersionResponse;
import vn.taphuan.plan.plan.PlanResponses.VersionSummary;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The province's plans. Reads carry no personal data, so the ministry analyst may read them too (naming the
 * province); writes are the province's officers'. Every write but the first names the version it read in If-Match
 * (a stale one is 412, none 428); every answer about one plan carries its version as the ETag (set by the kit).
 */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Kế hoạch (plans)")
@Validated
class PlanController {

    private final PlanService plans;
    private final Clock clock;

    PlanController(PlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @ProvinceWrite
    @PostMapping
    @Operation(summary = "Tạo kế hoạch nháp (create a draft plan)")
    ResponseEntity<PlanResponse> draft(@Valid @RequestBody ContentRequest request) {
        Plan plan = plans.draft(request.toContent());
        return answer(ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id())), plan);
    }

    @ProgressRead
    @GetMapping("/{planId}")
    @Operation(summary = "Xem kế hoạch (read a plan; ETag = version)")
    ResponseEntity<PlanResponse> get(@PathVariable String planId) {
        return answer(ResponseEntity.ok(), plans.get(planId));
    }

    @ProgressRead
    @GetMapping
    @Operation(summary = "Danh sách kế hoạch của tỉnh (the province's plans, filtered by programme, year, status, unit)")
    PageResponse<PlanSummary> list(@RequestParam(required = false) String programmeCode,
                                   @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                                   @RequestParam(required = false) PlanStatus status,
                                   @RequestParam(required = false) String unitCode,
                                   @RequestParam(required = false) String documentNumber,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        PlanService.Page found = plans.list(
                new PlanService.Filter(programmeCode, year, status, unitCode, documentNumber), page, size);
        return new PageResponse<>(found.items().stream().map(PlanSummary::of).toList(), page, size, found.total());
    }

    @ProvinceWrite
    @PutMapping("/{planId}")
    @Operation(summary = "Sửa kế hoạch nháp (edit a draft; an approved plan is amended instead; If-Match required)")
    ResponseEntity<PlanResponse> revise(@PathVariable String planId,
                                        @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody RevisionRequest request) {
        return answer(ResponseEntity.ok(), plans.revise(planId, Versions.required(ifMatch),
                request.content().toContent()));
    }

    @ProvinceWrite
    @PostMapping("/{planId}/submission")
    @Operation(summary = "Trình kế hoạch (submit for approval; the plan must be complete; If-Match required)")
    ResponseEntity<PlanResponse> submit(@PathVariable String planId,
                                        @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        return answer(ResponseEntity.ok(), plans.submit(planId, Versions.required(ifMatch)));
    }

    @ProvinceWrite
    @PostMapping("/{planId}/rejection")
    @Operation(summary = "Trả lại kế hoạch để sửa (return a submitted plan to draft, with the reason; If-Match required)")
    ResponseEntity<PlanResponse> reject(@PathVariable String planId,
                                        @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody RejectionRequest request) {
        return answer(ResponseEntity.ok(), plans.reject(planId, Versions.required(ifMatch), request.reason()));
    }

    @ProvinceWrite
    @PostMapping("/{planId}/approval")
    @Operation(summary = "Phê duyệt kế hoạch (approve: version 1, its targets start to count; emits PlanApproved; If-Match required)")
    ResponseEntity<PlanResponse> approve(@PathVariable String planId,
                                         @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody(required = false) ApprovalRequest request) {
        return answer(ResponseEntity.ok(), plans.approve(planId, Versions.required(ifMatch),
                orToday(request == null ? null : request.approvedOn())));
    }

    @ProvinceWrite
    @PostMapping("/{planId}/start")
    @Operation(summary = "Bắt đầu thực hiện (mark an approved plan in progress; also automatic on its first scheduled activity; If-Match required)")
    ResponseEntity<PlanResponse> start(@PathVariable String planId,
                                       @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody(required = false) StartRequest request) {
        return answer(ResponseEntity.ok(), plans.start(planId, Versions.required(ifMatch),
                orToday(request == null ? null : request.startedOn())));
    }

    @ProvinceWrite
    @PostMapping("/{planId}/amendments")
    @Operation(summary = "Điều chỉnh, bổ sung kế hoạch (amend: a new version; emits PlanAmended; If-Match required)")
    ResponseEntity<PlanResponse> amend(@PathVariable String planId,
                                       @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody AmendmentRequest request) {
        return answer(ResponseEntity.ok(), plans.amend(planId, Versions.required(ifMatch), request.content().toContent(),
                request.reason(), orToday(request.amendedOn()), request.amendmentDocumentNumber()));
    }

    @ProvinceWrite
    @PostMapping("/{planId}/closure")
    @Operation(summary = "Đóng kế hoạch (close: nothing new counts under it; emits PlanClosed; If-Match required)")
    ResponseEntity<PlanResponse> close(@PathVariable String planId,
                                       @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody(required = false) ClosureRequest request) {
        return answer(ResponseEntity.ok(), plans.close(planId, Versions.required(ifMatch),
                orToday(request == null ? null : request.closedOn()), request == null ? null : request.reason()));
    }

    @ProvinceWrite
    @PostMapping("/{planId}/close-out")
    @Operation(summary = "Khép lại kế hoạch khi tổng kết giai đoạn (close out for the phase's final review, from "
            + "the deadline on: its figures become final, later records are kept but change them no more; closes the "
            + "plan if open; emits PlanClosed if open, then PlanClosedOut; If-Match required)")
    ResponseEntity<PlanResponse> closeOut(@PathVariable String planId,
                                          @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody(required = false) CloseOutRequest request) {
        return answer(ResponseEntity.ok(), plans.closeOut(planId, Versions.required(ifMatch),
                orToday(request == null ? null : request.closedOutOn()), VietnamTime.today(clock), clock.instant(),
                request == null ? null : request.remarks()));
    }

    @ProgressRead
    @GetMapping("/{planId}/versions")
    @Operation(summary = "Các phiên bản đã phê duyệt (every approved version, oldest first)")
    List<VersionSummary> versions(@PathVariable String planId) {
        return plans.get(planId).versions().stream().map(VersionSummary::of).toList();
    }

    @ProgressRead
    @GetMapping("/{planId}/versions/{number}")
    @Operation(summary = "Xem một phiên bản (one approved version in full, as it stood)")
    VersionResponse version(@PathVariable String planId, @PathVariable int number) {
        Plan plan = plans.get(planId);
        return plan.version(number).map(v -> VersionResponse.of(planId, v))
                .orElseThrow(() -> Refused.notFound(new PlanRefusal.PlanVersionNotFound(planId, String.valueOf(number))));
    }

    private LocalDate orToday(LocalDate date) {
        return date == null ? VietnamTime.today(clock) : date;
    }

    private static ResponseEntity<PlanResponse> answer(ResponseEntity.BodyBuilder builder, Plan plan) {
        return builder.body(PlanResponse.of(plan));
    }
}
