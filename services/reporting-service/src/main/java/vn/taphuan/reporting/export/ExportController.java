package vn.taphuan.reporting.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.security.NationalRead;
import vn.taphuan.kit.security.ProgressRead;
import vn.taphuan.kit.web.Params;
import vn.taphuan.reporting.views.NationalSelection;
import vn.taphuan.reporting.views.ProgressViews;

import java.nio.charset.StandardCharsets;

/** Progress reports to download (a link can carry the token as {@code ?access_token=}). */
@RestController
@Tag(name = "Xuất báo cáo (exports)")
class ExportController {

    private final ProgressReports reports;
    private final ProgressViews views;

    ExportController(ProgressReports reports, ProgressViews views) {
        this.views = views;
        this.reports = reports;
    }

    @ProgressRead
    @GetMapping("/api/v1/progress/plans/{planId}/export")
    @Operation(summary = "Tải báo cáo tiến độ kế hoạch, Excel hoặc CSV (download a plan's progress report)")
    ResponseEntity<byte[]> plan(@PathVariable String planId,
                                @Parameter(description = "xlsx (default) | csv") @RequestParam(required = false) String format,
                                @Parameter(description = "first month of a period to report first, yyyy-MM") @RequestParam(required = false) String from,
                                @Parameter(description = "its last month, yyyy-MM") @RequestParam(required = false) String to) {
        Params params = new Params();
        ProgressReports.Format chosen = format(params, format);
        ProgressReports.Period period = period(params, from, to);
        params.check();
        return download(reports.plan(planId, chosen, period));
    }

    @ProgressRead
    @GetMapping("/api/v1/progress/export")
    @Operation(summary = "Tải báo cáo tiến độ của tỉnh, Excel hoặc CSV (download the province's progress report)")
    ResponseEntity<byte[]> province(@Parameter(description = "xlsx (default) | csv") @RequestParam(required = false) String format,
                                    @Parameter(description = "first month of a period to report first, yyyy-MM") @RequestParam(required = false) String from,
                                    @Parameter(description = "its last month, yyyy-MM") @RequestParam(required = false) String to) {
        Params params = new Params();
        ProgressReports.Format chosen = format(params, format);
        ProgressReports.Period period = period(params, from, to);
        params.check();
        return download(reports.province(chosen, period));
    }

    @NationalRead
    @GetMapping("/api/v1/national/export")
    @Operation(summary = "Tải báo cáo toàn quốc, Excel hoặc CSV (download the nationwide progress report)")
    ResponseEntity<byte[]> national(@Parameter(description = "xlsx (default) | csv") @RequestParam(required = false) String format,
                                    @Parameter(description = "first month of a period to report first, yyyy-MM") @RequestParam(required = false) String from,
                                    @Parameter(description = "its last month, yyyy-MM") @RequestParam(required = false) String to,
                                    @Parameter(description = "giai đoạn dạng yyyy-yyyy, ví dụ 2026-2030, như GET /api/v1/national/progress") @RequestParam(required = false) String phase,
                                    @Parameter(description = "mã chương trình, như GET /api/v1/national/progress") @RequestParam(required = false) String programmeCode) {
        Params params = new Params();
        ProgressReports.Format chosen = format(params, format);
        ProgressReports.Period period = period(params, from, to);
        NationalSelection selection = views.select(params, phase, programmeCode);
        return download(reports.national(chosen, period, selection));
    }

    private static ProgressReports.Format format(Params params, String value) {
        ProgressReports.Format format = params.enumOf("format", value, ProgressReports.Format.class);
        return format == null ? ProgressReports.Format.XLSX : format;
    }

    /** The months asked for, or null when neither end is given (the report without a period). */
    private static ProgressReports.Period period(Params params, String from, String to) {
        if (from == null && to == null) {
            return null;
        }
        Params.Months months = params.months(from, to);
        return months == null ? null : new ProgressReports.Period(months.first(), months.last());
    }

    private static ResponseEntity<byte[]> download(ProgressReports.Report report) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, report.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(report.content());
    }
}
