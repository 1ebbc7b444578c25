package vn.taphuan.reporting.periodreport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.security.NationalRead;
import vn.taphuan.kit.security.ProgressRead;
import vn.taphuan.kit.security.ProgressSignOff;
import vn.taphuan.kit.security.ProvinceWrite;
import vn.taphuan.kit.security.TenantAdmin;
import vn.taphuan.kit.web.PageResponse;
import vn.taphuan.kit.web.Params;
import vn.taphuan.kit.web.Versions;

import java.util.List;

/**
 * The periodic reports of a province (báo cáo định kỳ) and their chain: officers draft and submit, the province
 * administrator approves (or returns a submitted report to the officers) and may reopen what was approved, an analyst
 * of the owning ministry (naming the province with {@code X-Tenant-Id}) accepts or returns for revision. Each step
 * names the version it read in {@code If-Match}.
 */
@RestController
@Tag(name = "Báo cáo định kỳ (periodic reports)")
@Validated
class PeriodReportController {

    private static final String REPORT_ID = "mã báo cáo: tỉnh.chương trình.kỳ, ví dụ lai-chau.MTQG_DTTS_MN_2021_2025.2025-Q2 "
            + "(kỳ: 2025-Q2 quý, 2025-M03 tháng, 2025-H1 6 tháng, 2025 năm) — the reportId of the list of periods";

    private final PeriodReports reports;

    PeriodReportController(PeriodReports reports) {
        this.reports = reports;
    }

    @ProgressRead
    @GetMapping("/api/v1/progress/periods")
    @Operation(summary = "Các kỳ báo cáo của tỉnh với hạn nộp và trạng thái (the province's reporting periods with "
            + "their deadlines and the state of their reports)")
    PageResponse<PeriodRow> periods(@RequestParam(required = false) String programmeCode,
                                    @Parameter(description = "MONTHLY | QUARTERLY | SIX_MONTHLY | ANNUAL")
                                    @RequestParam(required = false) String cadence,
                                    @RequestParam(required = false) String year,
                                    @RequestParam(required = false) String page,
                                    @RequestParam(required = false) String size) {
        Params params = new Params();
        Cadence chosen = params.enumOf("cadence", cadence, Cadence.class);
        Integer chosenYear = year(params, year);
        int pageNumber = params.page(page);
        int pageSize = params.size(size, 50);
        params.check();
        return reports.periods(programmeCode, chosen, chosenYear, pageNumber, pageSize);
    }

    @ProgressRead
    @GetMapping("/api/v1/progress/period-reports/{reportId}")
    @Operation(summary = "Báo cáo của một kỳ: số liệu (đóng băng khi nộp), ý kiến theo dòng chỉ tiêu, các bước ký "
            + "(the report of a period: figures frozen at submission, comments per target line, sign-offs)")
    ReportView report(@Parameter(description = REPORT_ID) @PathVariable String reportId) {
        return reports.report(reportId);
    }

    @ProvinceWrite
    @PutMapping("/api/v1/progress/period-reports/{reportId}/comments")
    @Operation(summary = "Ghi ý kiến theo dòng chỉ tiêu khi soạn báo cáo (comment on target lines while drafting); "
            + "If-Match optional")
    ReportView comment(@Parameter(description = REPORT_ID) @PathVariable String reportId,
                       @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                       @Valid @RequestBody CommentsRequest request) {
        return reports.comment(reportId, Versions.expected(ifMatch), request.comments().stream()
                .map(c -> new LineComment(c.planId(), c.lineId(), c.comment())).toList());
    }

    @ProvinceWrite
    @PostMapping("/api/v1/progress/period-reports/{reportId}/submit")
    @Operation(summary = "Nộp báo cáo; số liệu được đóng băng (submit the report, freezing its figures); "
            + "If-Match required")
    ReportView submit(@Parameter(description = REPORT_ID) @PathVariable String reportId,
                      @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        return reports.submit(reportId, Versions.required(ifMatch));
    }

    @TenantAdmin
    @PostMapping("/api/v1/progress/period-reports/{reportId}/approve")
    @Operation(summary = "Lãnh đạo tỉnh phê duyệt báo cáo đã nộp (the province administrator approves the submitted "
            + "report); If-Match required")
    ReportView approve(@Parameter(description = REPORT_ID) @PathVariable String reportId,
                       @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        return reports.approve(reportId, Versions.required(ifMatch));
    }

    @ProgressSignOff
    @PostMapping("/api/v1/progress/period-reports/{reportId}/return")
    @Operation(summary = "Trả lại báo cáo để chỉnh sửa, nêu lý do: quản trị tỉnh trả báo cáo đã nộp cho cán bộ trước "
            + "khi phê duyệt, bộ chủ quản trả báo cáo tỉnh đã phê duyệt (return the report for revision with a reason: "
            + "the province administrator a submitted report, before approving; the owning ministry an approved "
            + "one); If-Match required")
    ReportView returnForRevision(@Parameter(description = REPORT_ID) @PathVariable String reportId,
                                 @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                 @Valid @RequestBody ReturnRequest request) {
        return reports.returnForRevision(reportId, Versions.required(ifMatch), request.reason());
    }

    @TenantAdmin
    @PostMapping("/api/v1/progress/period-reports/{reportId}/reopen")
    @Operation(summary = "Quản trị tỉnh mở lại báo cáo đã phê duyệt, nêu lý do: báo cáo trở về bản nháp với lần nộp "
            + "mới, bản đã phê duyệt được lưu lại, số liệu của kỳ được mở khoá (the province administrator reopens the "
            + "approved report with a reason: a draft again under the next revision, the approved version kept, the "
            + "period unlocked); If-Match required")
    ReportView reopen(@Parameter(description = REPORT_ID) @PathVariable String reportId,
                      @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                      @Valid @RequestBody ReopenRequest request) {
        return reports.reopen(reportId, Versions.required(ifMatch), request.reason());
    }

    @NationalRead
    @PostMapping("/api/v1/progress/period-reports/{reportId}/accept")
    @Operation(summary = "Bộ chủ quản chấp nhận báo cáo tỉnh đã phê duyệt (the owning ministry accepts the report "
            + "the province approved); If-Match required")
    ReportView accept(@Parameter(description = REPORT_ID) @PathVariable String reportId,
                      @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch) {
        return reports.accept(reportId, Versions.required(ifMatch));
    }

    record CommentsRequest(@NotNull @Size(max = 500) List<@Valid @NotNull CommentRequest> comments) {
    }

    record CommentRequest(@NotBlank @Size(max = 100) String planId, @NotBlank @Size(max = 100) String lineId,
                          @Size(max = 2000) String comment) {
    }

    record ReturnRequest(@Size(max = 2000) String reason) {
    }

    record ReopenRequest(@Size(max = 2000) String reason) {
    }

    private static Integer year(Params params, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        ReportingPeriod annual = ReportingPeriod.parse(value).filter(p -> p.cadence() == Cadence.ANNUAL).orElse(null);
        params.require(annual != null, "year", new PeriodReportRefusal.YearExpected(value));
        return annual == null ? null : annual.from().getYear();
    }
}
