package vn.taphuan.budget.norms;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import vn.taphuan.contracts.Limits;
import vn.taphuan.kit.refusal.Refused;
import vn.taphuan.kit.security.ProgressRead;
import vn.taphuan.kit.security.TenantAdmin;
import vn.taphuan.kit.web.Versioned;
import vn.taphuan.kit.web.Versions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/cost-norms")
@Tag(name = "Định mức chi (unit-cost norms)")
@Validated
class CostNormsController {

    private final CostNormsService norms;

    CostNormsController(CostNormsService norms) {
        this.norms = norms;
    }

    @ProgressRead
    @GetMapping
    @Operation(summary = "Các bộ định mức chi của tỉnh và định mức mặc định (the province's norm sets and the defaults)")
    ResponseEntity<NormsResponse> get() {
        CostNormsService.Stored stored = norms.current();
        return ResponseEntity.ok(new NormsResponse(stored.version(),
                stored.norms().sets().stream().map(NormSetResponse::of).toList(), NormSetResponse.of(norms.defaults())));
    }

    @TenantAdmin
    @PostMapping("/sets")
    @Operation(summary = "Thêm bộ định mức chi có thời gian hiệu lực (add a norm set valid for a period); If-Match optional")
    ResponseEntity<NormSetResponse> add(@RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody NormSetRequest request) {
        CostNormsService.Stored stored = norms.add(Versions.expected(ifMatch), request.toDraft());
        NormSet added = stored.norms().sets().stream()
                .filter(s -> s.validFrom().equals(request.validFrom())).findFirst().orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/api/v1/cost-norms/sets/" + added.id())
                .eTag(Versions.etag(stored.version())).body(NormSetResponse.of(added));
    }

    @TenantAdmin
    @PutMapping("/sets/{setId}")
    @Operation(summary = "Sửa hoặc kết thúc một bộ định mức; dự toán đã cam kết không đổi (correct or end a norm set; "
            + "commitments made earlier stay); If-Match required")
    ResponseEntity<NormSetResponse> replace(@PathVariable String setId,
                                            @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody NormSetRequest request) {
        CostNormsService.Stored stored = norms.replace(setId, Versions.required(ifMatch), request.toDraft());
        return ResponseEntity.ok().eTag(Versions.etag(stored.version()))
                .body(NormSetResponse.of(stored.norms().find(setId).orElseThrow()));
    }

    @ProgressRead
    @GetMapping("/estimate")
    @Operation(summary = "Dự toán một hoạt động theo định mức có hiệu lực vào ngày bắt đầu (estimate an activity by the "
            + "norms valid on its first day)")
    EstimateResponse estimate(@RequestParam ActivityKind activityKind,
                              @RequestParam LocalDate startDate,
                              @RequestParam LocalDate endDate,
                              @RequestParam @Min(1) @Max(Limits.MAX_CAPACITY) int capacity,
                              @RequestParam @Min(1) @Max(1_000) int sessionCount,
                              @RequestParam(defaultValue = "0") @Min(0) @Max(1_000) int fieldSessions) {
        if (endDate.isBefore(startDate)) {
            throw Refused.invalid("endDate", new NormsRefusal.EndBeforeStart());
        }
        CostEstimate estimate = norms.estimate(new ActivitySpec(activityKind, startDate, endDate, capacity,
                sessionCount, fieldSessions));
        return new EstimateResponse(estimate.normSetId(), estimate.lines(), estimate.totalVnd());
    }

    record NormSetRequest(@NotNull LocalDate validFrom,
                          LocalDate validTo,
                          @NotBlank @Size(max = 300) String legalBasis,
                          @NotNull Map<NormCode, Long> rates) {

        NormSet.Draft toDraft() {
            return new NormSet.Draft(validFrom, validTo, legalBasis, rates);
        }
    }

    record NormSetResponse(String id, LocalDate validFrom, LocalDate validTo, String legalBasis,
                           Map<NormCode, Long> rates) {

        static NormSetResponse of(NormSet set) {
            Map<NormCode, Long> rates = new LinkedHashMap<>();
            set.rates().forEach(r -> rates.put(r.code(), r.unitCostVnd()));
            return new NormSetResponse(set.id(), set.validFrom(), set.validTo(), set.legalBasis(), rates);
        }
    }

    record NormsResponse(long version, List<NormSetResponse> sets, NormSetResponse defaults) implements Versioned {
    }

    record EstimateResponse(String normSetId, List<CostLine> lines, long totalVnd) {
    }
}
