package vn.taphuan.reporting.periodreport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.taphuan.kit.security.NationalRead;
import vn.taphuan.kit.web.Params;
import vn.taphuan.reporting.views.NationalSelection;
import vn.taphuan.reporting.views.ProgressViews;

/**
 * The ministry's view of the periodic reports: which provinces have reported a period, which are late, and the
 * certified totals beside the live ones. An analyst of one ministry sees the programmes it owns, as in every
 * nationwide view, and is refused another's.
 */
@RestController
@Tag(name = "Báo cáo định kỳ (periodic reports)")
class NationalPeriodReportController {

    private final NationalPeriodReports reports;
    private final ProgressViews views;

    NationalPeriodReportController(NationalPeriodReports reports, ProgressViews views) {
        this.reports = reports;
        this.views = views;
    }

    @NationalRead
    @GetMapping("/api/v1/national/period-reports")
    @Operation(summary = "Tình hình nộp báo cáo định kỳ của các tỉnh: số liệu chính thức (đã phê duyệt) bên cạnh số "
            + "liệu tạm thời, các báo cáo còn thiếu với hạn nộp (the provinces' periodic reports of a period: certified "
            + "beside live totals, the outstanding reports with their deadlines)")
    NationalPeriodView periodReports(
            @Parameter(description = "kỳ: 2025-Q2 (quý), 2025-M03 (tháng), 2025-H1 (6 tháng), 2025 (năm); mặc định: "
                    + "quý gần nhất đã kết thúc (the latest quarter that is over)")
            @RequestParam(required = false) String period,
            @Parameter(description = "mã chương trình; mặc định: mọi chương trình người xem được xem")
            @RequestParam(required = false) String programmeCode) {
        Params params = new Params();
        ReportingPeriod chosen = null;
        if (period != null && !period.isBlank()) {
            chosen = ReportingPeriod.parse(period).orElse(null);
            params.require(chosen != null, "period", new PeriodReportRefusal.PeriodExpected(period));
        }
        NationalSelection selection = views.select(params, null, programmeCode);
        return reports.view(chosen == null ? NationalPeriodReports.defaultPeriod(views.today()) : chosen, selection);
    }
}
