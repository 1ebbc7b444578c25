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
import vn.taphuan.kit.security.ProgressRead;
import vn.taphuan.kit.web.Params;

import java.nio.charset.StandardCharsets;

/**
 * A period's report to download (Excel) or print (an A4 page): the province's, or — for an analyst of the owning
 * ministry naming it with {@code X-Tenant-Id} — a province's, as the report itself is read.
 */
@RestController
@Tag(name = "Xuất báo cáo (exports)")
class PeriodReportExportController {

    private final PeriodReportDocument document;

    PeriodReportExportController(PeriodReportDocument document) {
        this.document = document;
    }

    @ProgressRead
    @GetMapping("/api/v1/progress/period-reports/{reportId}/export")
    @Operation(summary = "Tải báo cáo định kỳ theo mẫu báo cáo kết quả thực hiện: Excel, hoặc trang in khổ A4 (download "
            + "a period's report in the layout of a progress report: a workbook, or a printable A4 page)")
    ResponseEntity<byte[]> export(@Parameter(description = "mã báo cáo, như GET /api/v1/progress/period-reports/{reportId}")
                                  @PathVariable String reportId,
                                  @Parameter(description = "xlsx (default) | html (trang in, printable page)")
                                  @RequestParam(required = false) String format) {
        Params params = new Params();
        PeriodReportDocument.Format chosen = params.enumOf("format", format, PeriodReportDocument.Format.class);
        params.check();
        PeriodReportDocument.Format used = chosen == null ? PeriodReportDocument.Format.XLSX : chosen;
        ProgressReports.Report report = document.export(reportId, used);
        ContentDisposition disposition = (used == PeriodReportDocument.Format.HTML ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(report.fileName(), StandardCharsets.UTF_8).build();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, report.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
        if (used == PeriodReportDocument.Format.HTML) {
            // a page to print: its own styles, nothing else may load or run
            response.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        }
        return response.body(report.content());
    }
}
