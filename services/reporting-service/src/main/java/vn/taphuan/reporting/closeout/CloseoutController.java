package vn.taphuan.reporting.closeout;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.security.NationalRead;
import vn.taphuan.kit.security.ProgressRead;
import vn.taphuan.kit.web.Params;
import vn.taphuan.reporting.export.CloseoutWorkbook;
import vn.taphuan.reporting.progress.Phase;
import vn.taphuan.reporting.views.ViewsRefusal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The close-out report of a phase (báo cáo tổng kết), for the province and nationwide, as JSON for the printable page
 * and as a workbook (a download link can carry the token as {@code ?access_token=}).
 */
@RestController
@Tag(name = "Báo cáo tổng kết (close-out report)")
class CloseoutController {

    private static final String PHASE = "a five-year phase, yyyy-yyyy (default 2021-2025)";

    private final CloseoutReports reports;

    CloseoutController(CloseoutReports reports) {
        this.reports = reports;
    }

    @ProgressRead
    @GetMapping("/api/v1/progress/closeout")
    @Operation(summary = "Báo cáo tổng kết giai đoạn của tỉnh (the province's close-out report: each programme "
            + "against the phase's targets, and what was not reached by how much)")
    CloseoutReport province(@Parameter(description = PHASE) @RequestParam(required = false) String phase) {
        return reports.province(phase(phase));
    }

    @ProgressRead
    @GetMapping("/api/v1/progress/closeout/export")
    @Operation(summary = "Tải báo cáo tổng kết của tỉnh, Excel (download the province's close-out workbook)")
    ResponseEntity<byte[]> provinceWorkbook(@Parameter(description = PHASE) @RequestParam(required = false) String phase) {
        return download(reports.province(phase(phase)));
    }

    @NationalRead
    @GetMapping("/api/v1/national/closeout")
    @Operation(summary = "Báo cáo tổng kết giai đoạn toàn quốc (the nationwide close-out report, with each province "
            + "under each programme)")
    CloseoutReport national(@Parameter(description = PHASE) @RequestParam(required = false) String phase) {
        return reports.national(phase(phase));
    }

    @NationalRead
    @GetMapping("/api/v1/national/closeout/export")
    @Operation(summary = "Tải báo cáo tổng kết toàn quốc, Excel (download the nationwide close-out workbook)")
    ResponseEntity<byte[]> nationalWorkbook(@Parameter(description = PHASE) @RequestParam(required = false) String phase) {
        return download(reports.national(phase(phase)));
    }

    /** The phase named, the one of 2021–2025 when none is: the phase whose close-out is written in 2026. */
    private static Phase phase(String value) {
        if (value == null || value.isBlank()) {
            return new Phase(2021);
        }
        Params params = new Params();
        Optional<Phase> phase = Phase.parse(value);
        params.require(phase.isPresent(), "phase", new ViewsRefusal.FiveYearPhaseExpected(value));
        params.check();
        return phase.orElseThrow();
    }

    private static ResponseEntity<byte[]> download(CloseoutReport report) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, CloseoutWorkbook.CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(CloseoutWorkbook.fileName(report), StandardCharsets.UTF_8).build().toString())
                .body(CloseoutWorkbook.xlsx(report));
    }
}
