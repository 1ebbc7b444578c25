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
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.security.ProgressRead;
import vn.taphuan.kit.security.ProvinceWrite;
import vn.taphuan.kit.security.TenantAdmin;
import vn.taphuan.kit.web.Versions;

import java.util.List;

/**
 * The commune level of the chain (commune → province → ministry), where communes report: the province administrator
 * lists the communes reporting to the province; each submits its report of a period (through the province's officers)
 * before the province may submit its own.
 */
@RestController
@Tag(name = "Báo cáo định kỳ (periodic reports)")
@Validated
class CommuneReportController {

    private final CommuneReports communes;

    CommuneReportController(CommuneReports communes) {
        this.communes = communes;
    }

    @ProgressRead
    @GetMapping("/api/v1/progress/reporting-communes")
    @Operation(summary = "Các xã báo cáo lên tỉnh (the communes reporting to the province)")
    CommuneReports.Reporting reporting() {
        return communes.reporting();
    }

    @TenantAdmin
    @PutMapping("/api/v1/progress/reporting-communes")
    @Operation(summary = "Quản trị tỉnh chọn các xã báo cáo lên tỉnh (the province administrator lists the reporting "
            + "communes); If-Match required")
    CommuneReports.Reporting setReporting(@RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody ReportingRequest request) {
        return communes.setReporting(request.communes(), Versions.required(ifMatch));
    }

    @ProgressRead
    @GetMapping("/api/v1/progress/period-reports/{reportId}/communes")
    @Operation(summary = "Báo cáo của các xã cho một kỳ: trạng thái, số liệu, ý kiến (the reporting communes' reports "
            + "of the period: state, figures, words)")
    CommuneReports.Communes reports(@PathVariable String reportId) {
        return communes.communes(reportId);
    }

    @ProvinceWrite
    @PostMapping("/api/v1/progress/period-reports/{reportId}/communes/{communeCode}/submit")
    @Operation(summary = "Nộp báo cáo của một xã; số liệu được đóng băng (submit a commune's report, freezing its "
            + "figures); If-Match required")
    CommuneReports.CommuneReportView submit(@PathVariable String reportId,
                                            @Parameter(description = "mã đơn vị của xã, ví dụ 12-muong-te")
                                            @PathVariable String communeCode,
                                            @RequestHeader(value = Versions.IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody(required = false) SubmitRequest request) {
        return communes.submit(reportId, communeCode, Versions.required(ifMatch),
                request == null ? null : request.comment());
    }

    record ReportingRequest(@NotNull @Size(max = 500) List<@NotBlank @Size(max = 100) String> communes) {
    }

    record SubmitRequest(@Size(max = 2000) String comment) {
    }
}
